import { describe, expect, it } from 'vitest';
import { ansatzExpectation, parameterShiftGradient, runAnsatz } from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

const data = [1, 2, 3, 4];
const angles = [
  [0.3, -0.7],
  [1.1, 0.5],
];

describe('reference ansatz (distributed-ml.md)', () => {
  it('F = -0.20527365150159', () => {
    expectClose(ansatzExpectation(data, angles), -0.20527365150159, { relative: 1e-12 });
  });

  it('parameter-shift gradient matches the reference values', () => {
    const expected = [
      [-0.155324519512, -0.352501041193],
      [0.420059064609, 0],
    ];
    const gradient = parameterShiftGradient(data, angles);
    gradient.forEach((row, l) =>
      row.forEach((value, k) => expectClose(value, expected[l]![k]!, { absolute: 1e-11 })),
    );
  });

  it('parameter shift agrees with central finite differences', () => {
    const x = [0.5, -1, 2, 0.25, 1.5, -0.75, 3, 1];
    const theta = [
      [0.2, -0.4, 0.9],
      [1.3, 0.1, -0.6],
      [-0.8, 0.7, 0.3],
    ];
    const gradient = parameterShiftGradient(x, theta);
    const h = 1e-6;
    theta.forEach((row, l) =>
      row.forEach((_, k) => {
        const at = (shift: number) =>
          ansatzExpectation(
            x,
            theta.map((r, i) => r.map((a, j) => (i === l && j === k ? a + shift : a))),
          );
        expectClose(gradient[l]![k]!, (at(h) - at(-h)) / (2 * h), { absolute: 1e-8 });
      }),
    );
  });

  it('crosses the link 2L - 1 times with n qubits each, alternating parties', () => {
    const hops: string[] = [];
    runAnsatz(data, [...angles, [0.1, 0.2]], (hop, from, to, n) => hops.push(`${hop}:${from}->${to}:${n}`));
    expect(hops).toEqual([
      '1:Alice->Bob:2',
      '2:Bob->Alice:2',
      '3:Alice->Bob:2',
      '4:Bob->Alice:2',
      '5:Alice->Bob:2',
    ]);
  });

  it('rejects angles of the wrong shape naming the entry', () => {
    expect(() => ansatzExpectation(data, [])).toThrow(/angles/);
    expect(() => ansatzExpectation(data, [[0.1]])).toThrow(/angles\[0\]/);
    expect(() => ansatzExpectation(data, [[0.1, Number.POSITIVE_INFINITY]])).toThrow(/angles\[0\]\[1\]/);
  });
});
