/**
 * Reference cases for `qnet verify`: elementary links (single-click, double-click, midpoint source) and
 * transduction; the propagation and capacity-bound cases live in propagation-bounds.ts and are collected here.
 *
 * Expected values come from physics.md (computed there from the cited formula and printed to about 6
 * significant digits, hence tolerances of half a unit in the last printed digit) or were computed
 * independently of this code for this file: the link values by a Python Fock-space simulation of the optical
 * setup (threshold detectors, loss as amplitude damping, beam splitter on photon-number states, dark counts
 * enumerated), the midpoint-source values by a 40-digit direct sum over the thermal pair distribution, and the
 * transducer noise limits by 40-digit bisection on independently written formulas. Each case's `source` says
 * which.
 */
import { kmToMetres, type ReferenceCase } from '../../core/index.js';
import { doubleClickHerald } from '../double-click.js';
import { FIBRE_ATTENUATION_1550NM } from '../fibre.js';
import { midpointSourceHerald } from '../midpoint-source.js';
import { singleClickHerald, singleClickLeadingOrder } from '../single-click.js';
import { transducedLink, transducerNoiseLimit, type TransducedLinkRequest } from '../transduction.js';
import { boundsReferenceCases, propagationReferenceCases } from './propagation-bounds.js';

const SIX_DIGITS = { relative: 5e-6 } as const;
const INDEPENDENT = { relative: 1e-9 } as const;
const FOCK = 'independent Python Fock-space simulation (threshold detectors, dark counts enumerated)';

const ETA_HALF = 0.0794328;
const SC = { brightStatePopulation: 0.05, halfLinkEfficiency: ETA_HALF } as const;
const PHYSICS_MD_2 =
  'physics.md §2 (Humphreys et al., Nature 558, 268 (2018); Hermans et al., NJP 25, 013011 (2023))';
const SPDC_SUM =
  'independent 40-digit direct sum over thermal pair numbers (Jones et al., NJP 18, 083015 (2016))';

/** A 'links' case in one line: id, description, source, expected, tolerance, compute. */
function linkCase(
  id: string,
  description: string,
  source: string,
  expected: number,
  tolerance: ReferenceCase['tolerance'],
  compute: () => number,
): ReferenceCase {
  return { id, group: 'links', description, source, expected, unit: '', tolerance, compute };
}

const links: ReferenceCase[] = [
  linkCase(
    'single-click.leading-order.p',
    'Single-click p = 2 alpha eta (leading order), alpha = 0.05, eta_half = 0.0794328',
    PHYSICS_MD_2,
    7.94328e-3,
    SIX_DIGITS,
    () => singleClickLeadingOrder(0.05, ETA_HALF).successProbability,
  ),
  linkCase(
    'single-click.leading-order.F',
    'Single-click F = 1 - alpha (leading order), alpha = 0.05',
    PHYSICS_MD_2,
    0.95,
    SIX_DIGITS,
    () => singleClickLeadingOrder(0.05, ETA_HALF).fidelity,
  ),
  linkCase(
    'single-click.exact-vs-leading-order.p',
    'Exact threshold-detector model vs the physics.md leading order, alpha = 0.05, eta_half = 0.0794328 ' +
      '(model lower by alpha eta / 2 = 0.2 %: two-photon events)',
    'physics.md §2 value 7.94328e-3; the tolerance covers the O(alpha eta) correction',
    7.94328e-3,
    { relative: 2.5e-3 },
    () => singleClickHerald(SC).successProbability,
  ),
  linkCase(
    'single-click.exact.p',
    'Single-click herald probability (threshold detectors), alpha = 0.05, eta_half = 0.0794328',
    FOCK,
    0.007927506075710397,
    INDEPENDENT,
    () => singleClickHerald(SC).successProbability,
  ),
  linkCase(
    'single-click.exact.F',
    'Single-click fidelity (threshold detectors), alpha = 0.05, eta_half = 0.0794328',
    FOCK,
    0.9518902827613129,
    INDEPENDENT,
    () => singleClickHerald(SC).state.phiPlus,
  ),
  linkCase(
    'single-click.dark-counts.F',
    'Single-click fidelity with dark-count probability 1e-3 per detector, alpha = 0.05',
    FOCK,
    0.8113837135096285,
    INDEPENDENT,
    () => singleClickHerald({ ...SC, unwantedClickProbability: 1e-3 }).state.phiPlus,
  ),
  linkCase(
    'double-click.p',
    'Barrett-Kok success probability eta^2/2, eta_half = 0.0794328',
    'physics.md §2 (Barrett & Kok, PRA 71, 060310 (2005))',
    3.15479e-3,
    SIX_DIGITS,
    () => doubleClickHerald({ halfLinkEfficiency: ETA_HALF }).successProbability,
  ),
  linkCase(
    'double-click.dark-counts.p',
    'Barrett-Kok herald probability, eta_half = 0.3, dark-count probability 0.01 per detector and bin',
    FOCK,
    0.05341152959999997,
    INDEPENDENT,
    () => doubleClickHerald({ halfLinkEfficiency: 0.3, unwantedClickProbability: 0.01 }).successProbability,
  ),
  linkCase(
    'double-click.dark-counts.F',
    'Barrett-Kok fidelity, eta_half = 0.3, dark-count probability 0.01 per detector and bin',
    FOCK,
    0.8693115091015854,
    INDEPENDENT,
    () => doubleClickHerald({ halfLinkEfficiency: 0.3, unwantedClickProbability: 0.01 }).state.phiPlus,
  ),
  linkCase(
    'midpoint-source.p.mu0.01',
    'Midpoint SPDC source, mu = 0.01, eta_A = eta_B = 0.1: both memories herald',
    SPDC_SUM,
    1.0160515200938398e-4,
    INDEPENDENT,
    () =>
      midpointSourceHerald({ meanPairNumber: 0.01, efficiencyA: 0.1, efficiencyB: 0.1 }).successProbability,
  ),
  linkCase(
    'midpoint-source.F.mu0.01',
    'Midpoint SPDC source fidelity (multi-pair heralds maximally mixed), mu = 0.01, eta = 0.1',
    SPDC_SUM,
    0.9736070440476164,
    INDEPENDENT,
    () => midpointSourceHerald({ meanPairNumber: 0.01, efficiencyA: 0.1, efficiencyB: 0.1 }).state.phiPlus,
  ),
  linkCase(
    'midpoint-source.F.mu0.5.dark',
    'Midpoint SPDC source fidelity, mu = 0.5, eta = 0.9, dark herald probability 1e-3',
    SPDC_SUM,
    0.7161148925417397,
    INDEPENDENT,
    () =>
      midpointSourceHerald({
        meanPairNumber: 0.5,
        efficiencyA: 0.9,
        efficiencyB: 0.9,
        unwantedClickProbability: 1e-3,
      }).state.phiPlus,
  ),
];

