import fc from 'fast-check';
import { parseContentFile } from '../../content/contentFile';
import { reflectionsFileSchema } from '../../content/schemas/reflections';
import { analyseMessage } from '../../nlp/analyseMessage';
import { chooseReflection, maxReflectionWords, type ReflectionTemplates } from '../../nlp/chooseReflection';
import { normalise } from '../../nlp/normalise';
import { reflectClause } from '../../nlp/reflect';
import { loaded } from './nlpContent';

const { lexicons, reflections } = loaded;
const analyse = (text: string) => analyseMessage(text, lexicons);
const choose = (text: string, memory: Parameters<typeof chooseReflection>[1] = { recent: [] }, templates: ReflectionTemplates = reflections) =>
  chooseReflection(analyse(text), memory, templates);

describe('simple reflections turn the words round', () => {
  it.each([
    ["I can't stop", "you can't stop"],
    ["I'm sick of my life", "you're sick of your life"],
    ['my mum worries about me', 'your mum worries about you'],
    ['i was using every day', 'you were using every day'],
    ['yeah well i guess i just need my kids back', 'you just need your kids back'],
    ['cant sleep without my pregabs', "you can't sleep without your pregabs"],
    ['i want to stop but my mates all use', 'you want to stop'],
    ['yeah my mates all use but i want to stop', 'you want to stop'],
    ['my mum rang. i was in bed all day', 'you were in bed all day'],
    // an answer to "why?" starts with its joining word, which the reflection leaves out
    ['coz i dont want to lose my kids', "you don't want to lose your kids"],
    ['and i miss my job', 'you miss your job'],
    // "me" before someone or something of theirs is "my" in northern, Scots and Irish English
    ['me mam keeps on at me', 'your mam keeps on at you'],
    ['i keep losing me script', 'you keep losing your script'],
    ['it helps me sleep', 'it helps you sleep'],
    // chat drops "I'm" as well as "I"
    ['spice. stuck in the hostel all day nothing to do', "you're stuck in the hostel all day nothing to do"],
    ['using every day now', "you're using every day now"],
    ['been on the gear 10 year', "you've been on the gear 10 year"],
    ['na it does me head in', 'it does your head in'],
    ['na meetings do my head in', 'na meetings do your head in'],
    // a "no" that starts the clause stays; only an answering "no," or "nah I…" is dropped
    ['no one cares about me', 'no one cares about you'],
    // with nothing about themselves, what they said about someone close, in their words
    ['shes threatening to leave', "she's threatening to leave"],
    ['nah i dont see the point', "you don't see the point"],
    ['no way am i going back to rehab', 'no way are you going back to rehab'],
  ])('%j → %j', (text, expected) => {
    expect(reflectClause(normalise(text))).toBe(expected);
  });

  it('keeps only the key clause of a long message', () => {
    const clause = reflectClause(normalise('i have been thinking a lot about my kids and my mum and the flat and work and all the stuff that has gone wrong since last year'));
    expect(clause?.split(' ').length).toBeLessThanOrEqual(16);
    expect(clause).toMatch(/^you've been thinking a lot about your kids/);
  });

  it('does not reflect questions or messages without a first-person statement', () => {
    expect(reflectClause(normalise('what time is it'))).toBeNull();
    expect(reflectClause(normalise('how do i get on a script'))).toBeNull();
  });
});

describe('chooseReflection', () => {
  it('reflects change talk with a complex reflection from content', () => {
    const chosen = choose("i dont want to keep using");
    expect(chosen?.kind).toBe('reflection-complex');
    expect(reflections.reflections.map((r) => r.text)).toContain(chosen?.text);
  });

  it('reflects sustain talk briefly in the person’s own words', () => {
    expect(choose("i'm not ready to come off the gear")).toEqual({ text: "You're not ready to come off the gear.", kind: 'reflection-simple' });
  });

  it('never says what using gives them unless they said what it gives them', () => {
    // Lines that say using does something for them, found by their wording (not by their kind, which is what is tested).
    const saysItGivesThem = /does something for you|working for you|get something out of/i;
    const benefitLines = reflections.reflections.filter((r) => saysItGivesThem.test(r.text)).map((r) => r.text.replace(/\{substance\}/, 'gear'));
    expect(benefitLines.length).toBeGreaterThan(1);
    const all = (text: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        const chosen = chooseReflection({ ...analyse(text), reflection: null }, { recent: seen }, reflections);
        if (!chosen) break;
        seen.push(chosen.text);
      }
      return seen;
    };
    // No clause to turn round, so the complex lines are all there is: none may claim a benefit.
    for (const text of ['whats the point of going to na', "i'm not ready to stop", "i cant stop anyway"]) {
      expect(analyse(text)).toMatchObject({ talk: 'sustain', talkSource: 'cue' });
      const said = all(text);
      expect(said.length).toBeGreaterThan(0);
      expect(said.filter((line) => benefitLines.includes(line))).toEqual([]);
    }
    expect(all('the gear is the only thing that gets me through').some((line) => benefitLines.includes(line))).toBe(true);
    expect(choose('whats the point of going to na')?.text).toBe("You're not convinced that kind of help is for you.");
  });

  it('does not answer a question with only the drug or life area it named', () => {
    expect(choose('is it safe to mix pregabs and methadone')).toBeNull();
    expect(choose('how do i get on a script?')).toBeNull();
    expect(choose('pregabs mainly')?.text).toMatch(/pregabs/);
  });

  it('uses the life area the person mentioned', () => {
    expect(choose('i want to stop for my kids')?.text).toBe('Your family is a big part of why this matters.');
    expect(choose('my kids deserve better')?.text).toBe('Your kids deserve better.');
  });

  it('gives a double-sided reflection when both sides have been said, ending on change', () => {
    const chosen = choose('the gear helps me sleep', { recent: [], saidChange: 'I want to be there for my kids' });
    expect(chosen?.kind).toBe('reflection-complex');
    expect(chosen?.text).toMatch(/gear helps you sleep.*you want to be there for your kids\.$/i);
  });

  it('never repeats a line from the last 10 turns', () => {
    const recent: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      const chosen = choose('i want to stop the gear', { recent });
      if (!chosen) break;
      expect(recent).not.toContain(chosen.text);
      recent.push(chosen.text);
    }
    expect(recent.length).toBeGreaterThanOrEqual(2);
  });

  it('names a feeling only when the person expressed it', () => {
    const feelingLines = new Set(reflections.reflections.filter((r) => r.when.feeling).map((r) => r.text));
    for (const text of ['i want to stop the gear', 'the white keeps me going', 'my mum is worried', "i'm not scared", 'been using since i was 16']) {
      const chosen = choose(text);
      if (chosen) expect(feelingLines.has(chosen.text)).toBe(false);
    }
    expect(choose('im so knackered with it all')?.text).toBe("You're worn out with it all.");
  });

  it('says nothing in a crisis, for a bare ruler answer, or for a command', () => {
    expect(choose('i took too much and cant breathe')).toBeNull();
    expect(choose('about a 6')).toBeNull();
    expect(choose('bye')).toBeNull();
  });

  it('uses amplified reflections only when content allows them, and never with a hard feeling', () => {
    const text = 'nothing wrong with a bit of charlie';
    const allowed: ReflectionTemplates = { ...reflections, allowAmplified: true, reflections: reflections.reflections.filter((r) => r.style === 'amplified') };
    const denied: ReflectionTemplates = { ...allowed, allowAmplified: false };
    expect(choose(text, { recent: [] }, allowed)?.text).toBe("So there's nothing about the charlie that bothers you at all.");
    expect(choose(text, { recent: [] }, denied)).toBeNull();
    expect(choose('nothing wrong with a bit of charlie, i just feel so ashamed', { recent: [] }, allowed)).toBeNull();
    expect(choose('nothing wrong with mixing charlie and vallies', { recent: [] }, allowed)).toBeNull();
    expect(choose('nothing wrong with a bit of charlie when im on my own', { recent: [] }, allowed)).toBeNull();
    expect(choose('nothing wrong with charlie. the kids are at school', { recent: [] }, allowed)).toBeNull();
    expect(analyse('nothing wrong with charlie. the kids are at school').risky).toBe(true);
    expect(analyse('nothing wrong with a bit of charlie').risky).toBe(false);
  });

  it('never goes over the word limit, never asks a question, never names a feeling not expressed', () => {
    const words = ['i', 'want', 'to', 'stop', 'the', 'gear', 'kids', 'not', 'scared', 'but', 'cant', 'skint', 'court', 'my', 'mum', 'tired', 'love', 'the', 'buzz', 'never', 'again', 'white', 'need', 'help', 'proud', 'of', 'myself', 'lonely', 'and', 'really'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (tokens) => {
        const analysis = analyse(tokens.join(' '));
        const chosen = chooseReflection(analysis, { recent: [], saidChange: tokens.slice(0, 20).join(' '), saidSustain: tokens.slice(5).join(' ') }, reflections);
        if (!chosen) return true;
        const feelingNamed = Object.values(reflections.names.feelings).some((name) => new RegExp(`feeling ${name}\\b`).test(chosen.text));
        return chosen.text.split(/\s+/).length <= maxReflectionWords && !chosen.text.includes('?') && (!feelingNamed || analysis.feelings.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('content/reflections.yaml rules', () => {
  const parse = (yaml: string) => parseContentFile('reflections.yaml', yaml, reflectionsFileSchema);

  it('the shipped file loads without problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(reflections.reflections.length).toBeGreaterThan(20);
  });

  it('rejects a feeling placeholder without a feeling condition, with its line', () => {
    const parsed = parse('reflections:\n  - { id: x, style: complex, text: "You feel {feeling}." }\n');
    expect(parsed.problems[0]).toMatchObject({ line: 2 });
    expect(parsed.problems[0]?.message).toMatch(/when\.feeling/);
  });

  it('rejects a double-sided reflection that ends on sustain', () => {
    const parsed = parse('reflections:\n  - { id: x, style: double-sided, text: "On one hand {change}, on the other {sustain}." }\n');
    expect(parsed.problems[0]?.message).toMatch(/ends on \{change\}/);
  });

  it('rejects a kind that does not belong to the talk it is for, with its line', () => {
    const parsed = parse('reflections:\n  - { id: x, style: complex, when: { talk: change, kind: benefits }, text: "It helps." }\n');
    expect(parsed.problems[0]).toMatchObject({ line: 2 });
    expect(parsed.problems[0]?.message).toMatch(/benefits is a kind of sustain talk/);
  });

  it('rejects questions and "you should"', () => {
    expect(parse('reflections:\n  - { id: x, style: complex, text: "Is that hard?" }\n').problems[0]?.message).toMatch(/question mark/);
    expect(parse('reflections:\n  - { id: x, style: complex, text: "You should stop." }\n').problems[0]?.message).toMatch(/should/);
  });
});
