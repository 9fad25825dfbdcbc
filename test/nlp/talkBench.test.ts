import { benchTalk } from '../../nlp/benchTalk';
import { loaded } from './nlpContent';

/**
 * Guards the talk-type quality measured by `npm run bench:nlp` on AnnoMI's test split (never trained or tuned on).
 * Reached with the current model (averaged SGD, offsets tuned over three cross-validation fold assignments on train,
 * and the reader's own reading of the person's previous message, or 'none' before their first, as a feature, fed
 * forward in transcript order as the bot does; the counsellor's line before is no longer read, since the bot does not
 * keep its own): macro-F1 0.501 (always-neutral 0.262, v1 keyword rules 0.306; the model before this 0.482 when re-run
 * at the start of this round, quoted earlier as 0.486; before averaging 0.462).
 * Looks at the test split this round, three candidates, each chosen by cross-validation on train first: previous reading
 * + counsellor's line 0.501 (CV 0.525); previous reading alone 0.499 (CV 0.527); with 'none' before a first message
 * 0.501 (CV 0.529), the one shipped. No more looks are left for this round.
 * A fourth look was taken by mistake, without cross-validation first: a rule reading "my mum won't talk to me" (someone
 * else as subject, no "I") as neutral gave 0.499. It was reverted; the conversation now keeps such lines out of its
 * summaries instead (machines/conversationMachine.ts, `hear`), which the reader and this number do not see.
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
