import { describe, expect, it } from 'vitest';
import {
  restartAllCutoffRounds,
  spreadWithinProbability,
} from '../../../src/network/path-analysis/cutoff-rounds.js';
import { exponentialHopTiming, geometricHopTiming } from '../../../src/network/path-analysis/hop-timing.js';
import {
  cutoffDecayCorrection,
  exactJointDecay,
  meanOfPairMax,
  nodeDecayProduct,
  storageLayout,
} from '../../../src/network/path-analysis/parallel-decay.js';
import { qubitDecayRates } from '../../../src/network/path-analysis/resolve-route.js';
import { qubitStorage } from '../../../src/network/path-analysis/storage-marginal.js';
import { twoLinkCutoff } from '../../../src/physics/cutoff.js';
import { memoryPauliChannel, type MemoryNoise } from '../../../src/physics/memory-decoherence.js';
import { maxOfHops } from '../../../src/network/path-analysis/max-of-hops.js';
import { expectClose } from '../../support/close.js';

const none = { x: 0, z: 0 };

describe('qubit decay rates (Pauli eigenvalues of the memory channels)', () => {
  it('lambda_X = lambda_Y = exp(-x t) and lambda_Z = exp(-z t) for every memory model', () => {
    const models: MemoryNoise[] = [
      { model: 'dephasing', t2: 0.3 },
      { model: 'amplitude-damping', t1: 0.5, t2: 0.4 },
      { model: 'depolarising', depolarisingTime: 0.2 },
    ];
    for (const memory of models) {
      const rates = qubitDecayRates(memory);
      const t = 0.17;
      const c = memoryPauliChannel(memory, t);
      expectClose(c.identity + c.bitFlip - c.bitPhaseFlip - c.phaseFlip, Math.exp(-rates.x * t), {
        relative: 1e-12,
      });
      expectClose(c.identity + c.bitPhaseFlip - c.bitFlip - c.phaseFlip, Math.exp(-rates.x * t), {
        relative: 1e-12,
      });
      expectClose(c.identity + c.phaseFlip - c.bitFlip - c.bitPhaseFlip, Math.exp(-rates.z * t), {
        relative: 1e-12,
      });
    }
    expect(qubitDecayRates(undefined)).toEqual(none);
    expect(qubitDecayRates({ model: 'dephasing', t2: Infinity })).toEqual(none);
  });
});

describe('storage layouts', () => {
  it('swap-asap releases a repeater with its two hops and the end nodes with all hops', () => {
    expect(storageLayout('swap-asap', 3).releaseSets).toEqual([
      [0, 1, 2],
      [0, 1],
      [1, 2],
      [0, 1, 2],
    ]);
  });
  it('nested releases a node with the range it joins (halves, left rounded up)', () => {
    expect(storageLayout('nested', 4).releaseSets).toEqual([
      [0, 1, 2, 3],
      [0, 1],
      [0, 1, 2, 3],
      [2, 3],
      [0, 1, 2, 3],
    ]);
    expect(storageLayout('nested', 5).releaseSets).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1],
      [0, 1, 2],
      [0, 1, 2, 3, 4],
      [3, 4],
      [0, 1, 2, 3, 4],
    ]);
  });
});

describe('joint memory decay (Markov-chain recursion)', () => {
  const mu = [2, 5];
  const timings = mu.map(exponentialHopTiming);

  it('two hops: equals the closed form over who waits, mu0/(mu0+mu1) mu1/(mu1+a) + mu1/(mu0+mu1) mu0/(mu0+b)', () => {
    const rates = [
      { x: 0.3, z: 0.1 },
      { x: 0.7, z: 0 },
      { x: 0.2, z: 0.4 },
    ];
    const decay = exactJointDecay(timings, storageLayout('swap-asap', 2), rates);
    const closed = (a: number, b: number): number =>
      (mu[0]! / (mu[0]! + mu[1]!)) * (mu[1]! / (mu[1]! + a)) +
      (mu[1]! / (mu[0]! + mu[1]!)) * (mu[0]! / (mu[0]! + b));
    expectClose(decay.x, closed(0.3 + 0.7, 0.7 + 0.2), { relative: 1e-12 });
    expectClose(decay.z, closed(0.1, 0.4), { relative: 1e-12 });
  });

  it('one hop or no decaying memory gives 1', () => {
    expect(
      exactJointDecay([timings[0]!], storageLayout('swap-asap', 1), [
        { x: 1, z: 1 },
        { x: 1, z: 1 },
      ]),
    ).toEqual({
      x: 1,
      z: 1,
    });
    expect(exactJointDecay(timings, storageLayout('swap-asap', 2), [none, none, none])).toEqual({
      x: 1,
      z: 1,
    });
  });

  it('one decaying end node: equals the one-dimensional storage integral (an independent method)', () => {
    const four = [1, 3, 0.5, 2].map(exponentialHopTiming);
    const rates = [{ x: 0.4, z: 0.4 }, none, none, none, none];
    const chain = exactJointDecay(four, storageLayout('swap-asap', 4), rates);
    const integral = qubitStorage(four, [0, 1, 2, 3], 0, 0.4, Infinity);
    expectClose(chain.x, integral.decay, { relative: 1e-9 });
    expect(integral.withinCutoff).toBe(1);
  });

  it('one decaying repeater: E[exp(-kappa |T_a - T_b|)] in closed form', () => {
    const four = [1, 3, 0.5, 2].map(exponentialHopTiming);
    const rates = [none, none, { x: 0.8, z: 0 }, none, none];
    const [a, b] = [3, 0.5];
    const closed = (a / (a + b)) * (b / (b + 0.8)) + (b / (a + b)) * (a / (a + 0.8));
    expectClose(exactJointDecay(four, storageLayout('swap-asap', 4), rates).x, closed, { relative: 1e-12 });
    const product = nodeDecayProduct(four, storageLayout('swap-asap', 4), rates);
    expectClose(product.x, closed, { relative: 1e-12 });
    expect(cutoffDecayCorrection(four, storageLayout('swap-asap', 4), rates, Infinity).x).toBe(1);
  });

  it('the product of per-node expectations underestimates the joint expectation (positive correlation)', () => {
    const five = [1, 0.5, 2, 1, 0.7].map(exponentialHopTiming);
    const rates = Array.from({ length: 6 }, () => ({ x: 0.05, z: 0.05 }));
    const layout = storageLayout('swap-asap', 5);
    const exact = exactJointDecay(five, layout, rates).x;
    const product = nodeDecayProduct(five, layout, rates).x;
    expect(product).toBeLessThan(exact);
    expect(exact - product).toBeLessThan(0.03);
  });
});

