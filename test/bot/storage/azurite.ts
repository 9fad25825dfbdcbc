import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One Azurite blob service, listening on loopback only, for one test file. */
export type AzuriteBlob = {
  port: number;
  /** Process id of Azurite, which also leads its process group. */
  pid: number;
  /** The well-known development-storage account, pointed at this instance's port. */
  connectionString: string;
  /** Stops the whole process group and removes its temp folder; safe to call twice. */
  stop(): Promise<void>;
};

const azuriteBlobBin = resolve(__dirname, '../../../node_modules/.bin/azurite-blob');
// Azurite's published development account key (not a secret; the same in every Azurite).
const devstoreKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function devstoreConnectionString(port: number): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    `AccountKey=${devstoreKey};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`
  );
}

export async function startAzuriteBlob(startTimeoutMs = 30_000): Promise<AzuriteBlob> {
  const port = await findFreePort();
  const location = mkdtempSync(join(tmpdir(), 'changetalk-azurite-'));
  const child = spawn(
    azuriteBlobBin,
    [
      '--inMemoryPersistence',
      '--blobHost', '127.0.0.1',
      '--blobPort', String(port),
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    // Azurite refuses --location together with --inMemoryPersistence, and otherwise uses its
    // working directory as workspace: run it in a temp folder so nothing lands in the repo.
    // detached: its own process group, so stop() can end it and anything it started.
    { cwd: location, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await endProcessGroup(child, exited);
    child.stderr?.destroy();
    rmSync(location, { recursive: true, force: true });
  };

  try {
    await waitForPort(port, child, startTimeoutMs, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, pid: child.pid ?? 0, connectionString: devstoreConnectionString(port), stop };
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('No free port found.'))));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Azurite exited before listening on ${port}: ${stderr().trim() || 'no output'}`);
    }
    if (await portAnswers(port)) return;
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error(`Azurite did not listen on 127.0.0.1:${port} within ${timeoutMs} ms.`);
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => {
      socket.destroy();
      answer(false);
    });
  });
}

async function endProcessGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined) return;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      process.kill(-child.pid, signal);
    } catch {
      break; // the group is already gone
    }
    const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (gone) break;
  }
  // Whatever else was in the group (nothing, normally) goes too.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms).unref());
}
