import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 36 (round 35 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 35"). Round 35 was written fresh by a twenty-fifth writer on 2026-11-24 without seeing the
 * detector, its patterns, tests or earlier rounds; committed after the freeze at 2c34625 (round 34's families, reader
 * retrained) and before its first run.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
