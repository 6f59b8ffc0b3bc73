import { describe, expect, it } from 'vitest';
import { deployedBuildOptions, HANDLERS, sdkOnlySource } from '../../../../lambdas/local/bench/bundles';
import { HANDLER_BUNDLING } from '../../../../lib/bundling';

describe('Function: deployedBuildOptions', () => {
  it('builds with the settings the stack gives NodejsFunction, not a look-alike', () => {
    expect(deployedBuildOptions()).toMatchObject({
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: HANDLER_BUNDLING.target,
      mainFields: [...HANDLER_BUNDLING.mainFields],
      banner: { js: HANDLER_BUNDLING.banner },
      minify: HANDLER_BUNDLING.minify,
      sourcemap: HANDLER_BUNDLING.sourceMap,
      sourcesContent: HANDLER_BUNDLING.sourcesContent,
    });
  });
});

describe('Function: sdkOnlySource', () => {
  it.each(Object.entries(HANDLERS))('creates exactly the %s handler’s SDK clients', (_name, handler) => {
    const source = sdkOnlySource(handler.clients);

    for (const [pkg, client] of Object.entries(handler.clients)) {
      expect(source).toContain(`import { ${client} as`);
      expect(source).toContain(`from '${pkg}'`);
    }
    expect(source.match(/^import /gmu)).toHaveLength(Object.keys(handler.clients).length);
  });
});

describe('Function: sdkOnlySource with a first-article handler', () => {
  it('appends the extractor’s SDK-only handler, which reads the object and writes one item', () => {
    const source = sdkOnlySource(HANDLERS.extract.clients, HANDLERS.extract.sdkHandler);

    expect(source).toContain('export async function handler(event)');
    expect(source).toContain('new GetObjectCommand(');
    expect(source).toContain('new PutCommand(');
    expect(sdkOnlySource(HANDLERS.extract.clients)).not.toContain('handler');
  });
});
