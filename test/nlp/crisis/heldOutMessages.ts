import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 85 (rounds 83 and 84 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 83" and "held-out round 84"). Both were written fresh, by a
 * seventy-third and a seventy-fourth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed on the freeze at 9e3f065 (rounds 81 and 82's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
