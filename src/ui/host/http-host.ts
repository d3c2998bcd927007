/**
 * The host API for the browser app served by `qnet serve`: each method is `POST /api/<method>` with the
 * per-run token (from `<meta name="qnet-token">`) in the X-Qnet-Token header. There are no native dialogs:
 * openScenario() and saveScenario() without a path resolve null and the app asks for a path itself, and
 * exportFile is a browser download (Blob + `<a download>`). setDocumentState also sets the tab title and asks
 * the browser to confirm leaving while there is unsaved work.
 * Source: src/cli/serve/api-routes.ts (the server side of this protocol).
 * Assumptions: fetch, token, base URL and the download are injectable so the adapter runs under Node in tests.
 */
import { HOST_CHANNELS, type HostApi, type HostMethod } from '../../core/host-api.js';
import { QnetError } from '../../core/index.js';
import { validateExportRequest, validateOpenPath, validateSaveRequest } from '../../core/host-payloads.js';

/** Options of {@link createHttpHost}; every field defaults to the browser's. */
export interface HttpHostOptions {
  /** Server origin with trailing slash, e.g. `http://127.0.0.1:4737/`; default the page's origin. */
  readonly baseUrl?: string;
  /** API token; default read from the page's `<meta name="qnet-token">`. */
  readonly token?: string;
  /** fetch implementation; default globalThis.fetch. */
  readonly fetch?: typeof fetch;
  /** Starts a download of `blob` named `fileName`; default an `<a download>` click. */
  readonly download?: (blob: Blob, fileName: string) => void;
  /** The page, for the token, the title and the unload guard; default globalThis.document when present. */
  readonly document?: Document;
}

/** The token the server injected into the page, or null. */
export function readPageToken(page: Document): string | null {
  return page.querySelector('meta[name="qnet-token"]')?.getAttribute('content') ?? null;
}

function browserDownload(page: Document | undefined): (blob: Blob, fileName: string) => void {
  return (blob, fileName) => {
    if (!page) throw new QnetError('cannot download: no page to start the download from');
    const url = URL.createObjectURL(blob);
    const link = page.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    page.body.append(link);
    link.click();
    link.remove();
    // The click has queued the download; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}

/** Creates the HTTP host (kind 'http', no native dialogs). */
export function createHttpHost(options: HttpHostOptions = {}): HostApi {
  const page = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const token = options.token ?? (page ? readPageToken(page) : null);
  if (!token) throw new QnetError('the page carries no qnet-token: open the app through `qnet serve`');
  const baseUrl = options.baseUrl ?? (page ? new URL('/', page.location.href).href : undefined);
  if (!baseUrl) throw new QnetError('no server address for the host API');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const download = options.download ?? browserDownload(page);
  let dirty = false;
  if (page?.defaultView) {
    page.defaultView.addEventListener('beforeunload', (event) => {
      if (!dirty) return;
      // Both forms: preventDefault for current browsers, returnValue for older Chromium builds.
      event.preventDefault();
      event.returnValue = '';
    });
  }

  async function post(method: HostMethod, payload?: unknown): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`api/${method}`, baseUrl).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Qnet-Token': token as string },
        body: JSON.stringify(payload ?? null),
      });
    } catch (error) {
      throw new QnetError(
        `the qnet server did not answer (${(error as Error).message}); is \`qnet serve\` still running?`,
      );
    }
    if (!response.ok) {
      const text = await response.text();
      let message = text.trim();
      try {
        message = (JSON.parse(text) as { error?: string }).error ?? message;
      } catch {
        // A plain-text refusal (401, 403) is already the message.
      }
      throw new QnetError(message || `${method} failed with HTTP ${response.status}`);
    }
    return response;
  }

  async function call<T>(method: HostMethod, payload?: unknown): Promise<T> {
    const response = await post(method, payload);
    return ((await response.json()) as { result: T }).result;
  }

  return {
    kind: 'http',
    nativeDialogs: false,
    listExamples: () => call('listExamples'),
    listPresets: () => call('listPresets'),
    async openScenario(path) {
      const valid = validateOpenPath(path);
      return valid === undefined ? null : call('openScenario', valid);
    },
    async saveScenario(request) {
      const valid = validateSaveRequest(request);
      return valid.path === null || valid.path === undefined ? null : call('saveScenario', valid);
    },
    listRecent: () => call('listRecent'),
    writeAutosave: (entry) => call('writeAutosave', entry),
    readAutosave: () => call('readAutosave'),
    clearAutosave: () => call('clearAutosave'),
    async exportFile(request) {
      const valid = validateExportRequest(request);
      const blob = new Blob([valid.data as BlobPart], { type: valid.mimeType });
      download(blob, valid.suggestedName);
      return { path: valid.suggestedName, name: valid.suggestedName, bytes: blob.size };
    },
    async renderPdf(html) {
      const response = await post('renderPdf', html);
      return new Uint8Array(await response.arrayBuffer());
    },
    async setDocumentState(state) {
      await call('setDocumentState', state);
      dirty = state.dirty;
      if (page) page.title = `${state.dirty ? '• ' : ''}${state.title} — qnet-planner`;
    },
  };
}

/** The HTTP routes this adapter calls (every host method except exportFile). */
export const HTTP_ROUTES: readonly string[] = Object.keys(HOST_CHANNELS)
  .filter((method) => method !== 'exportFile')
  .map((method) => `/api/${method}`);
