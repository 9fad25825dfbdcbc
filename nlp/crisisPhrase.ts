import { PorterStemmer } from 'natural/lib/natural/stemmers';

/**
 * The small phrase language of content/crisis-patterns.yaml, compiled to something that can be matched
 * against the words of one sentence. Words match by stem, so "overdose" also finds "overdosing" and
 * "overdosed"; typos are fixed before matching (crisisText.ts), not here.
 */

/** One position in a phrase: one of several word sequences (a slot entry can be several words). */
interface WordStep {
  type: 'words';
  options: string[][];
  optional: boolean;
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
    const options: string[][] = [];
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
    if (options.length > 0) steps.push({ type: 'words', options, optional });
  }
  return { source, steps };
}

/** Phrase words are compared with tokens that had their apostrophes removed ("won't" is spelled "will not"). */
function phraseWord(word: string): string {
  return word.replace(/'/g, '');
}

/** Every literal word a phrase can match, for the typo corrector's vocabulary. */
export function phraseWords(phrase: CompiledPhrase): string[] {
  const out: string[] = [];
  for (const step of phrase.steps) {
    if (step.type !== 'words') continue;
    for (const option of step.options) {
      for (const word of option) if (word !== '*' && word !== '#') out.push(word.replace(/^=/, ''));
    }
  }
  return out;
}

export interface SentenceWords {
  tokens: string[];
  stems: string[];
}

function wordMatches(expected: string, sentence: SentenceWords, at: number): boolean {
  const token = sentence.tokens[at];
  if (token === undefined) return false;
  if (expected === '*') return true;
  if (expected === '#') return /^\d+$/.test(token) || numberWords.has(token);
  if (expected.startsWith('=')) return token === expected.slice(1);
  return token === expected || (expected.length >= 4 && sentence.stems[at] === stem(expected));
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
  const found: PhraseMatch[] = [];
  for (let start = 0; start < sentence.tokens.length; start++) {
    const end = matchFrom(phrase.steps, 0, sentence, start);
    if (end > start) found.push({ start, end });
  }
  return found;
}
