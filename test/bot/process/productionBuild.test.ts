import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { BuildError, buildDist, repoRoot, type BuiltDist } from '../../../scripts/buildDist';
import { join, say } from '../scale/botClient';
import { startBotProcess, type BotProcess } from '../scale/botProcess';

// tsc over the whole app (~10 s here) and one start-up of the compiled bot, on a 2-core machine shared with others.
jest.setTimeout(120_000);

let workDir: string;
let built: BuiltDist;
let bot: BotProcess | undefined;

beforeAll(async () => {
  workDir = mkdtempSync(joinPath(tmpdir(), 'changetalk-build-'));
  // The build goes outside the repo, with only node_modules beside it: a file the app found through the repo
  // (or the working directory, which is workDir) instead of through its own folder would be missing.
  symlinkSync(realpathSync(joinPath(repoRoot, 'node_modules')), joinPath(workDir, 'node_modules'), 'junction');
  built = buildDist(joinPath(workDir, 'dist'));
  bot = await startBotProcess({ DATA_DIR: joinPath(workDir, 'data'), NODE_ENV: 'production' }, workDir, {
    compiledEntry: joinPath(built.outDir, 'bot', 'index.js'),
    startTimeoutMs: 60_000,
  });
});

afterAll(async () => {
  await bot?.stop('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
}, 60_000);

describe('the production build (npm run build, npm run start:prod)', () => {
  it('puts the content, the NLP model and the web files beside the compiled modules', () => {
    for (const asset of ['content/steps.yaml', 'content/crisis-patterns.yaml', 'content/services/areas.yaml', 'nlp/model/talk-model.json', 'bot/web/public/chat.js']) {
      expect(built.assets).toContain(joinPath(...asset.split('/')));
      expect(existsSync(joinPath(built.outDir, asset))).toBe(true);
    }
    expect(existsSync(joinPath(built.outDir, 'bot', 'bench', 'benchServer.js'))).toBe(true);
  });

  it('runs with plain node: welcomes, and answers a crisis first with the emergency number', async () => {
    const base = bot!.base;
    const welcome = await join(base, 'compiled');
    expect(welcome[0]?.step).toBe('welcome');
    expect(welcome[0]?.text).toMatch(/chatbot, not a person/);
    await say(base, 'compiled', 'yes');
    const replies = await say(base, 'compiled', 'honestly i just want to kill myself');
    expect(replies[0]?.kind).toBe('crisis');
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(/999/);
  });

  it('serves the web chat page and its own script', async () => {
    const page = await fetch(`${bot!.base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/static/chat.js');
    const script = await fetch(`${bot!.base}/static/chat.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await bot!.stop('SIGTERM')).toBe(0);
  });

  it('will not empty a folder that is not a build', () => {
    const other = joinPath(workDir, 'not-a-build');
    mkdirSync(other);
    writeFileSync(joinPath(other, 'notes.txt'), 'keep me');
    expect(() => buildDist(other)).toThrow(BuildError);
    expect(existsSync(joinPath(other, 'notes.txt'))).toBe(true);
  });
});
