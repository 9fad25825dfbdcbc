import { redactPersonalDetails } from '../../nlp/redactPersonalDetails';

describe('redactPersonalDetails', () => {
  it.each([
    ['my name is jo smith and i use gear', 'my name is [name] and i use gear'],
    ['call me dee', 'call me [name]'],
    ['ring me on 07700 900123', 'ring me on [number]'],
    ['my number is +44 7700 900 123', 'my number is [number]'],
    ['email me at jo.bloggs@example.com', 'email me at [email]'],
    ['i live at 14 acacia avenue', 'i live at [address]'],
    ['im in flat 3b now', 'im in [address] now'],
    ['near g1 1xq', 'near [postcode]'],
    ['postcode sw1a 1aa', 'postcode [postcode]'],
    ['my mate dave gave me it', 'my mate [name] gave me it'],
    ['my partner sam is worried', 'my partner [name] is worried'],
  ])('redacts %p', (input, expected) => {
    expect(redactPersonalDetails(input)).toBe(expected);
  });

  it.each([
    'i want to cut down on the gear',
    'my mate said i should stop',
    'my partner is worried about me',
    'i have used for 10 years',
    'about a 7 out of 10',
    'i was 16 when i started',
    'my sister helped me',
    'my mate keeps asking',
    'my partner thinks i should stop',
    'my son really needs me',
  ])('leaves ordinary talk alone: %p', (input) => {
    expect(redactPersonalDetails(input)).toBe(input);
  });
});

describe('redactPersonalDetails on text as typed', () => {
  it.each([
    ["Hi, I'm called Jo Bloggs", "Hi, I'm called [name]"],
    ['My mate Dave gave me it', 'My mate [name] gave me it'],
    ['Text me on 07700 900123 x', 'Text me on [number] x'],
    ['I live at 14 Acacia Avenue, G1 1XQ', 'I live at [address], [postcode]'],
  ])('redacts %p', (input, expected) => {
    expect(redactPersonalDetails(input)).toBe(expected);
  });
});
