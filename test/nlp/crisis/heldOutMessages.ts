import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 87 (rounds 85 and 86 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 85" and "held-out round 86"). Both were written fresh, by a
 * seventy-fifth and a seventy-sixth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed on the freeze at aeff8fc (rounds 83 and 84's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
