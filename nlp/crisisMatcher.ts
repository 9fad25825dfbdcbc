import type { CrisisPatterns } from '../content/schemas/crisisPatterns';
import type { CrisisKind, CrisisSignal } from './messageAnalysis';
import { builtInCrisisPatterns, explainedByHarm, explainedByMedical } from './crisisBuiltIn';
import {
  builtInAccidents,
  builtInExceptions,
  builtInMeant,
  builtInNotMeant,
  builtInPastReferences,
  builtInPastTimes,
  builtInSlots,
} from './crisisBuiltInWords';
import {
  builtInCopyingTheStory,
  builtInDenials,
  builtInFramesAfter,
  builtInFramesOpening,
  builtInLongPast,
  builtInReasonsGiven,
  builtInStillNow,
  builtInStillStopped,
  builtInStories,
  builtInStoriesBefore,
  builtInStoriesOnScreen,
  frameFillers,
  type FrameAfter,
} from './crisisBuiltInContexts';
import { compilePhrase, findPhrase, phraseWords, type CompiledPhrase, type PhraseMatch, type Slots } from './crisisPhrase';
import { PhraseIndex, type PhraseCandidates } from './crisisPhraseIndex';
import { crisisSentences, TypoCorrector, type CrisisSentence } from './crisisText';

/**
 * The built-in crisis patterns merged with those from content, compiled once per patterns object,
 * and matched sentence by sentence.
 */

interface SourcedPhrase {
  phrase: CompiledPhrase;
  fromContent: boolean;
}

interface CompiledPattern {
  id: string;
  kind: CrisisKind;
  now: boolean;
  phrases: SourcedPhrase[];
  signs: SourcedPhrase[][];
  signsNeeded: number;
  readsThroughIdioms: boolean;
}

export interface CompiledCrisisPatterns {
  patterns: CompiledPattern[];
  builtInExceptions: CompiledPhrase[];
  /** everyday one-off accidents ("burnt myself on the pipe"), not everyday in a sentence that says it was meant */
  accidents: CompiledPhrase[];
  meant: CompiledPhrase[];
  notMeant: CompiledPhrase[];
  /** denials ("never hurt myself"): they cancel only a crisis match lying wholly inside them */
  denials: CompiledPhrase[];
  /** self-harm long past ("at school, 20 year ago"): everyday unless the message says it is back (stillNow) */
  longPast: CompiledPhrase[];
  stillNow: CompiledPhrase[];
  /** "nothing since", "doing ok these days": a now-word inside these does not bring a long-past self-harm back */
  stillStopped: CompiledPhrase[];
  /** "in the film", "on Casualty", practice on a dummy: crisis words just after these are a story, not an event */
  stories: CompiledPhrase[];
  /** named programmes ("on Casualty"): the words before them in their part are the story too */
  storiesBefore: CompiledPhrase[];
  /** "on telly": only its own part, up to a person, is the story */
  storiesOnScreen: CompiledPhrase[];
  /** "that's what I want to do": the person wants what happened in the story, so its crisis words count again */
  copyingTheStory: CompiledPhrase[];
  contentExceptions: CompiledPhrase[];
  pastTimes: CompiledPhrase[];
  /** reasons said anywhere in the message that explain a pattern's signs away, by pattern id ("headphones on") */
  reasonsGiven: Map<string, CompiledPhrase[]>;
  /** "both times", "each time": a part saying these shares the distant past of the part before it */
  pastReferences: CompiledPhrase[];
  /** a later sentence that only frames the one before it ("!! on Casualty i mean"), by what it takes back */
  framesAfter: Map<FrameAfter, CompiledPhrase[]>;
  /** a later sentence's opening that takes back the one before whatever follows it ("Just a nightmare, …") */
  framesOpening: Map<FrameAfter, CompiledPhrase[]>;
  corrector: TypoCorrector;
  /** which phrases may match a sentence; without it every phrase is asked (the plain path, kept for tests) */
  index?: PhraseIndex;
  /** the patterns each crisis phrase or sign belongs to, so a message is checked only against patterns it may match */
  patternsOf?: Map<CompiledPhrase, CompiledPattern[]>;
}

/** When one message matches several kinds, the first step decides: the ambulance first, then the person's own life. */
export const kindPriority: readonly CrisisKind[] = ['overdose', 'medical', 'suicide', 'harm'];

export function mergeSlots(content: CrisisPatterns | undefined): Slots {
  const slots: Slots = {};
  for (const [name, entries] of Object.entries(builtInCrisisPatterns.slots)) slots[name] = [...entries];
  for (const [name, entries] of Object.entries(content?.slots ?? {})) slots[name] = [...(slots[name] ?? []), ...entries];
  // Slots may name other slots ({anyone} = {me} + {other}); expand them so phrases see plain words.
  for (const name of Object.keys(slots)) slots[name] = expandSlot(slots, name, 0);
  return slots;
}

function expandSlot(slots: Slots, name: string, depth: number): string[] {
  const out: string[] = [];
  for (const entry of slots[name] ?? []) {
    const inner = /^\{([a-z]+)\}$/.exec(entry.trim());
    if (inner && depth < 3) out.push(...expandSlot(slots, inner[1] ?? '', depth + 1));
    else if (!inner) out.push(entry);
  }
  return out;
}

/** Compiles a phrase, or returns undefined (a broken content phrase must never break crisis detection). */
function tryCompile(source: string, slots: Slots, cache: SlotCache): CompiledPhrase | undefined {
  try {
    return compilePhrase(source, slots, cache);
  } catch {
    return undefined;
  }
}

type SlotCache = Parameters<typeof compilePhrase>[2];

