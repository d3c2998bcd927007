/**
 * Per-demand min-cut bounds (Pirandola, Commun. Phys. 2, 51 (2019)): values on a hand-computed network,
 * reuse of a cut for a repeated or reversed pair, isolated nodes, and field names in errors.
 */
import { describe, expect, it } from 'vitest';
import { parameterErrorField } from '../../support/field-of.js';
import { minCutBounds, type CapacityEdge } from '../../../src/network/bounds/index.js';

// Two cities joined by a trunk of 4 and a detour of 1 + 1 (bottleneck 1); a spur of 0.5 to a village.
const EDGES: CapacityEdge[] = [
  { key: 'trunk', from: 'north', to: 'south', capacity: 4 },
  { key: 'detour 1', from: 'north', to: 'hub', capacity: 1 },
  { key: 'detour 2', from: 'hub', to: 'south', capacity: 3 },
  { key: 'spur', from: 'south', to: 'village', capacity: 0.5 },
];

describe('minCutBounds', () => {
  it('bounds each demand by its own min cut', () => {
    const bounds = minCutBounds(EDGES, [
      { key: 'cities', source: 'north', target: 'south' },
      { key: 'village', source: 'north', target: 'village' },
      { key: 'hub', source: 'hub', target: 'south' },
    ]);
    expect(bounds.map((b) => b.bound)).toEqual([5, 0.5, 4]);
    expect([...bounds[0]!.cutEdges].sort()).toEqual(['detour 1', 'trunk']);
    expect(bounds[1]!.cutEdges).toEqual(['spur']);
    expect([...bounds[2]!.cutEdges].sort()).toEqual(['detour 1', 'detour 2']);
  });

  it('reuses the cut of a reversed pair with the source side complemented', () => {
    const [forward, reverse] = minCutBounds(EDGES, [
      { key: 'there', source: 'north', target: 'village' },
      { key: 'back', source: 'village', target: 'north' },
    ]);
    expect(reverse!.bound).toBe(forward!.bound);
    expect(forward!.sourceSide).toContain('north');
    expect(reverse!.sourceSide).toEqual(['village']);
  });

  it('gives 0 to a demand ending at an isolated node given in nodes', () => {
    const [isolated] = minCutBounds(
      EDGES,
      [{ key: 'x', source: 'north', target: 'lighthouse' }],
      ['lighthouse'],
    );
    expect(isolated).toMatchObject({ bound: 0, cutEdges: [] });
  });

  it('names the demand field in errors', () => {
    const fieldOf = parameterErrorField;
    expect(fieldOf(() => minCutBounds(EDGES, [{ key: 'a', source: 'north', target: 'nowhere' }]))).toBe(
      'demands[0].target',
    );
    expect(
      fieldOf(() =>
        minCutBounds(EDGES, [
          { key: 'a', source: 'north', target: 'south' },
          { key: 'b', source: 'south', target: 'south' },
        ]),
      ),
    ).toBe('demands[1].target');
    expect(
      fieldOf(() =>
        minCutBounds(EDGES, [
          { key: 'a', source: 'north', target: 'south' },
          { key: 'a', source: 'north', target: 'hub' },
        ]),
      ),
    ).toBe('demands[1].key');
    expect(fieldOf(() => minCutBounds(EDGES, 'x' as unknown as []))).toBe('demands');
  });
});
