/**
 * `qnet schema`: prints the JSON Schema of scenario files (or of platform presets), or writes it atomically with
 * --out. Editors use it for autocompletion through the `$schema` key of every scenario.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { platformPresetJsonSchema, scenarioJsonSchema } from '../../network/index.js';
import { writeFileAtomic } from '../files.js';
import type { CliIo } from '../io.js';

export function registerSchemaCommand(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print (or write) the JSON Schema of scenario files or platform presets')
    .addOption(
      new Option('--kind <kind>', 'which schema').choices(['scenario', 'platform']).default('scenario'),
    )
    .option('--out <file>', 'write the schema to this file instead of printing it')
    .action((options: { kind: 'scenario' | 'platform'; out?: string }) => {
      const schema = options.kind === 'scenario' ? scenarioJsonSchema() : platformPresetJsonSchema();
      const text = `${JSON.stringify(schema, null, 2)}\n`;
      if (options.out) {
        const file = path.resolve(io.cwd, options.out);
        writeFileAtomic(file, text);
        io.stdout(`wrote ${file}\n`);
      } else {
        io.stdout(text);
      }
    });
}
