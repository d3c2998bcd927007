/**
 * Option parsers for commander: numbers are checked for syntax here (usage error, exit 2) and for their
 * physical domain by the model's own guards (bad input, exit 1), so each message names the option.
 */
import { InvalidArgumentError } from 'commander';

/** Parses a finite decimal or scientific number (`1e-3`, `0.2`); anything else is a usage error. */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new InvalidArgumentError(`"${text}" is not a number.`);
  return value;
}

/** Parses an integer (`1e4` allowed when it is integral). */
export function parseInteger(text: string): number {
  const value = parseNumber(text);
  if (!Number.isInteger(value)) throw new InvalidArgumentError(`"${text}" is not an integer.`);
  return value;
}

/** Collects a repeatable numeric option into an array (`--fidelity 0.9 --fidelity 0.8`). */
export function collectNumbers(text: string, previous: number[] | undefined): number[] {
  return [...(previous ?? []), parseNumber(text)];
}
