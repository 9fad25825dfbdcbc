import { cardTitles, sayEach as talk, TestConversation } from '../support/botHarness';

/** A parent, partner or friend writing about someone else's use gets support for themselves, not MI on "their" use. */

async function inLeeds(): Promise<TestConversation> {
  const conversation = new TestConversation();
  await conversation.send({ type: 'event', name: 'webchat/join', value: { area: 'leeds', src: 'nx-test' } });
  await conversation.start();
  return conversation;
}

describe('someone writing about another person’s use', () => {
  it('is told kindly what the chat is for and offered support for families, never asked what they get out of the drug', async () => {
    const conversation = await inLeeds();
    const turns = await talk(conversation, ['yes', 'my son is on heroin and i dont know what to do', 'im worried sick', 'he lies to me all the time']);
    const said = turns.flat();
    expect(turns[1]?.map((reply) => reply.text).join(' ')).toMatch(/families and friends/);
    expect(turns[1]?.at(-1)?.step).toBe('someoneElse.offer');
    for (const reply of said) expect(reply.text).not.toMatch(/get out of|do for you|how important is it to you to make a change/i);
    // Their son's use is not their change talk: nothing of it is summed up as what they want.
    expect(said.some((reply) => reply.kind === 'summary')).toBe(false);
  });

  it('gets support for families first when they say yes, and NA does not lead', async () => {
    const conversation = await inLeeds();
    const turns = await talk(conversation, ['yes', 'my partner has been using crack again', 'yes please']);
    const replies = turns.at(-1) ?? [];
    expect(replies[0]?.step).toBe('signpost.given');
    expect(replies.map((reply) => reply.text).join(' ')).not.toMatch(/Narcotics Anonymous \(NA\) is free meetings/);
    expect(cardTitles(replies)).toContain('Adfam');
  });

  it('goes into the conversation about their own use as soon as they mention it', async () => {
    const conversation = await inLeeds();
    const turns = await talk(conversation, ['yes', 'my partner has been using crack again', 'no', 'tbh i drink too much myself']);
    expect(turns.at(-1)?.[0]?.step).toBe('focus');
    expect(turns.at(-1)?.map((reply) => reply.text).join(' ')).toMatch(/drink too much/);
  });

  it('a person who uses and mentions someone else’s use stays in their own conversation', async () => {
    const conversation = await inLeeds();
    const turns = await talk(conversation, ['yes', 'im on the gear and so is my partner', 'i want to cut down']);
    expect(turns.flat().some((reply) => reply.step?.startsWith('someoneElse'))).toBe(false);
  });
});
