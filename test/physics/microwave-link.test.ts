import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  memoryPauliChannel,
  applyPauliChannel,
  microwaveLink,
  PERFECT_PAIR,
} from '../../src/physics/index.js';
import { expectClose } from '../support/close.js';

describe('microwave link', () => {
  it('is perfect for a lossless line and maximally damped for a cut line', () => {
    expect(microwaveLink(1, 1e-6).fidelity).toBe(1);
    const cut = microwaveLink(0, 1e-6);
    expectClose(cut.fidelity, 0.25);
    expectClose(cut.state.psiPlus + cut.state.psiMinus, 0.5);
    expect(microwaveLink(1, 2e-6).rate).toBe(5e5);
  });

  it('matches the twirled amplitude-damping memory channel with exp(-t/T1) = eta and T2 = 2 T1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), (eta) => {
        const t1 = 1;
        const t = -Math.log(eta) * t1;
        const viaMemory = applyPauliChannel(
          PERFECT_PAIR,
          memoryPauliChannel({ model: 'amplitude-damping', t1, t2: 2 * t1 }, t),
        );
        const link = microwaveLink(eta, 1e-6);
        expectClose(link.fidelity, viaMemory.phiPlus, { relative: 1e-9 });
        const total = link.state.phiPlus + link.state.psiMinus + link.state.psiPlus + link.state.phiMinus;
        expectClose(total, 1, { relative: 1e-12 });
      }),
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => microwaveLink(1.1, 1e-6)).toThrow('transmissivity');
    expect(() => microwaveLink(0.9, 0)).toThrow('cycleTime');
  });
});
