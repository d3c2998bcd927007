/**
 * Fixtures for the app's end-to-end tests: generated grid scenarios (200 and 1,000 nodes) for the timing
 * checks, and the report file the timings go to (the browser launch is test/support/chromium.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where screenshots go (kept as test artefacts). */
export const SCREENSHOT_DIR = path.join(ROOT, 'reports', 'screenshots');
/** Where the timing figures go. */
export const TIMINGS_FILE = path.join(ROOT, 'reports', 'e2e-timings.json');

/** The rare-earth repeater overrides of us-backbone.qnet.json. */
const REPEATER_OVERRIDES = {
  emissionEfficiency: 0.9,
  detectorEfficiency: 0.9,
  darkCountRateHz: 10,
  detectionWindowS: 1e-7,
  brightStatePopulation: 0.05,
};

/**
 * A rows x columns grid of nodes around central Europe, about 25 km apart, linked to their right and lower
 * neighbours by fibre whose length comes from the coordinates, with `demands` demands across the grid. The
 * hardware is the multiplexed rare-earth repeater of us-backbone.qnet.json (preset plus the same overrides,
 * 62 modes per link), so every demand has a route with a positive rate and the plan exercises the allocation.
 */
export function gridScenario(rows: number, columns: number, demands: number): string {
  const key = (row: number, column: number) => `n${row * columns + column}`;
  const nodes = [];
  const edges = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      nodes.push({
        key: key(row, column),
        kind: 'repeater',
        latitude: Math.round((50 + row * 0.22) * 1e4) / 1e4,
        longitude: Math.round((5 + column * 0.35) * 1e4) / 1e4,
        platform: 'rare-earth-memory',
        overrides: REPEATER_OVERRIDES,
      });
      const link = (edgeKey: string, target: string) => ({
        key: edgeKey,
        source: key(row, column),
        target,
        kind: 'fibre',
        modes: 62,
      });
      if (column + 1 < columns) edges.push(link(`h${row}-${column}`, key(row, column + 1)));
      if (row + 1 < rows) edges.push(link(`v${row}-${column}`, key(row + 1, column)));
    }
  }
  const demandList = Array.from({ length: demands }, (_, index) => ({
    key: `d${index}`,
    source: key(index % rows, 0),
    target: key((index * 3) % rows, Math.min(columns - 1, 2 + index)),
    targetFidelity: 0.8,
  }));
  const document = {
    schemaVersion: 1,
    name: `Grid ${rows} x ${columns}`,
    description: 'Generated for the end-to-end timing checks.',
    seed: 7,
    metadata: {},
    defaults: {
      fibreAttenuationDbPerKm: 0.2,
      fibreLightSpeedKmPerS: 200000,
      routeFactor: 1.3,
      scheme: 'single-click',
    },
    nodes,
    edges,
    demands: demandList,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Writes the timing figures (merged into the file if it exists from an earlier run of the same suite). */
export function writeTimings(timings: Record<string, unknown>): void {
  mkdirSync(path.dirname(TIMINGS_FILE), { recursive: true });
  writeFileSync(
    TIMINGS_FILE,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...timings }, null, 2)}\n`,
  );
}
