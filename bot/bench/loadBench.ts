import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDist } from '../../scripts/buildDist';
import { SqliteStorage } from '../storage/sqliteStorage';
import { readyToChange } from '../../test/fixtures/readyToChange';
import { turnActivity } from '../../test/bot/scale/botClient';

/**
 * `npm run bench`: C concurrent people (1, 50, 500; BENCH_CONCURRENCY=1,50 to choose) each holding whole scripted
 * MI conversations (welcome + 12 messages, ending at Narcotics Anonymous) over POST /api/messages with
 * expectReplies, against the real bot on SQLite and, as the floor, a bare echo bot on the same restify server and
 * CloudAdapter. Each server runs in its own child process; this process only drives the load, over node:http
 * with a keep-alive agent (node 20's fetch cost 5-8 ms of client CPU per request here, against ~1.5 ms for
 * node:http, so a fetch-driven bench measured mostly itself). Prints one JSON line per setting, then the stored
 * bytes per conversation.
 *
 * Both servers run the production build (`npm run build`, made first: dist/bot/bench/benchServer.js under plain
 * node, as `npm run start:prod` runs); BENCH_RUNTIME=tsx runs both from the TypeScript under tsx instead, as
 * `npm start` does. Ours and the echo bot always share a runtime, so the ratio compares like with like.
 */

const script = readyToChange;
const turnsPerConversation = script.length + 1;

/** Pause between one person's turns (ms) for settings that do not give one; 0 is a closed loop. */
const defaultThinkMs = Number(process.env.BENCH_THINK_MS ?? 0);
/**
 * Settings as "concurrency" (a closed loop: each person sends their next message as soon as the reply comes) or
 * "concurrency@thinkMs" (each person pauses about thinkMs, 0.5–1.5×, between messages, as someone typing does).
 * The closed loop measures the server's ceiling, and its latency is mostly queueing (about concurrency /
 * throughput, so even the echo bot's p99 at 50 is tens of ms); the paced run measures what each turn costs a
 * person at that many live conversations. BENCH_THINK_MS paces every setting that does not give its own.
 */
const settings = (process.env.BENCH_CONCURRENCY ?? '1,50,500,50@1000')
  .split(',')
  .map((entry) => {
    const [people, think] = entry.split('@');
    return { concurrency: Number(people), thinkMs: think === undefined ? defaultThinkMs : Number(think) };
  })
  .filter((setting) => setting.concurrency > 0 && setting.thinkMs >= 0);
/** Each person starts new conversations until this many seconds have passed (always finishing at least one). */
const seconds = Number(process.env.BENCH_SECONDS ?? 8);

const channelId = 'bench';

const runtime = process.env.BENCH_RUNTIME ?? 'node';
if (runtime !== 'node' && runtime !== 'tsx') throw new Error(`BENCH_RUNTIME must be node or tsx, not "${runtime}"`);
const tsxLoader = pathToFileURL(resolve(__dirname, '../../node_modules/tsx/dist/loader.mjs')).href;

/** Compiles dist/ now, so the measured build is the code as it is; tsc's messages go to stderr, away from the results. */
function rebuildDist(): void {
  try {
    buildDist();
  } catch (error) {
    throw new Error(`the production build failed (npm run build); nothing was measured: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type ServerMode = 'changetalk' | 'echo';
interface BenchServer {
  base: string;
  /** Peak RSS (MB) and CPU time (ms) of the server process since the last call. */
  usage(): Promise<{ rssMb: number; cpuMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number }>;
  close(): Promise<void>;
}

function startServer(mode: ServerMode, dataDir: string): Promise<BenchServer> {
  const serverFile = runtime === 'tsx' ? resolve(__dirname, 'benchServer.ts') : resolve(__dirname, '../../dist/bot/bench/benchServer.js');
  const child: ChildProcess = fork(serverFile, [mode], {
    execArgv: [
      ...(runtime === 'tsx' ? ['--import', tsxLoader] : []),
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
      ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', process.env.BENCH_SHOW_LOGS === '1' ? 'inherit' : 'ignore', 'ipc'],
  });
  const next = (type: string) =>
    new Promise<Record<string, number>>((done, fail) => {
      const onMessage = (message: { type: string } & Record<string, number>) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        done(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => fail(new Error(`${mode} server exited (${code})`)));
    });
  return next('listening').then(({ port }) => ({
    base: `http://127.0.0.1:${port}`,
    usage: async () => {
      const reply = next('usage');
      child.send({ type: 'usage' });
      const { maxRss = 0, cpuMs = 0, loopDelayP99Ms = 0, loopDelayMaxMs = 0 } = await reply;
      return { rssMb: Math.round(maxRss / 1024 / 1024), cpuMs, loopDelayP99Ms, loopDelayMaxMs };
    },
    close: () =>
      new Promise<void>((done) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.send({ type: 'close' });
      }),
  }));
}

