/**
 * Floors on story merging over real reports nobody here wrote: the ECB+ development split in
 * ../shared, all 413 reports in one store. A change that merges or splits worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { ecbplusMissing } from '../../eval/ecbplus';
import { clusterEcbplus, type RealClusteringRow } from '../../eval/ecbplus-clustering';
import { loadAnalyze } from '../../eval/evaluate';
import { clusterInMemory } from '../../support/cluster-in-memory';

const missing = ecbplusMissing();
if (missing) console.warn(`ECB+ clustering floors skipped: ${missing}`);

/**
 * The figures reached on all 20 topics (npm run eval), rounded down: floors, never ranges. Dated
 * 0.922 -> 0.925 in session 21 (publication order 92.3 -> 92.6: a report of an event's next step
 * days after its story's latest report joins it; aside topics unchanged). Then, read once at the end
 * of session 21 with the event's bodies taking part: dated 92.6 -> 93.0 (pairwise precision 100.0),
 * undated 93.4 -> 93.8; aside topics 16-20 unchanged in all five orders. Read once at the end of session 22, after
 * its place rules (tuning rows unchanged): undated 93.8 -> 94.0 (aside topics 89.6 -> 90.7), dated unchanged.
 * Read once at the end of session 23, after one report about a story's own people joins at 0.2: dated
 * 93.0 -> 93.2, undated 94.0 -> 94.3 (aside topics unchanged in all five orders, both settings).
 * Read once at the end of session 24, after the weekday veto: undated 94.3 -> 94.8, precision 97.9,
 * pairwise precision 97.4 (aside topics unchanged in all five orders, both settings), dated unchanged.
 * Read once at the end of session 25, with pages dated by their addresses: dated 93.2 -> 93.9 (aside topics
 * 88.4 -> 89.7, pairwise precision 100.0 in all five orders), undated unchanged.
 */
const FLOORS = {
  dated: { bCubedF1: 0.938, bCubedP: 0.999, pairwiseP: 0.999 },
  undated: { bCubedF1: 0.947, bCubedP: 0.978, pairwiseP: 0.973 },
} as const;

/**
 * The same on the tuning topics 1-15 (`npm run eval -- --tuning-only`), rounded down. Session 23
 * (one report about a story's own people joins at 0.2): dated 94.0 -> 94.3, undated 94.8 -> 95.1.
 * Session 24 (a weekday veto between sides that share nobody taking part): undated 95.1 -> 95.8,
 * precision 97.1 -> 98.4, pairwise precision 96.1 -> 97.8. Session 25 (the eval passes each report's page
 * address, and a page without a date line is dated by the day its address gives): dated 94.4 -> 94.9.
 * Session 27 (a saved page's download day no longer dates its report, which then joins its story): dated 94.9 -> 95.2;
 * (one report whose only people are its quoted sources conflicts with no party of a side naming one body with it):
 * undated 95.8 -> 96.1.
 */
const TUNING_FLOORS = {
  dated: { bCubedF1: 0.952, bCubedP: 0.999, pairwiseP: 0.999 },
  undated: { bCubedF1: 0.96, bCubedP: 0.983, pairwiseP: 0.977 },
} as const;

/**
 * The tuning figures when the reports arrive in another order (`npm run eval -- --tuning-only
 * --orders`), rounded down, for the order that was worst on B-cubed F1 in both settings: which
 * report came first should decide as little as it can. Dated 0.929 -> 0.931 in session 22 (a
 * story's index report may move to the story of its event: 93.0 -> 93.2); session 23 (one report
 * about a story's own people joins at 0.2): dated 93.2 -> 93.4, undated 93.0 -> 93.2; session 24
 * (the weekday veto): undated 93.2 -> 93.8, precision 96.6 -> 97.5, pairwise precision 95.5 -> 96.7;
 * session 25 (a report the rest of its story no longer takes may move into a smaller story, the
 * larger first): undated 93.8 -> 94.0; session 25 (pages dated by their address): dated 93.5 -> 94.1.
 * Session 27: one report's date line was the day its page was downloaded, 18 months after the post, and
 * that false day kept it out of its own story; without it the report joins its story (dated 94.1 -> 94.9,
 * undated 94.0 -> 94.8), and in this order report 1_12ecb, a round-up that reads as much like the look-alike
 * 2_ecb story as like its own in every order, now falls into it: undated precision 97.5 -> 96.9, pairwise
 * 96.7 -> 96.3.
 * Those two floors were lowered to the figures measured on true input, the one time a floor went down,
 * because the higher ones rested on a day the report does not state.
 */
const WORST_ORDER = 'shuffle 1';
const WORST_ORDER_FLOORS = {
  dated: { bCubedF1: 0.949, bCubedP: 0.999, pairwiseP: 0.999 },
  undated: { bCubedF1: 0.948, bCubedP: 0.969, pairwiseP: 0.962 },
} as const;

describe.skipIf(missing !== null)('Eval: story merging on the ECB+ development split', () => {
  it.each([
    'dated',
    'undated',
  ] as const)('holds its floors with %s reports, every report extracted', async (setting) => {
    // Act
    const result = await clusterEcbplus(setting, await loadAnalyze(), clusterInMemory);

    // Assess
    const all = result.rows.find((r) => r.part === 'all 20 topics') as RealClusteringRow;
    expect(result.rejected).toBe(0);
    expect(all.bCubed.f1).toBeGreaterThanOrEqual(FLOORS[setting].bCubedF1);
    expect(all.bCubed.precision).toBeGreaterThanOrEqual(FLOORS[setting].bCubedP);
    expect(all.pairwise.precision).toBeGreaterThanOrEqual(FLOORS[setting].pairwiseP);
    const tuning = result.rows.find((r) => r.part === 'tuning topics 1-15') as RealClusteringRow;
    expect(tuning.bCubed.f1).toBeGreaterThanOrEqual(TUNING_FLOORS[setting].bCubedF1);
    expect(tuning.bCubed.precision).toBeGreaterThanOrEqual(TUNING_FLOORS[setting].bCubedP);
    expect(tuning.pairwise.precision).toBeGreaterThanOrEqual(TUNING_FLOORS[setting].pairwiseP);
  }, 180_000);

  it.each([
    'dated',
    'undated',
  ] as const)(`holds its floors with %s reports arriving in another order (${WORST_ORDER})`, async (setting) => {
    // Act
    const result = await clusterEcbplus(
      setting,
      await loadAnalyze(),
      clusterInMemory,
      undefined,
      WORST_ORDER,
    );

    // Assess
    const tuning = result.rows.find((r) => r.part === 'tuning topics 1-15') as RealClusteringRow;
    expect(tuning.bCubed.f1).toBeGreaterThanOrEqual(WORST_ORDER_FLOORS[setting].bCubedF1);
    expect(tuning.bCubed.precision).toBeGreaterThanOrEqual(WORST_ORDER_FLOORS[setting].bCubedP);
    expect(tuning.pairwise.precision).toBeGreaterThanOrEqual(WORST_ORDER_FLOORS[setting].pairwiseP);
  }, 180_000);
});
