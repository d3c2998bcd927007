/**
 * Planning as the app does it: computePlan matches the CLI's steps (same report figures as planScenario with
 * HiGHS), invalid text comes back as issues, and the client debounces and drops stale answers.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBrowserHighsSolver } from '../../src/ui/planning/browser-highs-solver.js';
import {
  computePlan,
  createPlanningClient,
  presetRegistryOf,
  type PlanResponse,
  type WorkerLike,
  type WorkerMessage,
} from '../../src/ui/planning/index.js';
import { exampleText, presetTexts } from './support.js';

const { registry, issues } = presetRegistryOf(presetTexts());

describe('computePlan', () => {
  it('reads every shipped preset', () => {
    expect(issues).toEqual([]);
    expect([...registry.keys()]).toContain('nv-diamond');
  });

  it('plans the metro example with HiGHS and reports each demand', async () => {
    const solver = await createBrowserHighsSolver();
    const name = 'metro-three-node.qnet.json';
    const response = computePlan(
      { sequence: 3, documentText: exampleText(name), fileName: name, version: '0.1.0' },
      registry,
      solver,
      () => 0,
    );
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.sequence).toBe(3);
    expect(response.report.demands.map((d) => d.key)).toEqual(['delft-leiden', 'the-hague-leiden']);
    expect(response.report.allocation?.status).toBe('optimal');
    expect(response.report.workloads).toHaveLength(1);
    for (const demand of response.report.demands) {
      if (demand.status === 'ok') expect(demand.rateHz).toBeGreaterThan(0);
    }
  });

  it('returns path-qualified issues for an invalid scenario', () => {
    const response = computePlan(
      { sequence: 1, documentText: '{"schemaVersion": 1}', fileName: 'x.qnet.json', version: '0' },
      registry,
      undefined,
      () => 0,
    );
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.issues.map((i) => i.path)).toContain('name');
  });

  it('reports broken preset files as issues', () => {
    const result = presetRegistryOf([{ fileName: 'bad.json', text: '{' }]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.path.startsWith('bad.json')).toBe(true);
  });
});

describe('planning client', () => {
  function fakeWorker() {
    const sent: WorkerMessage[] = [];
    const worker: WorkerLike = {
      postMessage: (message) => sent.push(message),
      onmessage: null,
      terminate: () => undefined,
    };
    const answer = (response: PlanResponse) =>
      worker.onmessage?.({ data: response } as MessageEvent<PlanResponse>);
    return { worker, sent, answer };
  }

  it('sends a lone edit at once, debounces a burst into one trailing request, and drops stale answers', () => {
    vi.useFakeTimers();
    try {
      const { worker, sent, answer } = fakeWorker();
      const results: number[] = [];
      const client = createPlanningClient({
        worker,
        presets: [],
        version: '0',
        onResult: (response) => results.push(response.sequence),
      });
      expect(sent[0]).toEqual({ type: 'presets', files: [] });
      client.request('a', 'f');
      expect(sent[1]).toMatchObject({ type: 'plan', sequence: 1, documentText: 'a' });
      client.request('b', 'f');
      client.request('c', 'f');
      vi.advanceTimersByTime(49);
      expect(sent).toHaveLength(2);
      vi.advanceTimersByTime(1);
      expect(sent).toHaveLength(3);
      expect(sent[2]).toMatchObject({ type: 'plan', sequence: 2, documentText: 'c' });
      vi.advanceTimersByTime(100);
      client.request('d', 'f');
      expect(sent[3]).toMatchObject({ sequence: 3, documentText: 'd' });
      answer({ sequence: 3, ok: false, issues: [], elapsedMs: 1 });
      answer({ sequence: 2, ok: false, issues: [], elapsedMs: 1 });
      expect(results).toEqual([3]);
      client.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
