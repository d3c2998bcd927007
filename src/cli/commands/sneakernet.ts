/**
 * `qnet sneakernet`: shipping error-corrected quantum memories (Devitt, Greentree, Stephens & Van Meter,
 * "High-speed quantum networking by ship", Sci. Rep. 6, 36163 (2016)).
 * - `--preset devitt-2016` reproduces the paper's Table 1 (d, N, capacity per container, bandwidth for six
 *   platforms), each computed cell beside the published one with a match flag, and explains the one mismatch.
 * - Otherwise one sneakernet link (network/sneakernet/link.ts) from a memory platform (preset or explicit p,
 *   gate time, pitch), an error model, a carrier and route, a fleet and local loading links: logical Bell pairs
 *   per second, fidelity, latency, code distance, capacity, bottleneck; `--schedule-days` adds the deliveries.
 * Messages name the option the user typed: the model's field names are mapped back to options here, and values
 * that the CLI converts (days, hours, km) are checked before conversion so the message shows what was typed.
 */
import { Option, type Command } from 'commander';
import {
  ParameterError,
  UnreachableError,
  daysToSeconds,
  hoursToSeconds,
  kmToMetres,
  requireNonNegative,
  requirePositive,
} from '../../core/index.js';
import {
  DEVITT_2016_TARGET_INFIDELITY,
  containerMemoryVolume,
  deliverySchedule,
  sneakernetLink,
  type SneakernetLinkOptions,
} from '../../network/index.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';
import { loadPresetRegistry, resolvePresetById } from '../presets.js';
import { days, renderLink } from './sneakernet-output.js';
import { stockpileOfLink } from './sneakernet-stockpile.js';
import { runDevittTable } from './sneakernet-table.js';
import {
  CHOICE_OPTIONS,
  MEMORY_OPTIONS,
  OPTION_OF,
  ROUTE_OPTIONS,
  type SneakernetOptions,
} from './sneakernet-options.js';

export type { SneakernetOptions } from './sneakernet-options.js';

/** Registers `qnet sneakernet`. */
export function registerSneakernetCommand(program: Command, io: CliIo): void {
  const command = program
    .command('sneakernet')
    .description(
      'ship error-corrected memories: logical Bell pairs/s, fidelity, latency (Devitt et al. 2016)',
    )
    .addOption(
      new Option('--preset <name>', "reproduce a paper's table: Devitt et al. 2016, Table 1").choices([
        'devitt-2016',
      ]),
    )
    .option(
      '--platform <id>',
      'memory platform preset with the Devitt fields (e.g. nv-diamond, trapped-ion)',
    );
  for (const [flags, help, parse] of MEMORY_OPTIONS) command.option(flags, help, parse);
  for (const [flags, help, choices] of CHOICE_OPTIONS)
    command.addOption(new Option(flags, help).choices(choices));
  for (const [flags, help, parse] of ROUTE_OPTIONS) command.option(flags, help, parse);
  command.option('--json', 'machine-readable output').action((options: SneakernetOptions) => {
    if (options.preset === 'devitt-2016') return runDevittTable(io, options);
    return runLink(io, options);
  });
}

/** Where a memory parameter came from. */
export interface MemoryInput {
  readonly value: number;
  readonly from: string;
}

function runLink(io: CliIo, options: SneakernetOptions): void {
  const memory = memoryInputs(options);
  const linkOptions = linkOptionsOf(options, memory);
  const link = withOptionNames(() => sneakernetLink(linkOptions), memory);
  const schedule =
    options.scheduleDays === undefined
      ? undefined
      : withOptionNames(
          () =>
            deliverySchedule({
              horizon: daysToSeconds(requireNonNegative('--schedule-days', options.scheduleDays!)),
              departureInterval: link.fleet.departureInterval,
              transitTime: link.voyage.transitTime,
              pairsPerVoyage: link.pairsPerVoyage,
              vehicles: link.fleet.vehicles,
            }),
          memory,
        );
  const drawn =
    options.consumptionRateHz === undefined
      ? undefined
      : withOptionNames(
          () => stockpileOfLink(link, memory.physicalErrorRate.value, options.consumptionRateHz!),
          memory,
        );
  // The options as typed plus the defaults the model applied (docs/cli-json.md: inputs as resolved).
  const inputs = {
    ...options,
    errorModel: link.errorModel,
    rounding: link.rounding,
    layout: link.layout,
    targetInfidelity: link.targetInfidelity,
    gatesPerCycle: options.gatesPerCycle ?? 1,
    carrier: link.carrier,
    json: undefined,
  };
  const result = {
    memory: {
      physicalErrorRate: memory.physicalErrorRate,
      gateTime: memory.gateTime,
      qubitPitch: memory.qubitPitch,
    },
    link,
    ...(schedule ? { schedule } : {}),
    ...(drawn ? { stockpile: drawn } : {}),
  };
  const stockpile = drawn && { drawn, consumptionRate: options.consumptionRateHz! };
  emit(io, options.json, 'sneakernet', inputs, result, () => renderLink(link, memory, schedule, stockpile));
}

