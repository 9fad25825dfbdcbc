import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: the next round (16) goes here, written after the patterns are frozen at the commit named in
 * README.md, and NEVER used to tune them. Round 15 (a fourth writer, frozen at 78cd2ef, run once as shipped: 39/50
 * caught, 5/50 false alarms; notes in round15-notes.md) has been retired into the tuning tables (crisisMessages.ts /
 * everydayMessages.ts), so these lists are empty until round 16 is dropped in. Labels follow the rules written in
 * content/crisis-patterns.yaml (Decisions). heldOut.test.ts checks a round is fair (big enough, no copies of tuning
 * lines) and prints its numbers.
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