interface TurnResult {
  ok: boolean;
  /** why a turn failed, for BENCH_DEBUG: a status or an error name, never text */
  detail?: string;
  ms: number;
  steps: string;
}

// maxFreeSockets: the default keeps only 256 idle sockets, so at 500 people half reconnected at the start of a run.
// timeout: an idle socket is dropped here before the server's 5 s keep-alive timeout drops it mid-request (ECONNRESET).
const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity, timeout: 4000 });

interface Posted {
  status: number;
  body: string;
}

function post(base: string, payload: string): Promise<Posted> {
  const url = new URL('/api/messages', base);
  return new Promise((done, fail) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', fail);
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', fail);
    outgoing.end(payload);
  });
}

async function postTurn(base: string, conversationId: string, fields: Record<string, unknown>): Promise<TurnResult> {
  const started = performance.now();
  try {
    const response = await post(
      base,
      JSON.stringify(turnActivity(channelId, conversationId, fields)),
    );
    const body = JSON.parse(response.body) as { activities?: Array<{ type: string; text?: string; channelData?: { mi?: { step?: string } } }> };
    const messages = (body.activities ?? []).filter((activity) => activity.type === 'message');
    const trouble = messages.some((message) => /trouble on my side|something went wrong/i.test(message.text ?? ''));
    const steps = messages.map((m) => m.channelData?.mi?.step ?? '').join(',');
    return { ok: response.status === 200 && messages.length > 0 && !trouble, detail: `status ${response.status}${trouble ? ' trouble' : ''}`, ms: performance.now() - started, steps };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'error', ms: performance.now() - started, steps: '' };
  }
}

interface RunResult {
  turns: number;
  errors: number;
  latencies: number[];
  seconds: number;
  conversations: string[];
}

/** Opens `count` keep-alive connections (GET /healthz at once), so a measured run does not time TCP set-up. */
async function openConnections(base: string, count: number): Promise<void> {
  const url = new URL('/healthz', base);
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((done) => {
        const outgoing = request({ host: url.hostname, port: url.port, path: url.pathname, agent }, (response) => {
          response.resume();
          response.on('end', () => done());
        });
        outgoing.on('error', () => done());
        outgoing.end();
      }),
    ),
  );
}

/** `concurrency` people, each holding whole conversations one after another until the time is up. */
async function drive(base: string, concurrency: number, label: string, expectedSteps?: string[], thinkMs = 0): Promise<RunResult & { steps: string[] }> {
  const latencies: number[] = [];
  const conversations: string[] = [];
  let errors = 0;
  let firstSteps: string[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const person = async (index: number) => {
    for (let round = 0; round === 0 || performance.now() < deadline; round++) {
      const id = `${label}-${concurrency}-${index}-${round}`;
      conversations.push(id);
      const steps: string[] = [];
      const turns = [{ type: 'conversationUpdate', membersAdded: [{ id: 'person' }] }, ...script.map((text) => ({ type: 'message', text }))];
      for (const [turn, fields] of turns.entries()) {
        if (thinkMs > 0 && turn > 0) await new Promise((wake) => setTimeout(wake, thinkMs * (0.5 + Math.random())));
        const result = await postTurn(base, id, fields);
        latencies.push(result.ms);
        if (process.env.BENCH_DEBUG === '1' && result.ms > 500) console.error(`${label} c${concurrency} person ${index} turn ${turn} at ${Math.round(performance.now() - started - result.ms)} ms took ${Math.round(result.ms)} ms`);
        steps.push(result.steps);
        // A reply whose steps differ from an undisturbed conversation's is a lost or doubled turn.
        if (!result.ok || (expectedSteps && expectedSteps[turn] !== result.steps)) {
          errors += 1;
          if (process.env.BENCH_DEBUG === '1') console.error(`${label} error: turn ${turn} ok=${result.ok} ${result.detail ?? ''} steps "${result.steps}" expected "${expectedSteps?.[turn]}"`);
        }
      }
      if (firstSteps.length === 0) firstSteps = steps;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => person(index)));
  return { turns: latencies.length, errors, latencies, seconds: (performance.now() - started) / 1000, conversations, steps: firstSteps };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number * 10) / 10;
}

