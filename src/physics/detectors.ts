/**
 * Threshold (non-photon-number-resolving) single-photon detectors: clicks from light and from dark counts.
 *
 * Light click: a Poissonian (coherent or attenuated multi-mode) input of mean photon number n seen with
 * efficiency eta gives no click with probability exp(-eta n) (Glauber photodetection; Sangouard et al.,
 * Rev. Mod. Phys. 83, 33 (2011), §II.B). Thermal light with mean m after loss gives a click with m / (1 + m).
 * Dark counts: a Poisson process of rate r, so at least one dark count in a window tau has probability
 * 1 - exp(-r tau). Independent click sources combine as 1 - prod(1 - p_i).
 * Assumptions: no dead time or afterpulsing within one detection window; dark counts independent of light.
 */
import {
  requireNonNegative,
  requireProbability,
  type Hertz,
  type Probability,
  type Seconds,
} from '../core/index.js';

/**
 * Probability of at least one dark count in a detection window, 1 - exp(-rate x window).
 * @param darkCountRate dark-count rate, Hz (>= 0)
 * @param detectionWindow length of the detection window, s (>= 0)
 * @returns probability in [0, 1]
 */
export function darkCountProbability(darkCountRate: Hertz, detectionWindow: Seconds): Probability {
  requireNonNegative('darkCountRate', darkCountRate);
  requireNonNegative('detectionWindow', detectionWindow);
  return -Math.expm1(-darkCountRate * detectionWindow);
}

/**
 * Click probability of a threshold detector for Poissonian light: 1 - (1 - p_dark) exp(-eta n).
 * @param meanPhotonNumber mean photon number arriving at the detector in the window (>= 0)
 * @param efficiency detection efficiency eta in [0, 1]
 * @param darkProbability dark-count probability in the window, in [0, 1] (default 0)
 * @returns probability in [0, 1]
 */
export function poissonClickProbability(
  meanPhotonNumber: number,
  efficiency: Probability,
  darkProbability: Probability = 0,
): Probability {
  requireNonNegative('meanPhotonNumber', meanPhotonNumber);
  requireProbability('efficiency', efficiency);
  requireProbability('darkProbability', darkProbability);
  return -Math.expm1(Math.log1p(-darkProbability) - efficiency * meanPhotonNumber);
}

/**
 * Click probability of a threshold detector for single-mode thermal light of mean photon number m arriving at
 * it (after all losses): m / (1 + m). Used for added transducer noise, which is thermal-like.
 * @param meanPhotonNumber mean thermal photon number at the detector (>= 0)
 */
export function thermalClickProbability(meanPhotonNumber: number): Probability {
  requireNonNegative('meanPhotonNumber', meanPhotonNumber);
  return meanPhotonNumber / (1 + meanPhotonNumber);
}

/**
 * Probability that at least one of several independent click sources fires: 1 - prod(1 - p_i).
 * @param probabilities each in [0, 1]; none gives 0
 */
export function combineClickProbabilities(...probabilities: Probability[]): Probability {
  let logNone = 0;
  probabilities.forEach((probability, index) => {
    requireProbability(`probabilities[${index}]`, probability);
    logNone += Math.log1p(-probability);
  });
  // 0 - x rather than -x so that no sources give +0, not -0.
  return 0 - Math.expm1(logNone);
}