export function compileCrisisPatterns(content: CrisisPatterns | undefined): CompiledCrisisPatterns {
  const slots = mergeSlots(content);
  // Each slot is compiled once and shared by every phrase that uses it.
  const cache: SlotCache = new Map();
  const builtInPhrases = (sources: string[]) =>
    sources.map((source) => ({ phrase: compilePhrase(source, slots, cache), fromContent: false }));
  const contentPhrases = (sources: string[]) =>
    sources
      .map((source) => tryCompile(source, slots, cache))
      .filter((phrase): phrase is CompiledPhrase => phrase !== undefined)
      .map((phrase) => ({ phrase, fromContent: true }));
  const patterns: CompiledPattern[] = builtInCrisisPatterns.patterns.map((pattern) => ({
    id: pattern.id,
    kind: pattern.kind,
    now: pattern.now,
    phrases: builtInPhrases(pattern.phrases),
    signs: pattern.signs.map(builtInPhrases),
    signsNeeded: pattern.signsNeeded,
    readsThroughIdioms: pattern.readsThroughIdioms,
  }));
  for (const added of content?.patterns ?? []) {
    const phrases = contentPhrases(added.phrases);
    const signs = added.signs.map(contentPhrases).filter((group) => group.length > 0);
    const same = patterns.find((pattern) => pattern.id === added.id && pattern.kind === added.kind);
    if (same) {
      // Added signs are new groups of their own; the built-in number needed does not change.
      same.phrases.push(...phrases);
      same.signs.push(...signs);
    } else {
      patterns.push({ id: added.id, kind: added.kind, now: added.now, phrases, signs, signsNeeded: added.signsNeeded, readsThroughIdioms: added.readsThroughIdioms });
    }
  }
  const compileAll = (sources: string[]) =>
    sources.map((source) => tryCompile(source, slots, cache)).filter((p): p is CompiledPhrase => p !== undefined);
  // Built-in words are checked by the tests, so they compile without the content's forgiving tryCompile.
  const compileBuiltIn = (sources: readonly string[]) => sources.map((source) => compilePhrase(source, slots, cache));
  const compiled = {
    patterns,
    builtInExceptions: compileBuiltIn(builtInExceptions),
    accidents: compileBuiltIn(builtInAccidents),
    meant: compileBuiltIn(builtInMeant),
    notMeant: compileBuiltIn(builtInNotMeant),
    denials: compileBuiltIn(builtInDenials),
    longPast: compileBuiltIn(builtInLongPast),
    stillNow: compileBuiltIn(builtInStillNow),
    stillStopped: compileBuiltIn(builtInStillStopped),
    stories: compileBuiltIn(builtInStories),
    storiesBefore: compileBuiltIn(builtInStoriesBefore),
    storiesOnScreen: compileBuiltIn(builtInStoriesOnScreen),
    copyingTheStory: compileBuiltIn(builtInCopyingTheStory),
    contentExceptions: compileAll(content?.exceptions ?? []),
    pastTimes: compileBuiltIn(builtInPastTimes),
    pastReferences: compileBuiltIn(builtInPastReferences),
    reasonsGiven: new Map(Object.entries(builtInReasonsGiven).map(([id, sources]) => [id, compileBuiltIn(sources)])),
    framesAfter: new Map(
      (Object.entries(builtInFramesAfter) as [FrameAfter, string[]][]).map(([frame, sources]) => [frame, compileBuiltIn(sources)]),
    ),
    framesOpening: new Map(
      (Object.entries(builtInFramesOpening) as [FrameAfter, string[]][]).map(([frame, sources]) => [frame, compileBuiltIn(sources)]),
    ),
  };
  const vocabulary = new Set<string>();
  const everyPhrase = everyCompiledPhrase(compiled);
  for (const phrase of everyPhrase) for (const word of phraseWords(phrase)) vocabulary.add(word);
  const patternsOf = new Map<CompiledPhrase, CompiledPattern[]>();
  for (const pattern of patterns) {
    for (const { phrase } of [...pattern.phrases, ...pattern.signs.flat()]) {
      const owners = patternsOf.get(phrase) ?? [];
      if (!owners.includes(pattern)) owners.push(pattern);
      patternsOf.set(phrase, owners);
    }
  }
  return { ...compiled, corrector: new TypoCorrector(vocabulary), index: new PhraseIndex(everyPhrase), patternsOf };
}

/** Every phrase the patterns, exceptions and past times hold: the typo corrector's words and the index's phrases. */
export function everyCompiledPhrase(compiled: Omit<CompiledCrisisPatterns, 'corrector'>): CompiledPhrase[] {
  return [
    ...compiled.patterns.flatMap((pattern) => [...pattern.phrases, ...pattern.signs.flat()].map((p) => p.phrase)),
    ...compiled.builtInExceptions,
    ...compiled.accidents,
    ...compiled.meant,
    ...compiled.notMeant,
    ...compiled.denials,
    ...compiled.longPast,
    ...compiled.stillNow,
    ...compiled.stillStopped,
    ...compiled.stories,
    ...compiled.storiesBefore,
    ...compiled.storiesOnScreen,
    ...compiled.copyingTheStory,
    ...compiled.contentExceptions,
    ...compiled.pastTimes,
    ...compiled.pastReferences,
    ...[...compiled.reasonsGiven.values()].flat(),
    ...[...compiled.framesAfter.values()].flat(),
    ...[...compiled.framesOpening.values()].flat(),
  ];
}

function overlaps(match: PhraseMatch, spans: PhraseMatch[]): boolean {
  return spans.some((span) => span.start < match.end && match.start < span.end);
}

