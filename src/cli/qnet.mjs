#!/usr/bin/env node
// Launcher for the `qnet` command: registers tsx so Node 20 can load the TypeScript sources directly
// (no build step between `npm ci` and a working CLI), then runs main() and exits with its code.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
