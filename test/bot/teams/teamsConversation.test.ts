import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../../bot/teams/adaptiveCards';
import type { BotReply } from '../../support/botHarness';
import { installUpdate, RecordingStorage, storageKey, teamsConversation } from './teamsChat';

function rulerCard(replies: BotReply[]): AdaptiveCard | undefined {
  const attachment = replies.flatMap((reply) => reply.activity.attachments ?? []).find((a) => a.contentType === CardFactory.contentTypes.adaptiveCard);
  return attachment?.content as AdaptiveCard | undefined;
}

/** What a card button press sends when the client does not turn it into a typed message: value, no text. */
function cardSubmit(card: AdaptiveCard, title: string): Partial<Activity> {
  const action = card.body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])).find((a) => a.title === title);
  if (!action) throw new Error(`no button ${title}`);
  return { type: ActivityTypes.Message, value: action.data };
}

describe('a whole conversation in Teams', () => {
  it('goes from install to Narcotics Anonymous, with the rulers answered on their cards', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage });
    const turns: BotReply[][] = [await conversation.send(installUpdate)];
    expect(turns[0]?.at(-1)?.activity.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'Not now', "I'm under 16"]);

    const say = async (text: string) => {
      turns.push(await conversation.say(text));
      return turns.at(-1)!;
    };
    const answerRuler = async (value: string) => {
      const card = rulerCard(turns.at(-1)!);
      expect(card).toBeDefined();
      turns.push(await conversation.send(cardSubmit(card!, value)));
      return turns.at(-1)!;
    };

    await say('yes');
    await say('I want to cut down on the gear');
    await say("it's costing me a fortune and my mum is worried");
    await say('I feel rubbish about it to be honest');
    expect((await answerRuler('8')).map((reply) => reply.text).join(' ')).toMatch(/\b8\b/);
    await say('my kids need me');
    expect((await answerRuler('6')).map((reply) => reply.text).join(' ')).toMatch(/\b6\b/);
    await say('I stopped for a week last year');
    await say('yes');
    await say('I could ring the drug service on Monday');
    await say('my mates might come round, I will tell them not to');
    const signposted = await say('yes please');

    expect(signposted.map((reply) => reply.text).join(' ')).toMatch(/Narcotics Anonymous[\s\S]*ukna\.org/);
    expect(signposted.some((reply) => reply.step === 'signpost.given')).toBe(true);
    expect(turns.length).toBeLessThanOrEqual(14);

    for (const reply of turns.flat()) {
      expect(reply.activity.textFormat).toBe('plain');
      expect(reply.text).not.toMatch(/(^|[^\n])\n(?!\n)/);
      expect((reply.activity.suggestedActions?.actions.length ?? 0)).toBeLessThanOrEqual(3);
    }
    expect(new Set(storage.writtenKeys)).toEqual(new Set([storageKey()]));
  });
});

describe('a card submit', () => {
  async function atImportanceRuler() {
    const conversation = teamsConversation();
    await conversation.send(installUpdate);
    for (const text of ['yes', 'I want to cut down on the gear', "it's costing me a fortune and my mum is worried"]) await conversation.say(text);
    const replies = await conversation.say('I feel rubbish about it to be honest');
    expect(replies.at(-1)?.step).toBe('discrepancy.importance');
    return conversation;
  }

  it('is read as the person’s answer when it brings only a value', async () => {
    const conversation = await atImportanceRuler();
    const replies = await conversation.send({ type: ActivityTypes.Message, value: { msteams: { type: 'imBack', value: '3' }, answer: '3' } });
    expect(replies[0]?.text).toMatch(/^3 out of 10/);
    expect(replies.at(-1)?.step).toBe('discrepancy.whyNotLower');
  });

  it('is read from msteams.value alone, or from a bare string value', async () => {
    const fromTeams = await atImportanceRuler();
    expect((await fromTeams.send({ type: ActivityTypes.Message, value: { msteams: { type: 'imBack', value: '7' } } }))[0]?.text).toMatch(/^7 out of 10/);
    const bare = await atImportanceRuler();
    expect((await bare.send({ type: ActivityTypes.Message, value: '9' }))[0]?.text).toMatch(/^9 out of 10/);
  });

  it('with a value it cannot read is answered as unreadable, and the conversation keeps its place', async () => {
    const conversation = await atImportanceRuler();
    const replies = await conversation.send({ type: ActivityTypes.Message, value: { something: 'else' } });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/only read words|couldn't read/);
    expect(replies[0]?.step).toBe('discrepancy.importance');
  });

  it('loses to typed text when both arrive (Teams imBack posts the text)', async () => {
    const conversation = await atImportanceRuler();
    const replies = await conversation.send({ type: ActivityTypes.Message, text: '5', value: { answer: '2' } });
    expect(replies[0]?.text).toMatch(/^5 out of 10/);
  });
});
