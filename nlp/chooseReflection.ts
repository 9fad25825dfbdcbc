import type { ReflectionTemplate, ReflectionsFile, ReflectionWhen } from '../content/schemas/reflections';
import type { MessageAnalysis } from './messageAnalysis';
import { normalise } from './normalise';
import { reflectClause, reflectStatement } from './reflect';
import { isVerbPhrase } from './verbPhrase';

/**
 * Picks one reflection for what the person just said (shared/research/mi.md §4), from content templates:
 * double-sided when they have said both change and sustain things (ending on change), otherwise the most
 * specific complex template that fits, otherwise their own words turned round. Pure: no I/O, no randomness.
 */

export interface ReflectionMemory {
  /** the bot's lines from the last 10 turns; nothing here is said again */
  recent: string[];
  /** something the person said for change, in their own words */
  saidChange?: string;
  /** something the person said for carrying on, in their own words */
  saidSustain?: string;
  /** the person's own word for their drug ("gear"), to mirror */
  substanceWord?: string;
}

export interface ReflectionTemplates extends ReflectionsFile {
  /** how to name feelings and life areas in a line (content/feelings.yaml and topics.yaml `name`) */
  names: { feelings: Record<string, string>; topics: Record<string, string> };
}

export interface ChosenReflection {
  text: string;
  kind: 'reflection-simple' | 'reflection-complex';
}

export const maxReflectionWords = 25;

/** Feelings too raw for anything that could read as sarcasm. */
const hardFeelings = new Set(['low', 'angry', 'scared', 'ashamed', 'lonely', 'tired', 'stressed']);


function fits(when: ReflectionWhen, analysis: MessageAnalysis, substanceWord: string | undefined): boolean {
  if (when.talk && when.talk !== analysis.talk) return false;
  if (when.kind && when.kind !== (analysis.talk === 'sustain' ? analysis.sustainKind : analysis.changeKind)) return false;
  if (when.feeling && !(when.feeling === 'any' ? analysis.feelings.length > 0 : analysis.feelings.includes(when.feeling))) return false;
  if (when.topic && !(when.topic === 'any' ? analysis.topics.length > 0 : analysis.topics.includes(when.topic))) return false;
  if (when.substance) {
    const named = analysis.substances.map((s) => s.substance);
    if (when.substance === 'any' ? named.length === 0 && !substanceWord : !named.includes(when.substance)) return false;
  }
  if (when.discord !== undefined && when.discord !== analysis.discord) return false;
  if (when.ambivalent !== undefined && when.ambivalent !== (analysis.ambivalent === true)) return false;
  return true;
}

const exact = (value: string | undefined, weight: number) => (value === undefined ? 0 : value === 'any' ? 1 : weight);

/** Worked out once per template: templates are asked on every reflection, several times a turn. */
const specificities = new WeakMap<ReflectionWhen, number>();

function specificity(when: ReflectionWhen): number {
  let known = specificities.get(when);
  if (known === undefined) {
    known = specificityOf(when);
    specificities.set(when, known);
  }
  return known;
}

function specificityOf(when: ReflectionWhen): number {
  return (when.talk ? 1 : 0) + (when.kind ? 2 : 0) + exact(when.feeling, 3) + exact(when.topic, 3) + exact(when.substance, 2) + (when.discord ? 3 : 0) + (when.ambivalent ? 3 : 0);
}

/** Words after which a place-holder must be a whole clause: "Sounds like talking to your worker" is not English. */
const needsClause = /\b(like|feels?|that|because)\s+$/i;

