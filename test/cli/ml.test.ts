/**
 * `qnet ml` and `qnet ml demo` as a user types them: the distributed-ml.md test values through the CLI, times
 * split into communication, compute and latency, "costs only" without rates, errors that name the option
 * (exit 1), and the state-vector demo whose error follows sqrt((1 - F^2)/S).
 * Runs through main() once the command is registered in commands/index.ts, through an equivalent harness
 * until then.
 */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { registerMlCommand } from '../../src/cli/commands/ml.js';
import { memoryIo } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/main.js';
import { QnetError } from '../../src/core/index.js';
import { ROOT, runQnet, type CliRun } from '../support/run-cli.js';
import { expectClose } from '../support/close.js';

/** Runs `qnet ml ...` with main()'s exit codes: 0 ok, 1 bad input, 2 usage. */
async function runMl(args: readonly string[]): Promise<CliRun> {
  if (COMMANDS.includes(registerMlCommand)) return runQnet(['ml', ...args]);
  const io = memoryIo(ROOT);
  const program = buildProgram(io);
  registerMlCommand(program, io);
  try {
    await program.parseAsync(['ml', ...args], { from: 'user' });
    return { code: 0, stdout: io.out(), stderr: io.err() };
  } catch (error) {
    if (error instanceof CommanderError)
      return { code: error.exitCode === 0 ? 0 : 2, stdout: io.out(), stderr: io.err() };
    if (error instanceof QnetError) {
      io.stderr(`qnet: ${error.message}\n`);
      return { code: 1, stdout: io.out(), stderr: io.err() };
    }
    throw error;
  }
}

