import { MemoryStorage } from 'botbuilder';
import { isQuestion, isReflection, TestConversation, type BotReply } from '../support/botHarness';
import { FaultyStorage } from './storage/faultyStorage';
import { readyToChange } from '../fixtures/readyToChange';


const notReady = ['ok', 'i smoke weed every night', 'it helps me sleep', 'i dont want to stop', 'i like it, its not a problem', 'nah', 'whatever'];

/** Words MI never uses at people (shared/research/mi.md §11, language.md §2). */
const nonAdherent = /\byou (should|must|need to)\b|\baddict|\bjunkie|\bclean\b|\bin denial\b|\babuse\b/i;

async function talk(conversation: TestConversation, lines: readonly string[]): Promise<BotReply[][]> {
  const turns = [await conversation.start()];
  for (const line of lines) turns.push(await conversation.say(line));
  return turns;
}

describe('a person who is ready to change', () => {
  it('reaches signposting and is offered Narcotics Anonymous within about 12 turns', async () => {
    const turns = await talk(new TestConversation(), readyToChange);
    const signpostTurn = turns.findIndex((turn) => turn.some((reply) => /Narcotics Anonymous/.test(reply.text)));
    expect(signpostTurn).toBeGreaterThan(0);
    expect(signpostTurn).toBeLessThanOrEqual(12);
    expect(turns[signpostTurn]?.some((reply) => reply.step?.startsWith('signpost'))).toBe(true);
    const given = turns.flat().filter((reply) => reply.kind === 'signpost');
    expect(given.map((reply) => reply.text).join(' ')).toMatch(/ukna\.org/);
  });

  it('tags every reply with its MI kind and step, and reflects at least as often as it asks', async () => {
    const replies = (await talk(new TestConversation(), readyToChange)).flat();
    for (const reply of replies) {
      expect(reply.kind).toEqual(expect.any(String));
      expect(reply.step).toEqual(expect.any(String));
    }
    const reflections = replies.filter((reply) => isReflection(reply.kind)).length;
    const questions = replies.filter((reply) => isQuestion(reply.kind)).length;
    expect(reflections).toBeGreaterThanOrEqual(questions);
  });

  it('reflects what the person said, with their own word for the drug', async () => {
    const turns = await talk(new TestConversation(), readyToChange.slice(0, 2));
    const reflection = turns[2]?.find((reply) => isReflection(reply.kind))?.text;
    expect(reflection).toMatch(/gear/i);
    expect(reflection).toMatch(/want|cut down|change/i);
    expect(reflection).not.toMatch(/\?/);
  });

  it('asks about "using" when no drug has been named, never "the drugs"', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const turns = await talk(conversation, ['ok', 'ok', 'things are rough', 'i feel like a failure', 'dunno']);
    const asked = turns.at(-1)?.find((reply) => reply.step === 'discrepancy.goodThings');
    expect(asked?.text).toMatch(/\busing\b/);
    expect(asked?.text).not.toMatch(/\{|the drugs/);
  });

  it('hears a feeling given in place of a ruler number, then asks for the number again', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const turns = await talk(conversation, ['yes', 'I want to stop the gear', 'it is wrecking my life', 'i feel terrible', 'i feel like shit about it']);
    const last = turns.at(-1) ?? [];
    expect(last.map((reply) => reply.step)).toEqual(last.map(() => 'discrepancy.importance'));
    expect(isReflection(last[0]?.kind)).toBe(true);
    expect(last.at(-1)?.text).toMatch(/0 to 10/);
  });
});

describe('a person who is not ready', () => {
  it('gets sustain talk reflected, never argued with, hears the choice is theirs, and is still offered support', async () => {
    const replies = (await talk(new TestConversation(), notReady)).flat();
    for (const reply of replies) expect(reply.text).not.toMatch(nonAdherent);
    // Sustain talk is not discord: no detour for pushing back, and no apology for pushing.
    expect(replies.some((reply) => reply.step === 'resistance')).toBe(false);
    expect(replies.some((reply) => /sorry/i.test(reply.text))).toBe(false);
    expect(replies.some((reply) => /your call|up to you|decide this for you/i.test(reply.text))).toBe(true);
    expect(replies.some((reply) => /Narcotics Anonymous/.test(reply.text))).toBe(true);
  });
});

