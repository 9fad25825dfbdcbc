import { PorterStemmer } from 'natural/lib/natural/stemmers';

/**
 * The small phrase language of content/crisis-patterns.yaml, compiled to something that can be matched
 * against the words of one sentence. Words match by stem, so "overdose" also finds "overdosing" and
 * "overdosed"; typos are fixed before matching (crisisText.ts), not here. Slot entries are phrases too,
 * so `{other}` can hold "the/a {person}".
 */

/** One word of a phrase, with its stem worked out once (stemming is the slow part of matching). */
interface WordStep {
  type: 'word';
  word: string;
  stem: string;
}
/** One of several sequences (`a/b`, `{slot}`), maybe optional (`word?`). */
interface ChoiceStep {
  type: 'choice';
  options: Step[][];
  optional: boolean;
}
interface GapStep {
  type: 'gap';
  max: number;
}
/**
 * `!where/which`: the next word is none of these; nothing is used up. Lets an everyday phrase stop where its idiom
 * stops ("he'll kill me if he finds out" is the idiom; "…finds out where I'm staying" is a threat, round 35).
 */
interface NotStep {
  type: 'not';
  words: WordStep[];
}
type Step = WordStep | ChoiceStep | GapStep | NotStep;

export interface CompiledPhrase {
  source: string;
  steps: Step[];
  /** for each required step, words or stems of which one must be in the sentence; lets most phrases be skipped */
  needs: Set<string>[];
  /** words or stems one of which a match must start at (null: any); lets most start positions be skipped */
  starts: Set<string> | null;
}

export interface PhraseMatch {
  start: number;
  /** index after the last matched word */
  end: number;
  /** words a gap (`...`) passed over, as [from, to) ranges: inside the match, but not matched by it */
  gaps?: [number, number][];
}

/** The gaps passed over on the path being tried (pushed on a skip, popped when that path fails). */
const gapTrail: [number, number][] = [];

export type Slots = Record<string, string[]>;

const GAP = 4;
const MAX_SLOT_DEPTH = 4;
const numberWords = new Set(
  'a few couple some lots loads load bunch handful whole two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred'.split(
    ' ',
  ),
);

/** Stems of words already seen: people use a few thousand words, and stemming was a fifth of crisis time. */
const stemsSeen = new Map<string, string>();
const maxStemsSeen = 20_000;

export function stem(word: string): string {
  if (word.length < 4) return word;
  let found = stemsSeen.get(word);
  if (found === undefined) {
    found = PorterStemmer.stem(word);
    if (stemsSeen.size >= maxStemsSeen) stemsSeen.clear();
    stemsSeen.set(word, found);
  }
  return found;
}

/** Phrase words are compared with tokens that had their apostrophes removed ("won't" is spelled "will not"). */
function wordStep(raw: string): WordStep {
  const word = raw.replace(/'/g, '');
  return { type: 'word', word, stem: word.startsWith('=') ? word : stem(word) };
}

function compileSteps(source: string, slots: Slots, depth: number, cache: Map<string, Step[][]>): Step[] {
  const steps: Step[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part === '...') {
      steps.push({ type: 'gap', max: GAP });
      continue;
    }
    if (part.startsWith('!')) {
      steps.push({ type: 'not', words: part.slice(1).split('/').filter(Boolean).map(wordStep) });
      continue;
    }
    const optional = part.endsWith('?');
    const bare = optional ? part.slice(0, -1) : part;
    const options: Step[][] = [];
    for (const alternative of bare.split('/')) {
      const slot = /^\{([a-z]+)\}$/.exec(alternative);
      if (slot) options.push(...slotOptions(slot[1] ?? '', source, slots, depth, cache));
      else if (alternative.length > 0) options.push(alternative.split('-').filter(Boolean).map(wordStep));
    }
    if (options.length === 0) continue;
    const only = options[0];
    if (options.length === 1 && !optional && only?.length === 1 && only[0]?.type === 'word') steps.push(only[0]);
    else steps.push({ type: 'choice', options, optional });
  }
  return steps;
}

function slotOptions(name: string, source: string, slots: Slots, depth: number, cache: Map<string, Step[][]>): Step[][] {
  const entries = slots[name];
  if (!entries) throw new Error(`unknown slot {${name}} in crisis phrase "${source}"`);
  if (depth >= MAX_SLOT_DEPTH) throw new Error(`slots nested too deep at {${name}} in crisis phrase "${source}"`);
  const cached = cache.get(name);
  if (cached) return cached;
  const options = entries.map((entry) => compileSteps(entry, slots, depth + 1, cache)).filter((steps) => steps.length > 0);
  cache.set(name, options);
  return options;
}

