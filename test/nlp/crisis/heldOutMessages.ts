import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 45 (rounds 43 and 44 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 43" and "held-out round 44"). Both were written fresh, by a
 * thirty-third and a thirty-fourth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed after the freeze at 3ae9f13 (rounds 41 and 42's families, reader retrained) and before their first
 * runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
