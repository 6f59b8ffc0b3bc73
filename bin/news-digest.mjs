#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so no build step stands between `npm ci` and a run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lambdas/local/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
