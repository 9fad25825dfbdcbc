import { loadNlpLexicons } from './loadNlpLexicons';
import { normalise } from './normalise';
import { talkFeatures } from './talkFeatures';
import { readTalkCues } from './talkCues';
const { lexicons } = loadNlpLexicons();
const m = lexicons.talkModel!;
console.log('bias', m.bias);
for (const t of process.argv.slice(2)) {
  const f = talkFeatures(normalise(t));
  console.log(t, readTalkCues(normalise(t)));
  console.log(f.map((x) => `${x}:${(m.weights[x] ?? [0, 0, 0]).map((v) => v.toFixed(2)).join('/')}`).join('  '));
}
