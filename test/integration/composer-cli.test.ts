import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../lambdas/local/cli/run';
import {
  echoSources,
  type FakeModelServer,
  startFakeModelServer,
} from '../../lambdas/local/fake-model-server';
import { invokeCli as invoke } from '../support/cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));

describe('Command: news-digest run --composer', () => {
  it('documents the composer flags in --help', async () => {
    const result = await invoke(['run', '--help']);
    expect(result.stdout).toMatch(/--composer NAME +extractive \(default/u);
    expect(result.stdout).toMatch(
      /--llm-url URL +the server's API base, e\.g\. http:\/\/127\.0\.0\.1:8080\/v1/u,
    );
    expect(result.stdout).toMatch(/--llm-model NAME/u);
  });

  it.each([
    [['--composer', 'bedrock'], /runs on AWS \(cdk deploy -c composer=bedrock\)/u],
    [['--composer', 'gpt'], /--composer is extractive or openai-compatible, got "gpt"/u],
    [['--composer', 'openai-compatible'], /needs --llm-url/u],
    [
      ['--composer', 'openai-compatible', '--llm-url', 'localhost:8080'],
      /--llm-url must be an http\(s\) URL/u,
    ],
    [['--llm-url', 'http://127.0.0.1:8080/v1'], /need --composer openai-compatible/u],
    [
      ['--composer', 'openai-compatible', '--llm-url', 'http://127.0.0.1:1/v1', '--token-budget', '0'],
      /--token-budget/u,
    ],
  ])('exits 2 naming the flag for %j', async (flags, pattern) => {
    const result = await invoke(['run', FIXTURES, ...flags, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });
});

describe('Command: news-digest run --composer openai-compatible --json', () => {
  let server: FakeModelServer;
  let store: string;
  let outbox: string;
  beforeAll(async () => {
    server = await startFakeModelServer(echoSources);
    store = await mkdtemp(join(tmpdir(), 'nd-composer-store-'));
    outbox = await mkdtemp(join(tmpdir(), 'nd-composer-outbox-'));
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([store, outbox].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('has the model write each item, and says so with the tokens it cost', async () => {
    // Act
    const result = await invoke([
      'run',
      FIXTURES,
      '--json',
      '--quiet',
      '--store',
      store,
      '--outbox',
      outbox,
      '--composer',
      'openai-compatible',
      '--llm-url',
      server.url,
      '--llm-model',
      'local-test-model',
    ]);

    // Assess
    expect(result.code).toBe(0);
    const digest = (JSON.parse(result.stdout) as RunReport).digest;
    expect(digest?.items.map((i) => i.composer)).toEqual(['openai-compatible', 'openai-compatible']);
    expect(digest?.composer).toMatchObject({
      composer: 'openai-compatible',
      model: 'local-test-model',
      calls: 2,
      budgetExhausted: false,
    });
    expect(digest?.composer.tokensIn).toBeGreaterThan(100);
    expect(digest?.composer.tokensOut).toBeGreaterThan(20);
    expect(server.requests.map((r) => r.model)).toEqual(['local-test-model', 'local-test-model']);
    for (const item of digest?.items ?? []) {
      expect(item.verdicts.every((v) => v.ok)).toBe(true);
      expect(item.dropped).toEqual([]);
    }
  });

  it('falls back to the extractive composer when the server is gone, and says why', async () => {
    const gone = await startFakeModelServer(echoSources);
    await gone.stop();
    const dir = await mkdtemp(join(tmpdir(), 'nd-composer-gone-'));
    try {
      // Prepare: stories in the store, written by the extractive composer.
      await invoke(['run', FIXTURES, '--quiet', '--store', dir, '--outbox', outbox]);

      // Act: the digest again, asking a server that is not there.
      const result = await invoke([
        'digest',
        '--json',
        '--quiet',
        '--store',
        dir,
        '--outbox',
        outbox,
        '--force',
        '--composer',
        'openai-compatible',
        '--llm-url',
        gone.url,
      ]);

      // Assess
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as {
        summary: { preview?: { items: { composer: string; fallback?: string }[] } };
      };
      const items = report.summary.preview?.items ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.composer === 'extractive')).toBe(true);
      expect(items[0]?.fallback).toMatch(/model call failed/u);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
