import type { Area } from '../content/schemas/services';
import type { CrisisPatterns } from '../content/schemas/crisisPatterns';
import { detectCrisis } from './detectCrisis';
import { detectDiscord } from './detectDiscord';
import { findSubstances, type SubstanceIndex } from './findSubstances';
import { findTerms, type TermIndex } from './findTerms';
import type { CrisisSignal, MessageAnalysis } from './messageAnalysis';
import { normalise, words } from './normalise';
import { readAnswer, readCommand, readGreeting, saysThingsAreBad } from './readIntent';
import { matchPlace } from './matchPlace';
import { readRiskSignals, saysUnderSixteen } from './readRiskSignals';
import { readRuler } from './readRuler';
import { readSupportRequest } from './readSupportRequest';
import { readSustainKind } from './readSustainKind';
import { readWhoseUse } from './readWhoseUse';
import { redactPersonalDetails } from './redactPersonalDetails';
import { reflectClause } from './reflect';
import { readTalkCues, type TalkCue } from './talkCues';
import type { TalkModel } from './talkModel';
import { readTalk, type TalkContext } from './talkType';

/** Danger that no line may be playful about (see MessageAnalysis.risky). */
const riskWords = /\b(mix\w*|inject\w*|needles?|works|overdos\w*|od|alone|on my own|by myself|driv\w*|pregnan\w*|kids?|children|baby|fentanyl|nitazenes?|tolerance|blackouts?|fits?|seizures?)\b/;

/** A question: a question mark, or chat's unmarked question starting with a question word ("is it safe to mix"). */
const questionStart = /^(is|are|can|could|how|what|where|why|when|who|which|do|does|did|should|would|will|any|anyone)\b/;

/** Feelings they name about themselves; a bare "crap" or "not great" in answer to "how are things?" is feeling low. */
function feelingsIn(normalised: string, lexicons: NlpLexicons): string[] {
  if (!lexicons.feelings) return [];
  const named = findTerms(normalised, lexicons.feelings, { firstPerson: true });
  return named.length === 0 && saysThingsAreBad(normalised) ? ['low'] : named;
}

/** Reads talk cues, the whole message's only once: the talk reader and the reflection (whose sentence is usually the whole message) both ask. */
function cueReaderFor(normalised: string): (text: string) => TalkCue[] {
  let cues: TalkCue[] | undefined;
  return (text) => (text === normalised ? (cues ??= readTalkCues(normalised)) : readTalkCues(text));
}

/** What the NLP needs from content (see `loadNlpLexicons`). The optional parts degrade gracefully when missing. */
export interface NlpLexicons {
  substances: SubstanceIndex;
  /** the areas outreach links and people can name (content/services/areas.yaml); without them `place` is null */
  areas?: readonly Area[];
  /** content/feelings.yaml; without it `feelings` is always empty */
  feelings?: TermIndex;
  /** content/topics.yaml; without it `topics` is always empty */
  topics?: TermIndex;
  /** nlp/model/talk-model.json; without it only clear cues give change or sustain talk */
  talkModel?: TalkModel | null;
  /** content/crisis-patterns.yaml, added to the compiled-in crisis patterns; without it those alone are used */
  crisisPatterns?: CrisisPatterns;
}

/**
 * Reads everything the conversation needs from one message. Crisis is read first and alone can never fail.
 * `context.previousTalk` is what was read from the person's previous message, which helps read this one.
 */
export function analyseMessage(
  text: string,
  lexicons: NlpLexicons,
  context?: TalkContext,
  /** crisis detection already run on this message (the bot runs it first, on the whole message) */
  knownCrisis?: CrisisSignal | null,
): MessageAnalysis {
  const normalised = normalise(text);
  const tokens = words(normalised);
  const crisis = knownCrisis !== undefined ? knownCrisis : detectCrisis(text, lexicons.crisisPatterns);
  const cuesOf = cueReaderFor(normalised);
  const read = readTalk(normalised, lexicons.talkModel, context, cuesOf);
  const discord = detectDiscord(normalised);
  const ruler = readRuler(normalised);
  // A bare ruler answer ("about a 7") has no clause worth turning round.
  const rulerAnswer = ruler !== null && tokens.length <= 6;
  // The model's guess is dropped where it would mislead: in a crisis, in pushing back at the bot (discord is
  // not talk about the drug), and in a bare ruler answer. A clear cue still counts ("stop preaching, I want to quit").
  // A question asking for a service ("where can I get help?") is not change talk about ability, whatever its "can".
  const support = crisis ? null : readSupportRequest(normalised);
  const dropGuess = crisis !== null || support?.by === 'question' || (read.source === 'model' && (discord || rulerAnswer));
  const substances = findSubstances(tokens, lexicons.substances);
  const talk = dropGuess ? { talk: 'neutral' as const, changeKind: null, source: 'none' as const, ambivalent: false } : read;
  return {
    empty: tokens.length === 0,
    crisis,
    command: crisis ? null : readCommand(normalised),
    answer: readAnswer(normalised),
    talk: talk.talk,
    changeKind: talk.changeKind,
    sustainKind: talk.talk === 'sustain' ? readSustainKind(normalised) : null,
    question: /\?\s*$/.test(text.trim()) || questionStart.test(normalised),
    talkSource: talk.source,
    ambivalent: talk.ambivalent,
    discord,
    feelings: feelingsIn(normalised, lexicons),
    topics: lexicons.topics ? findTerms(normalised, lexicons.topics) : [],
    substances,
    risky: crisis !== null || substances.length > 1 || riskWords.test(normalised),
    ruler,
    // Personal details are taken out before the reflection can be shown back or stored.
    reflection: rulerAnswer || support?.by === 'question' ? null : reflectClause(redactPersonalDetails(normalised), cuesOf),
    place: lexicons.areas ? matchPlace(text, lexicons.areas) : null,
    riskSignals: readRiskSignals(normalised),
    underSixteen: saysUnderSixteen(normalised),
    whoseUse: readWhoseUse(normalised, substances.length > 0),
    supportAsked: support?.asked ?? null,
    greeting: readGreeting(normalised),
  };
}