export interface MemoryInputs {
  readonly physicalErrorRate: MemoryInput;
  readonly gateTime: MemoryInput;
  readonly qubitPitch: MemoryInput;
}

/** p, gate time and pitch from explicit options, else from the platform preset (with its source). */
function memoryInputs(options: SneakernetOptions): MemoryInputs {
  const platform =
    options.platform === undefined
      ? undefined
      : resolvePresetById(loadPresetRegistry(), options.platform, '--platform');
  const pick = (
    option: string,
    explicit: number | undefined,
    field: 'physicalErrorRate' | 'gateTime' | 'qubitPitch',
  ): MemoryInput => {
    if (explicit !== undefined) return { value: explicit, from: 'option' };
    if (platform === undefined) {
      throw new ParameterError(
        option,
        'is required (or give --platform ID, a preset with the Devitt fields)',
      );
    }
    const value = platform.parameters[field];
    const provenance = platform.provenance[field];
    if (value === undefined) {
      const reason = provenance.origin === 'missing' ? provenance.reason : 'no value';
      throw new ParameterError(
        option,
        `is required: platform "${platform.presetId}" has no value for it (${reason}); give ${option}`,
      );
    }
    const source = provenance.origin === 'preset' ? `: ${provenance.source}` : '';
    return { value, from: `platform ${platform.presetId}${source}` };
  };
  return {
    physicalErrorRate: pick('--physical-error-rate', options.physicalErrorRate, 'physicalErrorRate'),
    gateTime: pick('--gate-time-s', options.gateTimeS, 'gateTime'),
    qubitPitch: pick('--qubit-pitch-m', options.qubitPitchM, 'qubitPitch'),
  };
}

