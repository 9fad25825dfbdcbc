import { fixedLinesOf } from '../../../bot/fidelity/fixedLines';
import { runPersona, volleysOf, type PersonaTurn } from '../../../bot/fidelity/personaConversation';
import { loadPersonas } from '../../../dialogs/fidelity/persona';
import { fidelityProblems, scoreFidelity } from '../../../dialogs/fidelity/scoreFidelity';
import { analyseMessage } from '../../../nlp/analyseMessage';
import { shippedDependencies } from '../../support/botHarness';

const personas = loadPersonas();
const fixedLines = fixedLinesOf(shippedDependencies.content);
const runs = new Map<string, PersonaTurn[]>();
const run = async (name: string) => {
  const persona = personas.find((p) => p.name === name)!;
  if (!runs.has(name)) runs.set(name, await runPersona(persona, shippedDependencies));
  return runs.get(name)!;
};

describe('MI fidelity of whole conversations, per persona (npm run fidelity)', () => {
  it('has at least the eight personas the brief names', () => {
    expect(personas.map((p) => p.name)).toEqual(
      expect.arrayContaining(['ready to change', 'ambivalent', 'not interested at all', 'terse', 'slang-heavy UK', 'angry', 'just out of prison', 'worried about their kids']),
    );
  });

  it.each(personas.map((p) => p.name))('%s: MITI "good" per volley, no non-adherent wording, no repeats, no long messages', async (name) => {
    const scores = scoreFidelity(volleysOf(await run(name)), { fixedLines });
    expect(fidelityProblems(scores)).toEqual([]);
    expect(scores.perVolley.reflectionToQuestion).toBeGreaterThanOrEqual(2);
    expect(scores.perVolley.percentComplex).toBeGreaterThanOrEqual(0.5);
  });

  it.each(personas.map((p) => p.name))('%s: at most one question in any bot turn', async (name) => {
    for (const turn of await run(name)) expect(turn.replies.filter((r) => r.kind === 'open-question' || r.kind === 'closed-question').length).toBeLessThanOrEqual(1);
  });
});

describe('reflections in conversation', () => {
  const reflectionsOf = (turns: PersonaTurn[]) =>
    turns.flatMap((turn, index) => turn.replies.filter((r) => r.kind === 'reflection-simple' || r.kind === 'reflection-complex').map((r) => ({ index, said: turn.said ?? '', text: r.text })));

  it.each(personas.map((p) => p.name))('%s: no reflection comes back within 10 turns', async (name) => {
    const reflections = reflectionsOf(await run(name));
    for (const [i, a] of reflections.entries()) {
      for (const b of reflections.slice(i + 1)) if (b.index - a.index < 10) expect(b.text.toLowerCase()).not.toBe(a.text.toLowerCase());
    }
  });

  it.each(personas.map((p) => p.name))('%s: every reflection is under 25 words and not a question', async (name) => {
    for (const { text } of reflectionsOf(await run(name))) {
      expect(text.split(/\s+/).length).toBeLessThanOrEqual(25);
      expect(text).not.toMatch(/\?/);
    }
  });

  it('names a feeling only when the person expressed one (a word from content/feelings.yaml)', async () => {
    const feelingLine = /\b(feeling (low|angry|scared|ashamed|lonely|tired|hopeful|proud)|worn out|pretty heavy|worrying you|hard on yourself|on your own with this|wound up|some hope|proud of that)\b/i;
    let named = 0;
    for (const persona of personas) {
      for (const { said, text } of reflectionsOf(await run(persona.name))) {
        if (!feelingLine.test(text)) continue;
        named++;
        expect(analyseMessage(said, shippedDependencies.lexicons).feelings.length).toBeGreaterThan(0);
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('reflects what the person said: their words, or the drug or life area they named', async () => {
    const turns = await run('ready to change');
    const cutDown = turns.find((turn) => turn.said === 'I want to cut down on the gear')!;
    expect(cutDown.replies.find((r) => r.kind?.startsWith('reflection'))?.text).toMatch(/gear/);
    const terse = await run('terse');
    expect(terse.find((turn) => turn.said === 'the gear')?.replies[0]?.text).toMatch(/gear/);
    expect(terse.find((turn) => turn.said === 'my kids')?.replies[0]?.text).toMatch(/family/);
    const slang = await run('slang-heavy UK');
    const vallies = slang.find((turn) => turn.said === 'the vallies help me sleep after');
    expect(vallies?.replies.map((r) => r.text).join(' ')).toMatch(/vallies|sleep/);
  });

  it('ends a double-sided reflection on the change side', async () => {
    const all = await Promise.all(personas.map((p) => run(p.name)));
    const doubles = all.flatMap(reflectionsOf).filter((r) => /^On one hand|^Part of you feels|at the same time/.test(r.text));
    expect(doubles.length).toBeGreaterThan(0);
    // The slang-heavy persona says change ("get off the gear proper") before sustain ("the vallies help me sleep");
    // the reflection puts the sustain side first and ends on the change side. (This used to be the kids persona, whose
    // "taking a lot of benzos and drinking" the talk reader no longer reads as sustain talk once it has just heard
    // change talk, so no double-sided reflection is due there.)
    const slang = await run('slang-heavy UK');
    const double = reflectionsOf(slang).find((r) => /^On one hand|^Part of you feels|at the same time/.test(r.text));
    expect(double?.text).toMatch(/vallies help you sleep[\s\S]*get off the gear proper this time\.$/);
  });

  it('never says a label back, even when the person uses one', async () => {
    const all = await Promise.all(personas.map((p) => run(p.name)));
    for (const turn of all.flat()) for (const reply of turn.replies) expect(reply.text).not.toMatch(/\b(clean|addict|junkie|abuse)\b/i);
  });
});
