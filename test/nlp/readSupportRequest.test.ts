import type { SupportRequest } from '../../nlp/messageAnalysis';
import { normalise } from '../../nlp/normalise';
import { readSupportRequest } from '../../nlp/readSupportRequest';

const read = (text: string) => readSupportRequest(normalise(text));

describe('readSupportRequest', () => {
  const requests: [string, SupportRequest, 'question' | 'wanting'][] = [
    ['where can i get help near me', 'general', 'question'],
    ['is there any help round here', 'general', 'question'],
    ['what services are there', 'general', 'question'],
    ['i need help', 'general', 'wanting'],
    ['i want to get some proper help', 'general', 'wanting'],
    ['is there an NA meeting tonight', 'meeting', 'question'],
    ['what about NA', 'meeting', 'question'],
    ['where r the meetins', 'meeting', 'question'],
    ['NA meetings?', 'meeting', 'question'],
    ['i want to go to a meeting', 'meeting', 'wanting'],
    ['how do i get on a script', 'treatment', 'question'],
    ['i need a detox', 'treatment', 'wanting'],
    ['i wanna get into rehab', 'treatment', 'wanting'],
    ['can u find me a drug service', 'treatment', 'question'],
    ['where is the needle exchange', 'needles', 'question'],
    ['where can i get clean pins', 'needles', 'question'],
    ['need some new works', 'needles', 'wanting'],
    ['how do i get naloxone', 'naloxone', 'question'],
    ['where can i get a narcan kit', 'naloxone', 'question'],
    ['can i get tested for hep c', 'testing', 'question'],
    ['i need somewhere to stay tonight', 'housing', 'wanting'],
    ['is there a hostel with a bed', 'housing', 'question'],
    ['is there support for my mum', 'family', 'question'],
    ['can i talk to a real person', 'someone', 'question'],
    ['give me a number to ring', 'someone', 'question'],
  ];
  it.each(requests)('"%s" asks for %s (%s)', (text, asked, by) => {
    expect(read(text)).toEqual({ asked, by });
  });

  const notRequests = [
    'i went to NA once',
    'i have been going to meetings',
    'rehab was grim',
    'i do not need rehab',
    'is there any point going to NA',
    'what is the point of a detox',
    'i want to come off methadone',
    'i want to stop using',
    'my script is 60ml',
    'help',
    'can you help me understand this',
    'the needle exchange was shut',
    'i was in a hostel last year',
    'how are you',
    'i need to sort my life out',
    'yes',
    '',
  ];
  it.each(notRequests)('"%s" is not a request', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads a long message only up to a limit, and never throws on odd input', () => {
    expect(read(`${'blah '.repeat(100)}where is the needle exchange`)).toBeNull();
    for (const odd of ['???', '__proto__', 'constructor', '🙂🙂', '\u0000where\u0000']) expect(() => read(odd)).not.toThrow();
  });
});
