import type { RiskSignal } from './readRiskSignals';

/** What the NLP reads from one message. Guards and dialogs use this; nothing downstream reads raw text. */

export type TalkType = 'change' | 'sustain' | 'neutral';

/** DARN-CAT: the kinds of change talk (shared/research/mi.md §5). */
export type ChangeKind =
  | 'desire'
  | 'ability'
  | 'reasons'
  | 'need'
  | 'commitment'
  | 'activation'
  | 'taking-steps';

/**
 * What sustain talk is about (nlp/readSustainKind.ts): what using gives them, not being able to stop, not seeing
 * a problem, doubts about help, not ready now. Lets a reflection add meaning without adding a claim.
 */
export type SustainKind = 'benefits' | 'cant' | 'no-problem' | 'doubts-help' | 'not-ready';

export type CrisisKind = 'suicide' | 'overdose' | 'harm' | 'medical';

export interface CrisisSignal {
  kind: CrisisKind;
  /** id of the content pattern that matched (never the person's words) */
  pattern: string;
}

export interface SubstanceMention {
  /** canonical id from content/substances.yaml, e.g. "heroin" */
  substance: string;
  /** the person's own word for it, lower case, so the bot can mirror it ("gear") */
  word: string;
  /** other substances the word may mean ("white": crack or cocaine) */
  alternatives: string[];
}

/** A short answer to a closed question. */
export type Answer = 'yes' | 'no' | 'unsure';

/** Help or a service the person asks for (nlp/readSupportRequest.ts); "general" is help of any kind. */
export const supportRequests = ['naloxone', 'needles', 'testing', 'meeting', 'treatment', 'housing', 'family', 'someone', 'general'] as const;
export type SupportRequest = (typeof supportRequests)[number];

/** Whose drug use a message is about: their own, or someone close to them (a parent, partner or friend writing). */
export type WhoseUse = 'own' | 'someone-else';

/** Things a person can say at any step that steer the conversation itself. */
export type Command = 'stop' | 'help' | 'restart' | 'forget' | 'privacy' | 'areYouABot';

export interface MessageAnalysis {
  /** nothing readable: empty, whitespace, emoji or punctuation only */
  empty: boolean;
  crisis: CrisisSignal | null;
  command: Command | null;
  answer: Answer | null;
  talk: TalkType;
  /** the kind of change talk when a cue or wording names it; null when unknown or not change talk */
  changeKind: ChangeKind | null;
  /** Optional (NLP v3): the message asks something ("is it safe to mix pregabs and methadone?") */
  question?: boolean;
  /** Optional (NLP v3): what sustain talk is about when its wording says; null or missing otherwise */
  sustainKind?: SustainKind | null;
  /**
   * Optional (added in NLP v2): what decided `talk`. "cue" is a clear phrase ("I want to stop"); "model" is the
   * statistical model, right about half the time on change and sustain talk, so lean on the person's own words.
   */
  talkSource?: 'cue' | 'model' | 'none';
  /** Optional (NLP v2): the message holds both change and sustain talk ("I want to stop but I can't") */
  ambivalent?: boolean;
  /**
   * Optional (NLP v2): the message touches on danger (mixing drugs, injecting, overdose, using alone, children,
   * driving, pregnancy), so no line may be playful or read as sarcasm. Missing means "assume it does".
   */
  risky?: boolean;
  /** pushing back against the bot ("stop preaching", "whatever") */
  discord: boolean;
  feelings: string[];
  topics: string[];
  substances: SubstanceMention[];
  /** a 0–10 answer, or null */
  ruler: number | null;
  /** a simple reflection of the key clause, turned round ("I can't stop" → "it feels like you can't stop"), or null */
  reflection: string | null;
  /** a place the person named, as an area id from content, or null */
  place: string | null;
  /** things that call for harm-reduction information: a break in tolerance, using alone, a strong supply… */
  riskSignals: RiskSignal[];
  /** the person said they are under 16 */
  underSixteen: boolean;
  /** whose drug use this message is about, when it says ("my son is on heroin" → someone-else), or null */
  whoseUse: WhoseUse | null;
  /** asking for help or a service ("where can I get help near me", "is there an NA meeting tonight"), or null */
  supportAsked: SupportRequest | null;
  /** a greeting on its own ("hi", "hiya", "you there?"): someone starting (again) */
  greeting: boolean;
}
