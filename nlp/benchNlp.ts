/** Prints talk-type scores on AnnoMI's test split beside two baselines, and timings (run: `npm run bench:nlp`). */
import { formatProblem } from '../content/contentFile';
import { benchTalk } from './benchTalk';
import { loadNlpLexicons } from './loadNlpLexicons';

const started = process.hrtime.bigint();
const { lexicons, problems } = loadNlpLexicons();
const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
for (const problem of problems) console.error(formatProblem(problem));
if (!lexicons.talkModel) {
  console.error('no talk model loaded: run npm run nlp:train');
  process.exit(1);
}

const bench = benchTalk(lexicons);
const row = (name: string, s: typeof bench.nlp) =>
  `${name.padEnd(26)} ${s.accuracy.toFixed(3).padStart(8)} ${s.macroF1.toFixed(3).padStart(9)} ${s.f1.change.toFixed(3).padStart(7)} ${s.f1.neutral.toFixed(3).padStart(8)} ${s.f1.sustain.toFixed(3).padStart(8)}`;
console.log(`AnnoMI test split: ${bench.count} client utterances (talk type: change / neutral / sustain)`);
console.log(`${'reader'.padEnd(26)} ${'accuracy'.padStart(8)} ${'macro-F1'.padStart(9)} ${'F1 chg'.padStart(7)} ${'F1 neut'.padStart(8)} ${'F1 sust'.padStart(8)}`);
console.log(row('always neutral (baseline)', bench.alwaysNeutral));
console.log(row('v1 keyword rules (baseline)', bench.keywordRules));
console.log(row('cues + model (this NLP)', bench.nlp));
console.log(`analyseMessage: median ${bench.medianMs.toFixed(3)} ms, p95 ${bench.p95Ms.toFixed(3)} ms per message; lexicons and model loaded in ${loadMs.toFixed(0)} ms`);