/** Builds the model's options; values the CLI converts are checked here, in the units the user typed. */
function linkOptionsOf(options: SneakernetOptions, memory: MemoryInputs): SneakernetLinkOptions {
  const coordinates = [options.fromLat, options.fromLon, options.toLat, options.toLon];
  const coordinateNames = ['--from-lat', '--from-lon', '--to-lat', '--to-lon'];
  const hasCoordinates = coordinates.some((value) => value !== undefined);
  if (hasCoordinates) {
    const missing = coordinateNames.filter((_, index) => coordinates[index] === undefined);
    if (missing.length > 0) {
      throw new ParameterError(
        missing[0]!,
        'is required: give all of --from-lat, --from-lon, --to-lat, --to-lon',
      );
    }
  }
  const routes = [
    options.distanceKm !== undefined ? '--distance-km' : undefined,
    hasCoordinates ? '--from-lat/--from-lon/--to-lat/--to-lon' : undefined,
    options.sailingDays !== undefined ? '--sailing-days' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (routes.length === 0) {
    throw new ParameterError(
      '--distance-km',
      'is required (or give --from-lat/--from-lon/--to-lat/--to-lon, or --sailing-days)',
    );
  }
  if (routes.length > 1) throw new ParameterError(routes[0]!, `give only one of ${routes.join(', ')}`);
  if (options.routeFactor !== undefined && !hasCoordinates) {
    throw new ParameterError(
      '--route-factor',
      'only applies to a great-circle route (--from-lat ... --to-lon)',
    );
  }
  if (options.speedKnots !== undefined && options.speedKmPerH !== undefined) {
    throw new ParameterError('--speed-knots', 'give only one of --speed-knots and --speed-km-per-h');
  }
  if (options.sailingDays !== undefined && (options.speedKnots ?? options.speedKmPerH) !== undefined) {
    throw new ParameterError(
      '--sailing-days',
      'fixes the time under way; drop --speed-knots / --speed-km-per-h',
    );
  }
  if (options.stickVolumeM3 !== undefined && options.supportShare !== undefined) {
    throw new ParameterError('--stick-volume-m3', 'give only one of --stick-volume-m3 and --support-share');
  }
  const stickVolume =
    options.supportShare === undefined
      ? options.stickVolumeM3
      : withOptionNames(() => containerMemoryVolume({ supportShare: options.supportShare! }), memory);
  const loading = options.loadingRateHz === undefined ? undefined : { rate: options.loadingRateHz };
  return {
    carrier: options.carrier ?? 'container-ship',
    ...(options.sailingDays === undefined
      ? {}
      : { sailingTime: daysToSeconds(requirePositive('--sailing-days', options.sailingDays)) }),
    ...(options.distanceKm === undefined
      ? {}
      : { routeLength: kmToMetres(requirePositive('--distance-km', options.distanceKm)) }),
    ...(hasCoordinates
      ? {
          greatCircle: {
            from: { latitude: options.fromLat!, longitude: options.fromLon! },
            to: { latitude: options.toLat!, longitude: options.toLon! },
          },
          routeFactor: options.routeFactor ?? 1,
        }
      : {}),
    ...(options.speedKnots === undefined ? {} : { speedKnots: options.speedKnots }),
    ...(options.speedKmPerH === undefined ? {} : { speedKmPerHour: options.speedKmPerH }),
    ...(options.portTimeH === undefined
      ? {}
      : { portTime: hoursToSeconds(requireNonNegative('--port-time-h', options.portTimeH)) }),
    ...(options.vehicles === undefined ? {} : { vehicles: options.vehicles }),
    ...(options.departureIntervalDays === undefined
      ? {}
      : {
          departureInterval: daysToSeconds(
            requirePositive('--departure-interval-days', options.departureIntervalDays),
          ),
        }),
    ...(options.containers === undefined ? {} : { containersPerVehicle: options.containers }),
    ...(stickVolume === undefined ? {} : { stickVolume }),
    ...(options.layerSpacingM === undefined
      ? {}
      : { packing: { kind: 'layered' as const, layerSpacing: options.layerSpacingM } }),
    ...(loading ? { loading, unloading: loading } : {}),
    errorModel: options.errorModel ?? 'devitt-2016',
    rounding: options.rounding ?? 'odd-ceil',
    layout: options.layout ?? 'unrotated',
    targetInfidelity: options.targetInfidelity ?? DEVITT_2016_TARGET_INFIDELITY,
    gatesPerCycle: options.gatesPerCycle ?? 1,
    physicalErrorRate: memory.physicalErrorRate.value,
    gateTime: memory.gateTime.value,
    qubitPitch: memory.qubitPitch.value,
  };
}

/** Unreachable outcomes of the model, by the start of their message, and the option that moves them. */
const UNREACHABLE_OPTIONS: readonly (readonly [RegExp, string])[] = [
  [/^no code distance/, '--target-infidelity'],
  [/vehicle\(s\) cannot depart/, '--vehicles'],
  [/memory stick cannot hold/, '--stick-volume-m3'],
];

/** Runs model code and re-throws its errors with the option that sets the offending value. */
function withOptionNames<T>(work: () => T, memory: MemoryInputs): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParameterError && error.field in OPTION_OF) {
      const option = OPTION_OF[error.field]!;
      const fromPlatform = (memory as unknown as Record<string, MemoryInput | undefined>)[error.field];
      const suffix =
        fromPlatform && fromPlatform.from !== 'option'
          ? ` (value from ${fromPlatform.from.split(':')[0]})`
          : '';
      throw new ParameterError(option, `${error.problem.replace(/give one$/, `give ${option}`)}${suffix}`);
    }
    if (error instanceof UnreachableError) {
      const match = UNREACHABLE_OPTIONS.find(([pattern]) => pattern.test(error.message));
      if (match) throw new UnreachableError(`${match[1]}: ${secondsAsDays(error.message)}`);
    }
    throw error;
  }
}

/** The model states times in seconds; a CLI user thinks of voyages in days. */
function secondsAsDays(message: string): string {
  return message.replace(/(\d+(?:\.\d+)?(?:e[+-]?\d+)?) s\b/g, (_, value: string) => days(Number(value)));
}