/** People of the person's own ("my boyfriend", "our kid"): a later part of a story's sentence about them is not the story. */
const ownPeople = new Set([
  ...['family', 'child', 'person'].flatMap((slot) => builtInSlots[slot] ?? []).filter((word) => /^[a-z]+$/.test(word)),
  // people they live with (round 78's second families: "Was watching Casualty when I heard a thud, my flatmate's on the
  // bathroom floor and won't wake up"); not in the family slot, where "a note for my flatmate" would read as a goodbye
  'flatmate', 'housemate', 'roommate',
]);

/**
 * Someone already in the conversation, not a character: the telly's story stops at them, forward ("…on telly and he
 * went blue") and back ("my dad collapsed watching the football on tv")
 */
const storyPeople = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
/** Words after which the person's own people break into a story: "watching Casualty when my husband collapsed". */
const storyInterrupted = new Set(['when', 'while', 'whilst', 'suddenly']);

function startsOwnWords(tokens: string[], i: number): boolean {
  const word = tokens[i];
  // "my mate's" comes as "mates" (round 58's families: "…practising on the dummy but my mate's actually gone blue")
  const next = tokens[i + 1] ?? '';
  return word === 'i' || word === 'myself' || ((word === 'my' || word === 'our') && (ownPeople.has(next) || ownPeople.has(next.replace(/s$/, ''))));
}

/**
 * Whether the match shares a word an everyday phrase actually matched: the words its gaps passed over are not vouched
 * for (round 28's second-person lines: "found him in his room not breathing with blue lips" sat inside the gap of "room
 * … blue", and the whole overdose was read as a blue room). Nor are the crisis phrase's own gap words: only a word both
 * matched is shared (round 31's second-person lines: "…said no but only to get me out her room, then admitted she can't
 * stop thinking about it" is not a lift home because "get me out" sat in the phrase's gap).
 */
function sharesWords(match: PhraseMatch, spans: PhraseMatch[]): boolean {
  return spans.some((span) => {
    const from = Math.max(span.start, match.start);
    const to = Math.min(span.end, match.end);
    for (let i = from; i < to; i++) if (!inGap(span, i) && !inGap(match, i)) return true;
    return false;
  });
}

function inGap(match: PhraseMatch, i: number): boolean {
  return match.gaps?.some(([gapFrom, gapTo]) => gapFrom <= i && i < gapTo) ?? false;
}

/** Parts of the sentence that carry a distant past time ("two years ago", "in 2019"), and the words of those times. */
interface PastTimes {
  parts: Set<number>;
  words: Set<number>;
  /** parts with a recent time of their own ("tonight", "again") */
  recent: Set<number>;
  /** a stated year dates the whole sentence (see isPast) */
  dated: boolean;
}

/** A year as typed ("2019"). */
const year = /^(19|20)\d\d$/;

/** Words that bring a sentence with a stated year back to now ("had pneumonia in 2019 and now im coughing up blood"). */
const nowWords = new Set(['now', 'tonight', 'today', 'currently', 'again', 'just', 'yesterday', 'earlier', 'still', 'atm']);

/** Words that deny what follows them: "not as a kid, now", "this is not a drill" (round 88's families). */
const denyingWords = new Set(['not', 'never', 'no', 'isnt', 'wasnt']);

/** Whether a time or a story starting at `start` is denied just before it ("not as a kid", "not a drill"). */
function deniedAt(tokens: readonly string[], start: number): boolean {
  const before = tokens[start - 1] ?? '';
  return denyingWords.has(before) || (['a', 'an', 'the'].includes(before) && denyingWords.has(tokens[start - 2] ?? ''));
}

/** Whether a denial sits in the gaps of a take-back ("this is not a drill" is the opposite of "this is a drill"). */
function deniedWithin(tokens: readonly string[], span: PhraseMatch): boolean {
  for (let i = span.start; i < span.end; i++) if (inGap(span, i) && denyingWords.has(tokens[i] ?? '')) return true;
  return false;
}

function pastParts(compiled: CompiledCrisisPatterns, prepared: PreparedSentence): PastTimes {
  const { sentence } = prepared;
  const parts = new Set<number>();
  const words = new Set<number>();
  for (const span of prepared.spansOf(compiled.pastTimes)) {
    if (deniedAt(sentence.tokens, span.start)) continue;
    // (a time after "since" says it goes on now: "using her flat as a base since last month")
    if (sentence.tokens[span.start - 1] === 'since') continue;
    for (let i = span.start; i < span.end; i++) {
      parts.add(sentence.parts[i] ?? -1);
      words.add(i);
    }
  }
  sentence.tokens.forEach((token, i) => {
    if (year.test(token)) {
      parts.add(sentence.parts[i] ?? -1);
      words.add(i);
    }
  });
  // round 38: "i od'd twice back in 2016, narcan brought me round both times" (the second part is about the same two);
  // not a part with a time of its own ("…and tonight they had to bring him round again")
  const recent = new Set(prepared.nowSpans.map((span) => sentence.parts[span.start] ?? -1));
  for (const span of prepared.spansOf(compiled.pastReferences)) {
    const part = sentence.parts[span.start] ?? -1;
    if (parts.has(part - 1) && !recent.has(part)) parts.add(part);
  }
  // A stated year dates its whole sentence unless a word in it says now (the Decisions: "a panic attack in 2021" is a
  // distant time; round 77's families: "Overheated and passed out at a festival in 2015 on pills"); "since 2019" runs to now.
  const { tokens } = sentence;
  const dated =
    recent.size === 0 && !tokens.some((token) => nowWords.has(token)) && tokens.some((token, i) => year.test(token) && tokens[i - 1] !== 'since');
  return { parts, words, recent, dated };
}

