import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, renderKeyValues, renderTextTable } from '../../src/report/index.js';

describe('number formatting', () => {
  it('uses significant digits, scientific notation at the extremes, and words for non-finite values', () => {
    expect(formatNumber(0.152003)).toBe('0.152');
    expect(formatNumber(1.442695e-20)).toBe('1.443e-20');
    expect(formatNumber(106272)).toBe('106272');
    expect(formatNumber(2.893e7)).toBe('2.893e+7');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(NaN)).toBe('n/a');
    expect(formatNumber(0.5)).toBe('0.5');
  });

  it('puts SI prefixes on prefixable units only', () => {
    expect(formatQuantity(0.0012, 's')).toBe('1.2 ms');
    expect(formatQuantity(39, 'Hz')).toBe('39 Hz');
    expect(formatQuantity(2.7e8, 'qubit/s')).toBe('270 Mqubit/s');
    expect(formatQuantity(5e-6, 's')).toBe('5 µs');
    expect(formatQuantity(0.95, '')).toBe('0.95');
    expect(formatQuantity(4e-5, '/attempt')).toBe('4e-5 /attempt');
  });
});

describe('text tables', () => {
  it('aligns columns and right-aligns numbers', () => {
    const text = renderTextTable(
      [{ header: 'case' }, { header: 'value', align: 'right' }],
      [
        ['a', '1'],
        ['longer', '123'],
      ],
    );
    expect(text.split('\n')).toEqual(['case    value', '------  -----', 'a           1', 'longer    123']);
  });

  it('renders key/value lists', () => {
    expect(
      renderKeyValues([
        ['rate', '1 Hz'],
        ['fidelity', '0.9'],
      ]),
    ).toBe('rate      1 Hz\nfidelity  0.9');
  });
});

describe('durations', () => {
  it('reads as seconds, hours or days', async () => {
    const { formatDuration } = await import('../../src/report/index.js');
    expect(formatDuration(6.89)).toBe('6.89 s');
    expect(formatDuration(0.0013)).toBe('1.3 ms');
    expect(formatDuration(5 * 3600)).toBe('5 h');
    expect(formatDuration(994_000)).toBe('11.5 days');
  });
});
