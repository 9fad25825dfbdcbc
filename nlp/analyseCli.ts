/**
 * Reads one message per line on stdin and prints one JSON object per line with what the NLP read
 * (run: `npm run analyse`). For trying phrasings out; nothing is stored or logged.
 */
import { createInterface } from 'node:readline';
import { formatProblem } from '../content/contentFile';
import { analyseMessage } from './analyseMessage';
import { chooseReflection } from './chooseReflection';
import { loadNlpLexicons } from './loadNlpLexicons';

const { lexicons, reflections, problems } = loadNlpLexicons();
for (const problem of problems) console.error(formatProblem(problem));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (text) => {
  const analysis = analyseMessage(text, lexicons);
  const reflection = chooseReflection(analysis, { recent: [] }, reflections);
  process.stdout.write(
    `${JSON.stringify({
      text,
      talk: analysis.talk,
      changeKind: analysis.changeKind,
      discord: analysis.discord,
      feelings: analysis.feelings,
      topics: analysis.topics,
      substances: analysis.substances.map((s) => s.substance),
      ruler: analysis.ruler,
      crisis: analysis.crisis,
      reflection: reflection ? reflection.text : null,
    })}\n`,
  );
});
