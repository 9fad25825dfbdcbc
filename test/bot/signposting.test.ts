import { cardTitles, sayEach, TestConversation, type BotReply } from '../support/botHarness';

const talk = async (conversation: TestConversation, lines: string[]): Promise<BotReply[]> => (await sayEach(conversation, lines)).at(-1) ?? [];

const toSignposting = ['yes', 'i want to quit crack', 'it is ruining me', 'awful', '8', 'my health', '7', 'i stopped before', 'no', 'yes'];

describe('signposting', () => {
  it('offers Narcotics Anonymous first, then national services, and asks (never demands) where they are', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await talk(conversation, toSignposting);
    expect(replies[0]?.text).toMatch(/Narcotics Anonymous[\s\S]*ukna\.org/);
    const titles = cardTitles(replies);
    expect(titles[0]).toMatch(/Narcotics Anonymous/);
    expect(titles.join(' ')).toMatch(/FRANK/);
    expect(replies.at(-1)?.text).toMatch(/what town or area.*fine not to/);
    const after = await conversation.say('rather not say');
    expect(after[0]?.step).toBe('close');
  });

  it('puts the services of the area in the link first', async () => {
    const conversation = new TestConversation();
    await conversation.send({ type: 'event', name: 'webchat/join', value: { area: 'manchester', src: 'nx-test' } });
    await conversation.start();
    const replies = await talk(conversation, toSignposting);
    const titles = cardTitles(replies);
    expect(titles[0]).toMatch(/Narcotics Anonymous/);
    expect(titles[1]).toMatch(/Manchester/);
    expect(replies.some((reply) => /what town or area/.test(reply.text))).toBe(false);
  });

  it('finds services near a place the person names, forgiving the spelling', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await talk(conversation, toSignposting);
    const replies = await conversation.say('im in manchster');
    expect(replies[0]?.text).toMatch(/near Manchester/);
    expect(cardTitles(replies).join(' ')).toMatch(/Manchester/);
  });

  it('gives the emergency number of the country the link is for', async () => {
    const conversation = new TestConversation();
    await conversation.send({ type: 'event', name: 'webchat/join', value: { area: 'dublin' } });
    await conversation.start();
    await conversation.say('yes');
    const replies = await conversation.say('i want to end it all');
    const text = replies.map((r) => r.text).join(' ');
    expect(text).toMatch(/call 112|call 999/);
    expect(text).toMatch(/Pieta on 1800 247 247/);
    expect(text).not.toMatch(/Shout|85258/);
  });
});

describe('harm-reduction information', () => {
  it('asks before giving it, gives it with a question back, then carries on', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('yes');
    const offer = await conversation.say('just got out of jail last week');
    expect(offer.at(-1)).toMatchObject({ kind: 'closed-question', step: 'information.asking' });
    expect(offer.at(-1)?.text).toMatch(/Can I share/);
    const given = await conversation.say('go on');
    expect(given[0]).toMatchObject({ kind: 'information' });
    expect(given[0]?.text).toMatch(/break[\s\S]*overdose/);
    expect(given[1]?.kind).toBe('open-question');
    const back = await conversation.say('i did not know that');
    expect(back.at(-1)?.step).toBe('engage');
  });

  it('takes no for an answer', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await talk(conversation, ['yes', 'i want to cut down on the gear']);
    const offer = await conversation.say('i use on my own mostly');
    expect(offer.at(-1)?.step).toBe('information.asking');
    const declined = await conversation.say('no thanks');
    expect(declined[0]?.text).toMatch(/No problem|That's fine/);
    expect(declined.some((reply) => /nobody to call/.test(reply.text))).toBe(false);
  });

  it('hears mixing across messages (gear earlier, benzos now) and offers it once', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await talk(conversation, ['yes', 'i use gear every day']);
    const offer = await conversation.say('and vallies to come down');
    expect(offer.at(-1)?.text).toMatch(/mixing/);
    await conversation.say('no');
    const again = await conversation.say('the vallies help me sleep');
    expect(again.some((reply) => /mixing/.test(reply.text))).toBe(false);
  });
});

describe('someone under 16', () => {
  it('is pointed to Childline and the conversation does not go into drug use', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const first = await conversation.say("I'm under 16");
    expect(first[0]?.text).toMatch(/16 and over[\s\S]*Childline on 0800 1111/);
    const next = await conversation.say('i smoke weed every day and want to stop');
    expect(next).toHaveLength(1);
    expect(next[0]?.step).toBe('youngPerson');
    expect(next[0]?.text).not.toMatch(/weed|scale of 0 to 10/i);
  });

  it('still gets a crisis reply', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say('im 14');
    const replies = await conversation.say('i want to kill myself');
    expect(replies[0]?.kind).toBe('crisis');
  });
});

describe('danger to others', () => {
  // In England the 24/7 National Domestic Abuse Helpline is always open. (With no area the only UK-wide abuse line is the
  // NSPCC's, which closes at 22:00 on weekdays: this test once passed by day and failed at night, so it sets the area.)
  it('gives the emergency number and the abuse helpline, at any hour', async () => {
    const conversation = new TestConversation();
    await conversation.send({ type: 'event', name: 'webchat/join', value: { area: 'manchester' } });
    const replies = await conversation.say('my boyfriend keeps hitting me');
    const text = replies.map((r) => r.text).join(' ');
    expect(replies[0]?.kind).toBe('crisis');
    expect(text).toMatch(/999/);
    expect(text).toMatch(/0808 2000 247/);
  });
});
