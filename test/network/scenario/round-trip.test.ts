/**
 * Lossless round trip: parse -> serialize gives JSON equal to the input document, and parse -> serialize
 * -> parse gives an identical scenario, for every example and for generated valid documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, serializeScenario, type Scenario } from '../../../src/network/index.js';
import { validDocument } from './document-arbitrary.js';
import { allKindsDocument, exampleFileNames, exampleText, loadPresets, minimalDocument } from './fixtures.js';

const presets = loadPresets();

function parse(text: string): Scenario {
  const result = parseScenario(text, { presets });
  if (!result.ok) throw result.error;
  return result.value;
}

function expectRoundTrip(text: string): void {
  const first = parse(text);
  const written = serializeScenario(first);
  expect(JSON.parse(written)).toEqual(JSON.parse(text));
  const second = parse(written);
  expect(second).toEqual(first);
  expect(serializeScenario(second)).toBe(written);
}

describe('round trip', () => {
  it.each(exampleFileNames())('%s', (name) => {
    expectRoundTrip(exampleText(name));
  });

  it('a document using every kind', () => {
    expectRoundTrip(JSON.stringify(allKindsDocument()));
  });

  it('writes 2-space indented JSON with a trailing newline, keeping key order', () => {
    const document = minimalDocument();
    const written = serializeScenario(parse(JSON.stringify(document)));
    expect(written).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('does not write derived values or defaults back', () => {
    const written = serializeScenario(parse(exampleText('metro-three-node.qnet.json')));
    const edges = JSON.parse(written).edges as Record<string, unknown>[];
    expect(edges[0]).toEqual({ key: 'delft-the-hague', source: 'delft', target: 'the-hague', kind: 'fibre' });
  });

  it('normalises -0 to 0 (JSON text cannot keep the sign of zero)', () => {
    const text = JSON.stringify(minimalDocument()).replace(
      '"nodes":[{',
      '"nodes":[{"latitude":-0,"longitude":-0,',
    );
    const scenario = parse(text);
    expect(Object.is(scenario.document.nodes[0]!.latitude, 0)).toBe(true);
    expect(Object.is(scenario.nodes[0]!.position!.longitude, 0)).toBe(true);
  });

  it('holds for generated valid documents', () => {
    fc.assert(
      fc.property(validDocument([...presets.keys()]), (document) => {
        const text = JSON.stringify(document);
        const first = parseScenario(text, { presets });
        if (!first.ok) throw new Error(`generated document rejected: ${first.error.message}`);
        const written = serializeScenario(first.value);
        expect(JSON.parse(written)).toEqual(document);
        const second = parseScenario(written, { presets });
        expect(second.ok && second.value).toEqual(first.value);
      }),
      { numRuns: 100 },
    );
  });
});
