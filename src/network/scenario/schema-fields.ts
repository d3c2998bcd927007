/**
 * Field schemas shared by the parts of the scenario document (keys, link schemes, coordinates), each with
 * a description that the generated JSON Schema shows as editor help.
 */
import { z } from 'zod';
import { SPEED_OF_LIGHT_VACUUM } from '../../core/index.js';

/** Link-generation schemes of physics.md §2. */
export const LINK_SCHEMES = ['single-click', 'double-click', 'midpoint-source'] as const;
/** A link-generation scheme. */
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** Speed of light in vacuum in km/s: no medium carries light faster. */
export const SPEED_OF_LIGHT_KM_PER_S = SPEED_OF_LIGHT_VACUUM / 1000;

/** Key of a node, edge, demand or workload: unique within its list. */
export const keySchema = z.string().min(1).describe('Unique key (identifier) within its list.');

/** Reference to a node key. */
export const nodeRefSchema = z.string().min(1).describe('Key of a node in "nodes".');

/** Optional display label. */
export const labelSchema = z.string().describe('Display label.').optional();

/** A link-generation scheme. */
export const schemeSchema = z
  .enum(LINK_SCHEMES)
  .describe(
    'Link-generation scheme: single-click (single-photon, F ~ 1 - alpha), double-click (Barrett-Kok), or midpoint-source (SPDC source with absorptive memories).',
  );

/** Ratio of a fibre or transport route's length to the great-circle distance. */
export const routeFactorSchema = z
  .number()
  .min(1)
  .describe(
    'Route length divided by the great-circle distance (>= 1), used when a length comes from coordinates.',
  );

/** Group velocity of light in a fibre, km/s. */
export const lightSpeedSchema = z
  .number()
  .gt(0)
  .max(SPEED_OF_LIGHT_KM_PER_S)
  .describe('Speed of light in the fibre, km/s (about 2.0e5 in standard single-mode fibre).');

/** Platform preset id reference. */
export const platformRefSchema = z
  .string()
  .min(1)
  .describe('Id of a platform preset (network-models/platforms/<id>.json).');