function fill(template: ReflectionTemplate, values: Record<string, string | undefined>): string | null {
  let missing = false;
  const text = template.text.replace(/\{([a-z]+)\}/g, (_, name: string, at: number) => {
    const value = values[name];
    if (!value) missing = true;
    else if (isVerbPhrase(value) && needsClause.test(template.text.slice(0, at))) missing = true;
    return value ?? '';
  });
  if (missing) return null;
  const tidy = text.replace(/\s+/g, ' ').replace(/\.\./g, '.').trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A line reduced to its words, to tell the same line said again. */
const lineWords = (line: string) => line.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** What the person said, turned round for use inside a line; null if nothing short and clear. */
function ownWords(text: string | undefined): string | null {
  if (!text) return null;
  const normalised = normalise(text);
  return reflectClause(normalised) ?? reflectStatement(normalised);
}

export function chooseReflection(analysis: MessageAnalysis, memory: ReflectionMemory, templates: ReflectionTemplates): ChosenReflection | null {
  // Crisis has its own flow; a bare command or yes/no has nothing to reflect.
  if (analysis.crisis || analysis.empty || analysis.command) return null;
  // A bare ruler answer ("about a 7") is answered by the ruler step, not reflected as change or sustain talk.
  if (analysis.ruler !== null && analysis.reflection === null) return null;

  const feeling = analysis.feelings[0];
  const topic = analysis.topics[0];
  const substanceWord = analysis.substances[0]?.word ?? memory.substanceWord;
  const values: Record<string, string | undefined> = {
    clause: analysis.reflection ?? undefined,
    substance: substanceWord,
    feeling: feeling ? (templates.names.feelings[feeling] ?? feeling) : undefined,
    topic: topic ? templates.names.topics[topic] : undefined,
    change: ownWords(analysis.talk === 'change' ? undefined : memory.saidChange) ?? (analysis.talk === 'change' ? analysis.reflection ?? undefined : undefined),
    sustain: ownWords(analysis.talk === 'sustain' ? undefined : memory.saidSustain) ?? (analysis.talk === 'sustain' ? analysis.reflection ?? undefined : undefined),
  };
  // Never anything that could read as sarcasm about danger; an analysis that does not say is treated as risky.
  const recentWords = new Set(memory.recent.map(lineWords));
  const hardOrRisky = analysis.discord || analysis.risky !== false || analysis.feelings.some((f) => hardFeelings.has(f));

  const usable = (template: ReflectionTemplate): string | null => {
    if (!fits(template.when, analysis, substanceWord)) return null;
    // Pushing back at the bot is answered first ("you sound like my social worker" is not a reason for change).
    if (analysis.discord && template.style !== 'simple' && !template.when.discord) return null;
    // "can i stop on my own" asks about ability; "You know you've got it in you" would answer it for them. (A
    // statement that only starts like a question, "will stop tomorrow", has a clause of its own.)
    if (analysis.question && analysis.reflection === null && analysis.talk === 'change' && template.when.kind) return null;
    // "So it's the pregabs." answers nothing when they asked whether mixing pregabs is safe.
    if (analysis.question && template.style === 'simple' && !template.text.includes('{clause}')) return null;
    if (template.style === 'amplified' && (!templates.allowAmplified || hardOrRisky || analysis.talk !== 'sustain')) return null;
    const text = fill(template, values);
    if (!text || wordCount(text) > maxReflectionWords) return null;
    if (recentWords.has(lineWords(text))) return null;
    return text;
  };
  // The most specific usable template, the first listed among equals. A template that could not beat the best so
  // far is not filled in at all.
  const pick = (style: ReflectionTemplate['style'][]) => {
    let best: { rank: number; text: string } | null = null;
    for (const template of templates.reflections) {
      if (!style.includes(template.style)) continue;
      const rank = specificity(template.when);
      if (best && rank <= best.rank) continue;
      const text = usable(template);
      if (text !== null) best = { rank, text };
    }
    return best?.text ?? null;
  };

  // Ambivalence voiced (now or before): both sides, ending on change.
  const ambivalent = analysis.talk !== 'neutral' && values.change && values.sustain && values.change !== values.sustain;
  const double = ambivalent ? pick(['double-sided']) : null;
  if (double) return { text: double, kind: 'reflection-complex' };

  // Sustain talk gets a brief reflection in the person's own words when there are some (mi.md §5); so does
  // talk only the model guessed at, because a complex line would build on a guess.
  const guessed = analysis.talkSource === 'model' && !analysis.ambivalent;
  const simpleFirst = (analysis.talk === 'sustain' || guessed) && !analysis.ambivalent && !analysis.discord && analysis.feelings.length === 0;
  const simple = () => {
    const text = pick(['simple']);
    return text ? ({ text, kind: 'reflection-simple' } as const) : null;
  };
  if (simpleFirst) {
    const own = simple();
    if (own || guessed) return own;
  }
  if (analysis.talk !== 'neutral' || analysis.feelings.length > 0 || analysis.discord) {
    const complex = pick(['complex', 'amplified']);
    if (complex) return { text: complex, kind: 'reflection-complex' };
  }
  return simple();
}
