/**
 * `qnet sneakernet --consumption-rate-hz R`: what one delivery is worth as a stockpile at the destination when it
 * is drawn down at R pairs/s, within the memory's lifetime (network/sneakernet/stockpile.ts).
 *
 * Source: Devitt et al., Sci. Rep. 6, 36163 (2016) for the memory; the shelf-life union bound of
 * physics/surface-code/memory.ts. Assumptions: the stockpile is one voyage's pairs, already stored for the worst
 * pair's storage time (loading wait + transit + unloading) on arrival, and consumed from arrival.
 */
import { stockpile, type SneakernetLink, type Stockpile } from '../../network/index.js';

/** One voyage's pairs as a stockpile consumed at `consumptionRate` pairs/s. */
export function stockpileOfLink(
  link: SneakernetLink,
  physicalErrorRate: number,
  consumptionRate: number,
): Stockpile {
  return stockpile({
    errorModel: link.errorModel,
    physicalErrorRate,
    codeDistance: link.codeDistance,
    cycleTime: link.cycleTime,
    targetInfidelity: link.targetInfidelity,
    storedTime: link.storageTime,
    pairs: link.pairsPerVoyage,
    consumptionRate,
  });
}
