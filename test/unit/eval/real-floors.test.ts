import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lambdas/core/analyze';
import { evaluateReal, loadRealCorpus, realFigures } from '../../../test/eval/real';

// The real-text figures reached on the tuning ids of the hand gold (test/fixtures/real): floors, so
// a change that drops one fails. The texts are third-party and live in ../shared, never here.
const FLOORS = { type: 0.493, date: 0.76, place: 0.784, actorsF1: 0.698, peopleF1: 0.864 };

const cases = await loadRealCorpus();
if (typeof cases === 'string') console.warn(`real-text floors skipped: ${cases}`);

describe.skipIf(typeof cases === 'string')('real text (ECB+ dev, tuning ids): floors', () => {
  it('holds every figure reached', async () => {
    if (typeof cases === 'string') return;
    const figures = realFigures((await evaluateReal(cases, analyzeDocument, 'tuning')).total);
    for (const [field, floor] of Object.entries(FLOORS)) {
      expect(figures[field as keyof typeof FLOORS], field).toBeGreaterThanOrEqual(floor);
    }
  });
});