describe('input the bot cannot read', () => {
  it('answers nonsense and emoji kindly and keeps its place', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('yes');
    for (const text of ['😀😀😀', '🙏', '...', '   ']) {
      const replies = await conversation.say(text);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toMatch(/only read words|couldn't read/i);
      expect(replies[0]?.step).toBe('engage');
    }
    const replies = await conversation.say('asdfgh qwerty zxcv');
    expect(replies.length).toBeGreaterThan(0);
    const next = await conversation.say('i want to stop using crack');
    expect(next.some((reply) => /crack/.test(reply.text))).toBe(true);
  });

  it('says it cannot open an attachment with no text', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await conversation.send({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }] });
    expect(replies[0]?.text).toMatch(/can't open files or pictures/);
  });

  it('ignores activity types it does not handle', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    expect(await conversation.send({ type: 'typing' })).toEqual([]);
    expect(await conversation.send({ type: 'messageReaction' })).toEqual([]);
    expect((await conversation.say('yes'))[0]?.step).toBe('engage');
  });

  it('reads the start of a 10,000-character message and says so', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await conversation.say(`I want to cut down ${'really '.repeat(1500)}`.slice(0, 10000));
    expect(replies[0]?.text).toMatch(/first part/);
    expect(replies.length).toBeGreaterThan(1);
  });
});

describe('stopping and starting again', () => {
  it('stops when the person says stop, and says how to come back', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('yes');
    const replies = await conversation.say('stop');
    expect(replies[0]?.text).toMatch(/stop there/i);
    expect(replies[0]?.step).toBe('close');
  });

  it('starts again when asked', async () => {
    const conversation = new TestConversation();
    await talk(conversation, ['yes', 'i want to stop drinking']);
    const replies = await conversation.say('start again');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/start again[\s\S]*chatbot, not a person/);
    expect(replies.at(-1)?.step).toBe('welcome');
  });

  it('gives help at any step without losing its place', async () => {
    const conversation = new TestConversation();
    await talk(conversation, ['yes', 'i want to cut down on the gear']);
    const help = await conversation.say('help');
    expect(help[0]?.text).toMatch(/start again/);
    expect(help[0]?.step).toBe('focus');
  });
});

describe('state between turns', () => {
  it('continues correctly when every turn is served by a fresh adapter over the same storage', async () => {
    const storage = new MemoryStorage();
    const steady = await talk(new TestConversation({ storage: new MemoryStorage() }), readyToChange);
    const fresh = await talk(new TestConversation({ storage, freshAdapterPerTurn: true }), readyToChange);
    expect(fresh.map((turn) => turn.map((r) => r.step))).toEqual(steady.map((turn) => turn.map((r) => r.step)));
    expect(fresh.flat().map((r) => r.text)).toEqual(steady.flat().map((r) => r.text));
  });

  it('deletes what is stored when the person asks', async () => {
    const storage = new MemoryStorage();
    const conversation = new TestConversation({ storage });
    await talk(conversation, ['yes', 'i want to stop using spice']);
    const key = 'test/conversations/conversation-1/';
    expect(Object.keys(await storage.read([key]))).toEqual([key]);
    const replies = await conversation.say('delete my data');
    expect(replies[0]?.text).toMatch(/deleted/);
    expect(await storage.read([key])).toEqual({});
  });

  it('reads "delete my data" in the whole of a long message, not only in the part the NLP reads', async () => {
    const key = 'test/conversations/conversation-1/';
    const padded = new TestConversation({ storage: new MemoryStorage() });
    await talk(padded, ['yes']);
    expect((await padded.say(`delete my data${' '.repeat(1200)}`))[0]?.text).toMatch(/deleted/);
    expect(await padded.storage.read([key])).toEqual({});

    // The first 1,000 characters alone would read as the command; the whole message is not one.
    const more = new TestConversation({ storage: new MemoryStorage() });
    await talk(more, ['yes']);
    const replies = await more.say(`delete my data${' '.repeat(1200)}and everything about the gear`);
    expect(replies.map((reply) => reply.text).join(' ')).not.toMatch(/deleted/);
    expect(Object.keys(await more.storage.read([key]))).toEqual([key]);
  });
});

