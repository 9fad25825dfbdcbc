import { benchTalk } from '../../nlp/benchTalk';
import { loaded } from './nlpContent';

/**
 * Guards the talk-type quality measured by `npm run bench:nlp` on AnnoMI's test split (never trained or tuned on).
 * Reached with the current model (averaged SGD, offsets tuned over three cross-validation fold assignments on train,
 * and the reader's own reading of the person's previous message as a feature, fed forward in transcript order):
 * macro-F1 0.501 (always-neutral 0.262, v1 keyword rules 0.306; before the previous reading 0.486 when measured, 0.482
 * on this branch's main; before averaging 0.462). The test split was looked at once for this candidate.
 */
const reachedMacroF1 = 0.501;
const margin = 0.02;

describe('talk type on the AnnoMI test split', () => {
  const bench = benchTalk(loaded.lexicons);

  it('reads every test utterance', () => {
    expect(bench.count).toBe(928);
  });

  it(`keeps macro-F1 at or above ${reachedMacroF1} minus ${margin}`, () => {
    expect(bench.nlp.macroF1).toBeGreaterThanOrEqual(reachedMacroF1 - margin);
  });

  it('stays clearly above both baselines computed in the same run', () => {
    expect(bench.nlp.macroF1).toBeGreaterThan(bench.alwaysNeutral.macroF1 + 0.1);
    expect(bench.nlp.macroF1).toBeGreaterThan(bench.keywordRules.macroF1 + 0.1);
  });
});
