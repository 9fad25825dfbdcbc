import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 95 (rounds 93 and 94 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 93" and "held-out round 94"). Both were written fresh, by an
 * eighty-third and an eighty-fourth writer on 2026-11-25, without seeing the detector, its patterns, tests or earlier
 * rounds; committed on the freeze at 2ecceec (rounds 91 and 92's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
