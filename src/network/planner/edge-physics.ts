/**
 * Turns each scenario edge into the physics of one hop: a heralded elementary link (fibre, free space, with
 * transducers where the nodes' platforms have them), a deterministic microwave transfer, or a sneakernet leg
 * that delivers stored pairs. An edge whose inputs are incomplete becomes an "unusable" hop with the reason, so
 * the planner can explain a demand instead of crashing.
 *
 * Assumptions (listed in every plan's methods):
 * - a link between two nodes uses the hardware of its source node's platform (with that node's overrides), or
 *   the target's when the source has none; the edge's own fields (scheme, attenuation, modes) override both;
 * - free space: each half of a midpoint-heralded link sees the link budget (diffraction, atmosphere, pointing)
 *   over its own distance; unequal halves enter as the geometric mean sqrt(eta_A eta_B), exact for the
 *   double-click and midpoint-source schemes (p ∝ eta_A eta_B) and a first-order approximation for single click;
 * - a microwave edge carries half of a locally made pair through the line (physics/microwave-link.ts) once per
 *   node cycle;
 * - a carrier edge is the sneakernet model of Devitt et al. 2016 (sneakernet/link.ts) with the edge's fields.
 */
import { QnetError, SPEED_OF_LIGHT_VACUUM, type Seconds, type Transmissivity } from '../../core/index.js';
import {
  freeSpaceLinkBudget,
  microwaveLink,
  plobCapacity,
  type ElementaryLink,
  type TransducedLink,
} from '../../physics/index.js';
import {
  computeResolvedLink,
  resolveLinkParameters,
  type ExplicitLinkParameters,
  type LinkParameterInputs,
  type ResolvedLinkParameters,
} from '../link-parameters.js';
import type { PlatformParameters } from '../platforms/index.js';
import type { RouteHop } from '../path-analysis/index.js';
import type { MidpointSourceFigures, Scenario, ScenarioEdge, ScenarioNode } from '../scenario/index.js';
import { carrierLegOfEdge } from '../sneakernet/index.js';

/** The physics of one edge, in the direction source -> target. */
export type EdgePhysics =
  | {
      readonly usable: true;
      readonly edgeKey: string;
      readonly hop: RouteHop;
      /** Elementary pairs per second the edge generates on its own, Hz. */
      readonly rate: number;
      /** Fidelity of one fresh pair. */
      readonly fidelity: number;
      /** Success probability per attempt (1 for deterministic and delivered hops). */
      readonly successProbability: number;
      /**
       * Upper bound on the ebit rate across this edge, ebit/s: the PLOB repeaterless capacity at the hop's mode
       * rate for optical and microwave channels; the delivered rate itself for a carrier leg.
       */
      readonly capacityBound: number;
      /** One line saying which model produced the figures. */
      readonly method: string;
      /**
       * For fibre links: the resolved inputs, so a report can re-evaluate the same hardware at other lengths.
       * Resolved again on first read (a getter), not kept per edge.
       */
      readonly fibreLink?: ResolvedLinkParameters;
    }
  | { readonly usable: false; readonly edgeKey: string; readonly reason: string };

/** Computes every edge's physics once per plan. */
export function edgePhysicsOf(scenario: Scenario): ReadonlyMap<string, EdgePhysics> {
  return new Map(scenario.edges.map((edge) => [edge.key, edgePhysics(scenario, edge)]));
}

function edgePhysics(scenario: Scenario, edge: ScenarioEdge): EdgePhysics {
  try {
    switch (edge.kind) {
      case 'fibre':
      case 'free-space':
        return heraldedEdge(scenario, edge);
      case 'microwave':
        return microwaveEdge(scenario, edge);
      case 'carrier':
        return carrierEdge(edge);
    }
  } catch (error) {
    if (error instanceof QnetError)
      return { usable: false, edgeKey: edge.key, reason: `edge "${edge.key}": ${error.message}` };
    throw error;
  }
}

/** The node whose hardware drives the link, and its parameters. */
function hardwareNode(
  scenario: Scenario,
  edge: ScenarioEdge,
): { node: ScenarioNode; parameters: PlatformParameters } {
  for (const key of [edge.source, edge.target]) {
    const node = scenario.nodeByKey.get(key)!;
    if (node.platform) return { node, parameters: node.platform.parameters };
  }
  throw new QnetError(
    `neither "${edge.source}" nor "${edge.target}" has a platform preset to take hardware values from`,
  );
}

