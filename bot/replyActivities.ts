import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { ReplyPlan } from '../dialogs/replyPlan';

/**
 * A reply plan as Bot Framework activities. Each carries its MI kind and step in `channelData.mi`
 * so transcripts can be scored for MI fidelity.
 */
export function replyActivities(plan: ReplyPlan, step: string): Partial<Activity>[] {
  const last = plan.messages.length - 1;
  return plan.messages.map((message, index) => {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: message.text,
      textFormat: 'plain',
      channelData: { mi: { kind: message.kind, step } },
    };
    if (message.card && message.card.length > 0) {
      activity.attachmentLayout = 'list';
      activity.attachments = message.card.map((card) =>
        CardFactory.heroCard(
          card.title,
          card.text,
          undefined,
          CardFactory.actions([
            ...(card.phone ? [{ type: 'call', title: `Call ${card.phone}`, value: `tel:${card.phone.replace(/\s+/g, '')}` }] : []),
            ...(card.url ? [{ type: 'openUrl', title: 'Open website', value: card.url }] : []),
          ]),
        ),
      );
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
