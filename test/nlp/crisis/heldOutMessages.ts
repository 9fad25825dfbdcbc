import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 75 (rounds 71 to 74 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 71" to "held-out round 74"). All four were written fresh, by a sixty-first
 * to a sixty-fourth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier rounds; committed
 * on the freeze at f7d4ca0 (rounds 69 and 70's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
