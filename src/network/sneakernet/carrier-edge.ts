/**
 * A scenario's carrier edge as a sneakernet leg: the one mapping from the edge's fields (carrier, transit, port
 * time, error model, memory platform, fleet, loading) to `sneakernetLink`, shared by the planner (the hop's rate,
 * fidelity and latency) and the ML layer (the pairs one delivery stockpiles, `pairsPerVoyage`).
 *
 * Source: Devitt et al., Sci. Rep. 6, 36163 (2016) (the sneakernet model of link.ts).
 * Assumptions: the edge's memory platform supplies physicalErrorRate, gateTimeS and qubitPitchM; loading and
 * unloading run at the edge's loading rate when it gives one.
 */
import { QnetError } from '../../core/index.js';
import type { CarrierEdge } from '../scenario/index.js';
import { sneakernetLink, type SneakernetLink } from './link.js';

/**
 * The sneakernet leg of a carrier edge.
 * @throws QnetError when the edge's memory platform lacks physicalErrorRate, gateTimeS or qubitPitchM.
 */
export function carrierLegOfEdge(edge: CarrierEdge): SneakernetLink {
  const parameters = edge.platform?.parameters;
  const physicalErrorRate = parameters?.physicalErrorRate;
  const gateTime = parameters?.gateTime;
  const qubitPitch = parameters?.qubitPitch;
  if (physicalErrorRate === undefined || gateTime === undefined || qubitPitch === undefined) {
    throw new QnetError(
      'a carrier edge needs a memory platform with physicalErrorRate, gateTimeS and qubitPitchM (Devitt et al. 2016, Table 1)',
    );
  }
  return sneakernetLink({
    carrier: edge.carrier,
    sailingTime: edge.transitTime,
    portTime: edge.portTime,
    errorModel: edge.errorModel,
    physicalErrorRate,
    gateTime,
    gatesPerCycle: edge.cycleTimeGateFactor,
    qubitPitch,
    targetInfidelity: edge.targetInfidelity,
    layout: edge.surfaceCodePatch,
    stickVolume: edge.memoryVolumePerContainer,
    containersPerVehicle: edge.containersPerVehicle,
    vehicles: edge.vehicles,
    ...(edge.departureInterval === undefined ? {} : { departureInterval: edge.departureInterval }),
    ...(edge.loadingRate === undefined
      ? {}
      : { loading: { rate: edge.loadingRate }, unloading: { rate: edge.loadingRate } }),
  });
}