function heraldedEdge(
  scenario: Scenario,
  edge: ScenarioEdge & { kind: 'fibre' | 'free-space' },
): EdgePhysics {
  const { node, parameters } = hardwareNode(scenario, edge);
  const channel = edge.kind === 'fibre' ? fibreChannel(edge) : freeSpaceChannel(edge);
  const inputs: LinkParameterInputs = {
    scheme: edge.scheme,
    length: channel.length,
    platform: { id: node.platform!.presetId, parameters },
    explicit: channel.explicit,
  };
  const resolved = resolveLinkParameters(inputs);
  // What a report may read later (the parameter list, the link's display quantities) is recomputed then from
  // this recipe, by the same pure calls (the same values), instead of being kept for every edge: ~1 kB per
  // fibre edge, 30 MB and more at 30,000 edges (issue 3).
  const recipe = new LinkRecipe(inputs, channel.halfLinkTransmissivity);
  const link = withLazyQuantities(
    computeResolvedLink(withChannel(resolved, channel.halfLinkTransmissivity)),
    recipe,
  );
  const channelUsesPerSecond = link.modes / link.attemptDuration;
  const hop: RouteHop = {
    kind: 'heralded',
    edgeKey: edge.key,
    length: channel.length,
    link,
    classicalDelay: channel.length / channel.lightSpeed,
  };
  if (!(link.rate > 0)) return { usable: false, edgeKey: edge.key, reason: zeroRateReason(edge.key, link) };
  const physics = {
    usable: true as const,
    edgeKey: edge.key,
    hop,
    rate: link.rate,
    fidelity: link.fidelity,
    successProbability: link.successProbability,
    capacityBound: plobCapacity(channel.totalTransmissivity) * channelUsesPerSecond,
    method: `${edge.scheme} link (${edge.kind}) with the hardware of "${node.key}" (${node.platform!.presetId})`,
  };
  if (edge.kind !== 'fibre') return physics;
  return Object.defineProperty({ ...physics, [RECIPE]: recipe }, 'fibreLink', {
    enumerable: true,
    get: fibreLinkGetter,
  });
}

/** The resolved parameters with a channel's own half-link transmissivity, if it has one (free space). */
function withChannel(
  parameters: ResolvedLinkParameters,
  halfLinkTransmissivity: Transmissivity | undefined,
): ResolvedLinkParameters {
  return halfLinkTransmissivity === undefined
    ? parameters
    : { ...parameters, request: { ...parameters.request, halfLinkTransmissivity } };
}

/** How to recompute an edge's link inputs and display quantities on demand (memoised). */
class LinkRecipe {
  private readonly inputs: LinkParameterInputs;
  private readonly halfLinkTransmissivity: Transmissivity | undefined;
  private resolved: ResolvedLinkParameters | undefined;
  private quantities: ElementaryLink['quantities'] | undefined;

  constructor(inputs: LinkParameterInputs, halfLinkTransmissivity: Transmissivity | undefined) {
    this.inputs = inputs;
    this.halfLinkTransmissivity = halfLinkTransmissivity;
  }

  /** resolveLinkParameters(inputs), as the planner computed it. */
  parameters(): ResolvedLinkParameters {
    return (this.resolved ??= resolveLinkParameters(this.inputs));
  }

  /** The link's `quantities`, as the planner's link had them. */
  linkQuantities(): ElementaryLink['quantities'] {
    return (this.quantities ??= computeResolvedLink(
      withChannel(this.parameters(), this.halfLinkTransmissivity),
    ).quantities);
  }
}

/*
 * The lazy fields are enumerable getters, so JSON, Object.keys and structured clones see plain values. One
 * getter function is shared by every object and finds the object's recipe under a symbol key (invisible to
 * JSON and Object.keys): a getter closure per object would give each object its own hidden class, and a
 * getter in an object literal makes a slow dictionary-mode object.
 */
const RECIPE = Symbol('linkRecipe');

function fibreLinkGetter(this: { [RECIPE]: LinkRecipe }): ResolvedLinkParameters {
  return this[RECIPE].parameters();
}

function quantitiesGetter(this: { [RECIPE]: LinkRecipe }): ElementaryLink['quantities'] {
  return this[RECIPE].linkQuantities();
}

/**
 * The link with its `quantities` (named intermediate values for display, about half of a link's memory) as an
 * enumerable getter in the same key position, computed on first read. A copy: redefining the property on the
 * link itself would turn it into a slow dictionary-mode object. A transduced link (rare) is kept whole, since
 * its extra fields follow `quantities`.
 */
function withLazyQuantities(
  link: ElementaryLink | TransducedLink,
  recipe: LinkRecipe,
): ElementaryLink | TransducedLink {
  if ('transducerEfficiency' in link) return link;
  const lean = {
    scheme: link.scheme,
    successProbability: link.successProbability,
    modeSuccessProbability: link.modeSuccessProbability,
    genuineHeraldProbability: link.genuineHeraldProbability,
    falseHeraldProbability: link.falseHeraldProbability,
    attemptDuration: link.attemptDuration,
    rate: link.rate,
    meanGenerationTime: link.meanGenerationTime,
    state: link.state,
    fidelity: link.fidelity,
    modes: link.modes,
    halfLinkTransmissivity: link.halfLinkTransmissivity,
    halfLinkEfficiency: link.halfLinkEfficiency,
    darkCountProbability: link.darkCountProbability,
    [RECIPE]: recipe,
  };
  return Object.defineProperty(lean, 'quantities', {
    enumerable: true,
    get: quantitiesGetter,
  }) as typeof lean & ElementaryLink;
}

