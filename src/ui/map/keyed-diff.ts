/**
 * Keyed reconciliation of drawn items against a new list, so an update touches only what changed: items with a
 * new key are created, items whose key disappeared are removed, and kept items are updated only when their
 * description differs (compared field by field, shallowly). DOM-free: the caller supplies create/patch/remove.
 * Assumptions: keys are unique within a list (a repeated key keeps its last description).
 */

/** What one reconcile did, for tests and performance checks. */
export interface DiffStats {
  readonly created: number;
  readonly patched: number;
  readonly removed: number;
  readonly unchanged: number;
}

/** How to draw items of description type D as handles of type H. */
export interface KeyedRenderer<D, H> {
  create(key: string, description: D): H;
  /** Updates a drawn item; `previous` is the description it was drawn from (absent on first draw). */
  patch(handle: H, next: D, previous?: D): void;
  remove(handle: H, key: string): void;
}

/** True when two flat descriptions have the same own enumerable values (Object.is per field). */
export function shallowEqual<D extends object>(a: D, b: D): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A set of drawn items keyed by id. */
export class KeyedItems<D extends object, H> {
  private readonly items = new Map<string, { handle: H; description: D }>();

  constructor(private readonly renderer: KeyedRenderer<D, H>) {}

  /** Brings the drawn items in line with `next` (key -> description). */
  reconcile(next: ReadonlyMap<string, D>): DiffStats {
    let created = 0;
    let patched = 0;
    let removed = 0;
    let unchanged = 0;
    for (const [key, item] of this.items) {
      if (!next.has(key)) {
        this.renderer.remove(item.handle, key);
        this.items.delete(key);
        removed++;
      }
    }
    for (const [key, description] of next) {
      const item = this.items.get(key);
      if (!item) {
        this.items.set(key, { handle: this.renderer.create(key, description), description });
        created++;
      } else if (shallowEqual(item.description, description)) {
        unchanged++;
      } else {
        this.renderer.patch(item.handle, description, item.description);
        item.description = description;
        patched++;
      }
    }
    return { created, patched, removed, unchanged };
  }

  /** The handle drawn for `key`, if any. */
  handle(key: string): H | undefined {
    return this.items.get(key)?.handle;
  }

  /** Number of drawn items. */
  get size(): number {
    return this.items.size;
  }

  /** Removes every item. */
  clear(): void {
    for (const [key, item] of this.items) this.renderer.remove(item.handle, key);
    this.items.clear();
  }
}