/** Sahu et al. 2022 transducer (8.7 %, 0.16 noise photons) at both ends of a 10 km telecom double-click link. */
export const SAHU_DOUBLE_CLICK_EXAMPLE: TransducedLinkRequest = {
  link: {
    scheme: 'double-click',
    length: kmToMetres(10),
    attenuation: FIBRE_ATTENUATION_1550NM,
    emissionEfficiency: 1,
    detectorEfficiency: 0.9,
  },
  transducer: { efficiency: 0.087, addedNoisePhotons: 0.16 },
};

const NOISE_LIMIT_LINK = {
  length: 0,
  attenuation: FIBRE_ATTENUATION_1550NM,
  emissionEfficiency: 1,
  detectorEfficiency: 1,
} as const;

const transduction: ReferenceCase[] = [
  {
    id: 'transduction.sahu.double-click.F',
    group: 'transduction',
    description:
      'Double-click over 10 km through Sahu-2022 transducers (eta_t 8.7 %, 0.16 noise photons), det. 0.9',
    source: `${FOCK}, noise clicks m/(1+m) with m = n eta_t eta_down; transducer numbers Sahu et al., Nat. Commun. 13, 1276 (2022)`,
    expected: 0.564484813503229,
    unit: '',
    tolerance: INDEPENDENT,
    compute: () => transducedLink(SAHU_DOUBLE_CLICK_EXAMPLE).fidelity,
  },
  {
    id: 'transduction.sahu.double-click.p',
    group: 'transduction',
    description: 'Herald probability of the same Sahu-2022 double-click link',
    source: FOCK,
    expected: 0.004522246284699101,
    unit: '',
    tolerance: INDEPENDENT,
    compute: () => transducedLink(SAHU_DOUBLE_CLICK_EXAMPLE).successProbability,
  },
  {
    id: 'transduction.noise-limit.double-click',
    group: 'transduction',
    description: 'Added noise at which F = 1/2, double-click, eta_t = 0.087, no other loss',
    source:
      'independent 40-digit bisection; compare ~0.5 quoted by Dirnegger et al., arXiv:2503.10842 (2025) (model counts noise from both transducers)',
    expected: 0.227490180085912,
    unit: 'photons',
    tolerance: { relative: 1e-8 },
    compute: () =>
      transducerNoiseLimit({
        link: { scheme: 'double-click', ...NOISE_LIMIT_LINK },
        transducer: { efficiency: 0.087, addedNoisePhotons: 0 },
      }),
  },
  {
    id: 'transduction.noise-limit.single-click.alpha0.25',
    group: 'transduction',
    description: 'Added noise at which F = 1/2, single-click alpha = 0.25, eta_t = 0.087, no other loss',
    source: 'independent 40-digit bisection on the single-click formulas',
    expected: 0.273268253543728,
    unit: 'photons',
    tolerance: { relative: 1e-8 },
    compute: () =>
      transducerNoiseLimit({
        link: { scheme: 'single-click', brightStatePopulation: 0.25, ...NOISE_LIMIT_LINK },
        transducer: { efficiency: 0.087, addedNoisePhotons: 0 },
      }),
  },
];

/**
 * Every reference case of task A (this file and propagation-bounds.ts), grouped 'propagation', 'links',
 * 'transduction' and 'bounds'.
 */
export const linksReferenceCases: readonly ReferenceCase[] = [
  ...propagationReferenceCases,
  ...links,
  ...transduction,
  ...boundsReferenceCases,
];
