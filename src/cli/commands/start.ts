/**
 * `qnet start` (what `npm start` runs): opens the default example scenario and shows its summary with the next
 * commands to try. The desktop app replaces this once it lands; until then the CLI is the main job.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { DEFAULT_SCENARIO, loadScenario } from '../scenario-files.js';
import { PACKAGE_ROOT } from '../files.js';
import { renderScenarioInfo } from './info.js';

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('open the default example scenario (what `npm start` runs)')
    .argument('[file]', 'scenario file', DEFAULT_SCENARIO)
    .action((file: string) => {
      const resolved = path.resolve(io.cwd, file);
      const scenario = loadScenario(resolved);
      const shown = path.relative(PACKAGE_ROOT, resolved);
      io.stdout(`qnet-planner — ${shown}\n\n${renderScenarioInfo(scenario)}\n\n`);
      io.stdout(
        [
          'Next:',
          `  npx qnet validate network-models/*.qnet.json`,
          '  npx qnet link --scheme single-click --length-km 10 --platform nv-diamond',
          '  npx qnet purify --fidelity 0.8 --rounds 3 --gate-reliability 0.99',
          '  npx qnet verify',
          '  npx qnet --help',
          '',
        ].join('\n'),
      );
    });
}
