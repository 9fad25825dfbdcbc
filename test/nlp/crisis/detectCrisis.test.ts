import { detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { builtInCrisisPatterns } from '../../../nlp/crisisBuiltIn';
import { compileCrisisPatterns, readCrisisPatterns } from '../../../nlp/crisisMatcher';
import type { CrisisKind } from '../../../nlp/messageAnalysis';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';

const loaded = loadCrisisPatterns();
const content = loaded.patterns;
const kinds: CrisisKind[] = ['suicide', 'overdose', 'harm', 'medical'];
const knownIds = new Set([...builtInCrisisPatterns.patterns, ...(content?.patterns ?? [])].map((p) => p.id));

describe('the message tables are big and varied enough to mean something', () => {
  test('at least 150 crisis and 150 everyday messages, no duplicates', () => {
    expect(crisisMessages.length).toBeGreaterThanOrEqual(150);
    expect(everydayMessages.length).toBeGreaterThanOrEqual(150);
    expect(new Set(crisisMessages.map(([m]) => m)).size).toBe(crisisMessages.length);
    expect(new Set(everydayMessages).size).toBe(everydayMessages.length);
  });
  test.each(kinds)('has at least 20 %s messages', (kind) => {
    expect(crisisMessages.filter(([, k]) => k === kind).length).toBeGreaterThanOrEqual(20);
  });
});

describe('content/crisis-patterns.yaml', () => {
  test('loads without problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(content).toBeDefined();
  });
});

describe('every crisis message is caught with the right kind (content loaded)', () => {
  test.each(crisisMessages)('%s → %s', (message, kind) => {
    const signal = detectCrisis(message, content);
    expect(signal?.kind).toBe(kind);
    expect(knownIds.has(signal?.pattern ?? '')).toBe(true);
  });
});

describe('every crisis message is still caught when content failed to load (built-in patterns only)', () => {
  test.each(crisisMessages)('%s → %s', (message, kind) => {
    expect(detectCrisis(message)?.kind).toBe(kind);
  });
});

describe('everyday messages', () => {
  const falseAlarms = everydayMessages.filter((message) => detectCrisis(message, content) !== null);
  test('at most 1 in 20 is treated as a crisis', () => {
    const allowed = Math.floor(everydayMessages.length / 20);
    // Compared as lists so a failure shows which messages raised the alarm.
    expect(falseAlarms.slice(allowed)).toEqual([]);
  });
  // The tables are tuned to, so a new false alarm there is a regression even inside the 1-in-20 bar (after round 28, a
  // check found five that had slipped in that way). Each tolerated one says why.
  const tolerated: Record<string, string> = {
    'what do i do if someone stops breathing': 'a question, but the overdose steps answer it and they may be with that person now',
    // round 42: the idiom's worker is named in the sentence before; alone, "she'll kill me" is a partner's threat
    "my probation officer said if I miss another one she'll breach me. she'll kill me":
      'the idiom, but its subject is in the sentence before, and a bare "she\'ll kill me" must stay a threat',
    // round 48: the distant time is in the first part ("three winters ago I was sleeping in a car park") and the attack
    // in the next ("and some lad set fire…"); a time reaches the next part only when it stands nearly alone, because
    // "stopped my vallies last week, woke up on the floor" is two events
    "Three winters ago I was sleeping in a car park and some lad set fire to my sleeping bag while I was in it, I still jump at lighters. Now I've got my own place with a lock on the door and the council say I'm staying.":
      'a past scene set in one part and its event in the next; the time rule is kept narrow so that two events stay two',
  };
  test('no everyday table line raises the alarm except the tolerated ones', () => {
    expect(falseAlarms.filter((message) => !Object.hasOwn(tolerated, message))).toEqual([]);
  });
  // Idioms, change talk and distant past talk are the decisions written in content/crisis-patterns.yaml: each is checked.
  test.each([
    'my feet are killing me',
    'dying for a smoke',
    'that joke killed me',
    'I could murder a brew',
    "I'm dying to stop using",
    'I killed it at work today',
    'I want to kill the habit',
    'this gear is killing me slowly',
    'I overdosed two years ago',
    'my mate died of an OD last year',
    "i'm scared of overdosing",
    'my veins have collapsed',
  ])('"%s" is not a crisis', (message) => {
    expect(detectCrisis(message, content)).toBeNull();
  });
});

