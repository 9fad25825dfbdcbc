import { fidelityProblems, scoreFidelity, type Volley } from '../../../dialogs/fidelity/scoreFidelity';

const q = (text = 'What do you make of that?') => ({ text, kind: 'open-question' });
const sr = (text = 'You want to stop.') => ({ text, kind: 'reflection-simple' });
const cr = (text = 'Part of you wants things to be different.') => ({ text, kind: 'reflection-complex' });

describe('scoreFidelity', () => {
  it('counts at most one question and one reflection per volley, complex if any is', () => {
    const volleys: Volley[] = [[sr('a b'), cr('c d'), q('e?'), q('f?')], [sr('g h')], [cr('i j')]];
    const scores = scoreFidelity(volleys);
    expect(scores.perVolley).toMatchObject({ reflections: 3, complexReflections: 2, questions: 1 });
    expect(scores.perMessage).toMatchObject({ reflections: 4, complexReflections: 2, questions: 2 });
    expect(fidelityProblems(scores)).toEqual([]);
  });

  it('leaves crisis volleys out and codes permission questions as seek', () => {
    const scores = scoreFidelity([[{ text: 'Call 999 now.', kind: 'crisis' }, q('Are you safe?')], [cr(), { text: 'Can I share something?', kind: 'closed-question', seek: true }]]);
    expect(scores.volleys).toBe(1);
    expect(scores.perVolley).toMatchObject({ questions: 0, seeks: 1, reflections: 1 });
    expect(scores.perVolleySeekAsQuestion.questions).toBe(1);
  });

  it('fails a conversation below MITI good, with persuasion, labels, repeats or long messages', () => {
    expect(fidelityProblems(scoreFidelity([[sr(), q()], [sr('x y'), q('z?')]])).join(' ')).toMatch(/R:Q 1\.00 < 2.*%CR 0%/);
    const bad = scoreFidelity([[cr('You should go to NA.')], [cr('Sounds like you are an addict.')], [cr('Same line.')], [cr('same line')], [cr('word '.repeat(61))]]);
    expect(bad.nonAdherent.map((f) => f.why)).toEqual(['tells them what to do', 'a label']);
    expect(bad.repeats).toHaveLength(1);
    expect(bad.longMessages).toHaveLength(1);
    expect(scoreFidelity([[cr('Take care.')], [cr('Take care.')]], { fixedLines: (t) => t === 'Take care.' }).repeats).toEqual([]);
  });
});
