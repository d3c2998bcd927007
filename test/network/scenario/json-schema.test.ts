/**
 * The committed JSON Schema files equal the ones generated from the zod schemas, and carry the $id,
 * title and field descriptions editors use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformPresetJsonSchema, scenarioJsonSchema } from '../../../src/network/index.js';
import { MODELS_DIR, PLATFORMS_DIR } from './fixtures.js';

describe('scenario JSON Schema', () => {
  const committedText = readFileSync(path.join(MODELS_DIR, 'scenario.schema.json'), 'utf8');

  it('network-models/scenario.schema.json is up to date (regenerate it with scenarioJsonSchema())', () => {
    expect(committedText).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('has an id, a title, strict objects and descriptions', () => {
    const schema = scenarioJsonSchema() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:qnet-planner:schema:scenario:1');
    expect(schema.title).toBe('qnet-planner scenario (schemaVersion 1)');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      'schemaVersion',
      'name',
      'description',
      'seed',
      'metadata',
      'nodes',
      'edges',
      'demands',
    ]);
    const edgeKinds = schema.properties.edges.items.oneOf.map((option: any) => option.properties.kind.const); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(edgeKinds).toEqual(['fibre', 'free-space', 'microwave', 'carrier']);
    expect(schema.properties.edges.items.oneOf[0].properties.lengthKm.description).toMatch(/km/);
    expect(schema.properties.nodes.items.properties.overrides.properties.t2S.description).toMatch(/seconds/);
  });
});

describe('platform preset JSON Schema', () => {
  it('network-models/platforms/platform.schema.json is up to date (regenerate it with platformPresetJsonSchema())', () => {
    // Compared as data: this file is formatted by prettier with the other JSON files.
    const committed = JSON.parse(
      readFileSync(path.join(PLATFORMS_DIR, 'platform.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(platformPresetJsonSchema());
  });

  it('requires every parameter', () => {
    const schema = platformPresetJsonSchema() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(schema.$id).toBe('urn:qnet-planner:schema:platform-preset:1');
    expect(schema.properties.parameters.required).toHaveLength(21);
  });
});