function isPast(match: PhraseMatch, sentence: CrisisSentence, times: PastTimes): boolean {
  const past = times.parts;
  if (past.size === 0) return false;
  if (times.dated) return true;
  const first = sentence.parts[match.start] ?? -1;
  for (let i = match.start; i < match.end; i++) if (past.has(sentence.parts[i] ?? -1)) return true;
  // A time standing alone before a comma ("Two years ago, I OD'd") belongs to the part after it; a short time just
  // after one ("I OD'd twice, once in 2016") belongs to the part before it (round 17).
  const last = sentence.parts[match.end - 1] ?? -1;
  if (past.has(last + 1) && sentence.parts.filter((part) => part === last + 1).length <= 4) return true;
  // (not to a part with a recent time of its own: "he od'd back in 2019 and tonight the paramedics brought him back")
  if (!past.has(first - 1) || times.recent.has(first)) return false;
  // ... but only a time nearly alone: "stopped my vallies last week, woke up on the floor" is two events (round 17)
  let before = 0;
  let otherWords = 0;
  sentence.parts.forEach((part, i) => {
    if (part !== first - 1) return;
    before++;
    if (!times.words.has(i)) otherWords++;
  });
  return before <= 5 && otherWords <= 2;
}

/** How many words after a story marker ("in the film") still belong to the story. */
const storyReach = 12;

/**
 * A sentence with its everyday phrases and past times, worked out only when a crisis phrase is found in it:
 * most messages match no crisis phrase, and checking ~100 exceptions per sentence was a large share of the time.
 */
