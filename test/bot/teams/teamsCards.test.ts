import { ActivityTypes, CardFactory, TestAdapter, type Activity, type Attachment } from 'botbuilder';
import fc from 'fast-check';
import { replyActivities, serviceFromHeroCard, serviceHeroCard } from '../../../bot/replyActivities';
import { actionsPerRow, adaptiveCardVersion, type AdaptiveCard } from '../../../bot/teams/adaptiveCards';
import { renderRepliesForTeams, teamsActivity, teamsText } from '../../../bot/teams/teamsReplies';
import type { ReplyPlan, ServiceCard } from '../../../dialogs/replyPlan';
import { shippedDependencies } from '../../support/botHarness';

/** FRANK, as in shared/research/services.md (confirmed). */
const frank: ServiceCard = {
  title: 'FRANK',
  text: 'Confidential drugs advice, day or night. They can also find drug services near you.',
  phone: '0300 123 6600',
  url: 'https://www.talktofrank.com/get-help/find-support-near-you',
};

const rulerQuestion = 'On a scale of 0 to 10, how important is it to you to make a change right now? 0 is not at all, 10 is very.';
const ruler = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

function forTeams(plan: ReplyPlan): Partial<Activity>[] {
  return replyActivities(plan, 'test').map((activity) => teamsActivity(activity));
}

function adaptiveCards(activity: Partial<Activity>): AdaptiveCard[] {
  return (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === CardFactory.contentTypes.adaptiveCard)
    .map((attachment: Attachment) => attachment.content as AdaptiveCard);
}

function submitActions(card: AdaptiveCard) {
  return card.body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : []));
}

describe('a ruler question in Teams', () => {
  const [activity] = forTeams({ messages: [{ text: rulerQuestion, kind: 'closed-question' }], suggestions: ruler });

  it('is an Adaptive Card Teams can draw, with one button per number answering with that number', () => {
    const [card] = adaptiveCards(activity!);
    expect(card?.version).toBe(adaptiveCardVersion);
    expect(Number(adaptiveCardVersion)).toBeLessThanOrEqual(1.5);
    const actions = submitActions(card!);
    expect(actions.map((action) => action.title)).toEqual(ruler);
    for (const action of actions) {
      expect(action.type).toBe('Action.Submit');
      expect(action.data.msteams).toEqual({ type: 'imBack', value: action.title });
    }
    for (const row of card!.body) if (row.type === 'ActionSet') expect(row.actions.length).toBeLessThanOrEqual(actionsPerRow);
  });

  it('keeps the question as plain text, and a fallback listing the numbers', () => {
    expect(activity?.text).toBe(rulerQuestion);
    expect(activity?.textFormat).toBe('plain');
    const [card] = adaptiveCards(activity!);
    expect(card?.fallbackText).toContain(rulerQuestion);
    expect(card?.fallbackText).toContain('0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10');
  });

  it('is not also offered as suggested actions (Teams would show only three)', () => {
    expect(activity?.suggestedActions).toBeUndefined();
  });
});

describe('sent through a Teams turn', () => {
  it('a plan with a service and a ruler leaves as Adaptive Cards, one activity per message, in order', async () => {
    const plan: ReplyPlan = {
      messages: [
        { text: 'Here is one place that could help.', kind: 'signpost', card: [frank] },
        { text: rulerQuestion, kind: 'closed-question' },
      ],
      suggestions: ruler,
    };
    const adapter = new TestAdapter(async (context) => {
      renderRepliesForTeams(context);
      await context.sendActivities(replyActivities(plan, 'test'));
    });
    await adapter.processActivity({ type: ActivityTypes.Message, text: 'hi', channelId: 'msteams' });
    const sent = adapter.activeQueue.splice(0);
    expect(sent.map((activity) => activity.text)).toEqual(plan.messages.map((message) => message.text));
    expect(sent.map((activity) => adaptiveCards(activity).length)).toEqual([1, 1]);
    expect(adaptiveCards(sent[0]!)[0]?.fallbackText).toContain(frank.phone);
    expect(submitActions(adaptiveCards(sent[1]!)[0]!).map((action) => action.title)).toEqual(ruler);
  });
});

