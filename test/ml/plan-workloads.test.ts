/**
 * Workloads over a planned network: the metro example with a workload attached gets its times from the
 * demand's delivered rate and latency (checked against the formulas of distributed-ml.md by hand), the
 * continental example (an unreachable demand) says "no quantum route", the charts mark the crossover, errors
 * name the scenario path.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import { carrierLegOfEdge, planScenario, type PlanResult } from '../../src/network/index.js';
import { workloadReportsForPlan } from '../../src/ml/plan-workloads.js';
import { METRO_WORKLOAD, exampleScenario, metroWithWorkload } from './plan-workload-fixtures.js';
import { expectClose } from '../support/close.js';

describe('workloadReportsForPlan on the metro example', () => {
  const scenario = metroWithWorkload();
  const plan: PlanResult = planScenario(scenario);
  const { workloads, charts } = workloadReportsForPlan(scenario, plan);
  const demand = plan.demands.find((entry) => entry.demand.key === 'delft-leiden')!;
  const entry = workloads[0]!;

  it('reports one workload, on the demand that carries it, with every task', () => {
    expect(workloads).toHaveLength(1);
    expect(entry).toMatchObject({ demandKey: 'delft-leiden', workloadKey: 'inference-4096', status: 'ok' });
    expect(entry.tasks.map((task) => task.task)).toEqual([
      'inference',
      'gradient-naive',
      'gradient-shadow',
      'training-naive',
      'training-shadow',
      'training-last-layer',
    ]);
  });

  it("uses the demand's delivered rate, teleported over the workload's classical link", () => {
    expect(demand.status).toBe('ok');
    expect(entry.quantumRoute.pairsPerS).toBe(demand.allocatedRate);
    expect(entry.quantumRoute.qubitsPerS).toBe(Math.min(demand.allocatedRate, 1e9 / 2));
    expect(entry.quantumRoute.roundLatencyS).toBe(Math.max(demand.latency!, 0.001));
    expect(entry.classicalLink).toEqual({ rateBitsPerS: 1e9, latencyS: 0.001 });
  });

  it('times inference by the formulas of distributed-ml.md', () => {
    const inference = entry.tasks[0]!;
    // S = 2952 copies, H = 3 hops, n = 12 qubits; quantum data: no encoding, 2 L P = 64 gates per copy.
    const rate = entry.quantumRoute.qubitsPerS;
    const round = entry.quantumRoute.roundLatencyS!;
    expectClose(inference.quantumTime!.communicationS, 106_272 / rate);
    expectClose(inference.quantumTime!.latencyS, 3 * round);
    expectClose(inference.quantumTime!.computeS, 2952 * 64 * 1e-6);
    // Classical: H N b = 393216 bits at 1 Gbit/s, 3 latencies, 8 N x 64 flops at 1e12 FLOP/s.
    expectClose(inference.classicalTime.communicationS, 393_216 / 1e9);
    expectClose(inference.classicalTime.latencyS, 0.003);
    expectClose(inference.classicalTime.computeS, (8 * 4096 * 64) / 1e12);
    expectClose(inference.speedup!, inference.classicalTime.totalS / inference.quantumTime!.totalS);
    expect(inference.faster).toBe('classical');
    expectClose(inference.communicationOnlyBreakEvenQubitsPerS, 2.7e8, { relative: 2e-3 });
  });

  it('says no qubit rate breaks even when the route latency alone exceeds the classical time', () => {
    const inference = entry.tasks[0]!;
    // Three rounds of the route latency (seconds, set by waiting for the first pair) against milliseconds.
    expect(inference.quantumTime!.latencyS).toBeGreaterThan(inference.classicalTime.totalS);
    expect(inference.breakEvenQubitsPerS).toBeUndefined();
    expect(inference.breakEvenNote).toMatch(/^no qubit rate breaks even: quantum latency \+ compute/);
  });

  it('with a slow classical link, gives the break-even rate at which both totals meet', () => {
    const slow = metroWithWorkload({ ...METRO_WORKLOAD, classicalRateBitsPerS: 1000 });
    const inference = workloadReportsForPlan(slow, planScenario(slow)).workloads[0]!.tasks[0]!;
    const fixed = inference.quantumTime!.latencyS + inference.quantumTime!.computeS;
    expectClose(inference.breakEvenQubitsPerS!, 106_272 / (inference.classicalTime.totalS - fixed));
    // Teleportation over 1000 bit/s carries at most 500 qubits/s.
    expect(inference.breakEvenReachable).toBe(inference.breakEvenQubitsPerS! <= 500);
    expect(inference.breakEvenNote).toMatch(/^needs \S+ qubit\/s \(the route gives /);
  });

  it('finds the crossover, marks it on the time-against-N chart, and charts communication against eps', () => {
    const crossover = entry.tasks[0]!.crossoverDimension;
    expect(crossover).toBeDefined();
    expect(Math.log2(crossover!) % 1).toBe(0);
    const timeChart = charts.find((chart) => chart.id === 'ml-time-vs-n-delft-leiden')!;
    expect(timeChart.markers).toContainEqual({ x: crossover, label: `crossover, N = ${crossover}` });
    const [quantum, classical] = timeChart.series;
    const at = (points: { x: number; y: number }[], x: number) => points.find((point) => point.x === x)!.y;
    expect(at(quantum!.points, crossover!)).toBeLessThan(at(classical!.points, crossover!));
    expect(at(quantum!.points, 4096)).toBeGreaterThan(at(classical!.points, 4096));
    const epsChart = charts.find((chart) => chart.id === 'ml-communication-vs-eps-delft-leiden')!;
    const inferenceQubits = epsChart.series.find((series) => series.label === 'inference qubits')!;
    expect(inferenceQubits.points.find((point) => point.x === 0.05)!.y).toBe(106_272);
  });

  it('states the privacy cap, the consumable-data break-even and the assumptions', () => {
    expect(entry.privacy).toEqual({
      qubitsPerInference: 106_272,
      learnableBitsCap: 106_272,
      dataBits: 131_072,
      fractionOfDataCap: 106_272 / 131_072,
    });
    // 131072 bits once against 106272 qubits per use: fewer classical bits from the second use.
    expect(entry.consumableData.usesUntilFewerClassicalBits).toBe(2);
    expect(entry.assumptions.join('\n')).toMatch(/c_ST unknown/);
    expect(entry.assumptions.join('\n')).toMatch(/each round waits max\(route latency/);
  });

  it('reports only the demands that carry a workload', () => {
    const metro = exampleScenario('metro-three-node.qnet.json');
    const { workloads } = workloadReportsForPlan(metro, planScenario(metro));
    // delft-leiden references the example's workload; the-hague-leiden has none and is left out.
    expect(workloads.map((entry) => entry.demandKey)).toEqual(['delft-leiden']);
  });
});

describe('workloadReportsForPlan without a quantum route', () => {
  const scenario = exampleScenario('continental-repeater-chain.qnet.json');
  const plan = planScenario(scenario);
  const { workloads, charts } = workloadReportsForPlan(scenario, plan);
  const entry = workloads[0]!;

  it('says "no quantum route" and times only the classical side', () => {
    expect(plan.demands[0]!.status).not.toBe('ok');
    expect(entry.status).toBe('no-quantum-route');
    expect(entry.explanation).toMatch(/^no quantum route: demand "hamburg-florence" is unreachable/);
    expect(entry.quantumRoute).toEqual({ pairsPerS: 0, qubitsPerS: 0, classicalLimited: false });
    for (const task of entry.tasks) {
      expect(task.quantumTime).toBeUndefined();
      expect(task.faster).toBe('classical');
      expect(task.crossoverNote).toBe('no quantum route');
    }
    expect(JSON.stringify(workloads)).not.toMatch(/null|Infinity|NaN/);
    expect(entry.consumableData.usesUntilClassicalFaster).toBeUndefined();
  });

  it('charts the classical side only', () => {
    const timeChart = charts.find((chart) => chart.id === 'ml-time-vs-n-hamburg-florence')!;
    expect(timeChart.series[0]!.points).toEqual([]);
    expect(timeChart.series[1]!.points.length).toBeGreaterThan(10);
  });
});

describe('workloadReportsForPlan errors', () => {
  it('names the scenario path of a workload the cost model rejects', () => {
    const scenario = metroWithWorkload({
      ...METRO_WORKLOAD,
      model: 'linear-classifier',
      trainingSteps: undefined,
    });
    const run = () => workloadReportsForPlan(scenario, planScenario(scenario));
    expect(run).toThrow(ParameterError);
    expect(run).toThrow(/^workloads\[0\]\.margin:/);
  });

  it('reports inference and the readout gradients for a graph CNN, with their own labels', () => {
    const scenario = metroWithWorkload({ ...METRO_WORKLOAD, model: 'graph-cnn', trainingSteps: undefined });
    const { workloads, charts } = workloadReportsForPlan(scenario, planScenario(scenario));
    expect(workloads[0]!.tasks.map((task) => task.task)).toEqual([
      'inference',
      'gradient-naive',
      'gradient-shadow',
    ]);
    expect(workloads[0]!.tasks[2]!.label).toBe('readout gradient step (one pool)');
    expect(charts.map((chart) => chart.id)).toEqual(['ml-time-vs-n-delft-leiden']);
  });
});

describe('workloadReportsForPlan over a ship leg (transpacific-ship example)', () => {
  const scenario = exampleScenario('transpacific-ship.qnet.json');
  const plan = planScenario(scenario);
  const { workloads } = workloadReportsForPlan(scenario, plan);
  const entry = workloads[0]!;
  const demand = plan.demands.find((d) => d.demand.key === entry.demandKey)!;
  const shipLeg = plan.edges.get('pacific-ship')!;

  it("pays the ship's transit once, not in every round", () => {
    expect(shipLeg.usable && shipLeg.hop.kind).toBe('delivered');
    const transit = shipLeg.usable && shipLeg.hop.kind === 'delivered' ? shipLeg.hop.latency : NaN;
    expect(entry.quantumRoute.carrierTransitS).toBe(transit);
    expect(transit).toBeGreaterThan(86_400);
    // Each round waits for the fibre hops and the classical bits only: far less than one day.
    const fibreLatency = demand.latency! - transit;
    expect(entry.quantumRoute.roundLatencyS).toBeCloseTo(
      Math.max(fibreLatency, scenario.workloads[0]!.classicalLatency),
      12,
    );
    expect(entry.quantumRoute.roundLatencyS!).toBeLessThan(1);
    expect(entry.assumptions.some((line) => line.includes('one-off pipeline delay'))).toBe(true);
  });
});

describe('workloadReportsForPlan on a route of carrier legs only (port to port)', () => {
  // The example carries a second demand, port to port, over the ship leg alone.
  const scenario = exampleScenario('transpacific-ship.qnet.json');
  const plan = planScenario(scenario);
  const { workloads } = workloadReportsForPlan(scenario, plan);
  const ports = workloads.find((entry) => entry.demandKey === 'port-to-port')!;
  const dataCentres = workloads.find((entry) => entry.demandKey === 'tokyo-seattle')!;
  const ship = scenario.edges.find((edge) => edge.key === 'pacific-ship')!;

  it('stockpiles one delivery end to end, and the fibre-extended route does not', () => {
    if (ship.kind !== 'carrier') throw new Error('fixture: pacific-ship is a carrier edge');
    const perVoyage = carrierLegOfEdge(ship).pairsPerVoyage;
    expect(perVoyage).toBeGreaterThan(0);
    expect(ports.quantumRoute.stockpiledPairs).toBe(perVoyage);
    expect(dataCentres.quantumRoute.stockpiledPairs).toBeUndefined();
    expect(dataCentres.assumptions.some((line) => line.includes('not an end-to-end stockpile'))).toBe(true);
  });

  it('the stockpile covers the inference qubits: only the teleportation bits take time', () => {
    const inference = ports.tasks.find((task) => task.task === 'inference')!;
    expect(inference.qubits).toBeLessThan(ports.quantumRoute.stockpiledPairs!);
    // No pair is waited for; each qubit still needs its 2 classical bits over the 10 Gbit/s link.
    expectClose(inference.quantumTime!.communicationS, (2 * inference.qubits) / 1e10, { relative: 1e-12 });
    const overFibre = dataCentres.tasks.find((task) => task.task === 'inference')!;
    expect(overFibre.quantumTime!.communicationS).toBeGreaterThan(0);
  });
});
