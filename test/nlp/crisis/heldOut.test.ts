import { crisisModelPattern, detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { builtInCrisisPatterns } from '../../../nlp/crisisBuiltIn';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';
import { heldOutCrisis, heldOutEveryday } from './heldOutMessages';

/**
 * The held-out round is never tuned against, so this test does not hold it to the bar (a miss there is
 * fixed in a way that generalises, and then a new round is written): it checks the set is a fair one and
 * prints its numbers. Each round's first-run numbers are kept in README.md.
 */
const { patterns } = loadCrisisPatterns();

// Between rounds (the last one retired, the next not yet written) both lists are empty; a round that is there must be whole.
const awaitingRound = heldOutCrisis.length === 0 && heldOutEveryday.length === 0;

test('the held-out round is big enough and shares no message with the tuning tables', () => {
  if (!awaitingRound) {
    expect(heldOutCrisis.length).toBeGreaterThanOrEqual(40);
    expect(heldOutEveryday.length).toBeGreaterThanOrEqual(40);
  }
  const tuning = new Set([...crisisMessages.map(([m]) => m.toLowerCase()), ...everydayMessages.map((m) => m.toLowerCase())]);
  const shared = [...heldOutCrisis.map(([m]) => m), ...heldOutEveryday].filter((m) => tuning.has(m.toLowerCase()));
  expect(shared).toEqual([]);
});

test('every held-out signal names a real pattern or the learned reader; the numbers are printed, not held to the bar', () => {
  // The learned reader names itself when it is switched on (crisisModelOnByDefault).
  const ids = new Set([...builtInCrisisPatterns.patterns, ...(patterns?.patterns ?? [])].map((p) => p.id).concat(crisisModelPattern));
  const signals = [...heldOutCrisis.map(([m]) => m), ...heldOutEveryday].map((m) => detectCrisis(m, patterns));
  expect(signals.filter((signal) => signal !== null && !ids.has(signal.pattern))).toEqual([]);
  const caught = heldOutCrisis.filter(([m]) => detectCrisis(m, patterns) !== null).length;
  const rightKind = heldOutCrisis.filter(([m, kind]) => detectCrisis(m, patterns)?.kind === kind).length;
  const falseAlarms = heldOutEveryday.filter((m) => detectCrisis(m, patterns) !== null).length;
  if (awaitingRound) return;
  console.log(
    `held-out: caught ${caught}/${heldOutCrisis.length}, right kind ${rightKind}/${heldOutCrisis.length}, ` +
      `false alarms ${falseAlarms}/${heldOutEveryday.length}`,
  );
});
