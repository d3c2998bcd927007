/** Keyed reconciliation: only new keys are created, only changed descriptions patched, only gone keys removed. */
import { describe, expect, it } from 'vitest';
import { KeyedItems, shallowEqual } from '../../../src/ui/map/keyed-diff.js';

interface Item {
  x: number;
  label: string;
}

function recorder() {
  const calls: string[] = [];
  const items = new KeyedItems<Item, { key: string; x: number }>({
    create(key, item) {
      calls.push(`create ${key}`);
      return { key, x: item.x };
    },
    patch(handle, next, previous) {
      calls.push(`patch ${handle.key} ${previous?.x}->${next.x}`);
      handle.x = next.x;
    },
    remove(_handle, key) {
      calls.push(`remove ${key}`);
    },
  });
  return { items, calls };
}

const map = (entries: [string, Item][]) => new Map(entries);

describe('KeyedItems', () => {
  it('creates, patches only what changed, and removes what is gone', () => {
    const { items, calls } = recorder();
    expect(
      items.reconcile(
        map([
          ['a', { x: 1, label: 'A' }],
          ['b', { x: 2, label: 'B' }],
          ['c', { x: 3, label: 'C' }],
        ]),
      ),
    ).toEqual({ created: 3, patched: 0, removed: 0, unchanged: 0 });
    calls.length = 0;
    const stats = items.reconcile(
      map([
        ['a', { x: 1, label: 'A' }],
        ['b', { x: 5, label: 'B' }],
        ['d', { x: 4, label: 'D' }],
      ]),
    );
    expect(stats).toEqual({ created: 1, patched: 1, removed: 1, unchanged: 1 });
    expect(calls).toEqual(['remove c', 'patch b 2->5', 'create d']);
    expect(items.handle('b')!.x).toBe(5);
    expect(items.handle('c')).toBeUndefined();
    expect(items.size).toBe(3);
  });

  it('does nothing for an identical list (a drag of one node patches one node)', () => {
    const { items, calls } = recorder();
    const many = map(
      Array.from({ length: 1000 }, (_, i) => [`n${i}`, { x: i, label: `N${i}` }] as [string, Item]),
    );
    items.reconcile(many);
    calls.length = 0;
    const moved = new Map(many);
    moved.set('n500', { x: -1, label: 'N500' });
    expect(items.reconcile(moved)).toEqual({ created: 0, patched: 1, removed: 0, unchanged: 999 });
    expect(calls).toEqual(['patch n500 500->-1']);
  });

  it('clears everything', () => {
    const { items, calls } = recorder();
    items.reconcile(map([['a', { x: 1, label: 'A' }]]));
    items.clear();
    expect(calls.at(-1)).toBe('remove a');
    expect(items.size).toBe(0);
  });
});

describe('shallowEqual', () => {
  it('compares own fields with Object.is', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: 2 } as { a: number })).toBe(false);
    expect(shallowEqual({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
  });
});