describe('qubit storage with a cutoff (two exponential hops, closed forms)', () => {
  const [ma, mb] = [2, 5];
  const timings = [exponentialHopTiming(ma), exponentialHopTiming(mb)];
  it('P(D <= c) and E[exp(-kappa D) 1{D <= c}] for D = (T_b - T_a)^+', () => {
    const [kappa, cutoff] = [1.5, 0.3];
    const storage = qubitStorage(timings, [0, 1], 0, kappa, cutoff);
    const first = ma / (ma + mb);
    expectClose(storage.withinCutoff, 1 - first * Math.exp(-mb * cutoff), { relative: 1e-10 });
    const decay = 1 - first + first * (mb / (mb + kappa)) * -Math.expm1(-(mb + kappa) * cutoff);
    expectClose(storage.decay, decay, { relative: 1e-10 });
  });
  it('mean of the larger of two shifted exponentials matches quadrature', () => {
    const a = geometricHopTiming(0.1, 1);
    const b = geometricHopTiming(0.03, 0.4);
    expectClose(meanOfPairMax(a, b), maxOfHops([a, b]).mean, { relative: 1e-10 });
  });
});

describe('restart-all cutoff rounds', () => {
  it('two exponential hops: success probability and mean round in closed form', () => {
    const [m0, m1, c] = [2, 5, 0.3];
    const rounds = restartAllCutoffRounds([exponentialHopTiming(m0), exponentialHopTiming(m1)], c);
    expectClose(
      rounds.successProbability,
      1 - (m0 * Math.exp(-m1 * c) + m1 * Math.exp(-m0 * c)) / (m0 + m1),
      {
        relative: 1e-10,
      },
    );
    const meanRound =
      1 / (m0 + m1) +
      ((m0 / (m0 + m1)) * -Math.expm1(-m1 * c)) / m1 +
      ((m1 / (m0 + m1)) * -Math.expm1(-m0 * c)) / m0;
    expectClose(rounds.meanRound, meanRound, { relative: 1e-10 });
  });

  it('a long cutoff reduces to the plain maximum', () => {
    const timings = [exponentialHopTiming(1), exponentialHopTiming(2), exponentialHopTiming(4)];
    const rounds = restartAllCutoffRounds(timings, 1e3);
    const plain = maxOfHops(timings);
    expectClose(rounds.successProbability, 1, { relative: 1e-12 });
    expectClose(rounds.meanRound, plain.mean, { relative: 1e-9 });
    expectClose(rounds.secondMomentRound, plain.secondMoment, { relative: 1e-9 });
    expectClose(spreadWithinProbability(timings, 1e3), 1, { relative: 1e-12 });
  });

  it('two identical geometric hops agree with the exact discrete two-link model for small p', () => {
    // Discretisation error of order attempt duration / cutoff = 5e-4.
    const [p, tau, cutoff] = [0.001, 1e-4, 0.2];
    const timings = [geometricHopTiming(p, tau), geometricHopTiming(p, tau)];
    const rounds = restartAllCutoffRounds(timings, cutoff);
    const exact = twoLinkCutoff({
      linkSuccessProbability: p,
      attemptDuration: tau,
      cutoff,
      linkFidelity: 1,
      pairDepolarisingTime: Infinity,
    });
    expectClose(rounds.meanRound / rounds.successProbability, exact.expectedTime, { relative: 1e-3 });
  });
});
