/**
 * Weights of the person gate (names/person-gate.ts), one per feature in GATE_FEATURES order. Fitted by
 * logistic regression on openly licensed data only: the names no rule decides in the ECB+ development
 * split's tuning ids (hand gold in test/fixtures/real) and the in-house corpus (`npx tsx test/eval/person-gate.ts`).
 * CoNLL-2003 is measured on, never fitted on. An empty list turns the gate off.
 */
export const PERSON_GATE_WEIGHTS: readonly number[] = [
  0.345, -0.95, -0.838, 0, -0.746, 0.165, 1.266, -1.073, -0.128, 0.202, -0.441, 0.024, 0.024, 0.174, -0.737,
  -1.927, -1.504, -0.018, -0.529, -0.802,
];
