// Run by vitest once before the tests (vitest.config.ts).
export { buildLexicon as setup } from '../bin/build-lexicon.mjs';
