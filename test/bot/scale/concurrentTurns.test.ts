import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { createStorage, type StateStore } from '../../../bot/storage/createStorage';
import { TestConversation } from '../../support/botHarness';

const conversationKey = 'test/conversations/shared/';

/** The machine's message counter in what is stored: one per message answered, whoever answered it. */
async function storedTurns(storage: Storage): Promise<number | undefined> {
  const item = (await storage.read([conversationKey]))[conversationKey] as
    | { record?: { conversation?: { snapshot?: { context?: { turns?: number } } } } }
    | undefined;
  return item?.record?.conversation?.snapshot?.context?.turns;
}

/** A bot of its own (as another instance would be) over the shared store, for one message of the shared conversation. */
function instance(storage: Storage): TestConversation {
  return new TestConversation({ storage }, 'shared');
}

const stores: [string, () => StateStore][] = [
  ['memory', () => createStorage({ kind: 'memory' })],
  ['sqlite', () => createStorage({ kind: 'sqlite', path: join(directory, 'state.sqlite') })],
];

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'changetalk-concurrent-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe.each(stores)('turns of one conversation at the same time (%s)', (_name, open) => {
  it('keeps both of two first turns: neither overwrites the other', async () => {
    const store = open();
    try {
      const [a, b] = await Promise.all([instance(store.storage).say('i want to cut down on the gear'), instance(store.storage).say('it costs me a fortune')]);
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
      expect(a.concat(b).some((reply) => /trouble on my side/.test(reply.text))).toBe(false);
      // The first message of a conversation is answered with the welcome (not counted); the other must be counted.
      expect(await storedTurns(store.storage)).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('applies every message exactly once over several rounds of simultaneous turns', async () => {
    const store = open();
    try {
      await instance(store.storage).start();
      const lines = ['yes', 'i want to cut down on the gear', 'it costs me a fortune', 'my mum is worried', 'i feel rubbish', 'my kids need me'];
      let sent = 0;
      for (let round = 0; round < 3; round++) {
        const pair = [lines[(2 * round) % lines.length] ?? 'yes', lines[(2 * round + 1) % lines.length] ?? 'yes'];
        const replies = await Promise.all([...pair, 'ok', 'yeah'].map((text) => instance(store.storage).say(text)));
        sent += replies.length;
        for (const turn of replies) expect(turn.length).toBeGreaterThan(0);
      }
      expect(await storedTurns(store.storage)).toBe(sent);
    } finally {
      await store.close();
    }
  });
});
