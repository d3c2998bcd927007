/**
 * `qnet sneakernet` as a user runs it: the Devitt et al. 2016 Table 1 reproduction (text and --json), one link
 * from the command's own options checked against values computed here by hand (shared/reference/sneakernet.md),
 * the delivery schedule, and bad input (exit 1, message naming the option and the limit) vs. usage errors
 * (exit 2). The command is registered on a fresh program here, with main()'s exit-code rules, so the test does
 * not depend on the lead's command list.
 */
import { Command, CommanderError } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSneakernetCommand } from '../../src/cli/commands/sneakernet.js';
import { memoryIo } from '../../src/cli/io.js';
import { EXIT } from '../../src/cli/main.js';
import { ParameterError, QnetError, UnreachableError } from '../../src/core/index.js';
import { expectClose } from '../support/close.js';
import { ROOT } from '../support/run-cli.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: unknown;
}

/** Runs `qnet sneakernet ARGS` in-process, mapping outcomes to exit codes as src/cli/main.ts does. */
async function sneakernet(args: readonly string[]): Promise<Run> {
  const io = memoryIo(ROOT);
  const program = new Command('qnet')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerSneakernetCommand(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    await program.parseAsync(['sneakernet', ...args], { from: 'user' });
    return { code: EXIT.ok, stdout: io.out(), stderr: io.err() };
  } catch (error) {
    if (error instanceof CommanderError) {
      return { code: error.exitCode === 0 ? EXIT.ok : EXIT.usage, stdout: io.out(), stderr: io.err(), error };
    }
    if (error instanceof QnetError) {
      return { code: EXIT.badInput, stdout: io.out(), stderr: `qnet: ${error.message}\n`, error };
    }
    throw error;
  }
}

