import { analyseMessage } from '../../nlp/analyseMessage';
import { loaded } from './nlpContent';

const analyse = (text: string) => analyseMessage(text, loaded.lexicons);

describe('feelings', () => {
  it.each([
    ['feeling proper low today', 'low'],
    ['im fuming with him', 'angry'],
    ['im bricking it about court', 'scared'],
    ['so ashamed of what ive done', 'ashamed'],
    ['i feel so alone in this flat', 'lonely'],
    ['sorry. just stressed', 'stressed'],
    ['the probation stuff is doing my head in', 'stressed'],
    ['knackered all the time', 'tired'],
    ['bit more hopeful this week', 'hopeful'],
    ['well chuffed i went', 'proud'],
  ])('%j shows %s', (text, feeling) => {
    expect(analyse(text).feelings).toContain(feeling);
  });

  it.each(['crap', 'shit mate', 'not great tbh', 'been better', 'proper rough', 'wtf is the point'])('a bare %j in answer to "how are things?" is feeling low', (text) => {
    expect(analyse(text).feelings).toEqual(['low']);
  });

  it.each(['the gear is shit', 'my mate is not great', 'good', 'not bad', 'what is the point of going to na'])('%j is not the person feeling low', (text) => {
    expect(analyse(text).feelings).toEqual([]);
  });

  it('does not count a feeling the person denies', () => {
    expect(analyse("i'm not scared of anything").feelings).toEqual([]);
    expect(analyse('never felt lonely').feelings).toEqual([]);
  });

  it('does not give the person a feeling someone else has', () => {
    expect(analyse('my mum is worried sick').feelings).toEqual([]);
    expect(analyse('i am worried about my mum').feelings).toEqual(['scared']);
  });

  it('does not read "cut down" as feeling down or "leave me alone" as lonely', () => {
    expect(analyse('i want to cut down').feelings).toEqual([]);
    expect(analyse('leave me alone').feelings).toEqual([]);
  });
});

describe('life areas', () => {
  it.each([
    ['my kids are with my mam', 'family'],
    ['my teeth are falling out', 'health'],
    ['totally skint till payday', 'money'],
    ['got sacked last week', 'work'],
    ['sofa surfing at the moment', 'housing'],
    ['up in court next month', 'law'],
    ['all my mates use', 'friends'],
  ])('%j is about %s', (text, topic) => {
    expect(analyse(text).topics).toContain(topic);
  });

  it('finds none in small talk', () => {
    expect(analyse('nice weather today').topics).toEqual([]);
  });
});
