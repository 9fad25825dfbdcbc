import { PorterStemmer } from 'natural/lib/natural/stemmers';

/**
 * The small phrase language of content/crisis-patterns.yaml, compiled to something that can be matched
 * against the words of one sentence. Words match by stem, so "overdose" also finds "overdosing" and
 * "overdosed"; typos are fixed before matching (crisisText.ts), not here.
 */

/** One word of a phrase, with its stem worked out once (stemming is the slow part of matching). */
interface PhraseWord {
  word: string;
  stem: string;
}

/** One position in a phrase: one of several word sequences (a slot entry can be several words). */
interface WordStep {
  type: 'words';
  options: PhraseWord[][];
  optional: boolean;
  /** tokens or stems at least one of which must be in a sentence for this step to match; null if anything can */
  needs: Set<string> | null;
}
interface GapStep {
  type: 'gap';
  max: number;
}
type Step = WordStep | GapStep;

export interface CompiledPhrase {
  source: string;
  steps: Step[];
}

export interface PhraseMatch {
  start: number;
  /** index after the last matched word */
  end: number;
}

export type Slots = Record<string, string[]>;

const GAP = 4;
const numberWords = new Set(
  'a few couple some lots loads load bunch handful whole two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred'.split(
    ' ',
  ),
);

export function stem(word: string): string {
  return word.length >= 4 ? PorterStemmer.stem(word) : word;
}

/** Turns "kill/end myself ... tonight?" into steps; {slot} entries are split into words here. */
export function compilePhrase(source: string, slots: Slots): CompiledPhrase {
  const steps: Step[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part === '...') {
      steps.push({ type: 'gap', max: GAP });
      continue;
    }
    const optional = part.endsWith('?');
    const bare = optional ? part.slice(0, -1) : part;
    const options: PhraseWord[][] = [];
    for (const alternative of bare.split('/')) {
      const slot = /^\{([a-z]+)\}$/.exec(alternative);
      if (slot) {
        const entries = slots[slot[1] ?? ''];
        if (!entries) throw new Error(`unknown slot {${slot[1]}} in crisis phrase "${source}"`);
        for (const entry of entries) options.push(entry.trim().split(/\s+/).map(phraseWord));
      } else if (alternative.length > 0) {
        options.push(alternative.split('-').filter(Boolean).map(phraseWord));
      }
    }
    if (options.length > 0) steps.push({ type: 'words', options, optional, needs: needsOf(options) });
  }
  return { source, steps };
}

/** Phrase words are compared with tokens that had their apostrophes removed ("won't" is spelled "will not"). */
function phraseWord(raw: string): PhraseWord {
  const word = raw.replace(/'/g, '');
  return { word, stem: word.startsWith('=') ? word : stem(word) };
}

function needsOf(options: PhraseWord[][]): Set<string> | null {
  const needs = new Set<string>();
  for (const option of options) {
    const first = option[0];
    if (!first || first.word === '*' || first.word === '#') return null;
    if (first.word.startsWith('=')) needs.add(first.word.slice(1));
    else needs.add(first.word).add(first.stem);
  }
  return needs;
}

/** True when every required step has at least one of its first words in the sentence: a cheap way to skip most phrases. */
function mayMatch(phrase: CompiledPhrase, present: Set<string>): boolean {
  for (const step of phrase.steps) {
    if (step.type !== 'words' || step.optional || step.needs === null) continue;
    let any = false;
    for (const need of step.needs) {
      if (present.has(need)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** Every literal word a phrase can match, for the typo corrector's vocabulary. */
export function phraseWords(phrase: CompiledPhrase): string[] {
  const out: string[] = [];
  for (const step of phrase.steps) {
    if (step.type !== 'words') continue;
    for (const option of step.options) {
      for (const { word } of option) if (word !== '*' && word !== '#') out.push(word.replace(/^=/, ''));
    }
  }
  return out;
}

export interface SentenceWords {
  tokens: string[];
  stems: string[];
  /** every token and stem, for mayMatch; filled on first use */
  present?: Set<string>;
}

function wordMatches(expected: PhraseWord, sentence: SentenceWords, at: number): boolean {
  const token = sentence.tokens[at];
  if (token === undefined) return false;
  const { word } = expected;
  if (word === '*') return true;
  if (word === '#') return /^\d+$/.test(token) || numberWords.has(token);
  if (word.startsWith('=')) return token === word.slice(1);
  return token === word || (word.length >= 4 && sentence.stems[at] === expected.stem);
}

function matchFrom(steps: Step[], index: number, sentence: SentenceWords, at: number): number {
  const step = steps[index];
  if (step === undefined) return at;
  if (step.type === 'gap') {
    for (let skip = 0; skip <= step.max && at + skip <= sentence.tokens.length; skip++) {
      const end = matchFrom(steps, index + 1, sentence, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const option of step.options) {
    let position = at;
    let ok = true;
    for (const word of option) {
      if (!wordMatches(word, sentence, position)) {
        ok = false;
        break;
      }
      position++;
    }
    if (ok) {
      const end = matchFrom(steps, index + 1, sentence, position);
      if (end >= 0) return end;
    }
  }
  return step.optional ? matchFrom(steps, index + 1, sentence, at) : -1;
}

/** All places the phrase matches in the sentence (first match from each start). */
export function findPhrase(phrase: CompiledPhrase, sentence: SentenceWords): PhraseMatch[] {
  sentence.present ??= new Set([...sentence.tokens, ...sentence.stems]);
  if (!mayMatch(phrase, sentence.present)) return [];
  const found: PhraseMatch[] = [];
  for (let start = 0; start < sentence.tokens.length; start++) {
    const end = matchFrom(phrase.steps, 0, sentence, start);
    if (end > start) found.push({ start, end });
  }
  return found;
}
