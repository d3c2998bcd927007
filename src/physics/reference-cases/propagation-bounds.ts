/**
 * Reference cases for `qnet verify`, groups 'propagation' (fibre, free space, multiplexing, detectors) and
 * 'bounds' (PLOB, TGW). Expected values are physics.md's (computed there from the cited formula and printed to
 * about 6-7 significant digits, hence tolerances of half a unit in the last printed digit) or evaluated
 * independently in Python, as each case's `source` says. Collected with the link cases in links.ts.
 */
import { dbPerKmToDbPerMetre, kmToMetres, type ReferenceCase } from '../../core/index.js';
import { capacityPerSecond, fibrePlobCapacity, tgwBound } from '../capacity-bounds.js';
import { darkCountProbability } from '../detectors.js';
import { FIBRE_ATTENUATION_1550NM, fibreTransmissivity } from '../fibre.js';
import { diffractionTransmissivity, satelliteSlantRange } from '../free-space.js';
import { multiplexedSuccessProbability } from '../multiplexing.js';

const SIX_DIGITS = { relative: 5e-6 } as const;
const INDEPENDENT = { relative: 1e-9 } as const;

const fibreAt = (km: number, dbPerKm = 0.2): number =>
  fibreTransmissivity(kmToMetres(km), dbPerKmToDbPerMetre(dbPerKm));

/** Propagation cases: fibre, free space, multiplexing, detectors. */
export const propagationReferenceCases: readonly ReferenceCase[] = [
  ...[
    [10, 0.2, 0.6309573],
    [50, 0.2, 0.1],
    [100, 0.2, 0.01],
    [500, 0.2, 1e-10],
    [50, 0.18, 0.1258925],
  ].map(([km, dbPerKm, expected]): ReferenceCase => ({
    id: `fibre.transmissivity.${km}km${dbPerKm === 0.2 ? '' : `.${dbPerKm}dB`}`,
    group: 'propagation',
    description: `Fibre transmissivity over ${km} km at ${dbPerKm} dB/km`,
    source: 'physics.md §1, computed from 10^(-alpha L/10) (Sangouard et al., RMP 83, 33 (2011))',
    expected: expected!,
    unit: '',
    tolerance: { relative: 5e-7 },
    compute: () => fibreAt(km!, dbPerKm),
  })),
  {
    id: 'free-space.diffraction.micius-like',
    group: 'propagation',
    description: 'Far-field diffraction, D_T = 0.3 m, D_R = 1.2 m, 810 nm, 1200 km',
    source: 'physics.md §1, computed from (pi D_T D_R / (4 lambda z))^2 (Friis formula)',
    expected: 0.0846,
    unit: '',
    tolerance: { absolute: 5e-5 },
    compute: () =>
      diffractionTransmissivity({
        transmitterAperture: 0.3,
        receiverAperture: 1.2,
        wavelength: 810e-9,
        distance: kmToMetres(1200),
      }),
  },
  {
    id: 'free-space.slant-range.500km.30deg',
    group: 'propagation',
    description: 'Slant range to a 500 km satellite at 30 degrees elevation (R = 6371.0088 km)',
    source: 'independent Python evaluation of sqrt((R+h)^2 - R^2 cos^2 e) - R sin e',
    expected: 909425.0355848619,
    unit: 'm',
    tolerance: INDEPENDENT,
    compute: () => satelliteSlantRange(kmToMetres(500), 30),
  },
  {
    id: 'multiplexing.p1e-3.M100',
    group: 'propagation',
    description: 'Multiplexed success probability, p = 1e-3 per mode, M = 100 modes',
    source: 'physics.md §1, computed from 1 - (1 - p)^M',
    expected: 0.095208,
    unit: '',
    tolerance: { absolute: 5e-7 },
    compute: () => multiplexedSuccessProbability(1e-3, 100),
  },
  {
    id: 'detectors.dark-count.10Hz.1us',
    group: 'propagation',
    description: 'Dark-count probability, 10 Hz rate, 1 us window',
    source: 'computed from 1 - exp(-r tau) (Poisson dark counts)',
    expected: 9.999950000166666e-6,
    unit: '',
    tolerance: INDEPENDENT,
    compute: () => darkCountProbability(10, 1e-6),
  },
];

/** Capacity-bound cases. */
export const boundsReferenceCases: readonly ReferenceCase[] = [
  ...[
    [50, 0.152003],
    [100, 0.0144996],
    [1000, 1.442695e-20],
  ].map(([km, expected]): ReferenceCase => ({
    id: `bounds.plob.${km}km`,
    group: 'bounds',
    description: `PLOB capacity of ${km} km of 0.2 dB/km fibre, per channel use`,
    source: 'physics.md §6, computed from -log2(1 - eta) (Pirandola et al., Nat. Commun. 8, 15043 (2017))',
    expected: expected!,
    unit: 'bits/use',
    tolerance: SIX_DIGITS,
    compute: () => fibrePlobCapacity(kmToMetres(km!), FIBRE_ATTENUATION_1550NM),
  })),
  {
    id: 'bounds.tgw.50km',
    group: 'bounds',
    description: 'TGW bound of 50 km of 0.2 dB/km fibre (eta = 0.1), per channel use',
    source:
      'computed from log2((1 + eta)/(1 - eta)) = log2(11/9) (Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014))',
    expected: 0.28950661719498505,
    unit: 'bits/use',
    tolerance: INDEPENDENT,
    compute: () => tgwBound(0.1),
  },
  {
    id: 'bounds.plob.100km.1GHz',
    group: 'bounds',
    description: 'PLOB bound per second, 100 km at 0.2 dB/km used at 1 GHz',
    source: 'physics.md §6 value 0.0144996 x 1e9 uses/s',
    expected: 1.44996e7,
    unit: 'bits/s',
    tolerance: SIX_DIGITS,
    compute: () => capacityPerSecond(fibrePlobCapacity(kmToMetres(100), FIBRE_ATTENUATION_1550NM), 1e9),
  },
];
