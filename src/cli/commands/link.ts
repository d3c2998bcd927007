/**
 * `qnet link`: one elementary link — success probability per attempt, attempt duration, rate, fidelity and
 * Bell-diagonal state — for a scheme, a length and either a platform preset or explicit hardware values.
 * Each input is shown with its origin (option, platform preset with its source, or default).
 */
import { Option, type Command } from 'commander';
import {
  ParameterError,
  dbPerKmToDbPerMetre,
  dbPerMetreToDbPerKm,
  kmToMetres,
  requireNonNegative,
  requirePositive,
} from '../../core/index.js';
import {
  computeResolvedLink,
  resolveLinkParameters,
  type ExplicitLinkParameters,
} from '../../network/index.js';
import { LINK_SCHEMES, bellDiagonalToArray, type LinkScheme } from '../../physics/index.js';
import { formatQuantity, renderKeyValues, renderTextTable } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseInteger, parseNumber } from '../options.js';
import { emit } from '../output.js';
import { loadPresetRegistry, resolvePresetById } from '../presets.js';

interface LinkOptions {
  scheme: LinkScheme;
  lengthKm: number;
  platform?: string;
  attenuationDbPerKm?: number;
  lightSpeedKmPerS?: number;
  emissionEfficiency?: number;
  conversionEfficiency?: number;
  detectorEfficiency?: number;
  darkCountRateHz?: number;
  detectionWindowS?: number;
  cycleTimeS?: number;
  modes?: number;
  brightStatePopulation?: number;
  visibility?: number;
  meanPairNumber?: number;
  pairFidelity?: number;
  transductionEfficiency?: number;
  addedNoisePhotons?: number;
  transducerBandwidthHz?: number;
  json?: boolean;
}

/** The option that sets each resolved input, so messages name what the user can type. */
const PARAMETER_OPTIONS: Readonly<Record<keyof ExplicitLinkParameters, string>> = {
  attenuation: '--attenuation-db-per-km',
  lightSpeed: '--light-speed-km-per-s',
  emissionEfficiency: '--emission-efficiency',
  conversionEfficiency: '--conversion-efficiency',
  detectorEfficiency: '--detector-efficiency',
  darkCountRate: '--dark-count-rate-hz',
  detectionWindow: '--detection-window-s',
  cycleTime: '--cycle-time-s',
  modes: '--modes',
  brightStatePopulation: '--bright-state-population',
  visibility: '--visibility',
  meanPairNumber: '--mean-pair-number',
  pairFidelity: '--pair-fidelity',
  transductionEfficiency: '--transduction-efficiency',
  addedNoisePhotons: '--added-noise-photons',
  transducerBandwidth: '--transducer-bandwidth-hz',
};

/** Display units of each resolved input (SI inside). */
const PARAMETER_UNITS: Readonly<Record<keyof ExplicitLinkParameters, string>> = {
  attenuation: 'dB/km',
  lightSpeed: 'm/s',
  emissionEfficiency: '',
  conversionEfficiency: '',
  detectorEfficiency: '',
  darkCountRate: 'Hz',
  detectionWindow: 's',
  cycleTime: 's',
  modes: '',
  brightStatePopulation: '',
  visibility: '',
  meanPairNumber: '',
  pairFidelity: '',
  transductionEfficiency: '',
  addedNoisePhotons: 'photons',
  transducerBandwidth: 'Hz',
};

