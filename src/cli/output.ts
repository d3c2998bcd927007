/**
 * Output of a command: either the stable JSON envelope (`--json`) or human-readable text.
 *
 * JSON envelope (documented in docs/cli-json.md): `{ "qnet": version, "command": name, "inputs": {...},
 * "result": {...} }`, two-space indented, keys in a fixed order, numbers in SI units unless the key says otherwise.
 */
import type { CliIo } from './io.js';
import { packageVersion } from './files.js';

/** Writes either the JSON envelope or the human text of a command's result. */
export function emit(
  io: CliIo,
  json: boolean | undefined,
  command: string,
  inputs: Record<string, unknown>,
  result: unknown,
  human: () => string,
): void {
  if (json) {
    const envelope = { qnet: packageVersion(), command, inputs, result };
    io.stdout(`${JSON.stringify(envelope, replaceNonFinite, 2)}\n`);
  } else {
    io.stdout(`${human()}\n`);
  }
}

/** JSON has no Infinity or NaN: write them as strings so the output stays valid and explicit. */
function replaceNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  }
  return value;
}
