import { describe, expect, it } from 'vitest';
import { DEVITT_2016_TABLE_1, devittTable1, matchesPrinted } from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

describe('Devitt 2016 Table 1 reproduction', () => {
  const rows = devittTable1();

  it('covers the six platforms', () => {
    expect(rows.map((row) => row.published.platform)).toEqual([
      'NV (optical)',
      'trapped ions',
      'transmons',
      'quantum dots',
      'NV (spin)',
      'silicon',
    ]);
  });

  it('matches every d, N and capacity exactly / to printed precision', () => {
    for (const row of rows) {
      expect(row.computed.codeDistance, row.published.platform).toBe(row.published.codeDistance);
      expect(row.computed.physicalQubitsPerLogical).toBe(row.published.physicalQubitsPerLogical);
      expect(row.matches.capacity, row.published.platform).toBe(true);
    }
  });

  it('matches five bandwidths and flags the NV (spin) one, keeping the model', () => {
    const mismatched = rows.filter((row) => !row.matches.bandwidth).map((row) => row.published.platform);
    expect(mismatched).toEqual(['NV (spin)']);
    const nvSpin = rows.find((row) => row.published.platform === 'NV (spin)')!;
    expectClose(nvSpin.computed.bandwidth, 1.16e12, { relative: 5e-3 });
    expect(nvSpin.published.bandwidth.value).toBe(1.6e12);
    expect(nvSpin.note).toMatch(/prints 1\.6e\+12/);
    expect(nvSpin.note).toMatch(/1\.157e\+12/);
    for (const row of rows.filter((r) => r.published.platform !== 'NV (spin)')) expect(row.note).toBe('');
  });

  it('the table rounding overshoots the 1e-10 target a little, as flooring implies', () => {
    for (const row of rows) {
      expect(row.computed.achievedInfidelity).toBeGreaterThan(1e-10);
      expect(row.computed.achievedInfidelity).toBeLessThan(2.5e-10);
    }
  });

  it('printed-precision matching is strict enough to fail', () => {
    expect(matchesPrinted(1.16e12, { value: 1.6e12, significantFigures: 2 })).toBe(false);
    expect(matchesPrinted(184.9, { value: 1.9e2, significantFigures: 2 })).toBe(false);
    expect(matchesPrinted(185.1, { value: 1.9e2, significantFigures: 2 })).toBe(true);
    expect(DEVITT_2016_TABLE_1).toHaveLength(6);
  });
});
