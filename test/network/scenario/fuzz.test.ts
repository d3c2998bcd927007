/**
 * Fuzzing the boundary: random mutations of valid documents (deleted keys, changed types, negative
 * numbers, renamed keys, random JSON values) and random text never throw; they give a Result whose
 * issues all carry a path and a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { parseScenario, parseScenarioValue } from '../../../src/network/index.js';
import { validDocument } from './document-arbitrary.js';
import { allKindsDocument, exampleFileNames, exampleText, loadPresets } from './fixtures.js';

const presets = loadPresets();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** Every path to a value inside `value` (the root excluded). */
function pathsOf(value: Json, prefix: Segment[] = []): Segment[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: Json }
  | { kind: 'negate' }
  | { kind: 'rename'; suffix: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constant<Mutation>({ kind: 'negate' }),
  fc.string({ minLength: 1, maxLength: 3 }).map((suffix): Mutation => ({ kind: 'rename', suffix })),
  fc
    .oneof(
      fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, '', 'x', [], {}),
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    )
    .map((value): Mutation => ({ kind: 'replace', value })),
);

/** Applies `change` at `path` of a deep copy of `document`. */
function mutate(document: Json, path: Segment[], change: Mutation): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<Segment, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<Segment, Json>;
  const last = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last)) return copy;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (change.kind === 'replace') {
    parent[last] = change.value;
  } else if (change.kind === 'negate') {
    const current = parent[last];
    parent[last] = typeof current === 'number' ? -Math.abs(current) - 1 : -1;
  } else if (!Array.isArray(parent)) {
    const value = parent[last]!;
    delete parent[last];
    parent[`${String(last)}${change.suffix}`] = value;
  }
  return copy;
}

function expectPathQualified(document: Json): void {
  let result: ReturnType<typeof parseScenarioValue> | undefined;
  expect(() => (result = parseScenarioValue(document, { presets }))).not.toThrow();
  const fromText = parseScenario(JSON.stringify(document), { presets });
  expect(fromText.ok).toBe(result!.ok);
  if (result!.ok) {
    // An accepted document resolves to finite SI numbers only.
    for (const edge of result!.value.edges) {
      for (const value of Object.values(edge))
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
    return;
  }
  expect(result!.error).toBeInstanceOf(ValidationError);
  expect(result!.error.issues.length).toBeGreaterThan(0);
  for (const issue of result!.error.issues) {
    expect(typeof issue.path).toBe('string');
    // The root is still an object, so every problem sits at a named key.
    expect(issue.path).not.toBe('');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/undefined|NaN|\[object Object\]/);
  }
}

const bases: Json[] = [
  ...exampleFileNames().map((name) => JSON.parse(exampleText(name)) as Json),
  allKindsDocument() as Json,
];

describe('fuzzing scenario parsing', () => {
  it('mutations of the examples never throw and give path-qualified issues', () => {
    const base = fc.constantFrom(...bases);
    const mutated = base.chain((document) => {
      const paths = pathsOf(document);
      return fc
        .array(fc.tuple(fc.constantFrom(...paths), mutation), { minLength: 1, maxLength: 3 })
        .map((changes) =>
          changes.reduce((current, [path, change]) => {
            try {
              return mutate(current, path, change);
            } catch {
              return current; // the path vanished after an earlier change
            }
          }, document),
        );
    });
    fc.assert(fc.property(mutated, expectPathQualified), { numRuns: 400 });
  });

  it('mutations of generated documents never throw and give path-qualified issues', () => {
    const mutated = validDocument([...presets.keys()]).chain((document) =>
      fc
        .tuple(fc.constantFrom(...pathsOf(document as Json)), mutation)
        .map(([path, change]) => mutate(document as Json, path, change)),
    );
    fc.assert(fc.property(mutated, expectPathQualified), { numRuns: 150 });
  });

  it('random JSON values never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseScenarioValue(value, { presets });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseScenario(text, { presets });
        expect(result.ok).toBe(false);
        if (!result.ok)
          for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('truncated example files report invalid JSON with a position', () => {
    const text = exampleText('metro-three-node.qnet.json');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        const result = parseScenario(text.slice(0, cut), { presets });
        expect(!result.ok && result.error.issues[0]!.message).toMatch(
          /^invalid JSON at line \d+, column \d+: /,
        );
      }),
    );
  });
});
