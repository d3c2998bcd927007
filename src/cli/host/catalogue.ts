/**
 * The shipped examples (network-models/*.qnet.json) and platform presets (network-models/platforms/*.json),
 * as the host API lists them. The JSON is read only for the scenario's display name; validation is the
 * renderer's job (src/network), so a broken example still shows up and reports its own errors when opened.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { QnetError } from '../../core/index.js';
import type { ExampleEntry, PresetFile } from '../../core/host-api.js';
import { listJsonFiles } from '../files.js';

const SCENARIO_SUFFIX = '.qnet.json';

/** The scenario's `name` when the file is JSON with a non-empty string name, else the id. */
function titleOf(text: string, id: string): string {
  try {
    const name = (JSON.parse(text) as { name?: unknown }).name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : id;
  } catch {
    return id;
  }
}

/** Every `*.qnet.json` in `directory`, sorted by id. */
export async function listExampleEntries(directory: string): Promise<ExampleEntry[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    throw new QnetError(`cannot list examples in ${directory}: ${(error as Error).message}`);
  }
  const entries: ExampleEntry[] = [];
  for (const name of names.filter((file) => file.endsWith(SCENARIO_SUFFIX)).sort()) {
    const file = path.join(directory, name);
    const id = name.slice(0, -SCENARIO_SUFFIX.length);
    const text = await readFile(file, 'utf8').catch(() => '');
    entries.push({ id, title: titleOf(text, id), path: file });
  }
  return entries;
}

/** Every platform preset in `directory` (JSON files except the schema), sorted by file name. */
export async function listPresetFiles(directory: string): Promise<PresetFile[]> {
  let names: string[];
  try {
    names = listJsonFiles(directory);
  } catch (error) {
    throw new QnetError(`cannot list platform presets in ${directory}: ${(error as Error).message}`);
  }
  const presets: PresetFile[] = [];
  for (const fileName of names) {
    const file = path.join(directory, fileName);
    try {
      presets.push({ fileName, text: await readFile(file, 'utf8') });
    } catch (error) {
      throw new QnetError(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
  return presets;
}
