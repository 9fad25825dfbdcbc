import type { Content } from '../content/loadContent';
import type { Line } from '../content/schemas/lines';
import type { ConversationEvent } from '../machines/conversationEvents';
import type { ConversationContext } from '../machines/conversationMachine';
import type { MessageAnalysis } from '../nlp/messageAnalysis';
import type { ReflectionTemplates } from '../nlp/chooseReflection';
import { countVolley, remember, usedRecently, type DialogMemory } from './conversationMemory';
import type { EmergencyContacts } from './emergencyContacts';
import { changeSide, reflectionFor, sayableWords } from './reflectionFor';
import type { PlannedMessage, ReplyPlan } from './replyPlan';

/** What happened this turn, as the dialogs see it. */
export interface TurnFacts {
  event: ConversationEvent;
  /** the step before and after, as dotted paths ("discrepancy.importance") */
  before: string;
  after: string;
  context: ConversationContext;
  analysis: MessageAnalysis | null;
  /** the time of this turn, for opening hours */
  now: Date;
}

/** MITI "good": at least two reflections for every question (shared/research/mi.md §13). */
const reflectionsPerQuestion = 2;

/**
 * An optional question needs one reflection more than the ratio alone asks for: rulers, the first step and
 * questions after messages with nothing to reflect still have to be asked later.
 */
const headroom = 1;

/** A summary gathers more than one reflection does, but still has to read easily on a phone. */
const maxSummaryWords = 40;
/** The same things are not gathered into a summary two turns running. */
const summaryGap = 2;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const isQuestion = (message: PlannedMessage) => (message.kind === 'open-question' || message.kind === 'closed-question') && !message.seek;
const isReflection = (message: PlannedMessage) => message.kind === 'reflection-simple' || message.kind === 'reflection-complex' || message.kind === 'summary';

/** Writes one turn's reply: picks line variants the person has not seen lately and fills in {variables}. */
export class TurnWriter {
  private readonly messages: PlannedMessage[] = [];
  private suggestions: string[] = [];
  private knownThisTurn: Record<string, string> | undefined;
  /** a summary was given this turn */
  summarised = false;

  constructor(
    readonly facts: TurnFacts,
    readonly content: Content,
    readonly contacts: EmergencyContacts,
    private memory: DialogMemory,
    /** values for {variables} that hold for the whole conversation, e.g. retentionDays */
    private readonly settings: Record<string, string> = {},
    /** reflection templates (content/reflections.yaml); without them the bot reflects nothing */
    private readonly reflections?: ReflectionTemplates,
  ) {}

  /** Adds one variant of a content line. */
  say(line: Line, variables: Record<string, string> = {}): this {
    this.add(this.line(line, variables));
    this.suggestions = line.suggest ?? [];
    return this;
  }

  /**
   * An open question that keeps the conversation going but is not needed to move it on: asked only when the
   * person gave little to reflect, or when there have been enough reflections to afford it. Otherwise the
   * reflection stands alone and the person carries on (mi.md §4: reflect between questions).
   */
  mayAsk(line: Line, variables: Record<string, string> = {}): this {
    if (this.hasReflected && !this.affordsQuestion(true)) return this;
    return this.say(line, variables);
  }

  /**
   * Adds a content line only if none of its variants was said in the last `withinTurns` turns (ten unless told): for
   * lines that lose their force when repeated, such as handing the choice back ("It's your call").
   */
  sayIfFresh(line: Line, variables: Record<string, string> = {}, withinTurns?: number): this {
    const saidLately = line.say.some((variant) => usedRecently(this.memory, this.fill(variant, variables), this.turn, withinTurns));
    return saidLately ? this : this.say(line, variables);
  }

  /** A question that asks permission (to give information, to plan): MITI's Seeking Collaboration. */
  askPermission(line: Line, variables: Record<string, string> = {}): this {
    return this.say({ ...line, seek: true }, variables);
  }

  /** One variant of a content line, filled in, not yet said: the one least recently used. */
  line(line: Line, variables: Record<string, string> = {}): PlannedMessage {
    // Variants are tried in turn from this turn's one, each filled in only when it is tried.
    const variants = line.say;
    const start = this.facts.context.turns % variants.length;
    let text: string | undefined;
    let first: string | undefined;
    for (let tried = 0; tried < variants.length && text === undefined; tried++) {
      const filled = this.fill(variants[(start + tried) % variants.length] ?? '', variables);
      first ??= filled;
      if (!usedRecently(this.memory, filled, this.turn)) text = filled;
    }
    return { text: text ?? first ?? '', kind: line.kind, ...(line.seek ? { seek: true } : {}) };
  }

  add(message: PlannedMessage): this {
    this.messages.push(message);
    this.memory = remember(this.memory, [message.text], this.turn);
    return this;
  }

  /** A reflection of what the person just said, if they said something to reflect; never one said in the last ten turns. */
  reflect(): this {
    const { analysis, context } = this.facts;
    if (!analysis || !this.reflections || this.hasReflected) return this;
    // Keep at least half the reflections complex (MITI "good"): when the count is short, a simple line gives way
    // to a complex one that fits, if there is one.
    const reflected = this.memory.reflectedVolleys ?? 0;
    const preferComplex = (this.memory.complexVolleys ?? 0) < (reflected + 1) / 2;
    const saidLately = (text: string) => usedRecently(this.memory, text, this.turn) || usedRecently(this.memory, this.withoutDrugWords(text), this.turn);
    const chosen = reflectionFor(analysis, context, this.reflections, saidLately, preferComplex);
    if (!chosen) return this;
    // Also remembered with the drug's name taken out, so "…change with the gear" does not come back as "…with the brown".
    this.add(chosen);
    this.memory = remember(this.memory, [this.withoutDrugWords(chosen.text), ...this.changeSidesIn(chosen.text)], this.turn);
    return this;
  }

