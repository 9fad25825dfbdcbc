import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 26 (round 25 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 25"). Round 25 was written fresh by a fourteenth writer on 2026-11-23 without seeing the
 * detector, its patterns, tests or earlier rounds; committed after the freeze at 9c12256 (round 24's families, reader
 * retrained) and before its first run.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
