/**
 * The allocation LP in CPLEX LP format (the text HiGHS reads), with every user key replaced by a generated
 * name so that keys may contain any characters: path flows are x1..xN, rows e<i> (edge i), n<j> (node j),
 * c<d> (cap of demand d), m<d> (minimum of demand d), f<d> (fairness of demand d), and `share` is t.
 * The table {@link AllocationLp.rows} maps row names back to what they constrain.
 *
 * Path-flow formulation (docs/decisions/0003-allocation-lp.md), with x the path rates divided by the rate
 * scale S (prepare.ts) so that coefficients and bounds are near 1:
 *   edge e:     sum_p pairCost(p,e) x_p        <= capacity_e / S
 *   node n:     sum_p memoryCost(p,n) x_p      <= memoryLimit_n / S
 *   cap d:      sum_{p of d} x_p               <= requestedRate_d / S
 *   minimum d:  sum_{p of d} x_p               >= minimumRate_d / S
 *   fair d:     sum_{p of d} x_p - a_d share   >= 0   (max-min stages only)
 * with a_d = weight_d requestedRate_d / S when every demand gives a request (share = fraction of request),
 * else a_d = weight_d (share = rate per unit weight, in units of S). Objectives: 'max-total' and the second
 * max-min stage maximise sum_d weight_d sum_p x_p; the first max-min stage maximises share.
 * Demands without a usable path have no fairness row: they would pin the share at 0 for everyone.
 */
import { lpModelOf, type LpModel, type LpRow } from './lp-model.js';
import type { PreparedAllocation } from './prepare.js';

/** Which LP: max-total, the share-maximising first max-min stage, or the total-maximising second stage. */
export type AllocationStage = 'max-total' | 'max-min-share' | 'max-min-total';

/** What a row of the LP constrains. `index` is the edge, node or demand index in the prepared problem. */
export interface LpRowMeaning {
  readonly kind: 'edge' | 'node' | 'cap' | 'minimum' | 'fair';
  readonly index: number;
}

/** An LP ready for a solver, with the name table needed to read the answer. */
export interface AllocationLp {
  readonly stage: AllocationStage;
  /** CPLEX LP-format text (written on first read). */
  readonly text: string;
  /** The same LP as arrays, for solvers that take them (lp-model.ts). */
  readonly model: LpModel;
  /** Variable name of each usable path, indexed like PreparedAllocation.paths. */
  readonly pathVariables: readonly string[];
  /** Meaning of each row, by row name, in the order the rows are written. */
  readonly rows: ReadonlyMap<string, LpRowMeaning>;
}

/** Name of the fair-share variable t. */
export const SHARE_VARIABLE = 'share';

/** Terms per line: HiGHS reads long lines, but short ones keep the text readable when dumped for debugging. */
const TERMS_PER_LINE = 8;

/** The value itself; a non-finite coefficient or bound is a bug upstream (prepare.ts validates the inputs). */
function finite(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`allocation LP: non-finite coefficient ${value}`);
  return value;
}

function linearExpression(terms: readonly (readonly [string, number])[]): string {
  const parts: string[] = [];
  terms.forEach(([name, coefficient], i) => {
    const sign = coefficient < 0 ? '-' : '+';
    const magnitude = String(Math.abs(coefficient));
    const term = `${magnitude} ${name}`;
    if (i === 0) parts.push(sign === '-' ? `- ${term}` : term);
    else parts.push(`${i % TERMS_PER_LINE === 0 ? '\n   ' : ''} ${sign} ${term}`);
  });
  return parts.join('');
}

/**
 * Writes the LP of one stage.
 * @param fixedShare for 'max-min-total': lower bound on `share` (LP units) found by the first stage.
 * @throws Error when the problem has no usable path (the caller reports 'empty' instead of solving).
 */
