/**
 * `qnet chain`: exact waiting-time distribution and delivered fidelity of a nested (BDCZ) repeater chain of 2^n
 * identical segments (Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020)), with the Sangouard approximation
 * beside it. Time is in attempts; Werner links decay with exp(-t / coherence) while stored.
 */
import type { Command } from 'commander';
import { chainWaitingTime } from '../../network/index.js';
import { formatNumber, renderKeyValues } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseInteger, parseNumber } from '../options.js';
import { emit } from '../output.js';

interface ChainOptions {
  segments: number;
  pGen: number;
  pSwap: number;
  werner?: number;
  coherenceAttempts?: number;
  cutoffAttempts?: number;
  pmf?: boolean;
  json?: boolean;
}

export function registerChainCommand(program: Command, io: CliIo): void {
  program
    .command('chain')
    .description('exact waiting-time distribution and fidelity of a nested repeater chain')
    .requiredOption('--segments <N>', 'number of segments (a power of two)', parseInteger)
    .requiredOption('--p-gen <p>', 'elementary link success probability per attempt', parseNumber)
    .option(
      '--p-swap <ps>',
      'swap success probability (a failed swap regenerates both sides)',
      parseNumber,
      1,
    )
    .option('--werner <w0>', 'Werner parameter of fresh links (enables fidelity tracking)', parseNumber)
    .option(
      '--coherence-attempts <T>',
      'memory coherence time in attempts (Werner decay exp(-t/T))',
      parseNumber,
    )
    .option('--cutoff-attempts <c>', 'discard a link that waited more than c attempts', parseInteger)
    .option('--pmf', 'include the whole probability mass function in --json output')
    .option('--json', 'machine-readable output')
    .action((options: ChainOptions) => {
      const result = chainWaitingTime({
        segments: options.segments,
        pGen: options.pGen,
        pSwap: options.pSwap,
        ...(options.werner === undefined ? {} : { werner0: options.werner }),
        ...(options.coherenceAttempts === undefined ? {} : { coherenceAttempts: options.coherenceAttempts }),
        ...(options.cutoffAttempts === undefined ? {} : { cutoffAttempts: options.cutoffAttempts }),
      });
      const { pmf, wernerByTime, ...summary } = result;
      const output = options.pmf
        ? result
        : { ...summary, pmfLength: pmf.length, wernerByTimeLength: wernerByTime.length };
      const inputs = { ...options, json: undefined, pmf: undefined };
      emit(io, options.json, 'chain', inputs, output, () =>
        renderKeyValues([
          ['segments', `${result.segments} (${result.nestingLevels} nesting levels)`],
          ['mean waiting time', `${formatNumber(result.meanAttempts, 7)} attempts`],
          ...result.quantiles.map((q): [string, string] => [
            `${formatNumber(q.probability * 100)}% delivered within`,
            `${formatNumber(q.attempts)} attempts`,
          ]),
          ['mean fidelity', formatNumber(result.meanFidelity, 6)],
          ['truncated mass', formatNumber(result.truncatedMass)],
          ['method', result.method],
          [
            'Sangouard (3/2)^n / (p ps^n)',
            `${formatNumber(result.sangouard.meanAttempts, 6)} attempts (${result.sangouard.method})`,
          ],
        ]),
      );
    });
}
