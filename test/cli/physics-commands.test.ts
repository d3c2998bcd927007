/**
 * The physics commands of `qnet`, run in-process as a user would type them: values from physics.md through the
 * CLI, the --json envelope, and errors that name the option.
 */
import { describe, expect, it } from 'vitest';
import { runQnet, runQnetJson } from '../support/run-cli.js';
import { expectClose } from '../support/close.js';

describe('qnet link', () => {
  it('computes a double-click link from explicit hardware values (physics.md §2: p = eta_half^2 / 2)', async () => {
    const { json } = await runQnetJson<{
      successProbability: number;
      fidelity: number;
      attemptDuration: number;
    }>([
      'link',
      '--scheme',
      'double-click',
      '--length-km',
      '0',
      '--emission-efficiency',
      '0.0794328',
      '--detector-efficiency',
      '1',
      '--cycle-time-s',
      '1e-6',
    ]);
    expect(json.command).toBe('link');
    expectClose(json.result.successProbability, 3.15479e-3, { relative: 1e-5 });
    expect(json.result.fidelity).toBe(1);
    expect(json.result.attemptDuration).toBe(1e-6);
  });

  it('shows where each input came from', async () => {
    const run = await runQnet([
      'link',
      '--scheme',
      'double-click',
      '--length-km',
      '10',
      '--emission-efficiency',
      '0.3',
      '--detector-efficiency',
      '0.9',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/emissionEfficiency\s+0\.3\s+option/);
    expect(run.stdout).toMatch(/attenuation\s+0\.2 dB\/km\s+default: 1550 nm/);
  });

  it('names the option for missing inputs, bad values and unknown platforms', async () => {
    const missing = await runQnet([
      'link',
      '--scheme',
      'single-click',
      '--length-km',
      '1',
      '--detector-efficiency',
      '0.9',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--emission-efficiency: required for the single-click scheme');
    const negative = await runQnet(['link', '--scheme', 'double-click', '--length-km', '-3']);
    expect(negative.stderr).toContain('--length-km: must be >= 0 (got -3)');
    const typo = await runQnet([
      'link',
      '--scheme',
      'double-click',
      '--length-km',
      '1',
      '--platform',
      'nv-diamnd',
    ]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('--platform: unknown platform "nv-diamnd" (did you mean "nv-diamond"?)');
  });

  it('treats malformed numbers and unknown schemes as usage errors (exit 2)', async () => {
    expect((await runQnet(['link', '--scheme', 'double-click', '--length-km', 'ten'])).code).toBe(2);
    expect((await runQnet(['link', '--scheme', 'triple-click', '--length-km', '1'])).code).toBe(2);
    expect((await runQnet(['link', '--length-km', '1'])).code).toBe(2);
  });
});

describe('qnet swap', () => {
  it('reproduces the noisy swap of physics.md §3 (0.9, 0.9, p2 = 0.99, eta_m = 0.99 -> 0.792902)', async () => {
    const { json } = await runQnetJson<{ fidelity: number; swaps: number }>([
      'swap',
      '--fidelity',
      '0.9',
      '--fidelity',
      '0.9',
      '--gate-reliability',
      '0.99',
      '--measurement-fidelity',
      '0.99',
    ]);
    expectClose(json.result.fidelity, 0.792902, { relative: 1e-6 });
    expect(json.result.swaps).toBe(1);
  });

  it('swaps a chain of four links at 0.95 to 0.819126 and halves success for linear optics', async () => {
    const args = [
      'swap',
      '--fidelity',
      '0.95',
      '--fidelity',
      '0.95',
      '--fidelity',
      '0.95',
      '--fidelity',
      '0.95',
      '--linear-optics',
    ];
    const { json } = await runQnetJson<{ fidelity: number; successProbability: number }>(args);
    expectClose(json.result.fidelity, 0.819126, { relative: 1e-6 });
    expect(json.result.successProbability).toBe(0.125);
  });

  it('converts a gate process fidelity to p2 and rejects giving both', async () => {
    const { json } = await runQnetJson<{ fidelity: number }>([
      'swap',
      '--fidelity',
      '0.9',
      '--fidelity',
      '0.9',
      '--gate-fidelity',
      '1',
    ]);
    expectClose(json.result.fidelity, 0.813333, { relative: 1e-6 });
    const both = await runQnet([
      'swap',
      '--fidelity',
      '0.9',
      '--fidelity',
      '0.9',
      '--gate-fidelity',
      '0.99',
      '--gate-reliability',
      '0.99',
    ]);
    expect(both.code).toBe(1);
    const one = await runQnet(['swap', '--fidelity', '0.9']);
    expect(one.stderr).toContain('--fidelity: give at least two links');
  });
});

describe('qnet purify', () => {
  it('reports each round with fidelity, success probability and the Bell-diagonal state (DEJMPS, physics.md §4)', async () => {
    const { json } = await runQnetJson<{
      rounds: { fidelity: number; successProbability: number; stateArray: number[] }[];
    }>(['purify', '--protocol', 'dejmps', '--fidelity', '0.9', '--rounds', '1']);
    const round = json.result.rounds[1]!;
    expectClose(round.successProbability, 0.875556, { relative: 1e-6 });
    [0.926396, 0.002538, 0.002538, 0.068528].forEach((expected, index) =>
      expectClose(round.stateArray[index]!, expected, { relative: 1e-4 }),
    );
  });

  it("matches BBPSSW at F = 0.8 (p = 0.768889, F' = 0.838150) and keeps F = 1/2 fixed", async () => {
    const { json } = await runQnetJson<{ rounds: { fidelity: number; successProbability: number }[] }>([
      'purify',
      '--protocol',
      'bbpssw',
      '--fidelity',
      '0.8',
    ]);
    expectClose(json.result.rounds[1]!.fidelity, 0.83815, { relative: 1e-5 });
    expectClose(json.result.rounds[1]!.successProbability, 0.768889, { relative: 1e-5 });
    const half = await runQnetJson<{ rounds: { fidelity: number }[] }>([
      'purify',
      '--protocol',
      'bbpssw',
      '--fidelity',
      '0.5',
      '--rounds',
      '3',
    ]);
    expectClose(half.json.result.rounds[3]!.fidelity, 0.5, { relative: 1e-12 });
  });

  it('explains an unreachable target with the cap set by noisy gates', async () => {
    const run = await runQnet([
      'purify',
      '--fidelity',
      '0.8',
      '--target-fidelity',
      '0.999',
      '--gate-reliability',
      '0.99',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unreachable .* maximum reachable fidelity is 0\.98/);
  });
});

describe('qnet memory and bounds', () => {
  it('dephasing for t = T2 gives 0.683940 (physics.md §3)', async () => {
    const { json } = await runQnetJson<{ fidelity: number }>(['memory', '--t2-s', '1', '--time-s', '1']);
    expectClose(json.result.fidelity, 0.68394, { relative: 1e-5 });
    const missing = await runQnet(['memory', '--time-s', '1']);
    expect(missing.stderr).toContain('--t2-s: required');
  });

  it('gives the PLOB and TGW bounds per use and per second (physics.md §6)', async () => {
    const { json } = await runQnetJson<{ plobPerUse: number; plobPerSecond: number; tgwPerUse: number }>([
      'bounds',
      '--length-km',
      '50',
      '--channel-uses-per-s',
      '1e6',
    ]);
    expectClose(json.result.plobPerUse, 0.152003, { relative: 1e-5 });
    expectClose(json.result.plobPerSecond, 152003, { relative: 1e-5 });
    expect(json.result.tgwPerUse).toBeGreaterThan(json.result.plobPerUse);
    const tiny = await runQnetJson<{ plobPerUse: number }>(['bounds', '--length-km', '1000']);
    expectClose(tiny.json.result.plobPerUse, 1.442695e-20, { relative: 1e-6 });
  });
});
