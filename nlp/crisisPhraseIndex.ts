import type { CompiledPhrase, SentenceWords } from './crisisPhrase';

/**
 * Which phrases can possibly match a sentence, looked up from the sentence's words instead of asking all
 * ~550 phrases in turn (that per-phrase check was about half of crisis time). Each phrase is filed under
 * one of its required steps, the one whose words the fewest other phrases also need (so "overdose"
 * rather than "my"); a phrase none of whose filed words is in the sentence cannot match it. The answer is
 * a superset: `findPhrase` still checks every required step and matches as before, so results are unchanged.
 */
export class PhraseIndex {
  private readonly byWord = new Map<string, CompiledPhrase[]>();
  /** phrases with no required step: asked about every sentence */
  private readonly always: CompiledPhrase[] = [];
  private readonly indexed = new Set<CompiledPhrase>();

  constructor(phrases: Iterable<CompiledPhrase>) {
    const unique = new Set(phrases);
    const phrasesNeeding = new Map<string, number>();
    for (const phrase of unique) {
      for (const need of phrase.needs) for (const word of need) phrasesNeeding.set(word, (phrasesNeeding.get(word) ?? 0) + 1);
    }
    const cost = (need: Set<string>) => {
      let sum = 0;
      for (const word of need) sum += phrasesNeeding.get(word) ?? 0;
      return sum;
    };
    for (const phrase of unique) {
      this.indexed.add(phrase);
      let key: Set<string> | undefined;
      for (const need of phrase.needs) if (!key || cost(need) < cost(key)) key = need;
      if (!key) {
        this.always.push(phrase);
        continue;
      }
      for (const word of key) {
        const list = this.byWord.get(word);
        if (list) list.push(phrase);
        else this.byWord.set(word, [phrase]);
      }
    }
  }

  /** The phrases of this index that may match the sentence. */
  candidates(sentence: SentenceWords): PhraseCandidates {
    const found = new Set<CompiledPhrase>(this.always);
    for (let i = 0; i < sentence.tokens.length; i++) {
      this.addFiledUnder(sentence.tokens[i], found);
      if (sentence.stems[i] !== sentence.tokens[i]) this.addFiledUnder(sentence.stems[i], found);
    }
    return new PhraseCandidates(this.indexed, found);
  }

  private addFiledUnder(word: string | undefined, found: Set<CompiledPhrase>): void {
    const list = word === undefined ? undefined : this.byWord.get(word);
    if (list) for (const phrase of list) found.add(phrase);
  }
}

export class PhraseCandidates {
  constructor(
    private readonly indexed: ReadonlySet<CompiledPhrase>,
    /** the indexed phrases that may match; any other indexed phrase certainly does not */
    readonly found: ReadonlySet<CompiledPhrase>,
  ) {}

  /** False only when the phrase certainly does not match; a phrase this index never saw may always match. */
  mayMatch(phrase: CompiledPhrase): boolean {
    return this.found.has(phrase) || !this.indexed.has(phrase);
  }
}
