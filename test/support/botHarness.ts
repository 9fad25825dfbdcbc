import {
  ActivityTypes,
  MemoryStorage,
  TestAdapter,
  type Activity,
  type ChannelAccount,
  type ConversationAccount,
  type ConversationReference,
  type Storage,
} from 'botbuilder';
import { ChangetalkBot } from '../../bot/changetalkBot';
import { ConversationRecords } from '../../bot/conversationRecords';
import { loadDependencies } from '../../bot/loadDependencies';
import { silentLogger, type Logger } from '../../bot/logger';
import type { TurnDependencies } from '../../dialogs/takeTurn';

const shippedDependencies = loadDependencies(30);

export interface HarnessOptions {
  storage?: Storage;
  dependencies?: () => TurnDependencies | undefined;
  logger?: Logger;
  channelId?: string;
  /** a new adapter for every turn, so every turn starts from what storage holds */
  freshAdapterPerTurn?: boolean;
  /** the person (e.g. with a Teams `aadObjectId`); default `person-1` */
  user?: ChannelAccount;
  /** the conversation (e.g. a Teams `conversationType` and `tenantId`); default a personal chat with the given id */
  conversation?: ConversationAccount;
  /** channelData added to every activity sent (e.g. Teams' `tenant`), unless the activity brings its own */
  channelData?: Record<string, unknown>;
}

export interface BotReply {
  text: string;
  kind: string | undefined;
  step: string | undefined;
  activity: Partial<Activity>;
}

/** Drives the real ChangetalkBot through botbuilder's TestAdapter, one turn at a time. */
export class TestConversation {
  readonly storage: Storage;
  readonly bot: ChangetalkBot;
  private adapter: TestAdapter;
  private readonly reference: Partial<ConversationReference>;

  constructor(private readonly options: HarnessOptions = {}, conversationId = 'conversation-1') {
    this.storage = options.storage ?? new MemoryStorage();
    this.bot = new ChangetalkBot({
      records: new ConversationRecords(this.storage, 30 * 24 * 60 * 60 * 1000),
      dependencies: options.dependencies ?? (() => shippedDependencies),
      logger: options.logger ?? silentLogger,
    });
    this.reference = {
      channelId: options.channelId ?? 'test',
      serviceUrl: 'https://test.local',
      conversation: options.conversation ?? { id: conversationId, isGroup: false, conversationType: 'personal', name: 'test' },
      user: options.user ?? { id: 'person-1', name: 'person' },
      bot: { id: 'changetalk', name: 'changetalk' },
    };
    this.adapter = this.newAdapter();
  }

  async start(): Promise<BotReply[]> {
    const user = this.reference.user ?? { id: 'person-1', name: 'person' };
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: user.id, name: user.name }] });
  }

  async say(text: string): Promise<BotReply[]> {
    return this.send({ type: ActivityTypes.Message, text });
  }

  async send(activity: Partial<Activity>): Promise<BotReply[]> {
    if (this.options.freshAdapterPerTurn) this.adapter = this.newAdapter();
    const channelData = activity.channelData ?? this.options.channelData;
    await this.adapter.processActivity({
      ...activity,
      ...(channelData ? { channelData } : {}),
      from: this.reference.user,
      recipient: this.reference.bot,
    } as Partial<Activity>);
    const replies = this.adapter.activeQueue.splice(0);
    return replies
      .filter((reply) => reply.type === ActivityTypes.Message)
      .map((activity) => ({
        text: activity.text ?? '',
        kind: (activity.channelData as { mi?: { kind?: string } } | undefined)?.mi?.kind,
        step: (activity.channelData as { mi?: { step?: string } } | undefined)?.mi?.step,
        activity,
      }));
  }

  private newAdapter(): TestAdapter {
    return new TestAdapter(async (context) => this.bot.run(context), this.reference as ConversationReference);
  }
}

/** Says each line in turn; the replies to each, in order. */
export async function sayEach(conversation: TestConversation, lines: readonly string[]): Promise<BotReply[][]> {
  const turns: BotReply[][] = [];
  for (const line of lines) turns.push(await conversation.say(line));
  return turns;
}

/** The titles of the service cards among some replies. */
export function cardTitles(replies: BotReply[]): string[] {
  return replies.flatMap((reply) => (reply.activity.attachments ?? []).map((card) => (card.content as { title: string }).title));
}

export function isReflection(kind: string | undefined): boolean {
  return kind === 'reflection-simple' || kind === 'reflection-complex' || kind === 'summary';
}

export function isQuestion(kind: string | undefined): boolean {
  return kind === 'open-question' || kind === 'closed-question';
}

export { shippedDependencies };
