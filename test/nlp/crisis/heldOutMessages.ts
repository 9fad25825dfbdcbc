import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 21 (round 20 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 20"). Round 20 was written fresh by a ninth writer on 2026-11-23 without seeing the detector,
 * its patterns, tests or earlier rounds; committed after the freeze at a65039f (round 19's families, reader retrained)
 * and before its first run. Leaned on described signs rather than named crises, dialect and text-speak,
 * recent-vs-distant time, denials with a sign after them, goodbye arrangements, and third-party reports from workers and family.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
