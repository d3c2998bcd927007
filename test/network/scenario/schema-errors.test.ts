/**
 * JSON, root, schemaVersion and schema errors give the exact path and message a user sees, e.g.
 * `edges[0].lengthKm: must be > 0` or `edges[0].lenghtKm: unknown key "lenghtKm" (did you mean "lengthKm"?)`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../../src/core/index.js';
import { parseScenario, parseScenarioValue } from '../../../src/network/index.js';
import { loadPresets, minimalDocument, type DocumentDraft } from './fixtures.js';

const presets = loadPresets();

type Doc = DocumentDraft;

function issuesOf(document: unknown): ValidationIssue[] {
  const result = parseScenarioValue(document, { presets });
  if (result.ok) return [];
  expect(result.error).toBeInstanceOf(ValidationError);
  return [...result.error.issues];
}

function withChange(change: (document: Doc) => void): Doc {
  const document = minimalDocument() as Doc;
  change(document);
  return document;
}

function expectIssues(change: (document: Doc) => void, expected: ValidationIssue[]): void {
  expect(issuesOf(withChange(change))).toEqual(expected);
}

describe('JSON and root errors', () => {
  it('reports invalid JSON with line and column, without throwing', () => {
    const result = parseScenario('{\n  "name": "x",\n}', { presets, fileName: 'bad.qnet.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: '', message: 'invalid JSON at line 3, column 1: Expected double-quoted property name' },
    ]);
    expect(result.error.message).toBe(
      'bad.qnet.json: 1 problem(s)\n  invalid JSON at line 3, column 1: Expected double-quoted property name',
    );
  });

  it('reports an empty file as unexpected end of input', () => {
    const result = parseScenario('', { presets });
    expect(!result.ok && result.error.issues).toEqual([
      { path: '', message: 'invalid JSON at line 1, column 1: unexpected end of input' },
    ]);
  });

  it('rejects non-object roots', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: 'expected an object, got array' }]);
    expect(issuesOf(null)).toEqual([{ path: '', message: 'expected an object, got null' }]);
    expect(issuesOf('text')).toEqual([{ path: '', message: 'expected an object, got string' }]);
    expect(issuesOf(3)).toEqual([{ path: '', message: 'expected an object, got number' }]);
  });
});

describe('schemaVersion', () => {
  it('is required', () => {
    expectIssues(
      (d) => delete d.schemaVersion,
      [
        {
          path: 'schemaVersion',
          message: 'is required (this version of qnet-planner reads schemaVersion 1)',
        },
      ],
    );
  });

  it('must not be newer than supported', () => {
    expectIssues(
      (d) => (d.schemaVersion = 2),
      [
        {
          path: 'schemaVersion',
          message: 'this file was written by a newer qnet-planner (version 2); this version reads up to 1',
        },
      ],
    );
  });

  it('must be a positive integer', () => {
    expectIssues(
      (d) => (d.schemaVersion = '1'),
      [{ path: 'schemaVersion', message: 'expected an integer, got string' }],
    );
    expectIssues(
      (d) => (d.schemaVersion = 0.5),
      [{ path: 'schemaVersion', message: 'must be an integer >= 1 (got 0.5)' }],
    );
  });
});

describe('schema errors', () => {
  it('number bounds', () => {
    expectIssues((d) => (d.edges[0].lengthKm = -3), [{ path: 'edges[0].lengthKm', message: 'must be > 0' }]);
    expectIssues(
      (d) => (d.edges[0].attenuationDbPerKm = -0.1),
      [{ path: 'edges[0].attenuationDbPerKm', message: 'must be >= 0' }],
    );
    expectIssues(
      (d) => (d.demands[0].targetFidelity = 0.25),
      [{ path: 'demands[0].targetFidelity', message: 'must be > 0.25' }],
    );
    expectIssues(
      (d) => (d.demands[0].targetFidelity = 1.5),
      [{ path: 'demands[0].targetFidelity', message: 'must be <= 1' }],
    );
    expectIssues(
      (d) => (d.nodes[0].latitude = 91),
      [{ path: 'nodes[0].latitude', message: 'must be <= 90' }],
    );
    expectIssues((d) => (d.seed = 2 ** 32), [{ path: 'seed', message: 'must be <= 4294967295' }]);
  });

  it('wrong types and missing fields', () => {
    expectIssues(
      (d) => (d.edges[0].lengthKm = '10'),
      [{ path: 'edges[0].lengthKm', message: 'expected a number, got string' }],
    );
    expectIssues((d) => (d.nodes = {}), [{ path: 'nodes', message: 'expected an array, got object' }]);
    expectIssues((d) => (d.metadata = null), [{ path: 'metadata', message: 'expected an object, got null' }]);
    expectIssues((d) => delete d.name, [{ path: 'name', message: 'is required' }]);
    expectIssues((d) => (d.name = ''), [{ path: 'name', message: 'must not be empty' }]);
    expectIssues((d) => (d.seed = 1.5), [{ path: 'seed', message: 'expected an integer, got 1.5' }]);
    expectIssues(
      (d) => (d.edges[0].modes = 2.5),
      [{ path: 'edges[0].modes', message: 'expected an integer, got 2.5' }],
    );
  });

  it('unknown keys, with did-you-mean', () => {
    expectIssues(
      (d) => {
        d.edges[0].lenghtKm = d.edges[0].lengthKm;
        delete d.edges[0].lengthKm;
      },
      [{ path: 'edges[0].lenghtKm', message: 'unknown key "lenghtKm" (did you mean "lengthKm"?)' }],
    );
    expectIssues((d) => (d.colour = 'blue'), [{ path: 'colour', message: 'unknown key "colour"' }]);
    expectIssues(
      (d) => (d.nodes[0].overrides = { t2s: 1 }),
      [{ path: 'nodes[0].overrides.t2s', message: 'unknown key "t2s" (did you mean "t2S"?)' }],
    );
    expectIssues(
      (d) => (d.metadata = { 'created at': '2020-01-01' }),
      [{ path: 'metadata["created at"]', message: 'unknown key "created at" (did you mean "created"?)' }],
    );
  });

  it('enumerations and edge kinds, with did-you-mean', () => {
    expectIssues(
      (d) => (d.nodes[0].kind = 'endnode'),
      [
        {
          path: 'nodes[0].kind',
          message:
            'must be one of "end-node", "repeater", "transducer-site", "port", "ground-station" (got "endnode"; did you mean "end-node"?)',
        },
      ],
    );
    expectIssues(
      (d) => (d.edges[0].kind = 'fibr'),
      [
        {
          path: 'edges[0].kind',
          message:
            'unknown kind "fibr" (did you mean "fibre"?); expected one of "fibre", "free-space", "microwave", "carrier"',
        },
      ],
    );
    expectIssues(
      (d) => delete d.edges[0].kind,
      [
        {
          path: 'edges[0].kind',
          message: 'is required (one of "fibre", "free-space", "microwave", "carrier")',
        },
      ],
    );
    expectIssues(
      (d) => (d.edges[0].kind = 3),
      [
        {
          path: 'edges[0].kind',
          message: 'expected one of "fibre", "free-space", "microwave", "carrier", got number',
        },
      ],
    );
  });

  it('dates and override domains', () => {
    expectIssues(
      (d) => (d.metadata.created = '2023-02-30'),
      [{ path: 'metadata.created', message: 'must be an ISO 8601 date (YYYY-MM-DD)' }],
    );
    expectIssues(
      (d) => (d.nodes[1].overrides = { twoQubitGateFidelity: 1.2 }),
      [{ path: 'nodes[1].overrides.twoQubitGateFidelity', message: 'must be <= 1' }],
    );
    expectIssues(
      (d) => (d.nodes[1].overrides = { memoryCount: -1 }),
      [{ path: 'nodes[1].overrides.memoryCount', message: 'must be >= 0' }],
    );
  });

  it('kind-specific fields are required', () => {
    expectIssues(
      (d) =>
        (d.edges[0] = { key: 'fso', source: 'alice', target: 'bob', kind: 'free-space', distanceKm: 10 }),
      [
        { path: 'edges[0].transmitterApertureM', message: 'is required' },
        { path: 'edges[0].receiverApertureM', message: 'is required' },
        { path: 'edges[0].wavelengthNm', message: 'is required' },
      ],
    );
  });

  it('collects every schema issue at once', () => {
    const issues = issuesOf(
      withChange((d) => {
        d.seed = -1;
        d.edges[0].lengthKm = 0;
        d.demands[0].source = 7;
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['seed', 'edges[0].lengthKm', 'demands[0].source']);
  });
});

describe('schema errors together with reference errors', () => {
  it('reports a misspelt endpoint in the same run as a schema error, but not when the node list is broken', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScenario } = await import('../../../src/network/index.js');
    const { loadPresets } = await import('./fixtures.js');
    const document = JSON.parse(
      readFileSync(`${(await import('./fixtures.js')).MODELS_DIR}/metro-three-node.qnet.json`, 'utf8'),
    );
    document.edges[2].lengthKm = -5;
    document.demands[0].target = 'leidn';
    const parsed = parseScenario(JSON.stringify(document), { presets: loadPresets() });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(paths).toEqual([
      'edges[2].lengthKm: must be > 0',
      'demands[0].target: unknown node "leidn" (did you mean "leiden"?)',
    ]);
  });
});
