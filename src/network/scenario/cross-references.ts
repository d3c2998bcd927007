/**
 * Checks between parts of a scenario that the schema cannot express: unique keys per list, references to
 * nodes, workloads and platform presets that exist (with did-you-mean suggestions), no self-loops, and
 * demands between two different nodes.
 */
import { didYouMean, type ValidationIssue } from '../../core/index.js';

/** Objects with a key, as in every list of the scenario. */
interface Keyed {
  readonly key: string;
}

/**
 * Reports every repeated key in `items` at `<list>[i].key`, naming the first use.
 * @returns the map from key to the index of its first use.
 */
export function checkUniqueKeys(
  items: readonly Keyed[],
  list: string,
  noun: string,
  issues: ValidationIssue[],
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.key);
    if (first === undefined) firstIndex.set(item.key, index);
    else {
      issues.push({
        path: `${list}[${index}].key`,
        message: `duplicate ${noun} key ${JSON.stringify(item.key)} (first used by ${list}[${first}])`,
      });
    }
  });
  return firstIndex;
}

/**
 * Reports a reference to a key that does not exist, e.g. `unknown node "tokio" (did you mean "tokyo"?)`.
 * @returns true when the reference exists.
 */
export function checkReference(
  reference: string,
  known: ReadonlyMap<string, unknown>,
  path: string,
  noun: string,
  issues: ValidationIssue[],
): boolean {
  if (known.has(reference)) return true;
  issues.push({
    path,
    message: `unknown ${noun} ${JSON.stringify(reference)}${didYouMean(reference, known.keys())}`,
  });
  return false;
}

/**
 * Checks both endpoints of an edge or demand exist and differ.
 * @returns true when both exist and differ.
 */
export function checkEndpoints(
  item: { readonly source: string; readonly target: string },
  nodes: ReadonlyMap<string, unknown>,
  basePath: string,
  issues: ValidationIssue[],
  selfMessage: string,
): boolean {
  const sourceOk = checkReference(item.source, nodes, `${basePath}.source`, 'node', issues);
  const targetOk = checkReference(item.target, nodes, `${basePath}.target`, 'node', issues);
  if (sourceOk && targetOk && item.source === item.target) {
    issues.push({
      path: `${basePath}.target`,
      message: `${selfMessage} (source and target are both ${JSON.stringify(item.source)})`,
    });
    return false;
  }
  return sourceOk && targetOk;
}

/**
 * Best-effort endpoint checks on a document that failed the schema, so a user sees a misspelt node reference
 * in the same run as a negative length instead of one round of errors at a time. Only entries whose `key`,
 * `source` and `target` are strings take part; everything else was already reported by the schema.
 */
export function endpointIssuesOfUncheckedDocument(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const nodes = new Map<string, unknown>();
  for (const node of arrayOf(document.nodes)) {
    if (isRecord(node) && typeof node.key === 'string') nodes.set(node.key, node);
  }
  for (const section of ['edges', 'demands'] as const) {
    arrayOf(document[section]).forEach((item, index) => {
      if (!isRecord(item)) return;
      for (const end of ['source', 'target'] as const) {
        const reference = item[end];
        if (typeof reference === 'string')
          checkReference(reference, nodes, `${section}[${index}].${end}`, 'node', issues);
      }
    });
  }
  return issues;
}

function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