async function runMlJson<T>(args: readonly string[]): Promise<T> {
  const run = await runMl([...args, '--json']);
  if (run.code !== 0) throw new Error(`qnet ml ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  const envelope = JSON.parse(run.stdout) as { command: string; result: T };
  return envelope.result;
}

interface Time {
  communication: number;
  compute: number;
  latency: number;
  total: number;
}
interface TaskJson {
  task: string;
  copies: number;
  qubits: number;
  bits: number;
  quantum: null | { status: string; breakdown?: Time };
  classical: null | Time;
  faster: string | null;
  breakEven: null | { status: string; qubitRate?: number; communicationOnlyRate: number };
  crossover: null | { status: string; dimension?: number };
}
interface MlJson {
  computed: string;
  qubitsPerCopy: number;
  hopsPerPass: number;
  tasks: TaskJson[];
  privacy: { learnableBitsCap: number; dataBits: number };
  consumableData: { usesUntilFewerClassicalBits: number };
  notes: string[];
  assumptions: string[];
}

const FIRST_CASE = ['--n', '4096', '--layers', '2', '--params', '16', '--eps', '0.05', '--delta', '0.05'];

describe('qnet ml', () => {
  it('reproduces the first test case of distributed-ml.md (costs only)', async () => {
    const result = await runMlJson<MlJson>(FIRST_CASE);
    expect(result.computed).toBe('costs');
    expect(result.qubitsPerCopy).toBe(12);
    expect(result.hopsPerPass).toBe(3);
    const [inference, naive, shadow] = result.tasks;
    expect(inference).toMatchObject({ task: 'inference', copies: 2952, qubits: 106_272, bits: 393_216 });
    expect(inference!.quantum).toBeNull();
    expectClose(naive!.qubits, 2.893e7, { relative: 5e-4 });
    expect(naive!.bits).toBe(786_432);
    expect(shadow!.task).toBe('gradient-shadow');
    expect(result.privacy).toMatchObject({ learnableBitsCap: 106_272, dataBits: 131_072 });
    expect(result.consumableData.usesUntilFewerClassicalBits).toBe(2);
  });

  it('reproduces the second test case (N = 2^20, L = 10, P = 1000, eps = delta = 0.01)', async () => {
    const args = [
      '--n',
      String(2 ** 20),
      '--layers',
      '10',
      '--params',
      '1000',
      '--eps',
      '0.01',
      '--delta',
      '0.01',
    ];
    const [inference] = (await runMlJson<MlJson>(args)).tasks;
    expect(inference).toMatchObject({ copies: 105_967, qubits: 40_267_460, bits: 637_534_208 });
  });

  it('says it computes costs only without rates', async () => {
    const run = await runMl(FIRST_CASE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('costs only, no times');
    expect(run.stdout).toMatch(/inference\s+2952\s+106272\s+393216/);
  });

  it('gives the break-even rate of distributed-ml.md (2.70e8 qubits/s at 1 Gbit/s) with a classical rate', async () => {
    const result = await runMlJson<MlJson>([...FIRST_CASE, '--classical-rate', '1e9']);
    expect(result.computed).toBe('classical');
    expectClose(result.tasks[0]!.breakEven!.communicationOnlyRate, 2.7e8, { relative: 2e-3 });
    expect(result.tasks[0]!.classical).not.toBeNull();
    expect(result.tasks[0]!.quantum).toBeNull();
  });

  it('times every task, quantum against classical, with each part visible', async () => {
    const link = ['--qubit-rate', '1e6', '--classical-rate', '1e9', '--latency-s', '0.001'];
    const hardware = ['--encoding', 'quantum-data', '--logical-gate-time-s', '1e-9', '--steps', '10'];
    const result = await runMlJson<MlJson>([...FIRST_CASE, ...link, ...hardware]);
    expect(result.computed).toBe('times');
    expect(result.tasks.map((task) => task.task)).toContain('training-naive');
    const inference = result.tasks[0]!;
    const quantum = inference.quantum!.breakdown!;
    // Q / rate, three rounds of 1 ms, and 2952 copies x 64 gates x 1 ns.
    expectClose(quantum.communication, 106_272 / 1e6);
    expectClose(quantum.latency, 0.003);
    expectClose(quantum.compute, 2952 * 64 * 1e-9);
    expectClose(quantum.total, quantum.communication + quantum.compute + quantum.latency);
    expect(['quantum', 'classical', 'equal']).toContain(inference.faster);
    expect(inference.crossover!.status).toBe('found');
    const human = await runMl([...FIRST_CASE, ...link, ...hardware]);
    expect(human.stdout).toMatch(/inference\s+quantum\s+106\.3 ms/);
    expect(human.stdout).toContain('privacy (Holevo cap)');
    expect(human.stdout).toContain('consumable data');
    expect(human.stdout).toContain('c_ST unknown');
  });

  it('says "no quantum route" for a zero qubit rate', async () => {
    const run = await runMl([...FIRST_CASE, '--qubit-rate', '0', '--classical-rate', '1e9']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/inference\s+quantum\s+no quantum route/);
    expect(run.stdout).not.toMatch(/Infinity|NaN|∞/);
  });

  it('rejects bad input with a message naming the option (exit 1)', async () => {
    const cases: [string[], RegExp][] = [
      [['--n', '1', '--layers', '2', '--params', '16', '--eps', '0.05', '--delta', '0.05'], /^qnet: --n: /],
      [['--n', '64', '--layers', '2', '--params', '16', '--eps', '1.5', '--delta', '0.05'], /^qnet: --eps: /],
      [['--n', '64', '--layers', '2', '--params', '16', '--eps', '0', '--delta', '0.05'], /^qnet: --eps: /],
      [['--n', '64', '--layers', '2', '--params', '16', '--eps', '0.1', '--delta', '1'], /^qnet: --delta: /],
      [['--layers', '2', '--params', '16', '--eps', '0.1', '--delta', '0.1'], /^qnet: --n: is required/],
      [[...FIRST_CASE, '--qubit-rate', '1e6'], /^qnet: --classical-rate: is required/],
      [[...FIRST_CASE, '--qubit-rate', '-1', '--classical-rate', '1e9'], /^qnet: --qubit-rate: /],
      [['--n', '64', '--eps', '0.1', '--delta', '0.1', '--model', 'linear-classifier'], /^qnet: --margin: /],
    ];
    for (const [args, message] of cases) {
      const run = await runMl(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(message);
    }
  });

  it('treats a malformed number as a usage error (exit 2)', async () => {
    expect((await runMl(['--n', 'many'])).code).toBe(2);
  });
});

interface DemoJson {
  qubits: number;
  shots: number;
  exact: number;
  estimate: number;
  error: number;
  standardError: number;
  ledger: { totalQubits: number; hopsPerShot: number; qubitsPerShot: number };
  convergence: { shots: number; error: number; standardError: number; qubits: number }[];
}

describe('qnet ml demo', () => {
  it('estimates F within a few sqrt((1 - F^2)/S) and charges every shot', async () => {
    const result = await runMlJson<DemoJson>(['demo', '--qubits', '12', '--layers', '3', '--shots', '1e4']);
    expect(result.shots).toBe(10_000);
    expectClose(result.standardError, Math.sqrt((1 - result.exact ** 2) / 1e4), { relative: 1e-12 });
    expect(Math.abs(result.error)).toBeLessThan(5 * result.standardError);
    // H = 2L - 1 = 5 hops of n = 12 qubits per shot.
    expect(result.ledger).toMatchObject({ hopsPerShot: 5, qubitsPerShot: 60, totalQubits: 600_000 });
    expect(result.convergence.map((row) => row.shots)).toEqual([100, 1000, 10_000]);
    expect(result.convergence.map((row) => row.qubits)).toEqual([6000, 60_000, 600_000]);
  });

  it('is reproducible with a seed, and another seed changes the estimate', async () => {
    const args = ['demo', '--qubits', '6', '--layers', '2', '--shots', '1000'];
    const first = await runMlJson<DemoJson>([...args, '--seed', '7']);
    expect(await runMlJson<DemoJson>([...args, '--seed', '7'])).toEqual(first);
    expect((await runMlJson<DemoJson>([...args, '--seed', '8'])).estimate).not.toBe(first.estimate);
  });

  it('prints the estimate, the exact value and the qubits it cost', async () => {
    const run = await runMl(['demo', '--qubits', '4', '--layers', '2', '--shots', '100']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/exact F = <Z_0>\s+-?\d/);
    expect(run.stdout).toMatch(/qubits sent\s+1200 \(12 per shot x 100 shots\)/);
  });

  it('names the option for bad input', async () => {
    const tooMany = await runMl(['demo', '--qubits', '21', '--layers', '1', '--shots', '10']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/^qnet: --qubits: /);
    const foreign = await runMl(['demo', '--qubits', '4', '--layers', '1', '--shots', '10', '--eps', '0.1']);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/^qnet: --eps: is not an option of `qnet ml demo`/);
  });
});
