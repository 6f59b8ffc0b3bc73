#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so no build step stands between `npm ci` and a run.
import { register } from 'tsx/esm/api';

// The AWS SDK warns once per process that its 2027 releases will need Node 22; the Lambda
// runtime is Node 22 already, and on a laptop the notice only buries the digest.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'NodeVersionSupportWarning') process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

register();
const { main } = await import('../lambdas/local/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
