import { analyseMessage } from '../../nlp/analyseMessage';
import { chooseReflection } from '../../nlp/chooseReflection';
import { normalise } from '../../nlp/normalise';
import { reflectClause, reflectStatement } from '../../nlp/reflect';
import { isVerbPhrase, verbAsIdea } from '../../nlp/verbPhrase';
import { loaded } from './nlpContent';

/**
 * Faults found by talking to the bot: a reflection must give back what the person said, not turn it into an order
 * ("talk to my worker" → "Talk to your worker.") and not carry their fillers back as if they were the point.
 */

const { lexicons, reflections } = loaded;
const analyse = (text: string) => analyseMessage(text, lexicons);

/** Every reflection the bot could give for a message, best first, as it steps past the ones it has just used. */
function allReflections(text: string, saidChange?: string): string[] {
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    const chosen = chooseReflection(analyse(text), { recent: seen, ...(saidChange ? { saidChange } : {}) }, reflections);
    if (!chosen) break;
    seen.push(chosen.text);
  }
  return seen;
}

/** A line that reads as telling them what to do: it starts with a bare verb, as an order does. */
const readsAsOrder = /^(So |Sounds like )?(talk|ring|go|cut|stop|call|see|tell|try|get|give|pack|phone|text|speak|ask|move|stay|save|spend|use|smoke|keep|start|book|join|leave|avoid|delete|block|change|be|do) /i;

describe('an answer that is a bare verb phrase is said back as their idea, never as an order', () => {
  it.each([
    ['talk to my worker', 'talking to your worker'],
    ['ring my sister', 'ringing your sister'],
    ['maybe ring my sister', 'maybe ringing your sister'],
    ['stop buying on payday, my money goes', 'stopping buying on payday, your money goes'],
    ['cut down on my pipes', 'cutting down on your pipes'],
    ['go to a meeting with my mate', 'going to a meeting with your mate'],
    ['tell my mum the truth', 'telling your mum the truth'],
  ])('%j → %j', (text, expected) => {
    expect(reflectClause(normalise(text))).toBe(expected);
  });

  it('turns a verb phrase round the same way when it is used inside a line (double-sided, summaries)', () => {
    expect(reflectStatement(normalise('go to a meeting maybe'))).toBe('going to a meeting maybe');
    expect(reflectStatement(normalise('cut down'))).toBe('cutting down');
  });

  it('leaves alone a clause with a subject, a noun that looks like a verb, and "do not"', () => {
    expect(reflectClause(normalise('i talk to my worker every week'))).toBe('you talk to your worker every week');
    expect(reflectClause(normalise('change is hard for me'))).toBe('change is hard for you');
    expect(reflectStatement(normalise("do not use alone"))).toBe("don't use alone");
    expect(verbAsIdea(['crack', 'mostly'])).toEqual(['crack', 'mostly']);
  });

  it('never offers a reflection of a bare verb answer that reads as an order, however many it steps through', () => {
    for (const text of ['talk to my worker', 'ring my sister', 'go to a meeting maybe', 'cut down', 'stop buying on payday', 'tell my mum', 'spend less on it']) {
      const said = allReflections(text);
      expect(said.length).toBeGreaterThan(0);
      for (const line of said) expect(line).not.toMatch(readsAsOrder);
    }
  });

  it('puts a verb phrase only where a phrase reads right ("So talking…", not "Sounds like talking…")', () => {
    const said = allReflections('talk to my worker');
    expect(said).toContain('Talking to your worker.');
    expect(said.filter((line) => /^Sounds like talking/.test(line))).toEqual([]);
    expect(isVerbPhrase('talking to your worker')).toBe(true);
    expect(isVerbPhrase('you talk to your worker')).toBe(false);
  });

  it('ends a double-sided reflection on their idea, in a form that is not an order', () => {
    const chosen = chooseReflection(analyse('the gear helps me sleep'), { recent: [], saidChange: 'talk to my worker' }, reflections);
    expect(chosen?.text).toMatch(/talking to your worker\.$/i);
    expect(chosen?.text).not.toMatch(/\btalk to your worker/i);
  });
});

