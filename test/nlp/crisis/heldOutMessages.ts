import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 24 (round 23 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 23"). Round 23 was written fresh by a twelfth writer on 2026-11-23 without seeing the
 * detector, its patterns, tests or earlier rounds; committed after the freeze at 918f1f0 (round 22's families, reader
 * retrained) and before its first run.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
