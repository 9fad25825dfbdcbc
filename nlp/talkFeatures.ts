import { PorterStemmer } from 'natural/lib/natural/stemmers';
import type { TalkType } from './messageAnalysis';
import { clauseTokens, markNegated } from './negation';
import { readTalkCues, type TalkCue } from './talkCues';

/**
 * The features the talk-type model sees: stemmed words (negated words marked "not_"), the clear cues from
 * `talkCues`, a few hand-made signals (modal verbs, negation, length, question) and what was read in the person's
 * previous message. Tried on AnnoMI train by cross-validation and left out: word pairs (lowered macro-F1); signals from
 * the counsellor's line before (cues in it, ending on a question; no gain, 0.530 with and without, and the bot does not
 * keep its own last line); the counsellor's behaviour label, a running change-minus-sustain balance, words of questions
 * that invite change talk, a Naive Bayes ensemble, a small lexicon of change/sustain words, features scaled by message
 * length, and sweeps of the training options (epochs, rate, L2, class balance, minimum count): each no gain or a loss.
 */

export interface TalkContext {
  /**
   * what was read from the person's own previous message in this conversation (the reader's reading, never a gold
   * label), or 'none' when this is their first message: talk type persists within a session, and this raised
   * cross-validated macro-F1 of the whole reader on AnnoMI train from 0.521 to 0.529 (`npm run nlp:train`: 5 folds by
   * transcript × 3 assignments; marking the first message gave about 0.003 of that). Absent when not known.
   */
  previousTalk?: TalkType | 'none';
}

const modals = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'might', 'may', 'need', 'have', 'got', 'want', 'going', 'try', 'ready']);

function lengthBucket(count: number): string {
  if (count <= 1) return '1';
  if (count <= 3) return '2-3';
  if (count <= 8) return '4-8';
  if (count <= 20) return '9-20';
  return '21+';
}

/** Stems are remembered: stemming is the slowest step and chat reuses the same few hundred words. */
const stems = new Map<string, string>();
const stemCacheLimit = 50000;

function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stemmed = PorterStemmer.stem(word);
  if (stems.size < stemCacheLimit) stems.set(word, stemmed);
  return stemmed;
}

function stem(token: string): string {
  return token.startsWith('not_') ? `not_${stemWord(token.slice(4))}` : stemWord(token);
}

/** Features of a normalised message; `cues` may be passed in when the caller already read them. */
export function talkFeatures(normalised: string, context?: TalkContext, cues?: TalkCue[]): string[] {
  const features = new Set<string>();
  const tokens = clauseTokens(normalised);
  const marked = markNegated(tokens);
  const wordsOnly = marked.filter((t) => !/^[.,!?;:]$/.test(t));
  for (const word of wordsOnly) features.add(`w:${stem(word)}`);
  for (const cue of cues ?? readTalkCues(normalised)) {
    features.add(`cue:${cue.talk}`);
    features.add(`cue:${cue.rule}`);
  }

  features.add(`len:${lengthBucket(wordsOnly.length)}`);
  if (wordsOnly.some((t) => t.startsWith('not_'))) features.add('neg');
  for (const t of wordsOnly) {
    const bare = t.replace(/^not_/, '');
    if (modals.has(bare)) features.add(t.startsWith('not_') ? `modal:not_${bare}` : `modal:${bare}`);
  }
  if (tokens.includes('?')) features.add('question');
  if (wordsOnly.some((t) => t === 'i' || t === 'my' || t === 'me')) features.add('first-person');

  if (context?.previousTalk) features.add(`p:${context.previousTalk}`);
  return [...features];
}
