import { readContentFile } from '../../content/contentFile';
import { talkExamplesFileSchema } from '../../content/schemas/talkExamples';
import { analyseMessage } from '../../nlp/analyseMessage';
import { detectDiscord } from '../../nlp/detectDiscord';
import { normalise } from '../../nlp/normalise';
import { talkType } from '../../nlp/talkType';
import { loaded } from './nlpContent';

const { lexicons } = loaded;
const analyse = (text: string) => analyseMessage(text, lexicons);

// Hand-written UK-slang phrasings; none of them is in content/talk-examples.yaml (checked below).
const changeCases: [string, string][] = [
  ['honestly i wanna be shot of the brown', 'desire'],
  ['wish i could jack in the rock for good', 'desire'],
  ["reckon i could manage a weekend without the ket", 'ability'],
  ['gotta get off the vallies before my court date', 'need'],
  ["im gonna bin the pregabs after this box", 'commitment'],
  ['ill phone the drug team first thing', 'commitment'],
  ['im ready to try a script', 'activation'],
  ["aint touched the spice since tuesday", 'taking-steps'],
  ['been to the needle exchange and asked about detox', 'taking-steps'],
  ['the charlie is wrecking my relationship', 'reasons'],
  ["dont wanna carry on scoring every day", 'desire'],
];

const sustainCases = [
  'its just fun, a laugh with the lads',
  'nah not ready to pack in the gear',
  'the white gets me through my shifts',
  'not giving up the weed, no chance',
  'i love the buzz off the crack',
  'its not a big deal, just a few lines at the weekend',
  "couldnt get through the day without my blues",
  'i dont want to come off the methadone',
];

const neutralCases = ['im at my sisters tonight', 'what time does the chemist shut', 'yep', 'the bus was late again', 'where is the nearest needle exchange'];

describe('talk type on unseen UK-slang phrasings', () => {
  const examples = new Set((readContentFile('content/talk-examples.yaml', talkExamplesFileSchema).value?.examples ?? []).map((e) => e.text));

  it('uses phrasings that are not training examples', () => {
    expect(examples.size).toBeGreaterThan(0);
    for (const text of [...changeCases.map(([t]) => t), ...sustainCases, ...neutralCases]) expect(examples.has(text)).toBe(false);
  });

  it.each(changeCases)('%j is change talk (%s)', (text, kind) => {
    const analysis = analyse(text);
    expect(analysis.talk).toBe('change');
    expect(analysis.changeKind).toBe(kind);
  });

  it.each(sustainCases)('%j is sustain talk', (text) => {
    expect(analyse(text).talk).toBe('sustain');
  });

  it.each(neutralCases)('%j is neutral', (text) => {
    expect(analyse(text).talk).toBe('neutral');
  });

  it('ends on the last thing said and marks the message as ambivalent', () => {
    const analysis = analyse('i want to stop the gear but i cant');
    expect(analysis.talk).toBe('sustain');
    expect(analysis.ambivalent).toBe(true);
    expect(analyse("i dont want to stop but i know i need to").talk).toBe('change');
  });

  it('says whether a clear cue or the model decided', () => {
    expect(analyse('i want to stop').talkSource).toBe('cue');
    expect(['model', 'none']).toContain(analyse('the bus was late again').talkSource);
  });

  it('never reports change or sustain talk for a crisis, discord or a bare ruler answer guessed by the model', () => {
    expect(analyse('im going to end it all tonight').talk).toBe('neutral');
    expect(analyse('maybe a 6').talk).toBe('neutral');
  });

  it('reads the context argument (the reading of the message before) without failing', () => {
    expect(talkType('yeah', lexicons.talkModel, { previousTalk: 'change' })).toMatch(/^(change|neutral|sustain)$/);
  });
});

describe('discord', () => {
  it.each(['you dont get it', 'stop preaching', 'whatever', 'who are you to tell me', 'ur just a bot', 'heard it all before', 'jog on', 'go away', 'ok just go away', 'its none of your business', 'you sound like my social worker', 'i dont need a lecture', 'stop askin me questions'])(
    '%j is discord',
    (text) => {
      expect(detectDiscord(normalise(text))).toBe(true);
    },
  );

  it.each(['i get it now', 'stop the gear', 'whatever happens i want to try', 'thanks that helps', 'i want to go away for a bit', 'the cravings never go away'])('%j is not discord', (text) => {
    expect(detectDiscord(normalise(text))).toBe(false);
  });
});

describe('what using has cost them is a reason for change, not sustain talk, however it is negated', () => {
  // The negation is the loss ("my kids don't see me"): read as a negated frame, the model took these for sustain talk.
  it.each([
    'my kids dont see me much anymore',
    'my kids dont see me',
    'my mum wont talk to me anymore',
    'me mam doesnt speak to me now',
    'my missus wont let me see the bairns',
    'cant afford food',
    'couldnt even afford the electric last week',
    'dunno, spent my whole wage on it again',
    'lost my flat',
    'my dad kicked me out',
  ])('%j is change talk (reasons)', (text) => {
    const analysis = analyse(text);
    expect(analysis).toMatchObject({ talk: 'change', changeKind: 'reasons', talkSource: 'cue' });
  });

  it.each(['everyone round here uses', 'it takes the edge off after work', 'help me sleep'])('%j is sustain talk, and is reflected in their words', (text) => {
    const analysis = analyse(text);
    expect(analysis.talk).toBe('sustain');
    expect(analysis.reflection).not.toBeNull();
  });

  it.each(['i dont want to stop', 'its not a problem anymore', 'i dont need help', 'i can afford it, its my money', 'nobody sees me using'])(
    '%j is still not change talk',
    (text) => {
      expect(analyse(text).talk).not.toBe('change');
    },
  );
});