describe('fillers and hedges are not said back as if they were the point', () => {
  it.each([
    ['dunno, spent my whole wage on it again', 'you spent your whole wage on it again'],
    ['idk, spent my whole wage on it again', 'you spent your whole wage on it again'],
    ['i dunno, my mum says its bad', "your mum says it's bad"],
    ['not sure, my mum says its bad', "your mum says it's bad"],
    ['no idea, i just use every day', 'you just use every day'],
    ['its getting out of hand tbh, spent my whole wage', "it's getting out of hand, you spent your whole wage"],
    ['i use every day lol', 'you use every day'],
    ['my kids, like, hate me innit', 'your kids hate you'],
    ['tbf i have cut down a bit', "you've cut down a bit"],
  ])('%j → %j', (text, expected) => {
    expect(reflectClause(normalise(text))).toBe(expected);
  });

  it.each([
    ['ffs i just want my kids back', 'you just want your kids back'],
    ['talk to him i guess', 'talking to him'],
    ['been on the brown 4 years mate', "you've been on the brown 4 years"],
    ['i go out with my mate', 'you go out with your mate'],
  ])('%j → %j (exclamations, "i guess" and a "mate" spoken to are not the point)', (text, expected) => {
    expect(reflectClause(normalise(text))).toBe(expected);
  });

  it('does not say back what was said to the bot ("tell me more", "go on then")', () => {
    for (const text of ['tell me more', 'yeah go on then', 'go on', 'help me', 'go away', 'stop askin me questions', 'stop asking me']) {
      for (const line of allReflections(text)) expect(line).not.toMatch(/^(So |Sounds like )?(tell you|going on|go on|help you|going away|stopping ask)/i);
    }
    expect(reflectClause(normalise('go on a script'))).toBe('going on a script');
  });

  it('keeps a "not sure" or "do not know" that is part of what they mean', () => {
    expect(reflectClause(normalise('i dont know what to do with myself'))).toBe("you don't know what to do with yourself");
    expect(reflectClause(normalise('not sure it helps me anymore'))).toMatch(/^not sure it helps you/);
  });

  it('still reflects nothing for a lone dunno', () => {
    for (const text of ['dunno', 'idk', 'i dont know', 'not sure', 'dunno tbh']) expect(analyse(text).reflection).toBeNull();
  });

  it('never gives back "you don\'t know" or "to be honest" from a filler', () => {
    for (const text of ['dunno, spent my whole wage on it again', 'its getting out of hand tbh, spent my whole wage', 'idk, lost my flat last month']) {
      for (const line of allReflections(text)) expect(line).not.toMatch(/don't know|to be honest|\blol\b|\btbh\b/i);
    }
  });
});

describe('reflections that add a claim the person did not make', () => {
  it('answers pushing back at the bot as discord, never as a reason for change', () => {
    const analysis = analyse('you sound like my social worker');
    expect(analysis.discord).toBe(true);
    const discordLines = new Set(reflections.reflections.filter((r) => r.when.discord).map((r) => r.text));
    expect(discordLines.has(chooseReflection(analysis, { recent: [] }, reflections)?.text ?? '')).toBe(true);
  });

  it('reads "sick of it" as fed up, not as ill or angry', () => {
    const analysis = analyse('sick of it');
    expect(analysis.topics).not.toContain('health');
    expect(analysis.feelings).not.toContain('angry');
    expect(allReflections('sick of it').join(' ')).not.toMatch(/health|angry|wound up/i);
  });

  it('names a life area in a line that reads as English whatever the area', () => {
    for (const text of ['i go with my mate', 'my kids', 'the money']) {
      for (const line of allReflections(text)) expect(line).not.toMatch(/\b(mates|friends|kids) (comes|is)\b/);
    }
  });
});

describe('what is said with the subject dropped, or asked without a question mark', () => {
  it.each([
    ['help me sleep', 'it helps you sleep'],
    ['gets me through the day', 'it gets you through the day'],
    ['helps me get thru the day in the hostel', 'it helps you get thru the day in the hostel'],
    ['did a week once', 'you did a week once'],
    ['had a bad night', 'you had a bad night'],
  ])('%j → %j (not "Help you sleep.", which reads as an order)', (text, expected) => {
    expect(reflectClause(normalise(text))).toBe(expected);
  });

  it('reads "help me sleep" as what using gives them', () => {
    expect(analyse('help me sleep')).toMatchObject({ talk: 'sustain', sustainKind: 'benefits' });
  });

  it.each(['should i tell her', 'would i get a script', 'was i wrong', 'can you help me', 'will it hurt', 'do you know where', 'have you got a number', 'did you get that'])(
    '%j is a question, not something to turn round',
    (text) => {
      expect(analyse(text).reflection).toBeNull();
      for (const line of allReflections(text)) expect(line).not.toMatch(/you should|you would you|you were you|me help|doing me/i);
    },
  );

  it('does not answer a question about change for them ("can i stop on my own" is not "You know you\'ve got it in you")', () => {
    const kindLines = new Set(reflections.reflections.filter((r) => r.when.talk === 'change' && r.when.kind).map((r) => r.text));
    for (const text of ['can i stop on my own', 'should i go to na']) {
      const said = allReflections(text);
      expect(said.length).toBeGreaterThan(0);
      expect(said.filter((line) => kindLines.has(line))).toEqual([]);
    }
  });
});
