/**
 * The shipped example scenarios (network-models/*.qnet.json) as users run them: every file validates, and the
 * planner examples plan with the statuses their descriptions promise — the US backbone serves its short demands,
 * serves Chicago-New York through per-link purification and shows max-total starving Atlanta-Boston where max-min
 * serves it; the campus network allocates
 * differently under max-total and max-min; the transducer site plans end to end through both transducers.
 * Presets come from the shipped files (loadPresetRegistry) and the allocation LP from HiGHS, as in `qnet plan`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import { loadPresetRegistry } from '../../../src/cli/presets.js';
import {
  parseScenario,
  planScenario,
  type DemandPlan,
  type LpSolver,
  type PlanResult,
  type PresetRegistry,
  type Scenario,
} from '../../../src/network/index.js';
import { expectClose } from '../../support/close.js';

const MODELS_DIR = path.resolve(import.meta.dirname, '../../../network-models');

let presets: PresetRegistry;
let solver: LpSolver;
beforeAll(async () => {
  presets = loadPresetRegistry();
  solver = await createHighsSolver();
});

function exampleNames(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.qnet.json'))
    .sort();
}

function loadExample(name: string): Scenario {
  const parsed = parseScenario(readFileSync(path.join(MODELS_DIR, name), 'utf8'), {
    presets,
    fileName: name,
  });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

function demandOf(plan: PlanResult, key: string): DemandPlan {
  const demand = plan.demands.find((entry) => entry.demand.key === key);
  if (!demand) throw new Error(`no demand "${key}" in the plan`);
  return demand;
}

function expectServed(demand: DemandPlan): void {
  expect(demand.status, demand.explanation).toBe('ok');
  expect(demand.allocatedRate).toBeGreaterThan(0);
  expect(demand.fidelity!).toBeGreaterThanOrEqual(demand.demand.targetFidelity);
}

describe('shipped example scenarios', () => {
  it('include the planner examples', () => {
    expect(exampleNames()).toEqual(
      expect.arrayContaining([
        'competing-demands.qnet.json',
        'transducer-site.qnet.json',
        'us-backbone.qnet.json',
      ]),
    );
  });

  it.each(exampleNames())('%s validates against the schema and the presets', (name) => {
    const parsed = parseScenario(readFileSync(path.join(MODELS_DIR, name), 'utf8'), {
      presets,
      fileName: name,
    });
    expect(parsed.ok ? [] : parsed.error.issues).toEqual([]);
  });
});

describe('us-backbone.qnet.json', () => {
  let scenario: Scenario;
  let plan: PlanResult;
  beforeAll(() => {
    scenario = loadExample('us-backbone.qnet.json');
    plan = planScenario(scenario, {}, solver);
  });

  it('places repeaters so that every hop is 50-100 km of fibre derived from the coordinates', () => {
    for (const edge of scenario.edges) {
      expect(edge.kind).toBe('fibre');
      if (edge.kind !== 'fibre') continue;
      expect(edge.lengthFrom).toBe('coordinates');
      expect(edge.length).toBeGreaterThan(50_000);
      expect(edge.length).toBeLessThanOrEqual(100_000);
    }
  });

  it('uses every edge: the overrides supply the link values the rare-earth preset lacks', () => {
    const unusable = [...plan.edges.values()].filter((edge) => !edge.usable).map((edge) => edge.edgeKey);
    expect(unusable).toEqual([]);
  });

  it('serves the two short demands at tens of pairs per second above their targets', () => {
    for (const key of ['nyc-boston', 'nyc-washington']) {
      const demand = demandOf(plan, key);
      expectServed(demand);
      expect(demand.allocatedRate).toBeGreaterThan(10);
      expect(demand.best!.path.edges).toHaveLength(5);
    }
  });

  it('serves Chicago-New York (17 hops) by purifying each hop before swapping', () => {
    const demand = demandOf(plan, 'chicago-nyc');
    expectServed(demand);
    const performance = demand.best!.performance;
    expect(performance.purificationPlacement).toBe('per-link');
    // Without per-link purification the 17 swaps leave the pair near 1/2; purifying each hop first keeps it high.
    expect(performance.deliveredFidelity).toBeGreaterThanOrEqual(demand.demand.targetFidelity);
    expect(demand.allocatedRate).toBeGreaterThan(1);
  });

  it('starves Atlanta-Boston under max-total, which max-min fairness serves at half its standalone rate', async () => {
    const alone = demandOf(plan, 'atlanta-boston');
    expect(alone.status).toBe('ok');
    expect(alone.standaloneRate).toBeGreaterThan(1);
    expect(alone.allocatedRate).toBe(0);
    const fair = demandOf(planScenario(scenario, { objective: 'max-min' }, solver), 'atlanta-boston');
    expect(fair.allocatedRate).toBeGreaterThan(0.4 * fair.standaloneRate);
    expect(Number.isFinite(fair.minCutBound!)).toBe(true);
  });
});

describe('competing-demands.qnet.json', () => {
  let maxTotal: PlanResult;
  let maxMin: PlanResult;
  beforeAll(() => {
    const scenario = loadExample('competing-demands.qnet.json');
    maxTotal = planScenario(scenario, { objective: 'max-total' }, solver);
    maxMin = planScenario(scenario, { objective: 'max-min' }, solver);
  });

  const keys = ['a-c', 'b-d', 'a-b', 'c-d'];
  const rates = (plan: PlanResult) => keys.map((key) => demandOf(plan, key).allocatedRate);
  const total = (plan: PlanResult) => rates(plan).reduce((sum, rate) => sum + rate, 0);

  it('routes every demand over shared edges', () => {
    for (const plan of [maxTotal, maxMin]) {
      for (const key of keys) expect(demandOf(plan, key).status).toBe('ok');
    }
    const uses = new Map<string, number>();
    for (const key of keys) {
      for (const edge of demandOf(maxTotal, key).best!.path.edges) uses.set(edge, (uses.get(edge) ?? 0) + 1);
    }
    expect([...uses.values()].filter((count) => count >= 2).length).toBeGreaterThanOrEqual(4);
  });

  it('max-total starves the long demands; max-min serves all four', () => {
    expect(demandOf(maxTotal, 'a-c').allocatedRate).toBe(0);
    expect(demandOf(maxTotal, 'b-d').allocatedRate).toBe(0);
    for (const rate of rates(maxMin)) expect(rate).toBeGreaterThan(0);
    expect(Math.min(...rates(maxMin))).toBeGreaterThan(Math.min(...rates(maxTotal)));
    expect(total(maxTotal)).toBeGreaterThan(total(maxMin));
  });

  it('max-min gives every demand the same share of its standalone rate', () => {
    for (const key of keys) {
      const demand = demandOf(maxMin, key);
      expectClose(demand.allocatedRate / demand.standaloneRate, 0.5, { relative: 1e-4 });
    }
  });

  it('reports binding link constraints under both objectives', () => {
    for (const plan of [maxTotal, maxMin]) {
      const binding = plan.allocation!.constraints.filter((constraint) => constraint.binding);
      expect(binding.map((constraint) => constraint.key)).toEqual(
        expect.arrayContaining(['a-north', 'b-north', 'south-c', 'south-d']),
      );
    }
  });

  it('rejects an unknown objective naming the option', () => {
    const scenario = loadExample('competing-demands.qnet.json');
    // @ts-expect-error an objective the planner does not know, as a user might type it
    expect(() => planScenario(scenario, { objective: 'max-sum' }, solver)).toThrow(ParameterError);
    // @ts-expect-error as above
    expect(() => planScenario(scenario, { objective: 'max-sum' }, solver)).toThrow(/^objective: /);
  });
});

describe('transducer-site.qnet.json', () => {
  let plan: PlanResult;
  beforeAll(() => {
    plan = planScenario(loadExample('transducer-site.qnet.json'), {}, solver);
  });

  it('makes every edge usable', () => {
    for (const edge of plan.edges.values()) {
      expect(edge.usable, edge.usable ? '' : edge.reason).toBe(true);
    }
  });

  it('plans processor A to processor B through both transducers above F = 1/2', () => {
    const demand = demandOf(plan, 'a-b');
    expectServed(demand);
    expect(demand.best!.path.nodes).toEqual(['processor-a', 'transducer-a', 'transducer-b', 'processor-b']);
    expect(demand.fidelity!).toBeGreaterThan(0.5);
    expect(demand.fidelity!).toBeLessThan(0.6);
  });

  it('is limited by the transduced optical link, whose noise caps its fidelity', () => {
    const optical = plan.edges.get('optical-fibre')!;
    const microwave = plan.edges.get('microwave-a')!;
    if (!optical.usable || !microwave.usable) throw new Error('edges should be usable');
    expect(optical.fidelity).toBeLessThan(0.6);
    expect(microwave.rate).toBeGreaterThan(1000 * optical.rate);
    expectClose(demandOf(plan, 'a-b').standaloneRate, optical.rate, { relative: 0.01 });
  });
});
