import { cardTitles, sayEach, TestConversation, type BotReply } from '../support/botHarness';

const talk = async (conversation: TestConversation, lines: string[]): Promise<BotReply[]> => (await sayEach(conversation, lines)).at(-1) ?? [];

/** Asking for help or a service is the permission MI waits for: the answer comes at once, from any step. */

describe('asking for help or a service', () => {
  const steps: [string, string[]][] = [
    ['welcome', []],
    ['engage', ['yes']],
    ['focus', ['yes', 'been on the gear ten years']],
    ['discrepancy', ['yes', 'i want to cut down on the gear', 'its costing me a fortune', 'i feel rubbish']],
    ['resistance', ['yes', 'stop preaching at me']],
  ];
  it.each(steps)('in %s, "where can I get help near me" gets Narcotics Anonymous and services, not another question', async (_step, before) => {
    const conversation = new TestConversation();
    await conversation.start();
    await talk(conversation, before);
    const replies = await conversation.say('where can i get help near me');
    expect(replies.map((reply) => reply.step)).toContain('signpost.given');
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(/Narcotics Anonymous[\s\S]*ukna\.org/);
    expect(cardTitles(replies)[0]).toMatch(/Narcotics Anonymous/);
    // No reflection invented from the question ("you've got it in you"), and no ruler or open question instead.
    expect(replies.some((reply) => reply.kind?.startsWith('reflection'))).toBe(false);
    expect(replies.some((reply) => reply.kind === 'open-question')).toBe(false);
  });

  it('a first message that asks still says who the bot is, then answers it without asking to talk first', async () => {
    const conversation = new TestConversation();
    const replies = await conversation.say('is there an NA meeting tonight');
    const texts = replies.map((reply) => reply.text).join('\n');
    expect(texts).toMatch(/chatbot, not a person/);
    expect(texts).toMatch(/anonymous/i);
    expect(texts).toMatch(/ukna\.org/);
    expect(texts).not.toMatch(/Is it OK if we talk/);
  });

  it('puts the kind of service asked for first, before NA, in the area of the link', async () => {
    const conversation = new TestConversation();
    await conversation.send({ type: 'event', name: 'webchat/join', value: { area: 'glasgow', src: 'nx-test' } });
    await conversation.start();
    const replies = await conversation.say('where can i get clean needles');
    expect(replies[0]?.text).toMatch(/in or near Glasgow can help with that|in or near Glasgow that can help with that/);
    expect(cardTitles(replies)[0]).toMatch(/Thistle/);
    expect(cardTitles(replies).some((title) => /Narcotics Anonymous/.test(title))).toBe(true);
  });

  it('never promises a kind of service the list does not hold', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await talk(conversation, ['yes', 'i need somewhere to stay tonight']);
    expect(replies[0]?.text).toMatch(/I don't have a service for that listed here/);
    expect(cardTitles(replies).length).toBeGreaterThan(0);
  });

  it('carries on afterwards: a thanks closes kindly, and more talk goes back to the conversation', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await talk(conversation, ['yes', 'how do i get on a script']);
    const thanks = await conversation.say('ta');
    expect(thanks[0]?.step).toBe('close');
    const more = await conversation.say('the gear is doing my head in');
    expect(more[0]?.step).toBe('engage');
  });

  it('a crisis in the same message comes first', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await talk(conversation, ['yes', 'where can i get help, my mate has gone blue and isnt breathing']);
    expect(replies[0]?.step).toBe('crisis');
    expect(replies[0]?.text).toMatch(/999/);
  });

  it('under 16s are pointed to the young people’s service, not adult drug services', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    await conversation.say("I'm under 16");
    const replies = await conversation.say('where can i get help near me');
    expect(replies.every((reply) => reply.step === 'youngPerson')).toBe(true);
    expect(cardTitles(replies).join(' ')).not.toMatch(/Narcotics Anonymous/);
  });

  it('doubt about NA is not a request: no list of services pushed at them', async () => {
    const conversation = new TestConversation();
    await conversation.start();
    const replies = await talk(conversation, ['yes', 'is there any point going to NA']);
    expect(replies.map((reply) => reply.step)).not.toContain('signpost.given');
  });
});
