/**
 * Maps zod's validation issues to qnet-planner's `{ path, message }` issues with messages a planner can act
 * on: `must be > 0`, `expected a number, got string`, `is required`,
 * `unknown key "lenghtKm" (did you mean "lengthKm"?)`, `unknown kind "fibr" (did you mean "fibre"?)`.
 * Assumptions: schemas are built from strict objects, arrays, records, optionals, nullables, enums,
 * literals and discriminated unions (no plain unions, no transforms), so a walk over the schema beside the
 * input finds the keys allowed at any path.
 */
import { z } from 'zod';
import { closestMatch, didYouMean, type ValidationIssue } from '../../core/index.js';
import { formatIssuePath } from './issue-path.js';
import { jsonTypeOf } from './json-text.js';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** The input value at `path`, or undefined when the path does not exist. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Unwraps optional/nullable wrappers and picks the branch of a discriminated union the input selects. */
function resolveSchema(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      const discriminator = (current.def as { discriminator: string }).discriminator;
      const tag =
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[discriminator]
          : undefined;
      current = (current.options as readonly z.ZodType[]).find((option) => {
        const literal = option instanceof z.ZodObject ? option.shape[discriminator] : undefined;
        return literal instanceof z.ZodLiteral && literal.values.has(tag as never);
      });
    } else {
      return current;
    }
  }
}

/** The schema that validates the value at `path` (undefined when the walk leaves the schema). */
export function schemaAt(
  root: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
): z.ZodType | undefined {
  let schema = resolveSchema(root, input);
  let value = input;
  for (const segment of path) {
    if (schema instanceof z.ZodObject) schema = schema.shape[String(segment)] as z.ZodType | undefined;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
    value = valueAt(value, [segment]);
    schema = resolveSchema(schema, value);
  }
  return schema;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function boundMessage(issue: ZodIssue & { code: 'too_small' | 'too_big' }, below: boolean): string {
  const bound = below
    ? (issue as { minimum: number | bigint }).minimum
    : (issue as { maximum: number | bigint }).maximum;
  const inclusive = issue.inclusive !== false;
  const origin = issue.origin;
  if (origin === 'array' || origin === 'set') {
    return below ? `must have at least ${bound} item(s)` : `must have at most ${bound} item(s)`;
  }
  if (origin === 'string') {
    if (below && Number(bound) === 1) return 'must not be empty';
    return below ? `must be at least ${bound} characters long` : `must be at most ${bound} characters long`;
  }
  const operator = below ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `must be ${operator} ${bound}`;
}

function invalidTypeMessage(expected: string, actual: unknown): string {
  if (actual === undefined) return 'is required';
  const actualType = jsonTypeOf(actual);
  if (expected === 'int' && actualType === 'number') return `expected an integer, got ${String(actual)}`;
  return `expected ${EXPECTED_NAMES[expected] ?? expected}, got ${actualType}`;
}

function invalidValueMessage(values: readonly unknown[], actual: unknown): string {
  if (actual === undefined) return `is required (one of ${quoteList(values)})`;
  if (values.length === 1) return `must be ${JSON.stringify(values[0])} (got ${JSON.stringify(actual)})`;
  const match = typeof actual === 'string' ? closestMatch(actual, values.map(String)) : undefined;
  const hint = match === undefined ? '' : `; did you mean ${JSON.stringify(match)}?`;
  return `must be one of ${quoteList(values)} (got ${JSON.stringify(actual)}${hint})`;
}

function discriminatorMessage(options: readonly unknown[], actual: unknown): string {
  if (actual === undefined) return `is required (one of ${quoteList(options)})`;
  if (typeof actual !== 'string') return `expected one of ${quoteList(options)}, got ${jsonTypeOf(actual)}`;
  return `unknown kind ${JSON.stringify(actual)}${didYouMean(actual, options.map(String))}; expected one of ${quoteList(options)}`;
}

function formatMessage(format: string): string {
  if (format === 'date') return 'must be an ISO 8601 date (YYYY-MM-DD)';
  if (format === 'datetime') return 'must be an ISO 8601 date-time';
  return `must be a valid ${format}`;
}

/**
 * Converts zod issues for `input` validated by `schema` into path-qualified issues. Unknown keys become one
 * issue each, at the key's own path, with a did-you-mean suggestion from the keys the schema allows there.
 */
export function zodIssuesToValidationIssues(
  schema: z.ZodType,
  input: unknown,
  issues: readonly ZodIssue[],
): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path as readonly PropertyKey[];
    const actual = valueAt(input, path);
    switch (issue.code) {
      case 'invalid_type':
        result.push({ path: formatIssuePath(path), message: invalidTypeMessage(issue.expected, actual) });
        break;
      case 'too_small':
        result.push({ path: formatIssuePath(path), message: boundMessage(issue, true) });
        break;
      case 'too_big':
        result.push({ path: formatIssuePath(path), message: boundMessage(issue, false) });
        break;
      case 'invalid_value':
        result.push({ path: formatIssuePath(path), message: invalidValueMessage(issue.values, actual) });
        break;
      case 'invalid_format':
        // Patterns carry their own rule in words (schema authors write it); formats get ours.
        result.push({
          path: formatIssuePath(path),
          message: issue.format === 'regex' ? issue.message : formatMessage(issue.format),
        });
        break;
      case 'unrecognized_keys': {
        const owner = schemaAt(schema, input, path);
        const allowed = owner instanceof z.ZodObject ? Object.keys(owner.shape) : [];
        for (const key of issue.keys) {
          result.push({
            path: formatIssuePath([...path, key]),
            message: `unknown key ${JSON.stringify(key)}${didYouMean(key, allowed)}`,
          });
        }
        break;
      }
      case 'invalid_union': {
        const detail = issue as { discriminator?: string; options?: readonly unknown[] };
        const message =
          detail.options !== undefined
            ? discriminatorMessage(detail.options, actual)
            : 'does not match any of the allowed forms';
        result.push({ path: formatIssuePath(path), message });
        break;
      }
      default:
        result.push({ path: formatIssuePath(path), message: issue.message });
    }
  }
  return result;
}