describe('short choices in Teams', () => {
  it('more than three become buttons on a card, since Teams would cut the list at three', () => {
    const choices = ['Drink', 'Weed', 'Crack', 'Something else'];
    const [activity] = forTeams({ messages: [{ text: 'What would you like to talk about?', kind: 'open-question' }], suggestions: choices });
    expect(activity?.suggestedActions).toBeUndefined();
    expect(submitActions(adaptiveCards(activity!)[0]!).map((action) => action.title)).toEqual(choices);
  });


  it('stay suggested actions with imBack, which a personal chat shows', () => {
    const [activity] = forTeams({ messages: [{ text: 'Is it OK if we talk for a few minutes?', kind: 'closed-question' }], suggestions: ['Yes', 'Not now'] });
    expect(activity?.attachments).toBeUndefined();
    expect(activity?.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: 'Yes', value: 'Yes' },
      { type: 'imBack', title: 'Not now', value: 'Not now' },
    ]);
  });
});

describe('a services card in Teams', () => {
  const plan: ReplyPlan = { messages: [{ text: 'Here are some places that could help.', kind: 'signpost', card: [frank] }], suggestions: [] };
  const [activity] = forTeams(plan);
  const [card] = adaptiveCards(activity!);

  it('is an Adaptive Card with the name, what it offers and the number written out', () => {
    expect(card?.version).toBe(adaptiveCardVersion);
    const texts = card!.body.flatMap((element) => (element.type === 'TextBlock' ? [element.text] : []));
    expect(texts).toEqual([frank.title, frank.text, frank.phone]);
  });

  it('opens the web address and rings the number', () => {
    expect(card?.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Call 0300 123 6600', url: 'tel:03001236600' },
      { type: 'Action.OpenUrl', title: 'Open website', url: frank.url },
    ]);
  });

  it('has a plain-text fallback with the number and the address', () => {
    expect(card?.fallbackText).toContain('0300 123 6600');
    expect(card?.fallbackText).toContain(frank.url);
    expect(activity?.text).toBe(plan.messages[0]?.text);
  });

  it('is no longer a hero card', () => {
    expect(activity?.attachments?.map((attachment) => attachment.contentType)).toEqual([CardFactory.contentTypes.adaptiveCard]);
  });
});

describe('outside Teams nothing changes', () => {
  it('services stay hero cards and choices stay suggested actions', () => {
    const [services] = replyActivities({ messages: [{ text: 'Places that could help.', kind: 'signpost', card: [frank] }], suggestions: [] }, 'test');
    expect(services?.attachments?.[0]?.contentType).toBe(CardFactory.contentTypes.heroCard);
    const [question] = replyActivities({ messages: [{ text: rulerQuestion, kind: 'closed-question' }], suggestions: ruler }, 'test');
    expect(question?.suggestedActions?.actions.map((action) => action.value)).toEqual(ruler);
    expect(question?.attachments).toBeUndefined();
  });

  it('a hero card reads back as the service it was made from', () => {
    const service = fc.record(
      {
        title: fc.string({ minLength: 1 }),
        text: fc.string(),
        phone: fc.stringMatching(/^0\d{3} \d{3} \d{4}$/),
        url: fc.webUrl(),
      },
      { requiredKeys: ['title', 'text'] },
    );
    fc.assert(fc.property(service, (card) => expect(serviceFromHeroCard(serviceHeroCard(card))).toEqual(card)));
  });
});

describe('text Teams renders', () => {
  it('turns every line break into a paragraph break, so markdown cannot swallow it', () => {
    expect(teamsText('one\ntwo\r\nthree\n\n\nfour  ')).toBe('one\n\ntwo\n\nthree\n\nfour');
  });

  it('leaves activities that are not messages alone', () => {
    const typing = { type: ActivityTypes.Typing };
    expect(teamsActivity(typing)).toBe(typing);
  });

  it('shipped content uses no markdown that Teams would draw or mangle', () => {
    const markdown = /\*\*|__|~~|`|\[[^\]]*\]\([^)]*\)|^\s*(#{1,6} |[-*+] |\d+\. |> )|<\/?[a-z][^>]*>/m;
    const { messages, steps } = shippedDependencies.content;
    const lines = [...sayLines(messages), ...sayLines(steps)];
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect({ line, markdown: markdown.test(line) }).toEqual({ line, markdown: false });
  });
});

/** Every string anywhere under a `say` list in loaded content. */
function sayLines(value: unknown, underSay = false): string[] {
  if (typeof value === 'string') return underSay ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => sayLines(item, underSay));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => sayLines(item, underSay || key === 'say'));
  return [];
}
