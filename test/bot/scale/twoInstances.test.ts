import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { startAzuriteBlob, type AzuriteBlob } from '../storage/azurite';
import { conversationKey, join, readyToChange, say, turnsIn, type Reply } from './botClient';
import { groupAlive, startBotProcess, type BotProcess } from './botProcess';

// Three node processes (Azurite and two bots, each loading content and NLP) on a 2-core machine.
jest.setTimeout(180_000);

const container = 'two-instances';
let azurite: AzuriteBlob | undefined;
let instances: BotProcess[] = [];
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(joinPath(tmpdir(), 'changetalk-two-'));
  azurite = await startAzuriteBlob(60_000);
  const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: container, STORAGE_TIMEOUT_MS: '10000' };
  instances = await Promise.all([startBotProcess(env, workDir, { startTimeoutMs: 120_000 }), startBotProcess(env, workDir, { startTimeoutMs: 120_000 })]);
}, 240_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await azurite?.stop();
  rmSync(workDir, { recursive: true, force: true });
}, 60_000);

function instance(index: number): BotProcess {
  const chosen = instances[index % instances.length];
  if (!chosen) throw new Error('the bots are not running');
  return chosen;
}

async function storedTurns(conversationId: string): Promise<number | undefined> {
  if (!azurite) throw new Error('Azurite is not running');
  const key = conversationKey(conversationId);
  return turnsIn((await new BlobsStorage(azurite.connectionString, container).read([key]))[key]);
}

function summary(turns: Reply[][]): Array<Array<[string | undefined, string]>> {
  return turns.map((replies) => replies.map((reply) => [reply.step, reply.text]));
}

const trouble = /trouble on my side|something went wrong/i;

describe('two bot processes on one Azurite', () => {
  it('carry one conversation between them, turn by turn, exactly as one process would', async () => {
    const alone: Reply[][] = [await join(instance(0).base, 'alone')];
    for (const text of readyToChange) alone.push(await say(instance(0).base, 'alone', text));

    const shared: Reply[][] = [await join(instance(1).base, 'alternating')];
    for (const [index, text] of readyToChange.entries()) shared.push(await say(instance(index).base, 'alternating', text));

    expect(alone.flat().some((reply) => /Narcotics Anonymous/.test(reply.text))).toBe(true);
    expect(summary(shared)).toEqual(summary(alone));
    expect(await storedTurns('alternating')).toBe(readyToChange.length);
  });

  it('keep both of two first turns that arrive at the same time, welcoming once', async () => {
    const turns = await Promise.all([say(instance(0).base, 'first-together', 'i want to cut down on the gear'), say(instance(1).base, 'first-together', 'it costs me a fortune')]);
    for (const replies of turns) {
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.some((reply) => trouble.test(reply.text))).toBe(false);
    }
    expect(turns.filter((replies) => replies.some((reply) => /chatbot, not a person/.test(reply.text)))).toHaveLength(1);
    // The first message is answered with the welcome; the other must have been heard, not overwritten.
    expect(await storedTurns('first-together')).toBe(1);
  });

  it('lose no update and apply none twice when both take turns of one conversation at the same time', async () => {
    await join(instance(0).base, 'together');
    const conflictsBefore = countEvents('storage.conflict-retry');
    let sent = 0;
    // Rounds of four simultaneous messages, two per instance, until the conflict path has run (bounded).
    for (let round = 0; round < 8 && (round < 3 || countEvents('storage.conflict-retry') === conflictsBefore); round++) {
      const texts = [readyToChange[(round * 2) % readyToChange.length] ?? 'yes', 'ok', readyToChange[(round * 2 + 1) % readyToChange.length] ?? 'yes', 'yeah'];
      const turns = await Promise.all(texts.map((text, index) => say(instance(index).base, 'together', text)));
      sent += texts.length;
      for (const replies of turns) {
        expect(replies.length).toBeGreaterThan(0);
        expect(replies.some((reply) => trouble.test(reply.text))).toBe(false);
      }
    }
    expect(countEvents('storage.conflict-retry')).toBeGreaterThan(conflictsBefore);
    expect(countEvents('storage.write-failed')).toBe(0);
    expect(await storedTurns('together')).toBe(sent);
  });

  it('stop cleanly on SIGTERM and leave no process behind', async () => {
    const codes = await Promise.all(instances.map((running) => running.stop('SIGTERM')));
    expect(codes).toEqual([0, 0]);
    for (const running of instances) expect(groupAlive(running.pid)).toBe(false);
  });
});

function countEvents(event: string): number {
  return instances.reduce((total, running) => total + running.logLines().filter((line) => line.includes(`"event":"${event}"`)).length, 0);
}