export function registerLinkCommand(program: Command, io: CliIo): void {
  program
    .command('link')
    .description('elementary link generation: success probability, attempt time, rate, fidelity and state')
    .addOption(
      new Option('--scheme <scheme>', 'link-generation scheme').choices(LINK_SCHEMES).makeOptionMandatory(),
    )
    .requiredOption('--length-km <km>', 'total link length in km (>= 0)', parseNumber)
    .option('--platform <id>', 'hardware platform preset (see network-models/platforms/)')
    .option(
      '--attenuation-db-per-km <dB>',
      'fibre attenuation (default: by wavelength, 0.2 at 1550 nm)',
      parseNumber,
    )
    .option('--light-speed-km-per-s <v>', 'speed of light in the fibre (default 200000)', parseNumber)
    .option('--emission-efficiency <p>', 'photon emitted and collected into fibre per attempt', parseNumber)
    .option('--conversion-efficiency <p>', 'frequency-conversion efficiency (default 1)', parseNumber)
    .option('--detector-efficiency <p>', 'detector efficiency', parseNumber)
    .option('--dark-count-rate-hz <r>', 'dark counts per second per detector (default 0)', parseNumber)
    .option('--detection-window-s <t>', 'detection window per attempt', parseNumber)
    .option('--cycle-time-s <t>', 'node cycle time per attempt (default 0: light travel only)', parseNumber)
    .option('--modes <m>', 'multiplexed modes per attempt (default 1)', parseInteger)
    .option('--bright-state-population <alpha>', 'single-click bright-state population', parseNumber)
    .option('--visibility <V>', 'interference visibility / phase stability (default 1)', parseNumber)
    .option('--mean-pair-number <mu>', 'midpoint-source mean pair number per mode', parseNumber)
    .option('--pair-fidelity <F>', 'midpoint-source emitted pair fidelity (default 1)', parseNumber)
    .option(
      '--transduction-efficiency <p>',
      'microwave-optical transducer efficiency (adds a transducer)',
      parseNumber,
    )
    .option('--added-noise-photons <n>', 'transducer added noise photons', parseNumber)
    .option('--transducer-bandwidth-hz <B>', 'transducer bandwidth (caps the attempt rate)', parseNumber)
    .option('--json', 'machine-readable output')
    .action((options: LinkOptions) => {
      // Options in non-SI units are checked here so the message names the option the user typed.
      requireNonNegative('--length-km', options.lengthKm);
      if (options.attenuationDbPerKm !== undefined)
        requireNonNegative('--attenuation-db-per-km', options.attenuationDbPerKm);
      if (options.lightSpeedKmPerS !== undefined)
        requirePositive('--light-speed-km-per-s', options.lightSpeedKmPerS);
      const platform = options.platform
        ? resolvePresetById(loadPresetRegistry(), options.platform, '--platform')
        : undefined;
      const explicit = explicitParameters(options);
      const resolved = withOptionNames(() =>
        resolveLinkParameters({
          scheme: options.scheme,
          length: kmToMetres(options.lengthKm),
          explicit,
          ...(platform ? { platform: { id: platform.presetId, parameters: platform.parameters } } : {}),
        }),
      );
      const link = computeResolvedLink(resolved);
      const inputs = {
        scheme: options.scheme,
        lengthKm: options.lengthKm,
        platform: options.platform ?? null,
        parameters: resolved.parameters,
      };
      emit(io, options.json, 'link', inputs, link, () => {
        const [a, b, c, d] = bellDiagonalToArray(link.state);
        const summary = renderKeyValues([
          [
            'scheme',
            `${link.scheme}${resolved.transducer ? ' (through a microwave-optical transducer)' : ''}`,
          ],
          ['length', `${options.lengthKm} km`],
          ['success probability', `${formatQuantity(link.successProbability, '')} per attempt`],
          ['attempt duration', formatQuantity(link.attemptDuration, 's')],
          ['rate', formatQuantity(link.rate, 'Hz')],
          ['mean generation time', formatQuantity(link.meanGenerationTime, 's')],
          ['fidelity', formatQuantity(link.fidelity, '', 6)],
          ['state (Φ+, Ψ-, Ψ+, Φ-)', [a, b, c, d].map((x) => formatQuantity(x, '', 6)).join(', ')],
        ]);
        const inputsTable = renderTextTable(
          [{ header: 'input' }, { header: 'value', align: 'right' }, { header: 'from' }],
          resolved.parameters.map((p) => [
            p.field,
            formatQuantity(
              p.field === 'attenuation' ? dbPerMetreToDbPerKm(p.value) : p.value,
              PARAMETER_UNITS[p.field],
            ),
            p.origin === 'platform'
              ? `platform ${options.platform}`
              : p.origin === 'default'
                ? `default: ${p.note}`
                : 'option',
          ]),
        );
        const details = renderTextTable(
          [{ header: 'quantity' }, { header: 'value', align: 'right' }, { header: 'meaning' }],
          link.quantities.map((q) => [q.name, formatQuantity(q.value, q.unit), q.description]),
        );
        return `${summary}\n\n${inputsTable}\n\n${details}`;
      });
    });
}

/** Re-throws a missing-input error of the network layer with the option that sets it. */
function withOptionNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParameterError && error.field in PARAMETER_OPTIONS) {
      const option = PARAMETER_OPTIONS[error.field as keyof ExplicitLinkParameters];
      throw new ParameterError(option, error.problem.replace('give it explicitly', `set ${option}`));
    }
    throw error;
  }
}

function explicitParameters(options: LinkOptions): ExplicitLinkParameters {
  const entries: [keyof ExplicitLinkParameters, number | undefined][] = [
    [
      'attenuation',
      options.attenuationDbPerKm === undefined ? undefined : dbPerKmToDbPerMetre(options.attenuationDbPerKm),
    ],
    ['lightSpeed', options.lightSpeedKmPerS === undefined ? undefined : kmToMetres(options.lightSpeedKmPerS)],
    ['emissionEfficiency', options.emissionEfficiency],
    ['conversionEfficiency', options.conversionEfficiency],
    ['detectorEfficiency', options.detectorEfficiency],
    ['darkCountRate', options.darkCountRateHz],
    ['detectionWindow', options.detectionWindowS],
    ['cycleTime', options.cycleTimeS],
    ['modes', options.modes],
    ['brightStatePopulation', options.brightStatePopulation],
    ['visibility', options.visibility],
    ['meanPairNumber', options.meanPairNumber],
    ['pairFidelity', options.pairFidelity],
    ['transductionEfficiency', options.transductionEfficiency],
    ['addedNoisePhotons', options.addedNoisePhotons],
    ['transducerBandwidth', options.transducerBandwidthHz],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}
