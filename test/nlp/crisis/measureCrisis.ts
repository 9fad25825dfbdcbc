import { detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';

/**
 * Detection time per message (no timed assertions in jest: machines differ). Run:
 *   npx tsx test/nlp/crisis/measureCrisis.ts
 */
const { patterns } = loadCrisisPatterns();
const messages = [...crisisMessages.map(([m]) => m), ...everydayMessages];
detectCrisis('warm up', patterns);
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const message of messages) {
    const start = process.hrtime.bigint();
    detectCrisis(message, patterns);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(3);
const long = 'so anyway i went to the shop and then the bus was late, '.repeat(40) + 'my mate is not breathing';
const longStart = process.hrtime.bigint();
detectCrisis(long, patterns);
const longMs = Number(process.hrtime.bigint() - longStart) / 1e6;
console.log(`${messages.length} messages × 5: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; 2,300-character message ${longMs.toFixed(1)} ms`);
