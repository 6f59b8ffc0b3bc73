#!/usr/bin/env node
// The CLI runs compiled to JavaScript (bin/build-cli.mjs, run by npm ci), so help and small
// commands start at once; a source edited since the last build is compiled again first.
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, cliIsStale } from './build-cli.mjs';

// The AWS SDK warns that its 2027 releases will need Node 22; the Lambda runtime is Node 22
// already, and on a laptop the notice only buries the digest. The SDK's own switch turns it off.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

if (cliIsStale()) await buildCli();
const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
process.exitCode = await main(process.argv.slice(2));
