import { createInterface } from 'node:readline';
import { ActivityTypes, BotAdapter, MemoryStorage, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { watchContent } from './contentReload';
import { loadDependencies } from './loadDependencies';
import { ChangetalkBot } from './changetalkBot';
import { ConversationRecords } from './conversationRecords';
import { createLogger, silentLogger } from './logger';

/**
 * `npm run chat [content dir]`: the same bot in a terminal, following changes to the content as they are saved.
 * Interactive in a terminal; when stdin is not a terminal it reads one message per line and prints each bot
 * message on its own line, so it can be scripted.
 */
class TerminalAdapter extends BotAdapter {
  constructor(private readonly print: (activity: Partial<Activity>) => void) {
    super();
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) if (activity.type === ActivityTypes.Message) this.print(activity);
    return activities.map((_, index) => ({ id: String(index) }));
  }

  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}

  async receive(activity: Partial<Activity>, bot: ChangetalkBot): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), (context) => bot.run(context));
  }
}

async function main(): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  // The terminal keeps nothing after it exits; a day covers the longest session.
  const retentionDays = 1;
  // Editors try their changes here: content follows the files, and a broken file is reported, not fatal.
  const contentDir = process.argv[2]; // `npm run chat -- path/to/content` tries a copy
  const reloading = process.env.NODE_ENV === 'production' ? undefined : watchContent({ retentionDays, contentDir, report: (line) => console.error(`[content] ${line}`) });
  const staticDependencies = reloading ? undefined : loadDependencies(retentionDays, contentDir);
  const dependencies = reloading?.dependencies ?? (() => staticDependencies);
  const records = new ConversationRecords(new MemoryStorage(), 24 * 60 * 60 * 1000);
  const bot = new ChangetalkBot({ records, dependencies, logger: interactive ? createLogger() : silentLogger });
  const adapter = new TerminalAdapter((activity) => {
    const text = activity.text ?? '';
    if (interactive) {
      console.log(`\nbot> ${text.replace(/\n/g, '\n     ')}`);
      const actions = activity.suggestedActions?.actions ?? [];
      if (actions.length > 0) console.log(`     [${actions.map((a) => a.title).join(' | ')}]`);
    } else {
      console.log(text.replace(/\s*\n\s*/g, ' '));
    }
  });
  const reference: Partial<ConversationReference> = {
    channelId: 'terminal',
    serviceUrl: 'http://localhost',
    conversation: { id: `terminal-${process.pid}`, isGroup: false, conversationType: 'personal', name: 'terminal' },
    bot: { id: 'changetalk', name: 'changetalk' },
    user: { id: 'you', name: 'you' },
  };
  const activity = (fields: Partial<Activity>): Partial<Activity> => ({
    ...fields,
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: reference.conversation as Activity['conversation'],
    from: reference.user as Activity['from'],
    recipient: reference.bot as Activity['recipient'],
    timestamp: new Date(),
  });

  await adapter.receive(activity({ type: ActivityTypes.ConversationUpdate, membersAdded: [reference.user as Activity['from']] }), bot);
  const lines = createInterface({ input: process.stdin, terminal: interactive });
  if (interactive) process.stdout.write('\nyou> ');
  for await (const line of lines) {
    await adapter.receive(activity({ type: ActivityTypes.Message, text: line }), bot);
    if (interactive) process.stdout.write('\nyou> ');
  }
  reloading?.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
