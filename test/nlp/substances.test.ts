import { analyseMessage } from '../../nlp/analyseMessage';
import { loaded } from './nlpContent';

const found = (text: string) => analyseMessage(text, loaded.lexicons).substances;
const ids = (text: string) => found(text).map((m) => m.substance);

describe('substances from street names', () => {
  it.each([
    ['on the gear since i was 19', 'heroin'],
    ['a bit of brown to come down', 'heroin'],
    ['smoking rock most nights', 'crack'],
    ['got some bones off him', 'crack'],
    ['charlie at the weekend', 'cocaine'],
    ['necking vallies', 'benzodiazepines'],
    ['street valium off a mate', 'benzodiazepines'],
    ['pregabs and subs', 'gabapentinoids'],
    ['doing ket in the park', 'ketamine'],
    ['special k at the weekend', 'ketamine'],
    ['some k2 off a lad', 'synthetic-cannabinoids'],
    ['spice in the hostel', 'synthetic-cannabinoids'],
    ['on a methadone script', 'methadone'],
  ])('%j names %s', (text, substance) => {
    expect(ids(text)).toContain(substance);
  });

  it('keeps the person’s own word so the bot can mirror it', () => {
    expect(found('been on the gear')[0]).toMatchObject({ substance: 'heroin', word: 'gear' });
  });

  it.each([
    ['white', 'crack', ['cocaine']],
    ['meth', 'methamphetamine', ['methadone']],
    ['base', 'crack', ['amphetamine']],
    ['buds', 'cannabis', ['gabapentinoids']],
  ])('keeps real ambiguity: %j can mean more than one drug', (word, substance, alternatives) => {
    expect(found(`had some ${word} last night`)[0]).toMatchObject({ substance, alternatives });
  });

  it('reads longer street names through a small typo and mirrors the real word', () => {
    expect(found('im on the valies')[0]).toMatchObject({ substance: 'benzodiazepines', word: 'vallies' });
    expect(ids('pregabz')).toEqual(['gabapentinoids']);
    expect(ids('heroine')).toEqual(['heroin']);
    expect(ids('on methadon')).toEqual(['methadone']);
  });

  it.each(['we went to the valleys', 'that was heroic', 'the screen is cracked', 'a speedy recovery', 'special offer on', 'my phone is charging'])(
    'does not invent a substance in %j',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it('does not match short names with typos', () => {
    expect(ids('kettle on')).toEqual([]);
  });
});
