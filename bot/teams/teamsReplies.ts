import { ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { serviceFromHeroCard } from '../replyActivities';
import { choiceCard, serviceCard } from './adaptiveCards';

/**
 * Teams shows only the first three suggested actions (learn.microsoft.com/en-us/microsoftteams/platform/
 * bots/how-to/conversations/suggested-actions); more choices than that, like a 0–10 ruler, become a card.
 */
export const teamsSuggestedActionLimit = 3;

/** Rewrites every reply of this turn into the form Teams shows well, just before it is sent. */
export function renderRepliesForTeams(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    // In place and one for one: the adapter matches its responses to these by position.
    activities.forEach((activity, index) => {
      activities[index] = teamsActivity(activity);
    });
    return next();
  });
}

/** One reply as Teams shows it: plain text, Adaptive Cards for services and long choices. */
export function teamsActivity<T extends Partial<Activity>>(activity: T): T {
  if (activity.type !== ActivityTypes.Message) return activity;
  const rendered: T = { ...activity, textFormat: 'plain' };
  const text = typeof activity.text === 'string' ? teamsText(activity.text) : '';
  if (typeof activity.text === 'string') rendered.text = text;

  const attachments: Attachment[] = (activity.attachments ?? []).map((attachment) => {
    const service = serviceFromHeroCard(attachment);
    return service ? serviceCard(service) : attachment;
  });

  const choices = (activity.suggestedActions?.actions ?? [])
    .filter((action) => action.type === 'imBack')
    .map((action) => String(action.value));
  if (choices.length > teamsSuggestedActionLimit) {
    attachments.push(choiceCard(choices, `${text}\n\n${choices.join(', ')}`.trim()));
    delete rendered.suggestedActions;
  }
  if (attachments.length > 0) rendered.attachments = attachments;
  return rendered;
}

/**
 * Line breaks as paragraph breaks: Teams keeps them whether it reads the text as plain or as markdown
 * (where a single newline would be joined into the line before).
 */
export function teamsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n\n');
}