/** Words or stems one of which must come first when these steps match, or null when anything can. */
function firstWords(steps: Step[]): Set<string> | null {
  const first = steps[0];
  if (!first || first.type === 'gap' || first.type === 'not') return null;
  if (first.type === 'word') {
    if (first.word === '*' || first.word === '#') return null;
    return first.word.startsWith('=') ? new Set([first.word.slice(1)]) : new Set([first.word, first.stem]);
  }
  if (first.optional) return null;
  const all = new Set<string>();
  for (const option of first.options) {
    const words = firstWords(option);
    if (words === null) return null;
    for (const word of words) all.add(word);
  }
  return all;
}

/** Turns "kill/end myself ... tonight?" into steps. Throws on an unknown {slot}. */
export function compilePhrase(source: string, slots: Slots, cache = new Map<string, Step[][]>()): CompiledPhrase {
  const steps = compileSteps(source, slots, 0, cache);
  const needs: Set<string>[] = [];
  steps.forEach((_, i) => {
    const type = steps[i]?.type;
    const words = type === 'gap' || type === 'not' ? null : firstWords(steps.slice(i, i + 1));
    if (words) needs.push(words);
  });
  return { source, steps, needs, starts: firstWords(steps) };
}

/** Every literal word a phrase can match, for the typo corrector's vocabulary. */
export function phraseWords(phrase: CompiledPhrase): string[] {
  const out = new Set<string>();
  const walk = (steps: Step[]) => {
    for (const step of steps) {
      if (step.type === 'word' && step.word !== '*' && step.word !== '#') out.add(step.word.replace(/^=/, ''));
      if (step.type === 'choice') for (const option of step.options) walk(option);
    }
  };
  walk(phrase.steps);
  return [...out];
}

export interface SentenceWords {
  tokens: string[];
  stems: string[];
  /** every token and stem, for the quick check; filled on first use */
  present?: Set<string>;
}

function wordMatches(step: WordStep, sentence: SentenceWords, at: number): boolean {
  const token = sentence.tokens[at];
  if (token === undefined) return false;
  const { word } = step;
  if (word === '*') return true;
  if (word === '#') return /^\d+$/.test(token) || numberWords.has(token);
  if (word.startsWith('=')) return token === word.slice(1);
  // A stem of one or two letters says too little: "offing" stems to "of", so "proud of myself" read as "offing myself".
  return token === word || (word.length >= 4 && step.stem.length >= 3 && sentence.stems[at] === step.stem);
}

/** Matches steps[i..] at `at`, then hands the end to `next`; returns the final end, or -1. */
function matchSteps(steps: Step[], i: number, sentence: SentenceWords, at: number, next: (end: number) => number): number {
  const step = steps[i];
  if (step === undefined) return next(at);
  if (step.type === 'word') {
    return wordMatches(step, sentence, at) ? matchSteps(steps, i + 1, sentence, at + 1, next) : -1;
  }
  if (step.type === 'not') {
    return step.words.some((word) => wordMatches(word, sentence, at)) ? -1 : matchSteps(steps, i + 1, sentence, at, next);
  }
  if (step.type === 'gap') {
    for (let skip = 0; skip <= step.max && at + skip <= sentence.tokens.length; skip++) {
      if (skip > 0) gapTrail.push([at, at + skip]);
      const end = matchSteps(steps, i + 1, sentence, at + skip, next);
      if (end >= 0) return end;
      if (skip > 0) gapTrail.pop();
    }
    return -1;
  }
  const rest = matchRest(steps, i, sentence, next);
  for (const option of step.options) {
    const end = matchSteps(option, 0, sentence, at, rest);
    if (end >= 0) return end;
  }
  return step.optional ? rest(at) : -1;
}

/**
 * The rest of the steps after step i, as a continuation. Made here rather than as a named closure in matchSteps:
 * tsx (keepNames) names every named closure on creation, and this one is made for every choice tried.
 */
function matchRest(steps: Step[], i: number, sentence: SentenceWords, next: (end: number) => number): (end: number) => number {
  return (end) => matchSteps(steps, i + 1, sentence, end, next);
}

const endHere = (at: number) => at;

function wordsAndStems(sentence: SentenceWords): Set<string> {
  const present = new Set(sentence.tokens);
  for (const word of sentence.stems) present.add(word);
  return present;
}

/** All places the phrase matches in the sentence (the first match from each start). */
export function findPhrase(phrase: CompiledPhrase, sentence: SentenceWords): PhraseMatch[] {
  const present = (sentence.present ??= wordsAndStems(sentence));
  for (const need of phrase.needs) {
    let any = false;
    for (const word of need) {
      if (present.has(word)) {
        any = true;
        break;
      }
    }
    if (!any) return [];
  }
  const found: PhraseMatch[] = [];
  const { starts } = phrase;
  for (let start = 0; start < sentence.tokens.length; start++) {
    if (starts && !starts.has(sentence.tokens[start] ?? '') && !starts.has(sentence.stems[start] ?? '')) continue;
    gapTrail.length = 0;
    const end = matchSteps(phrase.steps, 0, sentence, start, endHere);
    if (end > start) found.push(gapTrail.length > 0 ? { start, end, gaps: [...gapTrail] } : { start, end });
  }
  return found;
}
