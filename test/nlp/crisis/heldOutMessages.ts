import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 41 (rounds 39 and 40 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 39" and "held-out round 40"). Both were written fresh, by a
 * twenty-ninth and a thirtieth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier
 * rounds; committed after the freeze at c45c3aa (rounds 37 and 38's families, reader retrained) and before their first
 * runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
