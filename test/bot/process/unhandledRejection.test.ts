import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath, resolve } from 'node:path';
import { join, say } from '../scale/botClient';
import { sleep, startBotProcess, type BotProcess } from '../scale/botProcess';

jest.setTimeout(120_000);

let workDir: string;
let bot: BotProcess | undefined;

beforeAll(async () => {
  workDir = mkdtempSync(joinPath(tmpdir(), 'changetalk-rejection-'));
  bot = await startBotProcess({ STORAGE: 'memory' }, workDir, { startTimeoutMs: 90_000, preload: resolve(__dirname, 'rejectOnSignal.mjs') });
}, 120_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
}, 30_000);

function rejectionsLogged(running: BotProcess): number {
  return running.logLines().filter((line) => line.includes('"event":"process.unhandled-rejection"')).length;
}

describe('an unhandled promise rejection in the bot process', () => {
  it('is logged (without its message) and does not stop the bot', async () => {
    if (!bot) throw new Error('the bot is not running');
    await join(bot.base, 'c');
    process.kill(bot.pid, 'SIGUSR2');
    for (let wait = 0; wait < 100 && rejectionsLogged(bot) === 0; wait++) await sleep(50);
    expect(rejectionsLogged(bot)).toBe(1);
    expect(bot.logLines().join('\n')).not.toMatch(/injected unhandled rejection/);

    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
    expect((await say(bot.base, 'c', 'yes')).at(-1)?.step).toBe('engage');
    expect(await bot.stop('SIGTERM')).toBe(0);
  });
});
