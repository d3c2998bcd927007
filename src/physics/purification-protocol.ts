/**
 * Choice of recurrence purification protocol, BBPSSW (Werner, twirled) or DEJMPS (Bell-diagonal), and
 * one dispatching step used by the schedules and limits.
 * Sources: Bennett et al., PRL 76, 722 (1996); Deutsch et al., PRL 77, 2818 (1996).
 * DEJMPS equals BBPSSW in the first round on Werner inputs and does better afterwards, because it
 * keeps the non-Werner output instead of twirling it away (Duer & Briegel, Rep. Prog. Phys. 70, 1381
 * (2007), §4.2); it is the default.
 */
import { ParameterError } from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import { requireBellDiagonal } from './bell-diagonal-checks.js';
import {
  resolveLocalOperationNoise,
  type LocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from './local-operation-noise.js';
import { bbpsswRoundUnchecked } from './purification-bbpssw.js';
import { dejmpsRoundUnchecked, type PurificationOutcome } from './purification-dejmps.js';

/** Recurrence purification protocol. */
export type PurificationProtocol = 'bbpssw' | 'dejmps';

/** All protocols, for option lists and validation. */
export const PURIFICATION_PROTOCOLS: readonly PurificationProtocol[] = ['bbpssw', 'dejmps'];

/** Default protocol: DEJMPS. */
export const DEFAULT_PURIFICATION_PROTOCOL: PurificationProtocol = 'dejmps';

/**
 * Checks a protocol name.
 * @throws ParameterError naming `field` for anything but "bbpssw" or "dejmps".
 */
export function requirePurificationProtocol(
  field: string,
  value: PurificationProtocol,
): PurificationProtocol {
  if (!PURIFICATION_PROTOCOLS.includes(value)) {
    throw new ParameterError(field, `must be "bbpssw" or "dejmps" (got "${String(value)}")`);
  }
  return value;
}

/** One step of `protocol` without input checks. */
export function purificationRoundUnchecked(
  protocol: PurificationProtocol,
  source: BellDiagonal,
  target: BellDiagonal,
  noise: ResolvedLocalOperationNoise,
): PurificationOutcome {
  return protocol === 'bbpssw'
    ? bbpsswRoundUnchecked(source, target, noise)
    : dejmpsRoundUnchecked(source, target, noise);
}

/**
 * One step of `protocol` on a kept (source) and a sacrificed (target) pair.
 * @throws ParameterError naming `protocol`, `source`, `target` or the noise field.
 */
export function purificationRound(
  protocol: PurificationProtocol,
  source: BellDiagonal,
  target: BellDiagonal,
  noise: LocalOperationNoise = {},
): PurificationOutcome {
  return purificationRoundUnchecked(
    requirePurificationProtocol('protocol', protocol),
    requireBellDiagonal('source', source),
    requireBellDiagonal('target', target),
    resolveLocalOperationNoise(noise),
  );
}