describe('crisis', () => {
  const crisisMessage = 'i want to kill myself';
  const stepsToTry: [string, string[]][] = [
    ['welcome', []],
    ['engage', ['yes']],
    ['focus', ['yes', 'i want to cut down on the gear']],
    ['empathy', ['yes', 'i want to cut down on the gear', 'it costs me a fortune']],
    ['discrepancy', readyToChange.slice(0, 4)],
    ['selfEfficacy', readyToChange.slice(0, 6)],
    ['plan', readyToChange.slice(0, 9)],
    ['signpost', readyToChange.slice(0, 11)],
    ['close', readyToChange.concat(['thanks'])],
    ['resistance', ['yes', 'stop preaching at me']],
  ];

  it.each(stepsToTry)('is answered in the same turn from %s, with the emergency number and a crisis line', async (step, before) => {
    const conversation = new TestConversation();
    const turns = await talk(conversation, before);
    expect(turns.at(-1)?.at(-1)?.step?.split('.')[0]).toBe(step);
    const replies = await conversation.say(crisisMessage);
    expect(replies[0]?.kind).toBe('crisis');
    const text = replies.map((r) => r.text).join(' ');
    expect(text).toMatch(/999/);
    expect(text).toMatch(/116 123/);
  });

  it('gives overdose first aid for an overdose happening now', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await conversation.say("my mate's gone blue and won't wake up");
    expect(replies[0]?.text).toMatch(/Call 999 now/);
    expect(replies.map((r) => r.text).join(' ')).toMatch(/naloxone[\s\S]*recovery position[\s\S]*Stay with them/);
  });

  it('offers every number it names as a call button, even when storage and content have failed', async () => {
    const callsIn = (replies: BotReply[]) =>
      replies
        .flatMap((reply) => (reply.activity.attachments ?? []).flatMap((card) => (card.content as { buttons?: { type: string; value: string }[] }).buttons ?? []))
        .filter((button) => button.type === 'call')
        .map((button) => button.value);
    const healthy = new TestConversation();
    await healthy.start();
    expect(callsIn(await healthy.say(crisisMessage))).toEqual(expect.arrayContaining(['tel:116123', 'tel:999']));
    const overdose = await new TestConversation({ storage: new FaultyStorage().setFault('throw'), dependencies: () => undefined }).say("he's not breathing");
    expect(callsIn(overdose.slice(0, 1))).toEqual(['tel:999']);
  });

  it('still answers when storage throws on every read and write', async () => {
    const storage = new FaultyStorage().setFault('throw');
    const conversation = new TestConversation({ storage });
    const replies = await conversation.say(crisisMessage);
    expect(replies[0]?.kind).toBe('crisis');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/999[\s\S]*116 123|116 123[\s\S]*999/);
  });

  it('still answers when the content could not be loaded', async () => {
    const conversation = new TestConversation({ dependencies: () => undefined });
    const replies = await conversation.say("he's not breathing");
    expect(replies[0]?.kind).toBe('crisis');
    expect(replies[0]?.text).toMatch(/999/);
  });

  it('lets the conversation go on afterwards', async () => {
    const conversation = new TestConversation();
    await talk(conversation, ['yes']);
    await conversation.say(crisisMessage);
    const replies = await conversation.say("yes i'm safe");
    expect(replies[0]?.text).toMatch(/glad you're safe/);
  });
});

describe('storage trouble', () => {
  it('says it is having trouble, then carries on when storage is back', async () => {
    const storage = new FaultyStorage(new MemoryStorage());
    const conversation = new TestConversation({ storage });
    await conversation.start();
    storage.setFault('throw');
    const trouble = await conversation.say('yes');
    expect(trouble[0]?.text).toMatch(/trouble on my side/);
    storage.setFault('none');
    const after = await conversation.say('yes');
    expect(after[0]?.step).toBe('engage');
  });
});

describe('after a crisis reply', () => {
  it('does not take "I don\'t know" for safe: it gives the numbers again', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('yes');
    await conversation.say('i want to kill myself');
    const replies = await conversation.say("i dont know");
    expect(replies[0]?.kind).toBe('crisis');
    expect(replies[0]?.text).toMatch(/999/);
    expect(replies.some((reply) => /glad you're safe/.test(reply.text))).toBe(false);
  });

  it('meets news about someone else calmly, without relief it was not given grounds for', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say("my mate's gone blue and won't wake up");
    const replies = await conversation.say('he is ok now');
    expect(replies[0]?.text).toMatch(/here if you want to keep talking/);
    expect(replies.some((reply) => /glad you're safe/.test(reply.text))).toBe(false);
  });
});

describe('after saying goodbye', () => {
  it('starts again on a greeting, and takes a thanks as a thanks', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('yes');
    await conversation.say('stop');
    expect((await conversation.say('thanks'))[0]?.step).toBe('close');
    const again = await conversation.say('hi');
    expect(again.at(-1)?.step).toBe('engage');
  });
});
