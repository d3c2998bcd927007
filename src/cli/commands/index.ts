/**
 * The list of `qnet` commands, in the order `qnet --help` shows them.
 * Each module exports one `register(program, io)` function.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerBoundsCommand } from './bounds.js';
import { registerChainCommand } from './chain.js';
import { registerGenerationsCommand } from './generations.js';
import { registerMlCommand } from './ml.js';
import { registerPlanCommand } from './plan.js';
import { registerSneakernetCommand } from './sneakernet.js';
import { registerLinkCommand } from './link.js';
import { registerMemoryCommand } from './memory.js';
import { registerPurifyCommand } from './purify.js';
import { registerSwapCommand } from './swap.js';
import { registerVerifyCommand } from './verify.js';
import { registerValidateCommand } from './validate.js';
import { registerInfoCommand } from './info.js';
import { registerSchemaCommand } from './schema.js';
import { registerStartCommand } from './start.js';
import { registerServeCommand } from './serve.js';

/** Registers one command on the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerStartCommand,
  registerServeCommand,
  registerValidateCommand,
  registerInfoCommand,
  registerPlanCommand,
  registerLinkCommand,
  registerSwapCommand,
  registerPurifyCommand,
  registerMemoryCommand,
  registerBoundsCommand,
  registerChainCommand,
  registerGenerationsCommand,
  registerSneakernetCommand,
  registerMlCommand,
  registerVerifyCommand,
  registerSchemaCommand,
];
