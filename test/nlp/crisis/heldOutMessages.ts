import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 33 (round 32 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 32"). Round 32 was written fresh by a twenty-second writer on 2026-11-24 without seeing the
 * detector, its patterns, tests or earlier rounds; committed after the freeze at 6fecfb0 (round 31's families, reader
 * retrained) and before its first run.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
