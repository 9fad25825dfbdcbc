import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 81 (rounds 79 and 80 are retired into crisisMessages.ts and
 * everydayMessages.ts, headings "held-out round 79" and "held-out round 80"). Both were written fresh, by a sixty-ninth
 * and a seventieth writer on 2026-11-24, without seeing the detector, its patterns, tests or earlier rounds; committed on
 * the freeze at 4235256 (rounds 75 to 78's families, frames read across sentences, reader retrained) and before their
 * first runs.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
