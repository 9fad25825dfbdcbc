import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 37 (round 36 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 36"). Round 36 was written fresh by a twenty-sixth writer on 2026-11-24 without seeing the
 * detector, its patterns, tests or earlier rounds; committed after the freeze at 1ec5029 (round 35's families, reader
 * retrained) and before its first run.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