function zeroRateReason(edgeKey: string, link: ElementaryLink): string {
  return `edge "${edgeKey}" generates no pairs (success probability ${link.successProbability} per attempt)`;
}

interface Channel {
  readonly length: number;
  readonly lightSpeed: number;
  readonly totalTransmissivity: Transmissivity;
  readonly halfLinkTransmissivity?: Transmissivity;
  readonly explicit: ExplicitLinkParameters;
}

function fibreChannel(edge: ScenarioEdge & { kind: 'fibre' }): Channel {
  return {
    length: edge.length,
    lightSpeed: edge.lightSpeed,
    totalTransmissivity: Math.pow(10, (-edge.attenuation * edge.length) / 10),
    explicit: {
      attenuation: edge.attenuation,
      lightSpeed: edge.lightSpeed,
      ...(edge.modes === undefined ? {} : { modes: edge.modes }),
      ...midpointSource(edge),
    },
  };
}

/** The edge's own midpoint-source figures, which override the platform's (scenario-types.ts). */
function midpointSource(edge: MidpointSourceFigures): ExplicitLinkParameters {
  return {
    ...(edge.meanPairNumber === undefined ? {} : { meanPairNumber: edge.meanPairNumber }),
    ...(edge.pairFidelity === undefined ? {} : { pairFidelity: edge.pairFidelity }),
  };
}

function freeSpaceChannel(edge: ScenarioEdge & { kind: 'free-space' }): Channel {
  const [distanceA, distanceB] =
    edge.path.kind === 'direct'
      ? [edge.path.distance / 2, edge.path.distance / 2]
      : [edge.path.slantRangeSource, edge.path.slantRangeTarget];
  const budget = (distance: number) =>
    freeSpaceLinkBudget({
      transmitterAperture: edge.transmitterAperture,
      receiverAperture: edge.receiverAperture,
      wavelength: edge.wavelength,
      distance,
      atmosphericTransmissivity: edge.atmosphericTransmissivity,
      pointingEfficiency: edge.pointingEfficiency,
    }).total;
  const etaA = budget(distanceA);
  const etaB = budget(distanceB);
  return {
    length: distanceA + distanceB,
    lightSpeed: SPEED_OF_LIGHT_VACUUM,
    totalTransmissivity: etaA * etaB,
    halfLinkTransmissivity: Math.sqrt(etaA * etaB),
    explicit: { attenuation: 0, lightSpeed: SPEED_OF_LIGHT_VACUUM, ...midpointSource(edge) },
  };
}

function microwaveEdge(scenario: Scenario, edge: ScenarioEdge & { kind: 'microwave' }): EdgePhysics {
  const { node, parameters } = hardwareNode(scenario, edge);
  const cycleTime: Seconds | undefined = parameters.cycleTime;
  if (cycleTime === undefined) {
    throw new QnetError(
      `platform "${node.platform!.presetId}" of "${node.key}" has no cycleTimeS for the microwave transfer`,
    );
  }
  const link = microwaveLink(edge.transmissivity, cycleTime);
  return {
    usable: true,
    edgeKey: edge.key,
    hop: {
      kind: 'heralded',
      edgeKey: edge.key,
      length: edge.length,
      link,
      classicalDelay: edge.length / SPEED_OF_LIGHT_VACUUM,
    },
    rate: link.rate,
    fidelity: link.fidelity,
    successProbability: 1,
    capacityBound: plobCapacity(edge.transmissivity) * link.rate,
    method: `deterministic microwave transfer, line transmissivity ${edge.transmissivity} (${edge.transmissivityFrom})`,
  };
}

function carrierEdge(edge: ScenarioEdge & { kind: 'carrier' }): EdgePhysics {
  const leg = carrierLegOfEdge(edge);
  return {
    usable: true,
    edgeKey: edge.key,
    hop: {
      kind: 'delivered',
      edgeKey: edge.key,
      rate: leg.rate,
      fidelity: leg.fidelity,
      latency: leg.latency,
      pairsPerDelivery: leg.pairsPerVoyage,
    },
    rate: leg.rate,
    fidelity: leg.fidelity,
    successProbability: 1,
    capacityBound: leg.rate,
    method: `sneakernet (${edge.carrier}, ${edge.errorModel}, d = ${leg.codeDistance}, bottleneck ${leg.bottleneck})`,
  };
}
