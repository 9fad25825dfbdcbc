/**
 * npm run fidelity: runs every scripted persona (test/fixtures/personas) through the real bot and prints
 * MITI-style scores per persona from the bot's own channelData.mi tags. Never prints what anyone typed;
 * with --transcript it prints the bot's lines (scripted test text only). Exits 1 if any persona is below "good".
 */
import { loadPersonas } from '../../dialogs/fidelity/persona';
import { fidelityProblems, good, scoreFidelity, type BehaviourCounts } from '../../dialogs/fidelity/scoreFidelity';
import { loadDependencies } from '../loadDependencies';
import { fixedLinesOf } from './fixedLines';
import { runPersona, volleysOf } from './personaConversation';

const ratio = (counts: BehaviourCounts) => (counts.reflectionToQuestion === Infinity ? '∞' : counts.reflectionToQuestion.toFixed(2));
const percent = (counts: BehaviourCounts) => `${Math.round(counts.percentComplex * 100)}%`;

async function main(): Promise<void> {
  const showTranscript = process.argv.includes('--transcript');
  const dependencies = loadDependencies(30);
  const fixedLines = fixedLinesOf(dependencies.content);
  let failed = 0;
  console.log(`MITI "good": R:Q >= ${good.reflectionToQuestion}, %CR >= ${good.percentComplex * 100}% (per volley; crisis volleys left out)\n`);
  console.log(['persona'.padEnd(26), 'volleys', 'R:Q/volley', '%CR/volley', 'R:Q/message', '%CR/message', 'R:Q seek=Q', 'R', 'CR', 'Q', 'Seek', 'result'].join('  '));
  for (const persona of loadPersonas()) {
    const turns = await runPersona(persona, dependencies);
    const scores = scoreFidelity(volleysOf(turns), { fixedLines });
    const problems = fidelityProblems(scores);
    if (problems.length > 0) failed++;
    const v = scores.perVolley;
    console.log(
      [persona.name.padEnd(26), String(scores.volleys).padStart(7), ratio(v).padStart(10), percent(v).padStart(10), ratio(scores.perMessage).padStart(11), percent(scores.perMessage).padStart(11), ratio(scores.perVolleySeekAsQuestion).padStart(10), String(v.reflections).padStart(1), String(v.complexReflections).padStart(2), String(v.questions).padStart(1), String(v.seeks).padStart(4), problems.length === 0 ? 'good' : problems.join('; ')].join('  '),
    );
    if (showTranscript) {
      for (const turn of turns) {
        if (turn.said !== null) console.log(`    person: ${turn.said}`);
        for (const reply of turn.replies) console.log(`      bot [${reply.kind}${reply.seek ? '+seek' : ''} @${reply.step}]: ${reply.text}`);
      }
      console.log('');
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
