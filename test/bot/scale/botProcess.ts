import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `bot/index.ts` running as its own process (in its own process group), as `npm start` would run it. */
export type BotProcess = {
  port: number;
  pid: number;
  base: string;
  /** The JSON log lines the bot wrote to stderr so far (ids and counts only, never text). */
  logLines(): string[];
  /** Sends `signal` to the bot and waits for it to exit; resolves to its exit code. Then ends whatever is left of its group. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

const repoRoot = resolve(__dirname, '../../..');
const tsxBin = resolve(repoRoot, 'node_modules/.bin/tsx');
const tsxLoader = resolve(repoRoot, 'node_modules/tsx/dist/loader.mjs');
const entry = resolve(repoRoot, 'bot/index.ts');

export interface StartOptions {
  startTimeoutMs?: number;
  /**
   * A module to load before the bot (node --import). The bot then runs as one node process with tsx's
   * loader instead of under the tsx CLI, so a signal sent to it reaches the bot itself.
   */
  preload?: string;
  /** A compiled entry (a built `dist/bot/index.js`) to run with plain node, as `npm run start:prod` does. */
  compiledEntry?: string;
}

/**
 * Starts the bot with `env` on 127.0.0.1 and a port of the system's choosing (PORT=0, read back from its
 * `server.listening` log line), then waits for /healthz. `cwd` should be a temp folder: no `.env` is read from there.
 */
export async function startBotProcess(env: Record<string, string>, cwd: string, options: StartOptions = {}): Promise<BotProcess> {
  const { startTimeoutMs = 60_000, preload, compiledEntry } = options;
  const [command, args] = compiledEntry
    ? [process.execPath, [compiledEntry]]
    : preload
      ? [process.execPath, ['--import', pathToFileURL(tsxLoader).href, '--import', pathToFileURL(preload).href, entry]]
      : [tsxBin, [entry]];
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let buffered = '';
  const lines: string[] = [];
  let onLine: ((line: string) => void) | undefined;
  child.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      if (lines.length < 5000) lines.push(line);
      onLine?.(line);
    }
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  let stopped: Promise<number | null> | undefined;
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => (stopped ??= stopProcess(child, exited, signal));

  try {
    const port = await new Promise<number>((found, failed) => {
      const timer = setTimeout(() => failed(new Error(`bot did not listen within ${startTimeoutMs} ms:\n${lines.slice(-20).join('\n')}`)), startTimeoutMs);
      const check = (line: string) => {
        const match = /"event":"server\.listening".*"port":(\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          found(Number(match[1]));
        }
      };
      lines.forEach(check);
      onLine = check;
      void exited.then((code) => {
        clearTimeout(timer);
        failed(new Error(`bot exited (${code}) before listening:\n${lines.slice(-20).join('\n')}`));
      });
    });
    onLine = undefined;
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, startTimeoutMs);
    return { port, pid: child.pid ?? 0, base, logLines: () => [...lines], stop };
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  }
}

async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/healthz`).then((response) => response.ok, () => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${base}/healthz did not answer within ${timeoutMs} ms.`);
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<number | null> {
  const pid = child.pid;
  if (pid === undefined) return null;
  let code: number | null = child.exitCode;
  if (child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
    const result = await Promise.race([exited, sleep(15_000).then(() => 'timeout' as const)]);
    if (result === 'timeout') {
      killGroup(pid);
      code = await exited;
    } else {
      code = result;
    }
  }
  // tsx runs the bot in a child node process of the same group: nothing of it may outlive the test.
  killGroup(pid);
  for (let wait = 0; wait < 100 && groupAlive(pid); wait++) await sleep(50);
  child.stderr?.destroy();
  return code;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

/** True while any process of the group led by `pid` is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms).unref());
}
