import type { Content } from '../content/loadContent';
import type { Line } from '../content/schemas/lines';
import type { ConversationEvent } from '../machines/conversationEvents';
import type { ConversationContext } from '../machines/conversationMachine';
import type { MessageAnalysis } from '../nlp/messageAnalysis';
import { remember, usedRecently, type DialogMemory } from './conversationMemory';
import type { EmergencyContacts } from './emergencyContacts';
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

/** Writes one turn's reply: picks line variants the person has not seen lately and fills in {variables}. */
export class TurnWriter {
  private readonly messages: PlannedMessage[] = [];
  private suggestions: string[] = [];

  constructor(
    readonly facts: TurnFacts,
    readonly content: Content,
    readonly contacts: EmergencyContacts,
    private memory: DialogMemory,
    /** values for {variables} that hold for the whole conversation, e.g. retentionDays */
    private readonly settings: Record<string, string> = {},
  ) {}

  /** Adds one variant of a content line. */
  say(line: Line, variables: Record<string, string> = {}): this {
    this.add(this.line(line, variables));
    this.suggestions = line.suggest ?? [];
    return this;
  }

  /** One variant of a content line, filled in, not yet said: the one least recently used. */
  line(line: Line, variables: Record<string, string> = {}): PlannedMessage {
    const filled = line.say.map((variant) => this.fill(variant, variables));
    const start = this.facts.context.turns % filled.length;
    const rotated = [...filled.slice(start), ...filled.slice(0, start)];
    const text = rotated.find((variant) => !usedRecently(this.memory, variant)) ?? rotated[0] ?? '';
    return { text, kind: line.kind };
  }

  add(message: PlannedMessage): this {
    this.messages.push(message);
    this.memory = remember(this.memory, [message.text]);
    return this;
  }

  /** A simple reflection of the person's own words, if they said something to reflect and it is not a repeat. */
  reflect(): this {
    const clause = this.facts.analysis?.reflection;
    if (!clause) return this;
    const starts = this.content.messages.reflectionStarts;
    const start = starts[this.facts.context.turns % starts.length] ?? 'So';
    const text = `${start} ${clause}.`;
    if (usedRecently(this.memory, text)) return this;
    return this.add({ text, kind: 'reflection-simple' });
  }

  get hasReflected(): boolean {
    return this.messages.some((m) => m.kind === 'reflection-simple' || m.kind === 'reflection-complex');
  }

  plan(): { plan: ReplyPlan; memory: DialogMemory } {
    return { plan: { messages: [...this.messages], suggestions: this.suggestions }, memory: this.memory };
  }

  private fill(text: string, variables: Record<string, string>): string {
    const { context } = this.facts;
    const substanceName = context.substance ? this.content.substances.substances[context.substance]?.name : undefined;
    const known: Record<string, string> = {
      substance: context.substanceWord ?? substanceName ?? 'drugs',
      emergency: this.contacts.emergency,
      crisisLine: this.contacts.crisisLine,
      youngLine: this.contacts.youngLine ?? this.contacts.crisisLine,
      said: context.changeStatements.join(', and '),
      ...this.settings,
      ...variables,
    };
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => known[name] ?? whole);
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
