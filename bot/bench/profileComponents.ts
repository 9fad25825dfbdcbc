import { readFileSync } from 'node:fs';

/**
 * A CPU profile of turns (TURN_COST_PROFILE from turnCost.ts) as ms per turn by part of the turn: each sample goes to
 * the outermost listed function on its stack, so nested parts are not counted twice; what no listed function
 * covers is botbuilder's dispatch and the turn's own glue. TOP=n also lists the n functions with the most self time.
 * `npx tsx bot/bench/profileComponents.ts file.cpuprofile turns`
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const parts: [string, (name: string, url: string) => boolean][] = [
  ['crisis (detectCrisis)', (name) => name === 'detectCrisis' || name === 'detectCrisisSafely'],
  ['NLP (readMessage / analyseMessage)', (name) => name === 'analyseMessage'],
  ['storage read (SQLite + JSON)', (name, url) => name === 'read' && url.includes('storage/sqliteStorage')],
  ['storage write (SQLite + JSON)', (name, url) => name === 'write' && url.includes('storage/sqliteStorage')],
  ['machine restore (zod + resolveState)', (name) => name === 'restoreConversation'],
  ['machine advance (xstate)', (name) => name === 'advanceConversation'],
  ['machine persist', (name) => name === 'persistConversation'],
  ['crisis lines open now (contactsFor)', (name) => name === 'contactsFor'],
  ['reply (writeReply)', (name) => name === 'writeReply'],
  ['garbage collector', (name) => name === '(garbage collector)'],
  ['idle', (name) => name === '(idle)'],
];
const rest = 'other (botbuilder dispatch, turn glue, logging, timers)';

function main(): void {
  const [file, turnsArgument] = process.argv.slice(2);
  const turns = Number(turnsArgument);
  if (!file || !(turns > 0)) throw new Error('usage: profileComponents.ts file.cpuprofile turns');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

  const byPart = new Map<string, number>();
  const selfTime = new Map<string, number>();
  for (const [id, micros] of sampled) {
    const stack: ProfileNode['callFrame'][] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push((byId.get(at) as ProfileNode).callFrame);
    const outermost = [...stack].reverse().map((frame) => parts.find(([, matches]) => matches(frame.functionName, frame.url))).find(Boolean);
    const part = outermost?.[0] ?? rest;
    byPart.set(part, (byPart.get(part) ?? 0) + micros);
    const leaf = stack[0] as ProfileNode['callFrame'];
    const name = `${leaf.functionName || '(anonymous)'} ${leaf.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(bot|dialogs|machines|nlp|content)\//, '$1/')}`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + micros);
  }
  const perTurn = (micros: number) => (micros / 1000 / turns).toFixed(3).padStart(7);
  const busy = [...byPart].filter(([part]) => part !== 'idle').reduce((sum, [, micros]) => sum + micros, 0);
  console.log(`${perTurn(busy)} ms per turn, busy`);
  for (const [part, micros] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`${perTurn(micros)}  ${part}`);
  const top = Number(process.env.TOP ?? 0);
  if (top > 0) {
    console.log('\nself time, ms per turn');
    for (const [name, micros] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${perTurn(micros)}  ${name}`);
  }
}

main();
