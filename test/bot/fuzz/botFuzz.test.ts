import type { Activity } from 'botbuilder';
import { MemoryStorage } from 'botbuilder';
import fc from 'fast-check';
import { restoreConversation } from '../../../machines/conversationSnapshot';
import { TestConversation } from '../../support/botHarness';
import { awkwardText, botEvent, messageShape } from './fuzzArbitraries';

// Fixed seed by default so a failure can be replayed; FUZZ_SEED varies it, FUZZ_RUNS_FACTOR runs longer.
const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const factor = Number(process.env.FUZZ_RUNS_FACTOR ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * factor));
jest.setTimeout(60_000 * Math.max(1, Number(process.env.FUZZ_RUNS_FACTOR ?? 1)));

let conversationCount = 0;

function newConversation(): { conversation: TestConversation; storage: MemoryStorage; key: string } {
  const storage = new MemoryStorage();
  const id = `fuzz-${++conversationCount}`;
  return { conversation: new TestConversation({ storage }, id), storage, key: `test/conversations/${id}/` };
}

/** What is stored must restore into the machine, or be absent (never written, or deleted on request). */
async function expectValidState(storage: MemoryStorage, key: string): Promise<void> {
  const item = (await storage.read([key]))[key] as { record?: { conversation?: unknown; memory?: unknown } } | undefined;
  if (item === undefined) return;
  expect(item.record).toBeDefined();
  expect(restoreConversation(item.record?.conversation)).not.toBeNull();
  expect(item.record?.memory).toEqual(expect.any(Object));
}

describe('the bot under random input', () => {
  it('answers any text, from the first turn or mid-conversation, and keeps valid state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), awkwardText, async (started, text) => {
        const { conversation, storage, key } = newConversation();
        if (started) await conversation.start();
        const replies = await conversation.say(text);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect(reply.text.trim()).not.toBe('');
        await expectValidState(storage, key);
      }),
      { seed, numRuns: runs(120) },
    );
  });

  it('answers message activities whose fields have the wrong types or are missing', async () => {
    await fc.assert(
      fc.asyncProperty(messageShape, async (activity) => {
        const { conversation, storage, key } = newConversation();
        await conversation.start();
        const replies = await conversation.send(activity as Partial<Activity>);
        expect(replies.length).toBeGreaterThan(0);
        await expectValidState(storage, key);
      }),
      { seed, numRuns: runs(120) },
    );
  });

  it('never throws, answers every message and keeps valid state, whatever arrives in whatever order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(botEvent, { minLength: 1, maxLength: 12 }), async (events) => {
        const { conversation, storage, key } = newConversation();
        for (const event of events) {
          const replies = await conversation.send(event.activity as Partial<Activity>);
          if (event.kind === 'message') expect(replies.length).toBeGreaterThan(0);
          await expectValidState(storage, key);
        }
      }),
      { seed, numRuns: runs(40) },
    );
  });
});
