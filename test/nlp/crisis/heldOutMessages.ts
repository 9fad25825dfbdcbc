import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 97 (rounds 95 and 96 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 95" and "held-out round 96"). Both were written fresh, by an
 * eighty-fifth and an eighty-sixth writer on 2026-11-25, without seeing the detector, its patterns, tests or earlier
 * rounds; committed on the freeze at c415fd8 (rounds 93 and 94's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
