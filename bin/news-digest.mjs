#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so no build step stands between `npm ci` and a run.
import { register } from 'tsx/esm/api';

// The AWS SDK warns that its 2027 releases will need Node 22; the Lambda runtime is Node 22
// already, and on a laptop the notice only buries the digest. The SDK's own switch turns it off.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

register();
const { main } = await import('../lambdas/local/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