async function sneakernetJson<T>(
  args: readonly string[],
): Promise<{ command: string; inputs: unknown; result: T }> {
  const run = await sneakernet([...args, '--json']);
  if (run.code !== 0) throw new Error(`sneakernet ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const DAY = 86_400;
/** 18 kn in m/s (1 kn = 1852 m / 3600 s): the container-ship preset speed. */
const EIGHTEEN_KNOTS = (18 * 1852) / 3600;

/** Devitt-compatible distance by hand: d* = 2 ln(eps / (cycles A)) / ln(p / p_th) - 1 (sneakernet.md). */
function realDistance(
  p: number,
  cycles: number,
  target = 1e-10,
  prefactor = 0.13,
  threshold = 1 / 61,
): number {
  return (2 * Math.log(target / (cycles * prefactor))) / Math.log(p / threshold) - 1;
}

/** Cubic packing by hand: floor(1 m^3 / ((2d - 1) a)^3). */
function cubicCapacity(d: number, pitch: number): number {
  return Math.floor(1 / ((2 * d - 1) * pitch) ** 3);
}

/** Haversine on the 6371.0088 km mean-radius sphere, m. */
function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

interface TableRow {
  published: {
    platform: string;
    codeDistance: number;
    physicalQubitsPerLogical: number;
    qubitPitch: number;
    bandwidth: { value: number };
  };
  computed: { codeDistance: number; physicalQubitsPerLogical: number; capacity: number; bandwidth: number };
  matches: Record<string, boolean>;
  note: string;
}

describe('qnet sneakernet --preset devitt-2016 (Table 1)', () => {
  it('prints every platform with computed beside published values and flags the one mismatch', async () => {
    const run = await sneakernet(['--preset', 'devitt-2016']);
    expect(run.code).toBe(0);
    for (const platform of [
      'NV (optical)',
      'trapped ions',
      'transmons',
      'quantum dots',
      'NV (spin)',
      'silicon',
    ])
      expect(run.stdout).toContain(platform);
    expect(run.stdout).toMatch(/NV \(optical\).*33 \/ 33 ok\s+4225 \/ 4225 ok\s+1\.267e4 \/ 1\.27e4 ok/);
    expect(run.stdout).toMatch(/NV \(spin\).*1\.157e12 \/ 1\.6e12 MISMATCH/);
    expect(run.stdout.match(/MISMATCH/g)).toHaveLength(1);
    expect(run.stdout).toContain('23 of 24 cells match');
    expect(run.stdout).toMatch(/NV \(spin\): bandwidth: the table prints 1\.6e\+12 Hz.*the model is kept/);
  });

  it('gives the same table in the --json envelope, every cell checkable', async () => {
    const json = await sneakernetJson<{ rows: TableRow[]; cellsMatched: number; cellsCompared: number }>([
      '--preset',
      'devitt-2016',
    ]);
    expect(json.command).toBe('sneakernet');
    expect(json.inputs).toEqual({ preset: 'devitt-2016' });
    expect(json.result.rows).toHaveLength(6);
    expect([json.result.cellsMatched, json.result.cellsCompared]).toEqual([23, 24]);
    for (const row of json.result.rows) {
      const d = row.published.codeDistance;
      expect(row.computed.codeDistance).toBe(d);
      expect(row.computed.physicalQubitsPerLogical).toBe((2 * d - 1) ** 2);
      expect(row.computed.capacity).toBe(cubicCapacity(d, row.published.qubitPitch));
      expectClose(row.computed.bandwidth, (row.computed.capacity * 10_000) / (20 * DAY), { relative: 1e-12 });
    }
    const spin = json.result.rows.find((row) => row.published.platform === 'NV (spin)')!;
    expect(spin.matches.bandwidth).toBe(false);
    // 200e12 x 1e4 / 1.728e6 s, the row's own capacity (sneakernet.md), not the printed 1.6e12.
    expectClose(spin.computed.bandwidth, 1.157e12, { relative: 1e-3 });
    expect(spin.note).toContain('inconsistent');
  });

  it("refuses model options next to the preset, which uses the paper's inputs", async () => {
    const run = await sneakernet(['--preset', 'devitt-2016', '--carrier', 'truck', '--speed-km-per-h', '50']);
    expect(run.code).toBe(EXIT.badInput);
    expect(run.error).toBeInstanceOf(ParameterError);
    expect((run.error as ParameterError).field).toBe('--preset');
    expect(run.stderr).toContain('--carrier, --speed-km-per-h');
  });

  it('rejects an unknown preset as a usage error', async () => {
    const run = await sneakernet(['--preset', 'devitt-2017']);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('devitt-2016');
  });
});

interface LinkJson {
  memory: Record<string, { value: number; from: string }>;
  link: {
    rate: number;
    fidelity: number;
    latency: number;
    codeDistance: number;
    realDistance: number;
    physicalQubitsPerLogical: number;
    capacityPerContainer: number;
    bottleneck: string;
    pairsPerVoyage: number;
    achievedInfidelity: number;
    meetsTarget: boolean;
    voyage: { routeLength: number | null; sailingTime: number; portTime: number };
    fleet: { departureInterval: number; vehicles: number };
  };
  schedule?: {
    deliveries: { departure: number; arrival: number; vehicle: number; pairs: number }[];
    totalPairs: number;
  };
}

describe('qnet sneakernet with its own options', () => {
  it("reproduces the Table 1 NV (optical) row from the platform preset and the paper's voyage", async () => {
    const { result } = await sneakernetJson<LinkJson>([
      '--platform',
      'nv-diamond',
      '--sailing-days',
      '20',
      '--port-time-h',
      '0',
      '--departure-interval-days',
      '20',
      '--rounding',
      'devitt-2016',
    ]);
    const d = Math.floor(realDistance(1e-3, (20 * DAY) / 3.5e-6));
    expect(d).toBe(33);
    expect(result.link.codeDistance).toBe(d);
    expect(result.link.physicalQubitsPerLogical).toBe(4225);
    expect(result.link.capacityPerContainer).toBe(cubicCapacity(33, 6.6e-4));
    expectClose(result.link.rate, (cubicCapacity(33, 6.6e-4) * 10_000) / (20 * DAY), { relative: 1e-12 });
    expectClose(result.link.rate, 73, { relative: 0.01 }); // published 7.3e1
    expect(result.link.meetsTarget).toBe(false); // flooring d* overshoots the target, as the table does
    expect(result.memory.physicalErrorRate!.from).toMatch(/^platform nv-diamond: Devitt/);
  });

  it('answers rate, fidelity and latency for a great-circle route with the carrier defaults', async () => {
    const args = ['--platform', 'trapped-ion', '--from-lat', '35.5987', '--from-lon', '139.76'];
    const run = await sneakernet([
      ...args,
      '--to-lat',
      '47.581',
      '--to-lon',
      '-122.353',
      '--route-factor',
      '1.05',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rate\s+.*pairs\/s \(logical Bell pairs, steady state\)/);
    expect(run.stdout).toMatch(/latency\s+11\.\d+ days/);
    expect(run.stdout).toMatch(/bottleneck\s+shipping/);

    const { result } = await sneakernetJson<LinkJson>([
      ...args,
      '--to-lat',
      '47.581',
      '--to-lon',
      '-122.353',
      '--route-factor',
      '1.05',
    ]);
    const length = haversine(35.5987, 139.76, 47.581, -122.353) * 1.05;
    expectClose(result.link.voyage.routeLength!, length, { relative: 1e-6 });
    const transit = length / EIGHTEEN_KNOTS + 1.4 * DAY; // preset speed and 2 x 0.7 days in port
    expectClose(result.link.latency, transit, { relative: 1e-9 });
    const d = 2 * Math.ceil((realDistance(1e-5, transit / 1e-4) + 1) / 2) - 1; // odd-ceil
    expect(result.link.codeDistance).toBe(d);
    // One ship, departing once per round trip (out and back).
    expectClose(result.link.rate, (cubicCapacity(d, 1.5e-3) * 10_000) / (2 * transit), { relative: 1e-9 });
    expect(result.link.meetsTarget).toBe(true);
    expect(result.link.fidelity).toBeGreaterThanOrEqual(1 - 1e-10);
  });

  it('applies a fleet, speed in km/h, rotated patches and the qualtran model', async () => {
    const { result } = await sneakernetJson<LinkJson>([
      ...['--physical-error-rate', '1e-3', '--gate-time-s', '1e-6', '--qubit-pitch-m', '1e-6'],
      ...['--distance-km', '8000', '--speed-km-per-h', '40', '--port-time-h', '24'],
      ...[
        '--vehicles',
        '4',
        '--departure-interval-days',
        '7',
        '--layout',
        'rotated',
        '--error-model',
        'qualtran',
      ],
    ]);
    const transit = 8_000_000 / (40 / 3.6) + DAY;
    expectClose(result.link.latency, transit, { relative: 1e-12 });
    const halfDistance = Math.log(1e-10 / ((transit / 1e-6) * 0.1)) / Math.log(100 * 1e-3);
    const d = 2 * Math.ceil(halfDistance) - 1;
    expect(result.link.codeDistance).toBe(d);
    expect(result.link.physicalQubitsPerLogical).toBe(2 * d * d - 1);
    expectClose(result.link.rate, (cubicCapacity(d, 1e-6) * 10_000) / (7 * DAY), { relative: 1e-12 });
  });

  it("gives Qualtran's d = 17 for p = 1e-3 and a 1e-10 budget over one cycle", async () => {
    const { result } = await sneakernetJson<LinkJson>([
      ...['--physical-error-rate', '1e-3', '--gate-time-s', '86400', '--qubit-pitch-m', '1e-6'],
      ...['--sailing-days', '1', '--port-time-h', '0', '--error-model', 'qualtran'],
    ]);
    expect(result.link.codeDistance).toBe(17);
  });

  it('names the loading link as the bottleneck when it is slower than the ship', async () => {
    const { result } = await sneakernetJson<LinkJson>([
      ...['--platform', 'quantum-dot', '--sailing-days', '10', '--port-time-h', '0'],
      ...['--departure-interval-days', '20', '--loading-rate-hz', '1e6'],
    ]);
    expect(result.link.bottleneck).toBe('loading');
    expect(result.link.pairsPerVoyage).toBe(1e6 * 20 * DAY);
    expectClose(result.link.rate, 1e6, { relative: 1e-12 });
  });

  it('lists the deliveries of a fleet within --schedule-days', async () => {
    const args = [
      ...['--physical-error-rate', '1e-3', '--gate-time-s', '1e-6', '--qubit-pitch-m', '1e-6'],
      ...['--sailing-days', '10', '--port-time-h', '0', '--vehicles', '4', '--departure-interval-days', '5'],
      ...['--schedule-days', '30'],
    ];
    const { result } = await sneakernetJson<LinkJson>(args);
    const deliveries = result.schedule!.deliveries;
    // Departures at 0, 5, ..., 20 days arrive by day 30.
    expect(deliveries.map((delivery) => delivery.arrival / DAY)).toEqual([10, 15, 20, 25, 30]);
    expect(deliveries.map((delivery) => delivery.vehicle)).toEqual([0, 1, 2, 3, 0]);
    expect(result.schedule!.totalPairs).toBe(5 * result.link.pairsPerVoyage);
    const run = await sneakernet(args);
    expect(run.stdout).toMatch(/deliveries: 5,/);
    expect(run.stdout).toMatch(/\n5\s+1\s+20\s+30\s/);
  });

  it('uses one delivery as a stockpile with --consumption-rate-hz: usable pairs within the shelf life', async () => {
    const base = [
      ...['--physical-error-rate', '1e-3', '--gate-time-s', '1e-6', '--qubit-pitch-m', '1e-6'],
      ...['--sailing-days', '10', '--port-time-h', '0'],
    ];
    type StockpileJson = LinkJson & {
      link: LinkJson['link'] & { storageTime: number; maxStorageTime: number };
      stockpile: { shelfLife: number; timeToConsume: number; usablePairs: number; expiredPairs: number };
    };
    const fast = (await sneakernetJson<StockpileJson>([...base, '--consumption-rate-hz', '1e12'])).result;
    const pairs = fast.link.pairsPerVoyage;
    // Shelf life on arrival = memory lifetime at d - storage so far (computed here from the link's own figures).
    expectClose(fast.stockpile.shelfLife, Math.max(0, fast.link.maxStorageTime - fast.link.storageTime), {
      relative: 1e-12,
    });
    expect(fast.stockpile.usablePairs).toBe(Math.min(pairs, Math.floor(1e12 * fast.stockpile.shelfLife)));
    expectClose(fast.stockpile.timeToConsume, pairs / 1e12, { relative: 1e-12 });
    // Drawn slowly, most pairs outlive their shelf life: usable = rate x shelf life, the rest expire.
    const slow = (await sneakernetJson<StockpileJson>([...base, '--consumption-rate-hz', '1'])).result;
    expect(slow.stockpile.usablePairs).toBe(Math.min(pairs, Math.floor(slow.stockpile.shelfLife)));
    expect(slow.stockpile.usablePairs + slow.stockpile.expiredPairs).toBe(pairs);
    expect(slow.stockpile.expiredPairs).toBeGreaterThan(0);
    const run = await sneakernet([...base, '--consumption-rate-hz', '1']);
    expect(run.stdout).toMatch(/usable pairs per delivery/);
    const bad = await sneakernet([...base, '--consumption-rate-hz', '0']);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.stderr).toMatch(/--consumption-rate-hz: must be > 0/);
  });

  it('never prints NaN and keeps rate, fidelity and latency in range over wide inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 1e-6, max: 5e-3, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        async (p, gateTime, distanceKm, speedKnots) => {
          const run = await sneakernet([
            ...['--physical-error-rate', String(p), '--gate-time-s', String(gateTime)],
            ...[
              '--qubit-pitch-m',
              '1e-6',
              '--distance-km',
              String(distanceKm),
              '--speed-knots',
              String(speedKnots),
            ],
            '--json',
          ]);
          expect(run.code, run.stderr).toBe(0);
          expect(run.stdout).not.toContain('NaN');
          const { link } = (JSON.parse(run.stdout) as { result: LinkJson }).result;
          expect(link.rate).toBeGreaterThan(0);
          expect(link.fidelity).toBeGreaterThan(1 - 1e-10 * (1 + 1e-6));
          expect(link.fidelity).toBeLessThanOrEqual(1);
          expectClose(link.latency, (distanceKm * 1000) / ((speedKnots * 1852) / 3600) + 1.4 * DAY, {
            relative: 1e-9,
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a faster ship never has a longer latency or a larger code', async () => {
    const base = ['--platform', 'nv-diamond', '--distance-km', '9000', '--json', '--speed-knots'];
    let previous: LinkJson['link'] | undefined;
    for (const knots of [10, 15, 20, 25, 30]) {
      const { link } = (
        JSON.parse((await sneakernet([...base, String(knots)])).stdout) as { result: LinkJson }
      ).result;
      if (previous) {
        expect(link.latency).toBeLessThan(previous.latency);
        expect(link.codeDistance).toBeLessThanOrEqual(previous.codeDistance);
      }
      previous = link;
    }
  });
});

describe('qnet sneakernet bad input', () => {
  const memory = ['--physical-error-rate', '1e-3', '--gate-time-s', '1e-6', '--qubit-pitch-m', '1e-6'];

  async function failure(args: readonly string[]): Promise<Run> {
    const run = await sneakernet(args);
    expect(run.code, run.stdout).toBe(EXIT.badInput);
    return run;
  }

  it('names the option and the threshold for a physical error rate above threshold', async () => {
    const run = await failure(['--physical-error-rate', '0.02', ...memory.slice(2), '--distance-km', '100']);
    expect((run.error as ParameterError).field).toBe('--physical-error-rate');
    expect(run.stderr).toContain('threshold 0.01639 (got 0.02)');
    const fowler = await failure([
      ...['--physical-error-rate', '0.006', ...memory.slice(2)],
      ...['--error-model', 'fowler-2012', '--distance-km', '100'],
    ]);
    expect(fowler.stderr).toContain(
      '--physical-error-rate: must be below the fowler-2012 threshold 0.005700',
    );
  });

  it('says which option moves an impossible target and what distance it needs', async () => {
    const run = await failure([
      '--physical-error-rate',
      '0.0163',
      ...memory.slice(2),
      '--distance-km',
      '8000',
    ]);
    expect(run.error).toBeInstanceOf(UnreachableError);
    expect(run.stderr).toMatch(/^qnet: --target-infidelity: no code distance up to 1000/);
    expect(run.stderr).toMatch(/needs d = \d+/);
    const zero = await failure([...memory, '--distance-km', '100', '--target-infidelity', '0']);
    expect((zero.error as ParameterError).field).toBe('--target-infidelity');
  });

  it.each([
    [['--speed-knots', '0'], '--speed-knots', 'must be > 0 (got 0)'],
    [['--speed-km-per-h', '-3'], '--speed-km-per-h', 'must be > 0'],
    [['--speed-knots', '10', '--speed-km-per-h', '3'], '--speed-knots', 'only one'],
    [['--port-time-h', '-1'], '--port-time-h', 'must be >= 0 (got -1)'],
    [['--carrier', 'aircraft'], '--port-time-h', 'carrier "aircraft" has no typical value'],
    [
      ['--carrier', 'aircraft', '--port-time-h', '2'],
      '--containers',
      'carrier "aircraft" has no typical value',
    ],
    [['--stick-volume-m3', '0'], '--stick-volume-m3', 'must be > 0'],
    [['--support-share', '1'], '--support-share', 'no room is left for memory'],
    [['--loading-rate-hz', '0'], '--loading-rate-hz', 'must be > 0'],
    [['--route-factor', '1.2'], '--route-factor', 'great-circle'],
    [['--sailing-days', '3'], '--distance-km', 'give only one of'],
    [['--gates-per-cycle', '0'], '--gates-per-cycle', 'must be > 0'],
  ])('%j -> %s', async (extra, field, message) => {
    const run = await failure([...memory, '--distance-km', '100', ...extra]);
    expect(run.error).toBeInstanceOf(ParameterError);
    expect((run.error as ParameterError).field).toBe(field);
    expect(run.stderr).toContain(message);
  });

  it('asks for a route, a complete set of coordinates and valid latitudes', async () => {
    expect((await failure(memory)).stderr).toContain('--distance-km: is required');
    expect((await failure([...memory, '--from-lat', '35'])).stderr).toContain('--from-lon: is required');
    const run = await failure([
      ...memory,
      '--from-lat',
      '95',
      '--from-lon',
      '0',
      '--to-lat',
      '0',
      '--to-lon',
      '1',
    ]);
    expect(run.stderr).toContain('--from-lat: must be between -90 and 90');
  });

  it('explains a platform without the memory fields and suggests a platform for a typo', async () => {
    const missing = await failure(['--platform', 'neutral-atom', '--distance-km', '100']);
    expect((missing.error as ParameterError).field).toBe('--physical-error-rate');
    expect(missing.stderr).toContain('platform "neutral-atom" has no value for it');
    const typo = await failure(['--platform', 'nv-diamon', '--distance-km', '100']);
    expect(typo.stderr).toContain('did you mean "nv-diamond"');
    const none = await failure(['--distance-km', '100']);
    expect(none.stderr).toContain('--physical-error-rate: is required (or give --platform ID');
  });

  it('reports a fleet too small for its departure interval in days', async () => {
    const run = await failure([
      ...[...memory, '--sailing-days', '10', '--port-time-h', '0'],
      ...['--vehicles', '1', '--departure-interval-days', '5'],
    ]);
    expect(run.error).toBeInstanceOf(UnreachableError);
    expect(run.stderr).toContain(
      '--vehicles: 1 vehicle(s) cannot depart every 5 days on a 20 days round trip',
    );
    expect(run.stderr).toContain('at least 4');
  });

  it('reports a memory stick too small for one logical qubit', async () => {
    const run = await failure([
      '--platform',
      'nv-diamond',
      '--distance-km',
      '100',
      '--stick-volume-m3',
      '1e-9',
    ]);
    expect(run.stderr).toContain('--stick-volume-m3: a 1e-9 m^3 memory stick cannot hold one');
  });

  it('treats malformed numbers and unknown choices as usage errors (exit 2)', async () => {
    expect((await sneakernet([...memory, '--distance-km', 'far'])).code).toBe(EXIT.usage);
    expect((await sneakernet([...memory, '--distance-km', '9', '--carrier', 'boat'])).code).toBe(EXIT.usage);
    expect((await sneakernet([...memory, '--distance-km', '9', '--vehicles', '1.5'])).code).toBe(EXIT.usage);
  });
});