class PreparedSentence {
  private idioms?: PhraseMatch[];
  private pastAndStory?: PhraseMatch[];
  private accidental?: PhraseMatch[];
  private denied?: PhraseMatch[];
  private content?: PhraseMatch[];
  private pastParts?: PastTimes;
  private now?: PhraseMatch[];
  readonly candidates?: PhraseCandidates;
  /** the sentence after this one, which may only frame it (set by matchCrisis) */
  next?: PreparedSentence;
  constructor(
    readonly sentence: CrisisSentence,
    private readonly compiled: CompiledCrisisPatterns,
    /** whether anything in the whole message says a long-past self-harm is back or now */
    private readonly messageSaysNow: () => boolean = () => false,
    /** whether the person says they want what happened in a story ("in the film he jumps. thats what i want to do") */
    private readonly messageCopiesStory: () => boolean = () => false,
  ) {
    this.candidates = compiled.index?.candidates(sentence);
  }
  /** Where the phrase matches; phrases the index rules out are not tried. */
  find(phrase: CompiledPhrase): PhraseMatch[] {
    return this.candidates && !this.candidates.mayMatch(phrase) ? [] : findPhrase(phrase, this.sentence);
  }
  spansOf(phrases: CompiledPhrase[]): PhraseMatch[] {
    return phrases.flatMap((phrase) => this.find(phrase));
  }
  /** The built-in everyday phrases: idioms, questions, reasons ("my feet are killing me"). */
  get idiomSpans(): PhraseMatch[] {
    return (this.idioms ??= this.spansOf(this.compiled.builtInExceptions));
  }
  /** Self-harm long past and stories: what they cover is not happening now, whatever the pattern. */
  get pastAndStorySpans(): PhraseMatch[] {
    return (this.pastAndStory ??= [
      ...(this.messageSaysNow() ? [] : this.spansOf(this.compiled.longPast)),
      ...(this.messageCopiesStory() ? [] : this.storySpans()),
    ]);
  }
  /**
   * One-off accidents ("burnt myself on the pipe"): not self-harm, so they hide the other kinds' words; but a burn or a
   * cut from an accident can still be a medical emergency (round 54's second person: "burnt me hand propa on the pipe
   * glass … the skins slidin off"), so medical patterns read through them.
   */
  get accidentSpans(): PhraseMatch[] {
    // (the next sentence may say it, a turn: "just an accident I told the nurse. It wasn't, I did it on purpose")
    return (this.accidental ??= this.saysMeant() || this.next?.saysMeant() ? [] : this.spansOf(this.compiled.accidents));
  }
  get denialSpans(): PhraseMatch[] {
    return (this.denied ??= this.spansOf(this.compiled.denials));
  }
  /**
   * A story marker and the twelve words after it ("in that film the lad ODs and they stab him"); for a named programme or
   * the telly, the words before it in its part too.
   */
  private storySpans(): PhraseMatch[] {
    const { tokens, parts } = this.sentence;
    const startsPerson = (i: number) => startsOwnWords(tokens, i) || storyPeople.has(tokens[i] ?? '');
    // a named programme follows its event as often as it leads it (round 38: "someone got stabbed on casualty last night"):
    // the story starts with the programme's part, unless someone of theirs is in it ("my dad collapsed watching the
    // football on tv" is real)
    const reachBack = (span: PhraseMatch) => {
      const start = parts.indexOf(parts[span.start] ?? -1);
      for (let i = start; i < span.start; i++) if (startsPerson(i)) return span.start;
      return start;
    };
    const before = this.spansOf(this.compiled.storiesBefore).map((span) => ({ start: reachBack(span), end: span.end }));
    const onScreen = this.spansOf(this.compiled.storiesOnScreen).map((span) => {
      let end = span.end;
      while (end < tokens.length && parts[end] === parts[span.start] && !startsPerson(end)) end++;
      return { start: reachBack(span), end };
    });
    const after = this.spansOf(this.compiled.stories).filter((span) => !deniedAt(tokens, span.start)).map((span) => {
      let end = Math.min(tokens.length, span.end + storyReach);
      // the person's own words in a later part are not the story (after round 22: "…where she jumps off the bridge,
      // honestly I've been thinking about doing the same"; not "in the book I'm reading the character jumps"), nor are
      // their own people's (round 31's second-person lines: "watching a documentary about heroin and my boyfriend's gone
      // blue")
      const storyPart = parts[span.end - 1];
      for (let i = span.end; i < end; i++) {
        if (!startsOwnWords(tokens, i)) continue;
        if (parts[i] !== storyPart) end = Math.max(span.end, parts.indexOf(parts[i] ?? -1));
        // nor from "when" or "while" on, in the same part (round 84's families: "Was watching Casualty when my husband
        // started clutching his chest")
        else if (storyInterrupted.has(tokens[i - 1] ?? '')) end = Math.max(span.end, i - 1);
      }
      // the whole reach is the story, gaps included ("watching casualty and someone overdosed on it")
      return { start: span.start, end };
    });
    return [...before, ...onScreen, ...after];
  }
  /** Whether this sentence says the person wants to do what the story's character did. */
  copiesStory(): boolean {
    return this.spansOf(this.compiled.copyingTheStory).length > 0;
  }
  /** Words saying something is back or now ("started again", "lately", "tonight"): asked by the message and its past times */
  get nowSpans(): PhraseMatch[] {
    return (this.now ??= this.spansOf(this.compiled.stillNow));
  }
  /**
   * Whether this sentence says something is back or now: not a now-word inside words saying it stayed stopped (round 58's
   * case notes: "self-harm scars from about 2010, nothing recent", "keywork today: …", "doing ok these days").
   */
  saysNow(): boolean {
    if (this.nowSpans.length === 0) return false;
    const stopped = this.spansOf(this.compiled.stillStopped);
    return this.nowSpans.some((span) => !overlaps(span, stopped));
  }
  /**
   * "on purpose", "deliberately" (not "not on purpose"): an accident's words then describe self-harm. A "not" counts only
   * in the same part (round 95: "It wasn't, I did it on purpose" says it was meant).
   */
  private saysMeant(): boolean {
    const { parts } = this.sentence;
    const notMeant = this.spansOf(this.compiled.notMeant).filter((span) => parts[span.start] === parts[span.end - 1]);
    return this.spansOf(this.compiled.meant).some((span) => !overlaps(span, notMeant));
  }
  get contentSpans(): PhraseMatch[] {
    return (this.content ??= this.spansOf(this.compiled.contentExceptions));
  }
  get past(): PastTimes {
    return (this.pastParts ??= pastParts(this.compiled, this));
  }
  /** What the next sentence takes back of this one, asked only when a crisis phrase is found here. */
  get framedBy(): FrameAfter | undefined {
    if (this.framedByNext === undefined) this.framedByNext = this.next?.framesBefore() ?? null;
    return this.framedByNext ?? undefined;
  }
  private framedByNext?: FrameAfter | null;
  /**
   * What this sentence takes back of the one before: an opening that says so whatever follows (builtInFramesOpening), or a
   * frame that starts the sentence and, with filler words, is the whole of its first part (a past time: the whole
   * sentence, of at most six words).
   */
  private framesBefore(): FrameAfter | undefined {
    const { tokens, parts } = this.sentence;
    const opening = this.openingAt(0);
    if (opening) return opening;
    if (this.tellsOfThePast()) return 'past';
    const past = this.frameOf(0, tokens.length);
    if (past === 'past' && tokens.length <= 6) return past;
    const frame = this.frameOf(0, parts.filter((part) => part === parts[0]).length);
    // (a distant time that says nothing came since: "I had a seizure on the bus. Years ago mind, back when I was on the
    // benzos, nothing since")
    if (frame === 'past') return this.saysNothingSince() ? frame : undefined;
    return frame;
  }
  /**
   * Where a later part of this sentence is only a frame for the parts before it ("my lad got shot in the head last night
   * lol, on Call of Duty"): the frame, and the first word of its part. Past times within a sentence are isPast's, but
   * not a part that points back to a distant past (tellsOfThePast).
   */
  get partFrame(): { frame: FrameAfter; from: number } | undefined {
    if (this.framedParts === undefined) {
      const { parts } = this.sentence;
      this.framedParts = null;
      for (let from = parts.length - 1; from > 0; from--) {
        if (parts[from - 1] === parts[from]) continue;
        // (an opening may turn its own sentence too: "…foaming at the mouth, that was the bit in EastEnders")
        const framed = this.frameOf(from, parts.lastIndexOf(parts[from] ?? -1) + 1);
        const frame = framed === 'past' ? undefined : framed ?? this.openingAt(from) ?? (this.tellsOfThePast(from) ? 'past' : undefined);
        if (frame) {
          this.framedParts = { frame, from };
          break;
        }
      }
    }
    return this.framedParts ?? undefined;
  }
  private framedParts?: { frame: FrameAfter; from: number } | null;
  private frameSpans?: [FrameAfter, PhraseMatch[]][];
  /**
   * The frame that starts at `from` and, with filler words, runs to `end`. Not a story the person says they want to copy
   * ("in the film he jumps. thats what i want to do"): its words count again.
   */
  private frameOf(from: number, end: number): FrameAfter | undefined {
    const { tokens } = this.sentence;
    this.frameSpans ??= [...this.compiled.framesAfter].map(([frame, phrases]) => [frame, this.spansOf(phrases)]);
    for (const [frame, spans] of this.frameSpans) {
      for (const span of spans) {
        if (span.start !== from || span.end > end) continue;
        let only = true;
        for (let i = span.end; i < end && only; i++) only = frameFillers.has(tokens[i] ?? '');
        if (only) return this.unlessCopied(frame);
      }
    }
    return undefined;
  }
  /**
   * What words starting at `from` take back of the words before them, whatever follows: an opening that says so
   * (builtInFramesOpening), or a correction to a thing ("All my morning meds I mean").
   */
  private openingAt(from: number): FrameAfter | undefined {
    const { tokens } = this.sentence;
    for (const [frame, phrases] of this.compiled.framesOpening) {
      const span = this.spansOf(phrases).find((found) => found.start === from && !deniedWithin(tokens, found));
      if (span) return this.hedgedAfter(span.end) ? undefined : this.unlessCopied(frame);
    }
    if (correctsToAThing(tokens, from)) return 'unreal';
    // (an apology or a laugh may lead it: "He's not breathing! Sorry, that's the end of Casualty")
    return openingLeads.has(tokens[from] ?? '') && from + 1 < tokens.length ? this.openingAt(from + 1) : undefined;
  }
  /** Whether a hedge follows a take-back at `end`, in this sentence or opening the next ("…haha. jk. kind of"). */
  private hedgedAfter(end: number): boolean {
    const { tokens } = this.sentence;
    const after = end < tokens.length ? tokens.slice(end, end + 2) : (this.next?.sentence.tokens.slice(0, 2) ?? []);
    return hedges.has(after[0] ?? '') || hedges.has(after.join(' '));
  }
  /**
   * Whether this sentence says the one before was someone's distant past (round 90: "Wasn't breathing when they found
   * him. That was my granddad in the war"; its families: "My nan, as a kid in the canal back in the 60s"): it starts by
   * pointing back ("that was") or with one of the person's people, its first part carries a distant time, and nothing in
   * it says the thing is back ("That was in 2019, but it's started again"). `from`: where its words start (a later part
   * of a sentence may do the same: "Found him not breathing in the snow: that's the story of my great-grandad in the
   * trenches").
   */
  private tellsOfThePast(from = 0): boolean {
    const { tokens, parts } = this.sentence;
    const pointsBackAt = (i: number) => ['that', 'this', 'it'].includes(tokens[i] ?? '') && ['was', 'is', 'were'].includes(tokens[i + 1] ?? '');
    // (or just after a time standing alone: "Every summer as a kid, that was our thing")
    const second = parts.indexOf((parts[from] ?? 0) + 1, from);
    const pointsBack = pointsBackAt(from) || (second > from && second - from <= 6 && pointsBackAt(second));
    // (one of their people only as the whole of the sentence's first part, told about: "My nan, as a kid…"; not "my mum
    // used to do that", which says nothing of the sentence before)
    const named = from === 0 && startsOwnWords(tokens, 0) && parts.filter((part) => part === parts[0]).length <= 3;
    if (!pointsBack && !named) return false;
    if (tokens.some((token, i) => i >= from && backAgain.has(token))) return false;
    const { words, recent } = this.past;
    // (its distant time within its first twelve words: "My nan, as a kid in the canal back in the 60s")
    const near = (i: number) => i >= from && i < from + 12 && !recent.has(parts[i] ?? -1);
    return [...words].some(near) || this.spansOf(this.compiled.longPast).some((span) => near(span.start));
  }
  /** Whether this sentence says nothing happened since ("nothing since", "none since", "never since"), and nothing is back. */
  private saysNothingSince(): boolean {
    const { tokens } = this.sentence;
    if (tokens.some((token) => backAgain.has(token) && token !== 'but')) return false;
    return tokens.some((token, i) => token === 'since' && tokens.slice(Math.max(0, i - 3), i).some((word) => noneWords.has(word)));
  }
  /** No story frame when the person says they want to do what the story's character did ("thats what i want to do"). */
  private unlessCopied(frame: FrameAfter): FrameAfter | undefined {
    return frame === 'unreal' && this.messageCopiesStory() ? undefined : frame;
  }
}