describe('what the detector is given and gives back', () => {
  test('takes the raw message: capitals, punctuation, contractions, chat spellings', () => {
    expect(detectCrisis("HELP!!! He's NOT breathing!!!")?.kind).toBe('overdose');
    expect(detectCrisis('i cant wake him up ffs')?.kind).toBe('overdose');
    expect(detectCrisis('Im gonna end it 2nite.')?.kind).toBe('suicide');
  });
  test('the pattern is an id, never the person’s words', () => {
    const signal = detectCrisis('my mate Dave has gone blue in the flat on Smith Street');
    expect(signal).toEqual({ kind: 'overdose', pattern: 'gone-blue' });
  });
  test('a negation or hedge does not switch a pattern off', () => {
    expect(detectCrisis("I'm not going to kill myself")?.kind).toBe('suicide');
    expect(detectCrisis("not sure I don't want to die")?.kind).toBe('suicide');
    expect(detectCrisis("I don't think he's breathing")?.kind).toBe('overdose');
  });
  test('a past time only speaks for its own part of the sentence', () => {
    expect(detectCrisis('I overdosed two years ago')).toBeNull();
    expect(detectCrisis("I OD'd years ago, now my mate's gone blue")?.kind).toBe('overdose');
    expect(detectCrisis('Two years ago, I overdosed')).toBeNull();
  });
  test('a next sentence that is only a frame takes back the one before, and only what that frame can', () => {
    const patternsOnly = { learned: false };
    expect(detectCrisis('hes gone blue and stopped breathing!! on Casualty i mean', undefined, patternsOnly)).toBeNull();
    expect(detectCrisis('hes gone blue and stopped breathing!! on the bathroom floor', undefined, patternsOnly)?.kind).toBe('overdose');
    // a phone takes back "not responding", never a threat
    expect(detectCrisis('someones not responding... on whatsapp', undefined, patternsOnly)).toBeNull();
    expect(detectCrisis('someone is threatening to stab me... on whatsapp', undefined, patternsOnly)?.kind).toBe('harm');
    // a frame with more in its part frames nothing; only the sentence just before is taken back
    expect(detectCrisis('he stopped breathing. on the telly they said do cpr', undefined, patternsOnly)?.kind).toBe('overdose');
    expect(detectCrisis('he stopped breathing. my mate is not breathing either. in GTA', undefined, patternsOnly)?.kind).toBe('overdose');
    // a distant time alone takes back what happens now, not a past attempt
    expect(detectCrisis('chest pains and sweating after the coke... in 2019', undefined, patternsOnly)).toBeNull();
    expect(detectCrisis('I tried to kill myself. in 2019', undefined, patternsOnly)?.kind).toBe('suicide');
  });
  test('the shape of a turn takes back the sentence before; a turn that says more, or names a person, does not', () => {
    const patternsOnly = { learned: false };
    const reads = (text: string) => detectCrisis(text, undefined, patternsOnly)?.kind ?? null;
    // a correction to a thing, not to a person, a time, a place or more of it (round 90)
    expect(reads('Took all my pills this morning. All my morning meds I mean, like always')).toBeNull();
    expect(reads("Someone's not responding. The app I mean, it keeps freezing")).toBeNull();
    expect(reads("He's not breathing. My dad I mean, he's on the floor")).toBe('overdose');
    expect(reads("I've taken some pills. All of them I mean, the whole box")).toBe('overdose');
    expect(reads("She's collapsed. In the bath I mean, her face is under the water")).toBe('medical');
    // a joke owned up to, unless it is hedged or denied
    expect(reads("I think he's dead, he's not moved in hours. Only messing, he's sulking about the darts")).toBeNull();
    expect(reads('gonna kill myself lol jk. kind of')).toBe('suicide');
    expect(reads("He's stopped breathing, not joking, help")).toBe('overdose');
    expect(reads("He's blue round the lips and not breathing, this isn't a drill, I've called 999")).toBe('overdose');
    // a harmless thing re-named; a weapon named bigger stays a threat
    expect(reads("He's got a knife. A bread knife, he's making sarnies")).toBeNull();
    expect(reads("He's got a knife. A big kitchen knife, he's waving it at me")).toBe('harm');
    // a distant past pointed back to, unless it is back
    expect(reads("Wasn't breathing when they found him. That was my granddad in the war, he lived to 90")).toBeNull();
    expect(reads("I took an overdose. That was years ago but I've just done it again")).toBe('overdose');
    // a crisis in the turning sentence itself still counts
    expect(reads("I'm going to kill him. He's eaten the last of my pills and now he's not breathing")).toBe('overdose');
  });
  test('the learned reader is given only the words still meant', () => {
    const compiled = compileCrisisPatterns(undefined);
    const wordsStillMeant = (text: string, patterns: typeof compiled) => readCrisisPatterns(text, patterns).wordsStillMeant();
    const turned = wordsStillMeant("Lips blue, not moving, no pulse. It's the training dummy on the naloxone course", compiled);
    expect(turned).not.toMatch(/blue|pulse/);
    expect(turned).toMatch(/training dummy/);
    // (a later part of the same sentence too)
    expect(wordsStillMeant('Bloke fitting on the floor, that was the bit in EastEnders last night', compiled)).not.toMatch(/fitting/);
    const meant = "Lips blue, not moving. It's my brother, please help";
    expect(wordsStillMeant(meant, compiled)).toBe(meant);
  });
  test('an intentional overdose happening now is an overdose; one planned for later is suicide', () => {
    expect(detectCrisis("I've taken all my pills to end it")?.kind).toBe('overdose');
    expect(detectCrisis("I'm going to take all my pills to end it")?.kind).toBe('suicide');
  });
  test('a fit or a stroke explains weak overdose signs; a strong overdose sign keeps it an overdose', () => {
    expect(detectCrisis('having a fit on the floor after the spice')).toEqual({ kind: 'medical', pattern: 'seizure' });
    expect(detectCrisis('on the floor after the spice')?.kind).toBe('overdose');
    expect(detectCrisis('having a fit on the floor after the spice and not breathing')?.kind).toBe('overdose');
    expect(detectCrisis('fitting on the floor after a bag and he will not wake up')?.kind).toBe('overdose');
    expect(detectCrisis('her face has dropped down one side and her arm is floppy')?.kind).toBe('medical');
  });
  test('Scots "no" before an -ing word reads as "not", English "there is no stopping" does not', () => {
    expect(detectCrisis('hes no wakin up')?.kind).toBe('overdose');
    expect(detectCrisis("she's no breathin right")?.kind).toBe('overdose');
    expect(detectCrisis("there's no stopping him once he starts")).toBeNull();
  });
  test('empty and odd input gives no signal and does not throw', () => {
    for (const text of ['', '   ', '😀😀', '...', '\n\n', 'a'.repeat(5000)]) expect(detectCrisis(text)).toBeNull();
  });
  test('a long message with the crisis at the end is still caught', () => {
    const long = `${'so anyway i went to the shop and then the bus was late. '.repeat(40)}my mate is not breathing`;
    expect(detectCrisis(long)?.kind).toBe('overdose');
  });
});
