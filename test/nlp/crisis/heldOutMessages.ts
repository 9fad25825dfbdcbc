import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 89 (rounds 87 and 88 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 87" and "held-out round 88"). Both were written fresh, by a
 * seventy-seventh and a seventy-eighth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed on the freeze at 3c76239 (rounds 85 and 86's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