/** Conversations whose stored message counter is not 12: a turn lost or applied twice. */
function countLostTurns(storage: SqliteStorage, conversations: string[]): Promise<number> {
  const keys = conversations.map((id) => `${channelId}/conversations/${id}/`);
  return storage.read(keys).then((items) =>
    keys.filter((key) => (items[key] as { record?: { conversation?: { snapshot?: { context?: { turns?: number } } } } } | undefined)?.record?.conversation?.snapshot?.context?.turns !== script.length).length,
  );
}

async function main(): Promise<void> {
  if (runtime === 'node') rebuildDist();
  const dataDir = mkdtempSync(join(tmpdir(), 'changetalk-bench-'));
  const [ours, echo] = await Promise.all([startServer('changetalk', dataDir), startServer('echo', dataDir)]);
  try {
    // Warm-up (JIT, SQLite pages, connections), and the steps an undisturbed conversation goes through.
    const reference = await drive(ours.base, 1, 'reference');
    if (reference.errors > 0) throw new Error('the reference conversation failed; is the bot healthy?');
    await drive(echo.base, 5, 'warm');
    await drive(ours.base, 5, 'warm', reference.steps);
    const store = new SqliteStorage(join(dataDir, 'changetalk.sqlite'));
    let measured: string[] = [];

    for (const { concurrency, thinkMs } of settings) {
      await openConnections(ours.base, concurrency);
      await ours.usage();
      const run = await drive(ours.base, concurrency, thinkMs > 0 ? 'ours-paced' : 'ours', reference.steps, thinkMs);
      const { rssMb, cpuMs, loopDelayP99Ms, loopDelayMaxMs } = await ours.usage();
      await openConnections(echo.base, concurrency);
      await echo.usage();
      const floor = await drive(echo.base, concurrency, thinkMs > 0 ? 'echo-paced' : 'echo', undefined, thinkMs);
      const echoUsage = await echo.usage();
      const echoCpuMs = echoUsage.cpuMs;
      const echoSorted = [...floor.latencies].sort((a, b) => a - b);
      const sorted = [...run.latencies].sort((a, b) => a - b);
      const turnsPerSecond = run.turns / run.seconds;
      const echoTurnsPerSecond = floor.turns / floor.seconds;
      const lostTurns = process.env.BENCH_STORAGE === 'memory' ? 0 : await countLostTurns(store, run.conversations);
      measured = run.conversations;
      console.log(
        JSON.stringify({
          concurrency,
          ...(thinkMs > 0 ? { thinkMs } : {}),
          turnsPerSecond: Math.round(turnsPerSecond),
          echoTurnsPerSecond: Math.round(echoTurnsPerSecond),
          ratio: Math.round((turnsPerSecond / echoTurnsPerSecond) * 100) / 100,
          p50Ms: percentile(sorted, 50),
          p95Ms: percentile(sorted, 95),
          p99Ms: percentile(sorted, 99),
          errors: run.errors + floor.errors,
          rssMb,
          lostTurns,
          echoP99Ms: percentile(echoSorted, 99),
          serverCpuMsPerTurn: Math.round((cpuMs / run.turns) * 100) / 100,
          echoServerCpuMsPerTurn: Math.round((echoCpuMs / floor.turns) * 100) / 100,
          loopDelayP99Ms: Math.round(loopDelayP99Ms * 10) / 10,
          loopDelayMaxMs: Math.round(loopDelayMaxMs * 10) / 10,
          echoLoopDelayP99Ms: Math.round(echoUsage.loopDelayP99Ms * 10) / 10,
          turns: run.turns,
          conversations: run.conversations.length,
        }),
      );
    }

    const sizes = measured.map((id) => store.sizeOf(`${channelId}/conversations/${id}/`) ?? 0).filter((size) => size > 0);
    console.log(
      JSON.stringify({
        storedConversations: sizes.length,
        bytesPerConversation: Math.round(sizes.reduce((sum, size) => sum + size, 0) / Math.max(1, sizes.length)),
        maxBytesPerConversation: Math.max(0, ...sizes),
        turnsPerConversation,
      }),
    );
    store.close();
  } finally {
    agent.destroy();
    await Promise.all([ours.close(), echo.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
