/**
 * Form fields from the scenario's zod schemas (src/network/scenario), so the inspector offers exactly the
 * fields a file may contain, with the schema's own descriptions as help text and the unit from the key
 * suffix (design.md "Scenario JSON keys carry their unit as a suffix"). When the schema gains a field, the
 * inspector shows it without a change here.
 */
import type { z } from 'zod';

/** One editable field. */
export interface FieldDescriptor {
  readonly name: string;
  readonly kind: 'number' | 'integer' | 'string' | 'enum' | 'object' | 'literal';
  readonly optional: boolean;
  readonly description: string;
  /** Choices of an enum (or the value of a literal). */
  readonly options: readonly string[];
  /** Fields of a nested object (e.g. a free-space edge's satellite). */
  readonly children: readonly FieldDescriptor[];
  /** Unit shown in the label, from the key suffix ('' when none). */
  readonly unit: string;
}

interface ZodInternals {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: ZodInternals;
      readonly entries?: Readonly<Record<string, string>>;
      readonly values?: readonly unknown[];
      readonly checks?: readonly {
        readonly _zod: { readonly def: { readonly check?: string; readonly format?: string } };
      }[];
    };
  };
  readonly description?: string;
  readonly shape?: Readonly<Record<string, ZodInternals>>;
}

const UNIT_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/DbPerKm$/, 'dB/km'],
  [/DbPerM$/, 'dB/m'],
  [/KmPerS$/, 'km/s'],
  [/KmPerH$/, 'km/h'],
  [/BitsPerS$/, 'bit/s'],
  [/RatePerS$/, '1/s'],
  [/PerS$/, '1/s'],
  [/Km$/, 'km'],
  [/Nm$/, 'nm'],
  [/M3$/, 'm³'],
  [/Deg$/, '°'],
  [/Days$/, 'days'],
  [/TimeS$|LatencyS$|S$/, 's'],
  [/TimeH$|H$/, 'h'],
  [/Hz$/, 'Hz'],
  [/K$/, 'K'],
  [/M$/, 'm'],
];

/** The unit a key's suffix names, e.g. `lengthKm` -> `km`, `t2S` -> `s`; '' for none. */
export function unitOfKey(key: string): string {
  if (key === 'latitude' || key === 'longitude') return '°';
  for (const [pattern, unit] of UNIT_SUFFIXES) if (pattern.test(key)) return unit;
  return '';
}

function isInteger(schema: ZodInternals): boolean {
  return (schema._zod.def.checks ?? []).some(
    (check) => check._zod.def.format === 'safeint' || check._zod.def.check === 'number_format',
  );
}

function describe(name: string, schema: ZodInternals): FieldDescriptor {
  let inner = schema;
  let optional = false;
  while (inner._zod.def.type === 'optional' && inner._zod.def.innerType) {
    optional = true;
    inner = inner._zod.def.innerType;
  }
  const type = inner._zod.def.type;
  const description = schema.description ?? inner.description ?? '';
  const base = {
    name,
    optional,
    description,
    unit: unitOfKey(name),
    options: [] as string[],
    children: [] as FieldDescriptor[],
  };
  switch (type) {
    case 'number':
      return { ...base, kind: isInteger(inner) ? 'integer' : 'number' };
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(inner._zod.def.entries ?? {}) };
    case 'literal':
      return { ...base, kind: 'literal', options: (inner._zod.def.values ?? []).map(String) };
    case 'object':
      return { ...base, kind: 'object', children: schemaFields(inner as unknown as z.ZodType) };
    default:
      return { ...base, kind: 'string' };
  }
}

/** The fields of a zod object schema, in schema order. */
export function schemaFields(schema: z.ZodType): FieldDescriptor[] {
  const shape = (schema as unknown as ZodInternals).shape ?? {};
  return Object.entries(shape).map(([name, field]) => describe(name, field));
}
