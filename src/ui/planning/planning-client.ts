/**
 * The page's side of planning: an edit after a quiet spell is sent at once (no added delay for a single
 * change); edits that follow within the debounce window (about 50 ms: a burst of keystrokes, a drag) are
 * coalesced into one trailing request. Each request is numbered, and the client and drops any answer older than the newest one delivered, so the panels
 * never go back to a stale plan. Performance marks `qnet:edit` (request made) and `qnet:results` (results
 * delivered) let the end-to-end test measure edit-to-results time.
 * Assumptions: the transport is a Worker-like object (postMessage/onmessage), so tests can pass a fake.
 */
import type { PresetFile } from '../../core/index.js';
import type { PlanResponse } from './plan-compute.js';
import type { WorkerMessage } from './plan-worker.js';

/** What the client needs of a Worker. */
export interface WorkerLike {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<PlanResponse>) => void) | null;
  terminate(): void;
}

/** Options of {@link createPlanningClient}. */
export interface PlanningClientOptions {
  readonly worker: WorkerLike;
  readonly presets: readonly PresetFile[];
  readonly version: string;
  /** Called with each fresh answer. */
  readonly onResult: (response: PlanResponse) => void;
  /** Debounce delay, ms (default 50). */
  readonly debounceMs?: number;
}

/** The planning client. */
export interface PlanningClient {
  /** Asks for a plan of this scenario text (at once after a quiet spell, else debounced); newer wins. */
  request(documentText: string, fileName: string): void;
  destroy(): void;
}

/** Creates the client and sends the presets to the worker. */
export function createPlanningClient(options: PlanningClientOptions): PlanningClient {
  const { worker } = options;
  const debounceMs = options.debounceMs ?? 50;
  let sequence = 0;
  let delivered = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;
  const send = (documentText: string, fileName: string) => {
    sequence += 1;
    lastSent = performance.now();
    worker.postMessage({ type: 'plan', sequence, documentText, fileName, version: options.version });
  };
  worker.postMessage({ type: 'presets', files: options.presets });
  worker.onmessage = (event) => {
    const response = event.data;
    if (response.sequence <= delivered) return;
    delivered = response.sequence;
    options.onResult(response);
    performance.mark('qnet:results', { detail: { sequence: response.sequence } });
  };
  return {
    request(documentText, fileName) {
      performance.mark('qnet:edit');
      if (timer !== undefined) clearTimeout(timer);
      else if (performance.now() - lastSent >= debounceMs) {
        send(documentText, fileName);
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        send(documentText, fileName);
      }, debounceMs);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      worker.terminate();
    },
  };
}