  /** The change statements a line gives back, as remembered (see `changeSide`). */
  private changeSidesIn(text: string): string[] {
    const lower = text.toLowerCase();
    return this.facts.context.changeStatements.filter((said) => lower.includes(said.toLowerCase())).map(changeSide);
  }

  /**
   * A summary of their change talk in their own words, at a transition (mi.md §4). It links two or more things
   * they said, so it counts as a complex reflection; with only one, it is a simple reflection.
   */
  summarise(line: Line): this {
    // Short enough to read on a phone: drop the oldest statements until it fits.
    let said = this.statements;
    let message = this.line(line, { said: said.join(', and ') });
    while (said.length > 1 && words(message.text) > maxSummaryWords) {
      said = said.slice(1);
      message = this.line(line, { said: said.join(', and ') });
    }
    if (said.length === 0 || words(message.text) > maxSummaryWords) return this;
    if (usedRecently(this.memory, message.text, this.turn)) return this;
    // The same things gathered up again soon after, in other words ("Let me check I've got it: X", then "So, from
    // what you've said: X"), is a repeat all the same.
    const gatheredWords = `summary ${said.join(' and ')}`;
    if (usedRecently(this.memory, gatheredWords, this.turn, summaryGap)) return this;
    // One thing alone "gathered" again, after it was just given back, is only a repeat.
    if (said.length === 1 && usedRecently(this.memory, changeSide(said[0] ?? ''), this.turn)) return this;
    this.memory = remember(this.memory, [gatheredWords, ...said.map(changeSide)], this.turn);
    this.summarised = true;
    // The summary already gives back what they just said: drop a simple reflection of it said a moment ago.
    const gathered = message.text.toLowerCase();
    const echo = this.messages.findIndex((m) => m.kind === 'reflection-simple' && gathered.includes(m.text.toLowerCase().replace(/\.$/, '')));
    if (echo >= 0) this.messages.splice(echo, 1);
    return this.add({ ...message, kind: said.length >= 2 ? 'summary' : 'reflection-simple' });
  }

  /** Their change talk as the bot may say it back (no labels; their "clean" as "off it"). */
  private get statements(): string[] {
    return this.facts.context.changeStatements.map(sayableWords).filter((text): text is string => text !== null);
  }

  get hasReflected(): boolean {
    return this.messages.some(isReflection);
  }

  plan(): { plan: ReplyPlan; memory: DialogMemory } {
    const complex = this.messages.some((m) => m.kind === 'reflection-complex' || m.kind === 'summary');
    const memory = countVolley(this.memory, { reflected: this.hasReflected, asked: this.messages.some(isQuestion), complex });
    return { plan: { messages: [...this.messages], suggestions: this.suggestions }, memory };
  }

  /** Would a question this turn keep reflections at twice the questions, counting this turn's reflection? */
  affordsQuestion(reflecting = this.hasReflected): boolean {
    const reflected = (this.memory.reflectedVolleys ?? 0) + (reflecting ? 1 : 0);
    const asked = (this.memory.askedVolleys ?? 0) + 1;
    return reflected >= reflectionsPerQuestion * asked + headroom;
  }

  private withoutDrugWords(text: string): string {
    const named = [...(this.facts.analysis?.substances.map((s) => s.word) ?? []), this.facts.context.substanceWord ?? ''].filter(Boolean);
    if (named.length === 0) return text;
    const escaped = named.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return text.replace(new RegExp(`\\b(${escaped.join('|')})\\b`, 'gi'), 'the drug');
  }

  private get turn(): number {
    return this.facts.context.turns;
  }

  private fill(text: string, variables: Record<string, string>): string {
    if (!text.includes('{')) return text;
    const known: Record<string, string> = Object.keys(variables).length === 0 ? this.turnVariables : { ...this.turnVariables, ...variables };
    // No drug named yet: "What does the drugs do for you?" reads wrong, "What does using do for you?" reads right.
    const phrased = this.drugName || variables['substance'] ? text : text.replace(/\b([Tt])he \{substance\}/g, (_, t: string) => (t === 'T' ? 'Using' : 'using'));
    return phrased.replace(/\{(\w+)\}/g, (whole, name: string) => known[name] ?? whole);
  }

  /** Their word for the drug, or its plain name; undefined while no drug has been named. */
  private get drugName(): string | undefined {
    const { context } = this.facts;
    return context.substanceWord ?? (context.substance ? this.content.substances.substances[context.substance]?.name : undefined);
  }

  /** The {variables} every line of this turn can use, worked out once a turn. */
  private get turnVariables(): Record<string, string> {
    if (!this.knownThisTurn) {
      this.knownThisTurn = {
        substance: this.drugName ?? 'drugs',
        emergency: this.contacts.emergency,
        crisisLine: this.contacts.crisisLine,
        youngLine: this.contacts.youngLine ?? this.contacts.crisisLine,
        said: this.statements.join(', and '),
        ...this.settings,
      };
    }
    return this.knownThisTurn;
  }
}

/** "7" for 7, "3 or 4" for 3.5: how a ruler answer reads back. */
export function rulerWords(value: number): string {
  return Number.isInteger(value) ? String(value) : `${Math.floor(value)} or ${Math.ceil(value)}`;
}

/** A lower number to ask "why not lower?" about (shared/research/mi.md §7). */
export function lowerThan(value: number): string {
  const whole = Math.floor(value);
  return String(whole <= 2 ? Math.max(0, whole - 1) : Math.max(1, Math.floor(whole / 2)));
}
