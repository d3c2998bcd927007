/**
 * `qnet bounds`: repeaterless capacity bounds of a pure-loss fibre — PLOB (-log2(1 - eta), Pirandola et al.
 * 2017) and TGW (log2((1 + eta)/(1 - eta)), Takeoka, Guha & Wilde 2014) — per channel use and per second.
 */
import type { Command } from 'commander';
import { dbPerKmToDbPerMetre, kmToMetres, requireNonNegative } from '../../core/index.js';
import { capacityPerSecond, fibreTransmissivity, plobCapacity, tgwBound } from '../../physics/index.js';
import { formatQuantity, renderKeyValues } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseNumber } from '../options.js';
import { emit } from '../output.js';

interface BoundsOptions {
  lengthKm: number;
  attenuationDbPerKm: number;
  channelUsesPerS: number;
  json?: boolean;
}

export function registerBoundsCommand(program: Command, io: CliIo): void {
  program
    .command('bounds')
    .description('repeaterless capacity bounds (PLOB, TGW) of a fibre, per channel use and per second')
    .requiredOption('--length-km <km>', 'fibre length in km (>= 0)', parseNumber)
    .option('--attenuation-db-per-km <dB>', 'fibre attenuation', parseNumber, 0.2)
    .option('--channel-uses-per-s <rate>', 'channel uses (modes) per second', parseNumber, 1e9)
    .option('--json', 'machine-readable output')
    .action((options: BoundsOptions) => {
      requireNonNegative('--length-km', options.lengthKm);
      requireNonNegative('--attenuation-db-per-km', options.attenuationDbPerKm);
      const transmissivity = fibreTransmissivity(
        kmToMetres(options.lengthKm),
        dbPerKmToDbPerMetre(options.attenuationDbPerKm),
      );
      const plob = plobCapacity(transmissivity);
      const tgw = tgwBound(transmissivity);
      const result = {
        transmissivity,
        plobPerUse: plob,
        tgwPerUse: tgw,
        plobPerSecond: capacityPerSecond(plob, options.channelUsesPerS),
        tgwPerSecond: capacityPerSecond(tgw, options.channelUsesPerS),
      };
      emit(io, options.json, 'bounds', { ...options, json: undefined }, result, () =>
        renderKeyValues([
          ['length', `${options.lengthKm} km at ${options.attenuationDbPerKm} dB/km`],
          ['transmissivity', formatQuantity(transmissivity, '', 6)],
          [
            'PLOB bound',
            `${formatQuantity(plob, '', 6)} ebit/use  =  ${formatQuantity(result.plobPerSecond, 'ebit/s')}`,
          ],
          [
            'TGW bound',
            `${formatQuantity(tgw, '', 6)} ebit/use  =  ${formatQuantity(result.tgwPerSecond, 'ebit/s')}`,
          ],
          [
            'channel uses',
            `${formatQuantity(options.channelUsesPerS, 'Hz')} (set with --channel-uses-per-s)`,
          ],
        ]),
      );
    });
}
