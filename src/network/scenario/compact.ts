/**
 * Drops undefined-valued properties and freezes the object, so resolved records carry only the fields
 * that exist (optional fields absent stay absent) and cannot be changed by consumers.
 */

/** Keys of T whose value type includes undefined become optional; the result is frozen. */
export function compact<T extends object>(record: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) result[key] = value;
  return Object.freeze(result) as T;
}
