import fc from 'fast-check';

/** Text the bot must survive: any unicode, control characters, RTL, zero-width, emoji, very long, empty. */
const awkwardPieces = [
  '', ' ', '\n', '\r\n', '\t', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2066',
  'مرحبا كيف حالك', 'שלום', '😀', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🙏🏽', 'e\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', '\ud800', '\udfff', '𝕴 𝖜𝖆𝖓𝖙', 'ＦＵＬＬＷＩＤＴＨ',
  'I want to cut down', 'yes', 'no', '8', '10/10', 'stop', 'help', 'start again', 'delete my data', 'i want to kill myself',
  'gear', 'spice', 'benzos', 'crack', '%s%s%n', '${process.env}', '<script>alert(1)</script>', '{{emergency}}', '__proto__', 'constructor',
];

export const awkwardText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...awkwardPieces), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc
    .tuple(fc.constantFrom(...awkwardPieces), fc.integer({ min: 1_000, max: 30_000 }))
    .map(([piece, length]) => (piece || 'x').repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length)),
);

/** JSON-ish values of any type, for fields that should be strings, objects or arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  awkwardText,
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })), { maxLength: 4 }),
  fc.object({ maxDepth: 2, maxKeys: 4 }),
  fc.constant({ length: 3 }),
);

/** A message activity with the fields the bot reads given random types, or left out. */
export const messageShape: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    text: fc.oneof(awkwardText, anyValue),
    value: anyValue,
    attachments: anyValue,
    entities: anyValue,
    channelData: anyValue,
    locale: anyValue,
    textFormat: anyValue,
    speak: anyValue,
  },
  { requiredKeys: [] },
).map((fields) => ({ type: 'message', ...fields }));

export type BotEvent =
  | { kind: 'message'; activity: Record<string, unknown> }
  | { kind: 'other'; activity: Record<string, unknown> };

/** Everything a channel may send, in any order. */
export const botEvent: fc.Arbitrary<BotEvent> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(awkwardText, fc.constantFrom(...awkwardPieces)).map((text): BotEvent => ({ kind: 'message', activity: { type: 'message', text } })) },
  { weight: 2, arbitrary: messageShape.map((activity): BotEvent => ({ kind: 'message', activity })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constant([{ id: 'person-1', name: 'person' }]),
        fc.constant([{ id: 'changetalk', name: 'changetalk' }]),
        fc.constant([]),
        anyValue,
      )
      .map((membersAdded): BotEvent => ({ kind: 'other', activity: { type: 'conversationUpdate', membersAdded } })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ name: fc.oneof(fc.constant('webchat/join'), fc.string()), value: fc.oneof(anyValue, fc.record({ area: anyValue, src: anyValue, locale: anyValue }, { requiredKeys: [] })) })
      .map((fields): BotEvent => ({ kind: 'other', activity: { type: 'event', ...fields } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('typing', 'messageReaction', 'endOfConversation', 'invoke', 'installationUpdate', 'messageUpdate', 'somethingNew', 'trace', 'handoff')
      .map((type): BotEvent => ({ kind: 'other', activity: { type } })),
  },
);
