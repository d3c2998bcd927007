/**
 * `npm run bench`: runs every test/bench/*.bench.ts module (or those whose name contains the first argument)
 * and prints each figure with its target and the ratio figure/target (<= 1 meets the target).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './bench-result.js';

const directory = import.meta.dirname;
const filter = process.argv[2] ?? '';
const modules = readdirSync(directory)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

const rows: (BenchResult & { module: string })[] = [];
for (const name of modules) {
  const module = (await import(pathToFileURL(path.join(directory, name)).href)) as {
    run: () => Promise<BenchResult[]>;
  };
  for (const result of await module.run()) rows.push({ ...result, module: name.replace('.bench.ts', '') });
}

const format = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toPrecision(3));
console.log(`qnet-planner benchmarks (node ${process.version}, ${process.arch})\n`);
let missed = 0;
for (const row of rows) {
  const ratio = row.target ? row.value / row.target : undefined;
  if (ratio !== undefined && ratio > 1) missed++;
  const target = row.target === undefined ? '' : `target <= ${format(row.target)} ${row.unit}`;
  const verdict = ratio === undefined ? '' : `ratio ${ratio.toFixed(3)} ${ratio <= 1 ? 'ok' : 'MISSED'}`;
  console.log(
    `${row.module.padEnd(12)} ${row.name.padEnd(58)} ${format(row.value).padStart(9)} ${row.unit.padEnd(4)} ${target.padEnd(22)} ${verdict}`,
  );
  if (row.note) console.log(`${''.padEnd(13)}${row.note}`);
}
console.log(`\n${rows.length} figures, ${missed} over target`);
