import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BotAdapter, MemoryStorage, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { readyToChange } from '../../test/fixtures/readyToChange';
import { ChangetalkBot } from '../changetalkBot';
import { ConversationRecords } from '../conversationRecords';
import { loadDependencies } from '../loadDependencies';
import { createLogger } from '../logger';
import { SqliteStorage } from '../storage/sqliteStorage';
import { withTimeout } from '../storage/timeoutStorage';

/**
 * The CPU our own code spends on one turn, without HTTP or botbuilder's connector: the bot exactly as the app wires
 * it (SQLite storage behind the timeout wrapper, the JSON logger writing nowhere), driven in-process through the
 * load benchmark's scripted conversations. Prints ms of CPU per turn, the median of TURN_COST_ROUNDS rounds.
 * TURN_COST_PROFILE=file.cpuprofile also writes a CPU profile of the measured rounds; TURN_COST_STORAGE=memory
 * uses botbuilder's MemoryStorage instead of SQLite, to tell the cost of storage from the rest.
 * `npx tsx bot/bench/turnCost.ts`
 */

const conversationsPerRound = Number(process.env.TURN_COST_CONVERSATIONS ?? 300);
const rounds = Number(process.env.TURN_COST_ROUNDS ?? 5);
const profilePath = process.env.TURN_COST_PROFILE;

/** Collects replies instead of sending them, as expectReplies does. */
class CollectingAdapter extends BotAdapter {
  replies = 0;
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.replies += activities.length;
    return activities.map((_, index) => ({ id: String(index) }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {}
}

function activity(conversationId: string, fields: Partial<Activity>): Activity {
  return {
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: conversationId },
    from: { id: 'person', role: 'user' },
    recipient: { id: 'changetalk', role: 'bot' },
    ...fields,
  } as Activity;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'changetalk-turncost-'));
  const sqlite = process.env.TURN_COST_STORAGE === 'memory' ? undefined : new SqliteStorage(join(dataDir, 'changetalk.sqlite'));
  const storage = sqlite ?? new MemoryStorage();
  const dependencies = loadDependencies(30);
  const bot = new ChangetalkBot({
    records: new ConversationRecords(withTimeout(storage, 5000), 30 * 24 * 60 * 60 * 1000),
    dependencies: () => dependencies,
    logger: createLogger(() => {}),
  });
  const adapter = new CollectingAdapter();
  const turns: Partial<Activity>[] = [{ type: 'conversationUpdate', membersAdded: [{ id: 'person', name: 'person' }] }, ...readyToChange.map((text) => ({ type: 'message', text }))];

  const round = async (label: string) => {
    for (let index = 0; index < conversationsPerRound; index++) {
      const id = `${label}-${index}`;
      for (const fields of turns) await bot.run(new TurnContext(adapter, activity(id, fields)));
    }
  };

  await round('warm');
  const session = profilePath ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const perTurn: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const before = process.cpuUsage();
    await round(`round${index}`);
    const cpu = process.cpuUsage(before);
    perTurn.push((cpu.user + cpu.system) / 1000 / (conversationsPerRound * turns.length));
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profilePath as string, JSON.stringify(profile));
    session.disconnect();
  }
  sqlite?.close();
  rmSync(dataDir, { recursive: true, force: true });
  const sorted = [...perTurn].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      cpuMsPerTurn: Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 1000) / 1000,
      rounds: perTurn.map((ms) => Math.round(ms * 1000) / 1000),
      turnsPerRound: conversationsPerRound * turns.length,
      replies: adapter.replies,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
