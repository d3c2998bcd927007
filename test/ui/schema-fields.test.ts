/**
 * Inspector fields come from the scenario's zod schemas: every schema field is offered, with its kind, its
 * optionality, the schema's description and the unit of its key suffix in a readable label.
 */
import { describe, expect, it } from 'vitest';
import {
  carrierEdgeSchema,
  demandSchema,
  fibreEdgeSchema,
  freeSpaceEdgeSchema,
  nodeSchema,
} from '../../src/network/index.js';
import { fieldLabel } from '../../src/ui/panels/field-editor.js';
import { schemaFields, unitOfKey } from '../../src/ui/panels/schema-fields.js';

describe('schema fields', () => {
  it('offers every field of each schema in schema order', () => {
    for (const schema of [
      nodeSchema,
      demandSchema,
      fibreEdgeSchema,
      freeSpaceEdgeSchema,
      carrierEdgeSchema,
    ]) {
      expect(schemaFields(schema).map((field) => field.name)).toEqual(Object.keys(schema.shape));
    }
  });

  it('describes kinds, optionality, choices and nested objects', () => {
    const node = Object.fromEntries(schemaFields(nodeSchema).map((field) => [field.name, field]));
    expect(node['key']).toMatchObject({ kind: 'string', optional: false });
    expect(node['kind']).toMatchObject({
      kind: 'enum',
      options: expect.arrayContaining(['end-node', 'repeater']),
    });
    expect(node['latitude']).toMatchObject({ kind: 'number', optional: true, unit: '°' });
    expect(node['memoryCount']).toMatchObject({ kind: 'integer' });
    expect(node['label']!.description).toBe('Display label.');
    const satellite = schemaFields(freeSpaceEdgeSchema).find((field) => field.name === 'satellite')!;
    expect(satellite.kind).toBe('object');
    expect(satellite.children.map((child) => child.name)).toEqual(['altitudeKm', 'elevationDeg']);
    expect(schemaFields(fibreEdgeSchema).find((field) => field.name === 'kind')).toMatchObject({
      kind: 'literal',
      options: ['fibre'],
    });
  });

  it('labels fields with readable words and their unit', () => {
    const label = (key: string) => fieldLabel(key, unitOfKey(key));
    expect(label('lengthKm')).toBe('length (km)');
    expect(label('fibreAttenuationDbPerKm')).toBe('fibre attenuation (dB/km)');
    expect(label('requestedRatePerS')).toBe('requested rate (1/s)');
    expect(label('classicalRateBitsPerS')).toBe('classical rate (bit/s)');
    expect(label('speedKmPerH')).toBe('speed (km/h)');
    expect(label('transitDays')).toBe('transit (days)');
    expect(label('memoryVolumeM3')).toBe('memory volume (m³)');
    expect(label('elevationDeg')).toBe('elevation (°)');
    expect(label('latitude')).toBe('latitude (°)');
    expect(label('targetFidelity')).toBe('target fidelity');
    expect(label('routeFactor')).toBe('route factor');
  });
});
