#!/usr/bin/env node
// The `agendawatch` executable (package.json "bin"): loads the TypeScript CLI through tsx, so
// `npx agendawatch events` works in a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./agendawatch.ts');
process.exitCode = await main(process.argv.slice(2));
