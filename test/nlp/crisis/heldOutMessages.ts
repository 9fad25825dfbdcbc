import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 69 (rounds 67 and 68 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 67" and "held-out round 68"). Both were written fresh, by a fifty-seventh
 * and a fifty-eighth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier rounds; committed
 * after the freeze at f77a913 (rounds 65 and 66's families, reader retrained) and before their first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
