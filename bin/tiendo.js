#!/usr/bin/env node
// The `tiendo` command: TypeScript sources run through tsx, so nothing needs compiling first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/node/commands/main.ts');
process.exitCode = await main(process.argv.slice(2));
