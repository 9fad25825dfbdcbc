/**
 * MITI-style behaviour counts for one conversation, from the MI kind the bot tags each message with
 * (shared/research/mi.md §12–13). Pure: the runner in bot/fidelity collects the messages.
 *
 * How messages are coded:
 * - reflection-simple → simple reflection; reflection-complex → complex; summary → complex (the bot only tags a
 *   summary when it links two or more things the person said; a one-item summary is tagged reflection-simple);
 * - open-question, closed-question → question, except a closed question flagged `seek` (asking permission to
 *   talk, plan or give information), which MITI codes as Seeking Collaboration, not Question;
 * - a volley (one bot turn) with any crisis message is left out of MI counts altogether (mi.md §12).
 * MITI counts at most one question and one reflection per volley, complex if any reflection in it is complex.
 */

export interface ScoredMessage {
  text: string;
  kind: string | undefined;
  /** secondary MITI flag: "seek" for permission questions */
  seek?: boolean;
}

/** One bot turn: every message the bot sent in answer to one thing the person did. */
export type Volley = ScoredMessage[];

export interface BehaviourCounts {
  reflections: number;
  complexReflections: number;
  questions: number;
  seeks: number;
  /** reflections / questions; Infinity when there are reflections and no questions */
  reflectionToQuestion: number;
  /** complex / all reflections, 0–1; 0 when there are no reflections */
  percentComplex: number;
}

export interface Finding {
  volley: number;
  text: string;
  why: string;
}

export interface FidelityScores {
  /** volleys coded (crisis volleys left out) */
  volleys: number;
  /** MITI: at most one question and one reflection per volley; the targets hold on these */
  perVolley: BehaviourCounts;
  /** every message counted */
  perMessage: BehaviourCounts;
  /** per volley, with permission questions counted as questions too (the strictest reading) */
  perVolleySeekAsQuestion: BehaviourCounts;
  nonAdherent: Finding[];
  repeats: Finding[];
  longMessages: Finding[];
}

/** MITI 4.2.1 "good" (mi.md §13). */
export const good = { reflectionToQuestion: 2, percentComplex: 0.5 } as const;
export const maxMessageWords = 60;

/** Wording MITI codes as persuade or confront, and labels (mi.md §11, language.md §2). */
const nonAdherentWording: [RegExp, string][] = [
  [/\byou (should|must|need to|have to|ought to)\b/i, 'tells them what to do'],
  [/\b(addicts?|junkies?|druggies?|smackheads?|crackheads?|alcoholics?)\b/i, 'a label'],
  [/\bclean\b/i, 'a label ("clean")'],
  [/\b(abuse|abuser|abusers|abusing|misuse)\b/i, '"abuse" wording'],
  [/\bin denial\b/i, 'a label ("in denial")'],
];

const isReflection = (m: ScoredMessage) => m.kind === 'reflection-simple' || m.kind === 'reflection-complex' || m.kind === 'summary';
const isComplex = (m: ScoredMessage) => m.kind === 'reflection-complex' || m.kind === 'summary';
const isQuestionKind = (m: ScoredMessage) => m.kind === 'open-question' || m.kind === 'closed-question';
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function counts(reflections: number, complex: number, questions: number, seeks: number): BehaviourCounts {
  return {
    reflections,
    complexReflections: complex,
    questions,
    seeks,
    reflectionToQuestion: questions === 0 ? (reflections > 0 ? Infinity : 0) : reflections / questions,
    percentComplex: reflections === 0 ? 0 : complex / reflections,
  };
}

/** Same line, ignoring case, spacing and punctuation. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Scores a conversation. `fixedLines` are lines that may honestly come back word for word (the goodbye with its
 * emergency numbers, for example); they are not counted as repeats.
 */
export function scoreFidelity(volleys: Volley[], options: { fixedLines?: (text: string) => boolean } = {}): FidelityScores {
  const fixed = options.fixedLines ?? (() => false);
  const coded = volleys.filter((volley) => volley.length > 0 && !volley.some((m) => m.kind === 'crisis'));
  let vR = 0, vCR = 0, vQ = 0, vSeek = 0, vQstrict = 0;
  let mR = 0, mCR = 0, mQ = 0, mSeek = 0;
  for (const volley of coded) {
    const reflections = volley.filter(isReflection);
    const questions = volley.filter((m) => isQuestionKind(m) && !m.seek);
    const seeks = volley.filter((m) => isQuestionKind(m) && m.seek);
    if (reflections.length > 0) vR++;
    if (reflections.some(isComplex)) vCR++;
    if (questions.length > 0) vQ++;
    if (seeks.length > 0) vSeek++;
    if (questions.length + seeks.length > 0) vQstrict++;
    mR += reflections.length;
    mCR += reflections.filter(isComplex).length;
    mQ += questions.length;
    mSeek += seeks.length;
  }

  const nonAdherent: Finding[] = [];
  const repeats: Finding[] = [];
  const longMessages: Finding[] = [];
  const seen = new Set<string>();
  volleys.forEach((volley, index) => {
    for (const message of volley) {
      if (message.kind === 'crisis') continue;
      for (const [pattern, why] of nonAdherentWording) if (pattern.test(message.text)) nonAdherent.push({ volley: index, text: message.text, why });
      if (words(message.text) > maxMessageWords) longMessages.push({ volley: index, text: message.text, why: `${words(message.text)} words` });
      const key = lineKey(message.text);
      if (seen.has(key) && !fixed(message.text)) repeats.push({ volley: index, text: message.text, why: 'said before in this conversation' });
      seen.add(key);
    }
  });

  return {
    volleys: coded.length,
    perVolley: counts(vR, vCR, vQ, vSeek),
    perMessage: counts(mR, mCR, mQ, mSeek),
    perVolleySeekAsQuestion: counts(vR, vCR, vQstrict, 0),
    nonAdherent,
    repeats,
    longMessages,
  };
}

/** What keeps a conversation below MITI "good", or has wording, repeats or lengths that no conversation may have. */
export function fidelityProblems(scores: FidelityScores): string[] {
  const problems: string[] = [];
  const { perVolley } = scores;
  if (perVolley.reflectionToQuestion < good.reflectionToQuestion) problems.push(`R:Q ${perVolley.reflectionToQuestion.toFixed(2)} < ${good.reflectionToQuestion}`);
  if (perVolley.percentComplex < good.percentComplex) problems.push(`%CR ${(perVolley.percentComplex * 100).toFixed(0)}% < ${good.percentComplex * 100}%`);
  for (const finding of scores.nonAdherent) problems.push(`non-adherent (${finding.why}) in volley ${finding.volley}`);
  for (const finding of scores.repeats) problems.push(`repeat in volley ${finding.volley}`);
  for (const finding of scores.longMessages) problems.push(`long message (${finding.why}) in volley ${finding.volley}`);
  return problems;
}
