/**
 * A "memory stick": the block of error-corrected memory inside a shipping container, and how many logical
 * qubits (halves of logical Bell pairs) it holds.
 *
 * Packings:
 * - 'devitt-cubic' (default): each logical qubit occupies a cube of side (2d - 1) a, a = qubit pitch, so
 *   logical qubits = floor(V / ((2d - 1) a)^3). This is the packing that reproduces the capacities of
 *   Devitt et al., Sci. Rep. 6, 36163 (2016), Table 1 (as reconstructed in shared/reference/sneakernet.md):
 *   the (2d - 1) x (2d - 1) patch is stacked at the same pitch in the third dimension, one layer per
 *   patch width, as in a 3D topological cluster-state memory.
 * - 'layered': planar chips of patches, N physical qubits per logical at pitch a in the plane, with chips
 *   stacked every `layerSpacing` (e.g. a wafer plus its wiring), logical qubits = floor(V / (N a^2 s)).
 * Only a share of a container holds memory; the rest is cooling, control and power (Devitt 2016 uses a
 * 1 m^3 stick per 20-ft container, about 3 % of its 33.2 m^3).
 */
import {
  ParameterError,
  requireInRange,
  requirePositive,
  type CubicMetres,
  type Metres,
} from '../../core/index.js';
import {
  guardedFloor,
  physicalQubitsPerLogical,
  type PatchLayout,
} from '../../physics/surface-code/index.js';

/** Internal volume of a standard 20-ft ISO 668 dry container, m^3 (5.899 x 2.353 x 2.388 m; ~33.2 m^3). */
export const TWENTY_FOOT_CONTAINER_VOLUME: CubicMetres = 33.2;

/** Default memory-stick volume per container, m^3 (Devitt et al. 2016). */
export const DEFAULT_STICK_VOLUME: CubicMetres = 1;

/** How logical-qubit patches fill the stick. */
export type StickPacking =
  | { readonly kind: 'devitt-cubic' }
  | {
      readonly kind: 'layered';
      /** Distance between stacked chip layers, m (> 0). */
      readonly layerSpacing: Metres;
    };

/** Options of {@link logicalQubitsPerStick}. */
export interface MemoryStickOptions {
  /** Stick volume, m^3 (> 0, default 1). */
  readonly stickVolume?: CubicMetres;
  /** Physical qubit pitch a, m (> 0). */
  readonly qubitPitch: Metres;
  /** Code distance d, integer >= 1. */
  readonly codeDistance: number;
  /** Packing (default Devitt's cubic packing). */
  readonly packing?: StickPacking;
  /** Patch layout for the 'layered' packing (default 'unrotated'); the cubic packing ignores it. */
  readonly layout?: PatchLayout;
}

/**
 * Logical qubits (each one half of a logical Bell pair) held by one memory stick; 0 when the stick is
 * smaller than one logical qubit's volume.
 * @throws ParameterError naming `stickVolume`, `qubitPitch`, `codeDistance`, `packing` or `layerSpacing`.
 */
export function logicalQubitsPerStick(options: MemoryStickOptions): number {
  const stickVolume = requirePositive('stickVolume', options.stickVolume ?? DEFAULT_STICK_VOLUME);
  const pitch = requirePositive('qubitPitch', options.qubitPitch);
  const packing = options.packing ?? { kind: 'devitt-cubic' };
  const physicalPerLogical = physicalQubitsPerLogical(options.codeDistance, options.layout ?? 'unrotated');
  return guardedFloor(
    stickVolume / logicalQubitVolume(packing, pitch, options.codeDistance, physicalPerLogical),
  );
}

/** Volume one logical qubit occupies, m^3, for an already validated packing, pitch and distance. */
export function logicalQubitVolume(
  packing: StickPacking,
  qubitPitch: Metres,
  codeDistance: number,
  physicalQubitsPerLogicalQubit: number,
): CubicMetres {
  if (packing.kind === 'devitt-cubic') return ((2 * codeDistance - 1) * qubitPitch) ** 3;
  if (packing.kind === 'layered') {
    const spacing = requirePositive('packing.layerSpacing', packing.layerSpacing);
    return physicalQubitsPerLogicalQubit * qubitPitch * qubitPitch * spacing;
  }
  throw new ParameterError(
    'packing.kind',
    `must be 'devitt-cubic' or 'layered' (got "${String((packing as { kind: unknown }).kind)}")`,
  );
}

/** Options of {@link containerMemoryVolume}. */
export interface ContainerShareOptions {
  /** Internal volume of the container, m^3 (> 0, default 33.2, a 20-ft ISO container). */
  readonly containerVolume?: CubicMetres;
  /** Share of the container given to power, cooling and control, in [0, 1). */
  readonly supportShare: number;
}

/**
 * Volume left for the memory stick, m^3: containerVolume x (1 - supportShare).
 * @throws ParameterError naming `containerVolume` or `supportShare` (which must be < 1).
 */
export function containerMemoryVolume(options: ContainerShareOptions): CubicMetres {
  const volume = requirePositive('containerVolume', options.containerVolume ?? TWENTY_FOOT_CONTAINER_VOLUME);
  const share = requireInRange('supportShare', options.supportShare, 0, 1);
  if (share === 1)
    throw new ParameterError('supportShare', 'must be < 1 (got 1): no room is left for memory');
  return volume * (1 - share);
}
