/**
 * Weights of the person gate (names/person-gate.ts), one per feature in GATE_FEATURES order. Fitted by
 * logistic regression on the names that no rule decides in the CoNLL-2003 English training split
 * (`npx tsx test/eval/person-gate.ts DIR`); numbers only, no text of that corpus. An empty list turns
 * the gate off.
 */
export const PERSON_GATE_WEIGHTS: readonly number[] = [
  0.709, -1.293, -1.385, -0.012, -2.789, 0.141, 0.918, -0.794, -1.672, -0.772, -1.188, -0.867, 0.205, 0.912,
  -1.031, -2.813, -1.478, -0.326, -0.476,
];
