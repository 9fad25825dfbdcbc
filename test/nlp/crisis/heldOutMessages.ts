import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 43 (rounds 41 and 42 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 41" and "held-out round 42"). Both were written fresh, by a
 * thirty-first and a thirty-second writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed after the freeze at 1f32ef3 (rounds 39 and 40's families, reader retrained) and before their first
 * runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
