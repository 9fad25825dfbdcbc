import { readCrisisModel } from '../../../nlp/crisisModel';
import { crisisModel } from '../../../nlp/crisisModelWeights';
import { detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { heldOutCrisis, heldOutEveryday } from './heldOutMessages';

/**
 * The held-out round read by the patterns alone, the learned reader alone, and both (as shipped), with the
 * content loaded. Run it ONCE per frozen model (count each look in README.md):
 *   npx tsx test/nlp/crisis/measureCrisisModel.ts
 * Prints counts only, never the messages.
 */
const { patterns } = loadCrisisPatterns();

function count(read: (text: string) => { kind: string } | null) {
  const caught = heldOutCrisis.filter(([m]) => read(m) !== null).length;
  const rightKind = heldOutCrisis.filter(([m, kind]) => read(m)?.kind === kind).length;
  const falseAlarms = heldOutEveryday.filter((m) => read(m) !== null).length;
  return `caught ${caught}/${heldOutCrisis.length}, right kind ${rightKind}/${heldOutCrisis.length}, false alarms ${falseAlarms}/${heldOutEveryday.length}`;
}

const byPatterns = (m: string) => detectCrisis(m, patterns, { learned: false });
const byModelAt = (threshold: number) => (m: string) => {
  const reading = readCrisisModel(m, crisisModel);
  return reading.score >= threshold ? reading : null;
};
console.log(`patterns alone:      ${count(byPatterns)}`);
console.log(`model alone:         ${count(byModelAt(crisisModel.threshold))} (threshold ${crisisModel.threshold})`);
console.log(`patterns then model: ${count((m) => detectCrisis(m, patterns, { learned: true }))}`);
// The middle band (a gentle check-in, not the crisis reply) is what the model adds between these thresholds.
for (const low of [0.5, 0.3]) {
  const band = (m: string) => byPatterns(m) ?? byModelAt(low)(m);
  console.log(`patterns or model ≥ ${low}: ${count(band)}`);
}
