import { analyseMessage } from '../../nlp/analyseMessage';
import { shippedDependencies } from '../support/botHarness';

const whoseUse = (text: string) => analyseMessage(text, shippedDependencies.lexicons).whoseUse;

describe('whose use a message is about', () => {
  it.each([
    'my son is on heroin and i dont know what to do',
    'my partner has been using crack again',
    'our lad keeps smoking spice',
    'my mum drinks too much',
    'my brother is addicted to pregabs',
    'im worried about my daughter, shes been on the gear for a year',
    'my husband is on methadone',
    // said outright, with no word for using
    'its my partner not me',
    'not me, my son',
  ])('%p is about someone else', (text) => {
    expect(whoseUse(text)).toBe('someone-else');
  });

  it.each([
    'i am on the gear',
    'me and my mate use every weekend',
    'my son is on heroin and i use too',
    'ive been smoking rock since my dad died',
  ])('%p is about their own use', (text) => {
    expect(whoseUse(text)).toBe('own');
  });

  it.each(['i take my son to school', 'my son is on holiday', 'my mum is doing well', 'my dad used to hit me', 'my son found my works', 'i want to stop for my kids', 'its not me thats the problem'])(
    '%p does not say whose use',
    (text) => {
      expect(whoseUse(text)).toBeNull();
    },
  );
});
