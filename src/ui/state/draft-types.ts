/**
 * The scenario document as the editor holds it: the JSON of a `*.qnet.json` file with unit-suffixed keys
 * (src/network/scenario/document-schema.ts), loosely typed because between edits it may be invalid (a user
 * typing a negative length); parseScenarioValue decides validity after every edit and reports paths.
 * Assumptions: documents are treated as immutable; edits copy the containers they change.
 */

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A node object as the editor sees it (keys of nodeSchema, values unchecked). */
export interface DocumentNode {
  readonly key: string;
  readonly kind?: string;
  readonly label?: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly platform?: string;
  readonly overrides?: Readonly<Record<string, number>>;
  readonly memoryCount?: number;
  readonly [field: string]: unknown;
}

/** An edge object (keys of edgeSchema; `kind` selects the variant). */
export interface DocumentEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly [field: string]: unknown;
}

/** A demand object (keys of demandSchema). */
export interface DocumentDemand {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly targetFidelity?: number;
  readonly [field: string]: unknown;
}

/** The whole editable document. */
export interface ScenarioDraft {
  readonly schemaVersion?: unknown;
  readonly name?: string;
  readonly description?: string;
  readonly defaults?: Readonly<Record<string, unknown>>;
  readonly nodes: readonly DocumentNode[];
  readonly edges: readonly DocumentEdge[];
  readonly demands: readonly DocumentDemand[];
  readonly workloads?: readonly Readonly<Record<string, unknown>>[];
  readonly [field: string]: unknown;
}

/** Lists of keyed items in a document. */
export type ItemList = 'nodes' | 'edges' | 'demands' | 'workloads';

/**
 * Reads an arbitrary JSON value as a draft: missing or non-array lists become empty so the editor can always
 * draw something; the caller keeps the validation errors of the original value.
 */
export function asDraft(value: unknown): ScenarioDraft {
  const object = (
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
  ) as Record<string, unknown>;
  const list = <T>(key: string): readonly T[] => {
    const items = object[key];
    return Array.isArray(items)
      ? (items.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item)) as T[])
      : [];
  };
  return { ...object, nodes: list('nodes'), edges: list('edges'), demands: list('demands') };
}