/** Words that may lead an opening without changing it (round 96: "Sorry, that's the end of Casualty"). */
const openingLeads = new Set(['sorry', 'soz', 'oops', 'whoops', 'lol', 'haha', 'hahaha', 'lmao', 'omg', 'ah', 'oh', 'ok', 'okay']);

/** Hedges that half take back a take-back ("jk. kind of", "only joking, sort of"). */
const hedges = new Set(['kind of', 'kinda', 'sort of', 'sorta', 'not really', 'half', 'maybe', 'or not', 'partly', 'ish', 'or am']);

/** Words that, just before "since", say nothing happened after ("nothing since", "not had one since"). */
const noneWords = new Set(['nothing', 'none', 'never', 'not', 'no', 'nowt', 'nout']);

/** Words saying a past thing is back, which stop a later sentence's distant time from dating the one before. */
const backAgain = new Set(['again', 'but', 'started', 'starting', 'happening', 'returned', 'tonight', 'today', 'recently', 'lately']);

/** Words that make a correction say more, not less ("All of them I mean", "Tonight I mean"). */
const correctionSaysMore = new Set([
  'all', 'every', 'everything', 'whole', 'lot', 'lots', 'loads', 'both', 'more', 'rest', 'entire', 'much', 'many', 'too',
  'tonight', 'now', 'today', 'soon', 'tomorrow', 'later', 'still', 'again', 'ever', 'forever',
]);
/** Words saying a correction's "all" is the everyday round ("All my morning meds I mean", "The usual lot I mean"). */
const correctionRoutine = new Set([
  'morning', 'mornings', 'evening', 'evenings', 'night', 'nightly', 'bedtime', 'breakfast', 'usual', 'normal', 'daily',
  'regular', 'prescribed', 'todays', 'vitamins', 'vits',
]);
/** A correction that says where, with what or to whom ("In the bath I mean", "With a knife I mean") is no smaller. */
const correctionWhere = new Set(['in', 'on', 'at', 'under', 'behind', 'outside', 'inside', 'near', 'by', 'into', 'with', 'upstairs', 'downstairs', 'off']);
/** Crisis words a correction may not carry ("Not breathing I mean", "Gone blue I mean"). */
const correctionCrisisWords = new Set([
  'breathing', 'breathe', 'breath', 'blue', 'grey', 'dead', 'dying', 'die', 'died', 'kill', 'killed', 'overdose', 'overdosed',
  'unconscious', 'collapsed', 'fitting', 'seizure', 'fit', 'bleeding', 'blood', 'cut', 'cutting', 'hanging', 'rope', 'jump',
  'stab', 'stabbed', 'knife', 'gun', 'pills', 'tablets', 'gear', 'heroin', 'methadone', 'meth', 'fent', 'fentanyl', 'drugs',
  'drug', 'dose', 'doses', 'suicide', 'suicidal', 'poison', 'bleach', 'end', 'responding', 'moving', 'waking', 'wake',
]);
/** Words a laugh turns: "Collapsed laughing, I mean" is not a collapse. */
const laughWords = new Set(['laughing', 'laughin', 'laughter', 'giggles', 'giggling', 'stitches']);

