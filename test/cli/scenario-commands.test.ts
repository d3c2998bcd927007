/**
 * The scenario commands (validate, info, schema, start) and `qnet verify`, run in-process, plus the real binary
 * for exit codes and streams.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runQnet, runQnetJson, spawnQnet } from '../support/run-cli.js';

const examples = ['metro-three-node', 'continental-repeater-chain', 'transducer-site'].map(
  (name) => `network-models/${name}.qnet.json`,
);

function scratchFile(name: string, content: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'qnet-cli-'));
  const file = path.join(directory, name);
  writeFileSync(file, content);
  return file;
}

describe('qnet validate', () => {
  it('accepts every shipped example', async () => {
    const run = await runQnet(['validate', ...examples]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^ok /gm)).toHaveLength(examples.length);
  });

  it('lists every problem of a broken file with its JSON path and exits 1', async () => {
    const document = JSON.parse(readFileSync(path.join(ROOT, examples[0]!), 'utf8'));
    document.edges[2].lengthKm = -5;
    document.demands[0].target = 'leidn';
    const file = scratchFile('broken.qnet.json', JSON.stringify(document));
    const run = await runQnet(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('edges[2].lengthKm: must be > 0');
    expect(run.stdout).toContain('demands[0].target: unknown node "leidn" (did you mean "leiden"?)');
  });

  it('reports unreadable files, invalid JSON and newer versions without a stack trace', async () => {
    const missing = await runQnet(['validate', 'no/such/file.qnet.json']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no such file');
    const badJson = await runQnet(['validate', scratchFile('bad.qnet.json', '{"schemaVersion": 1,')]);
    expect(badJson.code).toBe(1);
    expect(badJson.stdout).not.toMatch(/at .*\.ts:\d+/);
    const document = JSON.parse(readFileSync(path.join(ROOT, examples[0]!), 'utf8'));
    document.schemaVersion = 2;
    const newer = await runQnet(['validate', scratchFile('newer.qnet.json', JSON.stringify(document))]);
    expect(newer.stdout).toContain('newer');
  });
});

describe('qnet info, schema, start', () => {
  it('summarises a scenario in SI-converted units', async () => {
    const { json } = await runQnetJson<{ counts: { nodes: number; edges: number; demands: number } }>([
      'info',
      examples[0]!,
    ]);
    expect(json.result.counts).toMatchObject({ nodes: 3, edges: 3, demands: 2 });
    const human = await runQnet(['info', examples[1]!]);
    expect(human.stdout).toMatch(/\d+ nodes, \d+ edges/);
  });

  it('prints the JSON Schema that the shipped file holds', async () => {
    const run = await runQnet(['schema']);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, 'network-models/scenario.schema.json'), 'utf8')),
    );
  });

  it('writes the schema atomically with --out', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'qnet-schema-')), 'out.json');
    const run = await runQnet(['schema', '--kind', 'platform', '--out', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBeTruthy();
  });
});

describe('qnet verify', () => {
  it('passes every built-in reference case', async () => {
    const { json } = await runQnetJson<{
      passed: number;
      failed: number;
      rows: { id: string; pass: boolean }[];
    }>(['verify']);
    expect(json.result.rows.filter((row) => !row.pass).map((row) => row.id)).toEqual([]);
    expect(json.result.passed).toBeGreaterThan(100);
  });

  it('filters by group and fails on an unknown filter', async () => {
    const { json } = await runQnetJson<{ rows: { group: string }[] }>(['verify', '--filter', 'purification']);
    expect(json.result.rows.length).toBeGreaterThan(3);
    expect((await runQnet(['verify', '--filter', 'no-such-case'])).code).toBe(1);
  });
});

describe('the qnet binary', () => {
  it('runs through the launcher with exit codes 0, 1 and 2 and messages on the right stream', () => {
    const version = spawnQnet(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = spawnQnet(['bounds', '--length-km', '-1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--length-km: must be >= 0');
    expect(bad.stdout).toBe('');
    const usage = spawnQnet(['no-such-command']);
    expect(usage.code).toBe(2);
  });
});
