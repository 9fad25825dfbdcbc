import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages: empty, waiting for round 20 (round 19 is retired into crisisMessages.ts and everydayMessages.ts,
 * heading "held-out round 19"). Round 19 was written fresh by an eighth writer on 2026-11-23 without seeing the detector,
 * its patterns, tests or earlier rounds; committed after the freeze at d725bae (round 18's families, reader retrained)
 * and before its first run. Leaned on signs described by finders (colour, breathing, sounds, not waking),
 * recent-vs-distant time markers, dialect and text-speak, and everyday lines built from the Decisions' idioms, denials and questions.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [];

export const heldOutEveryday: string[] = [];