/**
 * Whether the words at `from` correct the sentence before to a thing, with "I mean" after at most six words (round 90:
 * "Took all my pills this morning. All my morning meds I mean"; "Someone's not responding. The app I mean"; "To the
 * antibiotics I mean"). Not a correction to a person ("My dad I mean"), a time, a place or a weapon, nor one that says
 * more ("All of them I mean"), nor one carrying crisis words of its own unless a laugh turns them.
 */
function correctsToAThing(tokens: readonly string[], from: number): boolean {
  let mean = -1;
  for (let i = from + 1; i <= from + 6 && i + 1 < tokens.length; i++) {
    if (tokens[i] === 'i' && (tokens[i + 1] === 'mean' || tokens[i + 1] === 'meant')) {
      mean = i;
      break;
    }
  }
  if (mean < 0) return false;
  const said = tokens.slice(from, mean);
  // (not "if you know what I mean", which says the sentence before meant more)
  if (correctionWhere.has(said[0] ?? '') || said.includes('know') || said.includes('you')) return false;
  if (said.some((word, i) => storyPeople.has(word) || ['i', 'me', 'myself', 'someone', 'somebody', 'anyone'].includes(word) || ownPeople.has(word) || startsOwnWords(said, i))) return false;
  if (said.some((word) => /\d/.test(word))) return false;
  const routine = said.some((word) => correctionRoutine.has(word));
  if (!routine && said.some((word) => correctionSaysMore.has(word))) return false;
  const laughed = said.some((word) => laughWords.has(word));
  return laughed || routine || !said.some((word) => correctionCrisisWords.has(word));
}

/** Whether a frame takes back this pattern's words (builtInFramesAfter): `frame` is the next sentence's or a later part's. */
function takenBack(pattern: CompiledPattern, frame: FrameAfter | undefined): boolean {
  switch (frame) {
    case 'unreal':
      return true;
    case 'phone':
      return pattern.kind === 'overdose' || pattern.kind === 'medical';
    case 'past':
      return pattern.now;
    case 'accident':
      return pattern.kind === 'suicide';
    default:
      return false;
  }
}

/** True when the phrase is in the sentence somewhere that is not an everyday phrase nor (for `now`) the distant past. */
function counts(phrase: SourcedPhrase, pattern: CompiledPattern, prepared: PreparedSentence): boolean {
  const { now } = pattern;
  const { sentence } = prepared;
  if (takenBack(pattern, prepared.framedBy)) return false;
  const partFrame = prepared.partFrame;
  return prepared.find(phrase.phrase).some(
    (match) =>
      // (a match that starts before the frame and reads on into it is taken back too: "taken the lot this morning, all my
      // prescribed meds I mean")
      !(partFrame && match.start < partFrame.from && takenBack(pattern, partFrame.frame)) &&
      (pattern.readsThroughIdioms || !sharesWords(match, prepared.idiomSpans)) &&
      !sharesWords(match, prepared.pastAndStorySpans) &&
      (pattern.kind === 'medical' || !sharesWords(match, prepared.accidentSpans)) &&
      !prepared.denialSpans.some((span) => span.start <= match.start && match.end <= span.end) &&
      !(phrase.fromContent && sharesWords(match, prepared.contentSpans)) &&
      !(now && isPast(match, sentence, prepared.past)),
  );
}

function patternMatches(pattern: CompiledPattern, sentences: PreparedSentence[]): boolean {
  if (sentences.some((prepared) => pattern.phrases.some((phrase) => counts(phrase, pattern, prepared)))) return true;
  if (pattern.signs.length < pattern.signsNeeded) return false;
  let groups = 0;
  for (const group of pattern.signs) {
    if (sentences.some((prepared) => group.some((phrase) => counts(phrase, pattern, prepared)))) groups++;
    if (groups >= pattern.signsNeeded) return true;
  }
  return false;
}