export function formulateAllocationLp(
  prepared: PreparedAllocation,
  stage: AllocationStage,
  fixedShare = 0,
): AllocationLp {
  if (prepared.paths.length === 0) throw new Error('allocation LP: no usable path to formulate');
  const scale = prepared.rateScale;
  const pathVariables = prepared.paths.map((_, i) => `x${i + 1}`);
  const rows = new Map<string, LpRowMeaning>();
  const lpRows: LpRow[] = [];
  const addRow = (
    name: string,
    meaning: LpRowMeaning,
    terms: [string, number][],
    [sense, bound]: ['<=' | '>=', number],
  ): void => {
    rows.set(name, meaning);
    finite(bound);
    for (const [, coefficient] of terms) finite(coefficient);
    lpRows.push({
      name,
      terms,
      lower: sense === '>=' ? bound : Number.NEGATIVE_INFINITY,
      upper: sense === '<=' ? bound : Number.POSITIVE_INFINITY,
    });
  };

  const edgeTerms: [string, number][][] = [];
  const nodeTerms: [string, number][][] = [];
  const demandTerms: [string, number][][] = prepared.demands.map(() => []);
  prepared.paths.forEach((path, i) => {
    const variable = pathVariables[i]!;
    for (const term of path.edgeTerms) (edgeTerms[term.index] ??= []).push([variable, term.cost]);
    for (const term of path.nodeTerms) (nodeTerms[term.index] ??= []).push([variable, term.cost]);
    demandTerms[path.demandIndex]!.push([variable, 1]);
  });

  edgeTerms.forEach((terms, e) => {
    const capacity = prepared.edges[e]!.capacity;
    addRow(`e${e + 1}`, { kind: 'edge', index: e }, terms, ['<=', capacity / scale]);
  });
  nodeTerms.forEach((terms, n) => {
    const limit = prepared.nodes[n]!.memoryLimit!;
    addRow(`n${n + 1}`, { kind: 'node', index: n }, terms, ['<=', limit / scale]);
  });
  prepared.demands.forEach((demand, d) => {
    const terms = demandTerms[d]!;
    if (terms.length === 0) return;
    if (demand.requestedRate !== undefined) {
      addRow(`c${d + 1}`, { kind: 'cap', index: d }, terms, ['<=', demand.requestedRate / scale]);
    }
    if (demand.minimumRate > 0) {
      addRow(`m${d + 1}`, { kind: 'minimum', index: d }, terms, ['>=', demand.minimumRate / scale]);
    }
    if (stage !== 'max-total') {
      const shareCoefficient = prepared.sharesAreFractions
        ? (demand.weight * demand.requestedRate!) / scale
        : demand.weight;
      addRow(
        `f${d + 1}`,
        { kind: 'fair', index: d },
        [...terms, [SHARE_VARIABLE, -shareCoefficient]],
        ['>=', 0],
      );
    }
  });

  const objective: [string, number][] =
    stage === 'max-min-share'
      ? [[SHARE_VARIABLE, 1]]
      : prepared.paths.map((path, i) => [pathVariables[i]!, prepared.demands[path.demandIndex]!.weight]);
  for (const [, coefficient] of objective) finite(coefficient);
  const lowerBounds = new Map(stage === 'max-min-total' ? [[SHARE_VARIABLE, finite(fixedShare)]] : []);
  let text: string | undefined;
  return {
    stage,
    get text(): string {
      return (text ??= lpText(objective, lpRows, lowerBounds));
    },
    model: lpModelOf(objective, lpRows, lowerBounds),
    pathVariables,
    rows,
  };
}

/**
 * CPLEX LP text of the model (the same rows, terms and numbers as the arrays; every number was checked finite
 * when its row was added, and String() gives the shortest text that reads back as the same double).
 */
function lpText(
  objective: readonly (readonly [string, number])[],
  rows: readonly LpRow[],
  lowerBounds: ReadonlyMap<string, number>,
): string {
  const bound = (row: LpRow): string =>
    row.upper < Number.POSITIVE_INFINITY ? `<= ${row.upper}` : `>= ${row.lower}`;
  return [
    'Maximize',
    ` obj: ${linearExpression(objective)}`,
    'Subject To',
    ...rows.map((row) => ` ${row.name}: ${linearExpression(row.terms)} ${bound(row)}`),
    'Bounds',
    ...[...lowerBounds].map(([name, lower]) => ` ${name} >= ${lower}`),
    'End',
    '',
  ].join('\n');
}
