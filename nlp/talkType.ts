import type { ChangeKind, TalkType } from './messageAnalysis';
import { clauseTokens } from './negation';
import { normalise } from './normalise';
import { readTalkCues, type TalkCue } from './talkCues';
import { talkFeatures, type TalkContext } from './talkFeatures';
import { classifyTalk, type TalkModel } from './talkModel';

/**
 * Change talk, sustain talk or neither (shared/research/mi.md §5), and for change talk its DARN-CAT kind.
 * Clear cues (talkCues: frames read with negation) decide when present, because the model has never seen most
 * UK street slang; otherwise the model trained on AnnoMI and content/talk-examples.yaml decides.
 */

export type { TalkContext } from './talkFeatures';

export interface TalkReading {
  talk: TalkType;
  changeKind: ChangeKind | null;
  /** what decided: a clear cue, the model, or nothing (no model loaded and no cue) */
  source: 'cue' | 'model' | 'none';
  /** both change and sustain cues in the one message */
  ambivalent: boolean;
}

/** Words that say which kind of change talk a message is when no cue named it. */
const kindWords: [ChangeKind, RegExp][] = [
  ['taking-steps', /\b(stopped|quit|cut down|cut back|have not (used|had)|did not (use|score|buy)|been off|went to|rang|called|started)\b/],
  ['commitment', /\b(will|going to|promise|plan to|decided)\b/],
  ['activation', /\b(ready|willing|prepared|try|trying|give it a go)\b/],
  ['need', /\b(need|have to|got to|must|should|has to)\b|\bcan not (keep|go on|carry on)\b/],
  ['ability', /\b(can|could|able|manage|managed)\b/],
  ['desire', /\b(want|wish|would like|hope|rather)\b/],
];

const questionStart = /^(what|when|where|who|how|which|is|are|does|do|can you|could you|will you|have you|has|any chance)\b/;

function isQuestion(normalised: string): boolean {
  return /\?\s*$/.test(normalised) || (questionStart.test(normalised) && normalised.split(' ').length <= 12);
}

/** The cue that speaks last wins: "I want to stop but I can't" ends on sustain. */
function lastCue(cues: TalkCue[]): TalkCue | undefined {
  return [...cues].sort((a, b) => a.at - b.at).pop();
}

/** The kind named by a cue, else by wording; null when nothing says which (no guessing). */
function kindOf(normalised: string, cues: TalkCue[]): ChangeKind | null {
  const change = [...cues].sort((a, b) => b.at - a.at).filter((c) => c.talk === 'change' && c.kind);
  const cued = change.find((c) => c.frame) ?? change[0];
  if (cued?.kind) return cued.kind;
  return kindWords.find(([, pattern]) => pattern.test(normalised))?.[0] ?? null;
}

/** Reads the talk type of a normalised message. Without a model only clear cues count. */
export function readTalk(
  normalised: string,
  model: TalkModel | null | undefined,
  context?: TalkContext,
  /** how cues are read; analyseMessage passes one that reads each message once for every reader */
  readCues: (normalised: string) => TalkCue[] = readTalkCues,
): TalkReading {
  if (clauseTokens(normalised).length === 0) return { talk: 'neutral', changeKind: null, source: 'none', ambivalent: false };
  const cues = readCues(normalised);
  const ambivalent = cues.some((c) => c.talk === 'change') && cues.some((c) => c.talk === 'sustain');
  const cue = lastCue(cues);
  if (cue) return { talk: cue.talk, changeKind: cue.talk === 'change' ? kindOf(normalised, cues) : null, source: 'cue', ambivalent };
  if (!model) return { talk: 'neutral', changeKind: null, source: 'none', ambivalent };
  // A question with no clear cue is asking for something ("what time does the chemist shut"), not change or sustain talk.
  if (isQuestion(normalised)) return { talk: 'neutral', changeKind: null, source: 'none', ambivalent };
  const { talk } = classifyTalk(model, talkFeatures(normalised, context, cues));
  return { talk, changeKind: talk === 'change' ? kindOf(normalised, cues) : null, source: 'model', ambivalent };
}

/** Talk type of a raw message, e.g. for scripts; the bot gets it through analyseMessage. */
export function talkType(message: string, model: TalkModel | null | undefined, context?: TalkContext): TalkType {
  return readTalk(normalise(message), model, context).talk;
}