/** Patterns with a phrase or sign the index left in for some sentence; undefined when there is no index (all may). */
function patternsInPlay(compiled: CompiledCrisisPatterns, sentences: PreparedSentence[]): Set<CompiledPattern> | undefined {
  const { patternsOf } = compiled;
  if (!patternsOf) return undefined;
  // A pattern needing no signs at all would match on none (the schema asks for 2; kept exact anyway).
  const live = new Set<CompiledPattern>(compiled.patterns.filter((pattern) => pattern.signsNeeded <= 0 && pattern.signs.length > 0));
  for (const { candidates } of sentences) {
    if (!candidates) return undefined;
    for (const phrase of candidates.found) for (const pattern of patternsOf.get(phrase) ?? []) live.add(pattern);
  }
  return live;
}

/** Whether the message says a reason that explains this pattern's signs away (builtInReasonsGiven). */
function reasonGiven(pattern: CompiledPattern, compiled: CompiledCrisisPatterns, sentences: PreparedSentence[]): boolean {
  const reasons = compiled.reasonsGiven.get(pattern.id);
  return reasons !== undefined && sentences.some((prepared) => prepared.spansOf(reasons).length > 0);
}

/** The first of the named patterns, in pattern order, that matches: what explains a weaker pattern's words. */
function explainingPattern(ids: readonly string[], compiled: CompiledCrisisPatterns, sentences: PreparedSentence[]): CompiledPattern | undefined {
  return compiled.patterns.find((candidate) => ids.includes(candidate.id) && patternMatches(candidate, sentences));
}

/** The message's sentences, each knowing the one after it and what the whole message says. */
function prepareSentences(raw: string, compiled: CompiledCrisisPatterns): PreparedSentence[] {
  let saysNow: boolean | undefined;
  const messageSaysNow = () => (saysNow ??= sentences.some((prepared) => prepared.saysNow()));
  let copies: boolean | undefined;
  const messageCopiesStory = () => (copies ??= sentences.some((prepared) => prepared.copiesStory()));
  const sentences: PreparedSentence[] = crisisSentences(raw, compiled.corrector).map(
    (sentence) => new PreparedSentence(sentence, compiled, messageSaysNow, messageCopiesStory),
  );
  sentences.forEach((prepared, i) => (prepared.next = sentences[i + 1]));
  return sentences;
}

/** What the patterns make of a message: their signal, and the words still meant, worked out only when asked. */
export interface CrisisPatternReading {
  signal: CrisisSignal | null;
  /**
   * The message as the learned reader should read it: without the words a later sentence or part takes back as unreal
   * or long past (round 90: "Lips blue, not moving, no pulse. It's the training dummy…"). A bag of words cannot be
   * taken back, so what was taken back is not given to it. The message as typed when nothing is.
   */
  wordsStillMeant(): string;
}

/**
 * Reads a message once for both: the sentences prepared for the patterns (their frames already worked out where a crisis
 * phrase was found) also give the reader its words, so a message no pattern matched is not split and corrected twice.
 */
export function readCrisisPatterns(raw: string, compiled: CompiledCrisisPatterns): CrisisPatternReading {
  const sentences = prepareSentences(raw, compiled);
  return { signal: matchSentences(sentences, compiled), wordsStillMeant: () => keptWords(raw, sentences) };
}

function keptWords(raw: string, sentences: PreparedSentence[]): string {
  const meant = (frame: FrameAfter | undefined) => frame !== 'unreal' && frame !== 'past';
  let changed = false;
  const kept: string[] = [];
  for (const prepared of sentences) {
    if (!meant(prepared.framedBy)) {
      changed = true;
      continue;
    }
    const partFrame = prepared.partFrame;
    const from = partFrame && !meant(partFrame.frame) ? partFrame.from : 0;
    if (from > 0) changed = true;
    kept.push(prepared.sentence.tokens.slice(from).join(' '));
  }
  return changed ? kept.join('. ') : raw;
}

export function matchCrisis(raw: string, compiled: CompiledCrisisPatterns): CrisisSignal | null {
  return matchSentences(prepareSentences(raw, compiled), compiled);
}

function matchSentences(sentences: PreparedSentence[], compiled: CompiledCrisisPatterns): CrisisSignal | null {
  const live = patternsInPlay(compiled, sentences);
  let best: CrisisSignal | null = null;
  let bestRank = kindPriority.length;
  // overdose patterns whose signs a medical pattern may explain: kept aside while a stronger one is looked for
  const weak: CompiledPattern[] = [];
  for (const pattern of compiled.patterns) {
    const rank = kindPriority.indexOf(pattern.kind);
    if (rank >= bestRank || (live && !live.has(pattern)) || !patternMatches(pattern, sentences)) continue;
    if (reasonGiven(pattern, compiled, sentences)) continue;
    // (the harm pattern that explains it is found later in this loop, unless a stronger pattern is; own keys only, as a
    // content pattern may be called anything)
    if (Object.hasOwn(explainedByHarm, pattern.id) && explainingPattern(explainedByHarm[pattern.id] ?? [], compiled, sentences)) continue;
    if (rank === 0 && Object.hasOwn(explainedByMedical, pattern.id)) {
      weak.push(pattern);
      continue;
    }
    best = { kind: pattern.kind, pattern: pattern.id };
    bestRank = rank;
    if (rank === 0) return best;
  }
  // medical only when every weak overdose pattern that matched is explained (round 20: coughing blood and breathless
  // after crack matches two of them, and the blood explains both)
  let explainedBy: CompiledPattern | undefined;
  for (const pattern of weak) {
    const explaining = explainingPattern(explainedByMedical[pattern.id] ?? [], compiled, sentences);
    if (!explaining) return { kind: pattern.kind, pattern: pattern.id };
    explainedBy ??= explaining;
  }
  return explainedBy ? { kind: explainedBy.kind, pattern: explainedBy.id } : best;
}
