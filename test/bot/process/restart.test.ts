import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { join, readyToChange, say, type Reply } from '../scale/botClient';
import { groupAlive, startBotProcess, type BotProcess } from '../scale/botProcess';

// Two start-ups of the bot (content, NLP, sqlite) on a 2-core machine.
jest.setTimeout(180_000);

let workDir: string;
let dataDir: string;
const running: BotProcess[] = [];

beforeAll(() => {
  workDir = mkdtempSync(joinPath(tmpdir(), 'changetalk-restart-'));
  dataDir = joinPath(workDir, 'data');
});

afterAll(async () => {
  await Promise.all(running.map((bot) => bot.stop('SIGKILL')));
  rmSync(workDir, { recursive: true, force: true });
}, 60_000);

async function start(): Promise<BotProcess> {
  // STORAGE unset: the default, SQLite in DATA_DIR.
  const bot = await startBotProcess({ DATA_DIR: dataDir }, workDir, { startTimeoutMs: 120_000 });
  running.push(bot);
  return bot;
}

function summary(turns: Reply[][]): Array<Array<[string | undefined, string]>> {
  return turns.map((replies) => replies.map((reply) => [reply.step, reply.text]));
}

describe('restarting the bot (SQLite in DATA_DIR)', () => {
  it('closes cleanly on SIGTERM and continues every conversation exactly where it was', async () => {
    const half = 6;
    const first = await start();
    const interrupted: Reply[][] = [await join(first.base, 'interrupted')];
    for (const text of readyToChange.slice(0, half)) interrupted.push(await say(first.base, 'interrupted', text));
    expect(interrupted.at(-1)?.at(-1)?.step).not.toBe('welcome');

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(groupAlive(first.pid)).toBe(false);
    expect(first.logLines().some((line) => line.includes('"event":"server.stopping"'))).toBe(true);

    const second = await start();
    for (const text of readyToChange.slice(half)) interrupted.push(await say(second.base, 'interrupted', text));

    // The same conversation, held by one process from start to end.
    const reference: Reply[][] = [await join(second.base, 'reference')];
    for (const text of readyToChange) reference.push(await say(second.base, 'reference', text));

    expect(reference.flat().some((reply) => /Narcotics Anonymous/.test(reply.text))).toBe(true);
    expect(summary(interrupted)).toEqual(summary(reference));
    expect(await second.stop('SIGTERM')).toBe(0);
  });
});
