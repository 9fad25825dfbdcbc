import { ActivityTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { ReplyPlan, ServiceCard } from '../dialogs/replyPlan';

/**
 * A reply plan as Bot Framework activities. Each carries its MI kind and step in `channelData.mi`
 * so transcripts can be scored for MI fidelity. This is the channel-neutral form (hero cards, suggested
 * actions); a channel that renders differently rewrites it on the way out (see `bot/teams/teamsReplies.ts`).
 */
export function replyActivities(plan: ReplyPlan, step: string): Partial<Activity>[] {
  const last = plan.messages.length - 1;
  return plan.messages.map((message, index) => {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: message.text,
      textFormat: 'plain',
      channelData: { mi: { kind: message.kind, step, ...(message.seek ? { seek: true } : {}) } },
    };
    if (message.card && message.card.length > 0) {
      activity.attachmentLayout = 'list';
      activity.attachments = message.card.map(serviceHeroCard);
    }
    if (index === last && plan.suggestions.length > 0) {
      activity.suggestedActions = {
        to: [],
        actions: plan.suggestions.map((title) => ({ type: 'imBack', title, value: title })),
      };
    }
    return activity;
  });
}

const callTitlePrefix = 'Call ';
const websiteTitle = 'Open website';

/** A service as a hero card: a call button and a website button. */
export function serviceHeroCard(card: ServiceCard): Attachment {
  return CardFactory.heroCard(
    card.title,
    card.text,
    undefined,
    CardFactory.actions([
      ...(card.phone ? [{ type: 'call', title: `${callTitlePrefix}${card.phone}`, value: `tel:${card.phone.replace(/\s+/g, '')}` }] : []),
      ...(card.url ? [{ type: 'openUrl', title: websiteTitle, value: card.url }] : []),
    ]),
  );
}

/** The service a hero card from `serviceHeroCard` shows, or undefined for any other attachment. */
export function serviceFromHeroCard(attachment: Attachment): ServiceCard | undefined {
  if (attachment.contentType !== CardFactory.contentTypes.heroCard) return undefined;
  const content = attachment.content as { title?: unknown; text?: unknown; buttons?: CardAction[] } | undefined;
  if (typeof content?.title !== 'string') return undefined;
  const buttons = content.buttons ?? [];
  const call = buttons.find((button) => button.type === 'call' && button.title.startsWith(callTitlePrefix));
  const website = buttons.find((button) => button.type === 'openUrl' && typeof button.value === 'string');
  return {
    title: content.title,
    // CardFactory leaves out an empty text
    text: typeof content.text === 'string' ? content.text : '',
    ...(call ? { phone: call.title.slice(callTitlePrefix.length) } : {}),
    ...(website ? { url: website.value as string } : {}),
  };
}

/** A service as plain lines (name, what it is, number, address): card fallbacks and channels without cards. */
export function serviceText(service: ServiceCard): string {
  return [service.title, service.text, service.phone, service.url].filter((part) => part && part.trim() !== '').join('\n');
}

/** Channels that show no cards: their replies carry the services in the text itself. */
const cardlessChannels = new Set(['terminal', 'sms', 'twilio-sms', 'telephony']);

export function showsCards(channelId: string | undefined): boolean {
  return !cardlessChannels.has(channelId ?? '');
}

/**
 * One reply with its service cards written out as text, for a channel that cannot show cards. A card that is only
 * a call button for a number the text already gives (the crisis reply's) adds nothing, so it is dropped.
 */
export function textOnlyActivity<T extends Partial<Activity>>(activity: T): T {
  const cards = (activity.attachments ?? []).map(serviceFromHeroCard).filter((service): service is ServiceCard => service !== undefined);
  if (cards.length === 0) return activity;
  const said = activity.text ?? '';
  const services = cards.filter((card) => card.url || !card.phone || !said.includes(card.phone));
  const text = [said, ...services.map(serviceText)].filter(Boolean).join('\n\n');
  const { attachments: _cards, attachmentLayout: _layout, ...rest } = activity;
  return { ...rest, text } as T;
}
