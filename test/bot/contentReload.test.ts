import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../bot/app';
import { readConfig } from '../../bot/config';
import { watchContent, type ContentReload } from '../../bot/contentReload';
import { silentLogger } from '../../bot/logger';
import { contentDir } from '../../content/loadContent';
import { TestConversation } from '../support/botHarness';

const newHelp = 'Type stop to finish, or start again to start over. Call {emergency} if you are in danger.';

const made: string[] = [];
const watching: ContentReload[] = [];
afterAll(() => {
  watching.forEach((reload) => reload.close());
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'changetalk-reload-'));
  made.push(dir);
  cpSync(contentDir, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/** Waits (at most 5 s) until the reporter has printed a line matching `pattern` `count` times. */
async function reported(lines: string[], pattern: RegExp, count = 1): Promise<void> {
  for (let i = 0; i < 100 && lines.filter((line) => pattern.test(line)).length < count; i++) await new Promise((r) => setTimeout(r, 50));
  expect(lines.filter((line) => pattern.test(line)).length).toBeGreaterThanOrEqual(count);
}

const helpWith = (text: string) => (yaml: string) => yaml.replace(/^help:\n  kind: information\n  say:\n    - .*$/m, `help:\n  kind: information\n  say:\n    - "${text}"`);

describe('content reloaded while the bot runs', () => {
  it('uses a changed prompt on the next reply, and keeps the last good content when a file breaks', async () => {
    const dir = contentCopy();
    const lines: string[] = [];
    const reload = watchContent({ retentionDays: 30, contentDir: dir, debounceMs: 50, report: (line) => lines.push(line) });
    watching.push(reload);
    const conversation = new TestConversation({ dependencies: reload.dependencies });
    await conversation.start();
    expect((await conversation.say('help'))[0]?.text).toMatch(/^I'm a chatbot for thinking/);

    edit(dir, 'messages.yaml', helpWith(newHelp));
    await reported(lines, /^content reloaded$/);
    expect((await conversation.say('help'))[0]?.text).toBe(newHelp.replace('{emergency}', '999'));

    edit(dir, 'messages.yaml', (yaml) => yaml.replace('stopped:\n  kind: information', 'stopped:\n  kind: [information'));
    await reported(lines, /keeps using the last good content/);
    expect(lines).toContainEqual(expect.stringMatching(/messages\.yaml:\d+:\d+ error: YAML syntax/));
    expect((await conversation.say('help'))[0]?.text).toBe(newHelp.replace('{emergency}', '999'));
    expect((await conversation.say('stop'))[0]?.text).toMatch(/we'll stop there/);
  });

  it('reports an editor’s mistake with its file and line, and picks the fix up without a restart', async () => {
    const dir = contentCopy();
    const lines: string[] = [];
    const reload = watchContent({ retentionDays: 30, contentDir: dir, debounceMs: 50, report: (line) => lines.push(line) });
    watching.push(reload);
    const before = reload.dependencies();

    edit(dir, 'steps.yaml', (yaml) => yaml.replace('"Is it OK if we talk for a few minutes?"', '"Is it OK if we talk for a few minutes, {name}?"'));
    await reported(lines, /keeps using the last good content/);
    expect(lines).toContainEqual(expect.stringMatching(/steps\.yaml:\d+:\d+ error: unknown template variable \{name\}/));
    expect(reload.dependencies()).toBe(before);

    edit(dir, 'steps.yaml', (yaml) => yaml.replace(', {name}?"', ' about how things are?"'));
    await reported(lines, /^content reloaded$/);
    const replies = await new TestConversation({ dependencies: reload.dependencies }).start();
    expect(replies.map((reply) => reply.text)).toContain('Is it OK if we talk for a few minutes about how things are?');
  });

  it('is what npm start uses outside production', async () => {
    const dir = contentCopy();
    const lines: string[] = [];
    const app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'development' }), {
      logger: silentLogger,
      storage: new MemoryStorage(),
      contentDir: dir,
      reportContent: (line) => lines.push(line),
    });
    try {
      edit(dir, 'messages.yaml', helpWith(newHelp));
      await reported(lines, /^content reloaded$/);
      const adapter = new TestAdapter(async (context) => app.bot.run(context));
      await adapter.processActivity({ type: ActivityTypes.Message, text: 'help', from: { id: 'person-1', name: 'person' } } as Partial<Activity>);
      const texts = adapter.activeQueue.splice(0).map((activity) => activity.text);
      expect(texts).toContain(newHelp.replace('{emergency}', '999'));
    } finally {
      await app.close();
    }
  });

  it('does not watch in production: content is loaded once', async () => {
    const dir = contentCopy();
    const lines: string[] = [];
    const app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'production' }), {
      logger: silentLogger,
      storage: new MemoryStorage(),
      contentDir: dir,
      reportContent: (line) => lines.push(line),
    });
    try {
      edit(dir, 'messages.yaml', helpWith(newHelp));
      await new Promise((r) => setTimeout(r, 600));
      expect(lines).toEqual([]);
      const adapter = new TestAdapter(async (context) => app.bot.run(context));
      await adapter.processActivity({ type: ActivityTypes.Message, text: 'help', from: { id: 'person-1', name: 'person' } } as Partial<Activity>);
      expect(adapter.activeQueue.splice(0).map((activity) => activity.text)).toContainEqual(expect.stringMatching(/^I'm a chatbot for thinking/));
    } finally {
      await app.close();
    }
  });
});

describe('npm run chat', () => {
  it('answers with a prompt changed while it runs, and reports a broken file on stderr', async () => {
    const dir = contentCopy();
    const child = spawn('npx', ['tsx', 'bot/terminalChat.ts', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const until = async (read: () => string, pattern: RegExp) => {
      for (let i = 0; i < 300 && !pattern.test(read()); i++) await new Promise((r) => setTimeout(r, 50));
      expect(read()).toMatch(pattern);
    };
    try {
      await until(() => out, /Is it OK if we talk/);
      child.stdin.write('help\n');
      await until(() => out, /I'm a chatbot for thinking/);

      edit(dir, 'messages.yaml', helpWith(newHelp));
      await until(() => err, /\[content\] content reloaded/);
      child.stdin.write('help\n');
      await until(() => out, /Type stop to finish, or start again to start over\. Call 999/);

      edit(dir, 'messages.yaml', (yaml) => yaml.replace('stopped:\n  kind: information', 'stopped:\n  kind: [information'));
      await until(() => err, /messages\.yaml:\d+:\d+ error: YAML syntax[\s\S]*keeps using the last good content/);
      child.stdin.write('stop\n');
      await until(() => out, /we'll stop there/);
    } finally {
      child.stdin.end();
      await new Promise((resolve) => child.once('close', resolve));
    }
  }, 40000);
});
