import { CardFactory, type Attachment } from 'botbuilder';
import type { ServiceCard } from '../../dialogs/replyPlan';
import { serviceText } from '../replyActivities';

/**
 * Adaptive Cards as Teams shows them. Teams renders schema 1.5 at most (learn.microsoft.com/en-us/
 * microsoft-copilot-studio/guidance/adaptive-cards-overview), and only 6 actions per action set before the
 * rest fall into an overflow menu (MicrosoftDocs/bot-docs#2161), so longer choices are split into rows.
 */
export const adaptiveCardVersion = '1.5';
export const actionsPerRow = 6;

interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Medium';
  style?: 'heading';
}

interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  /** `msteams.imBack` makes Teams post the value as the person's own message */
  data: { msteams: { type: 'imBack'; value: string }; answer: string };
}

interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

interface ActionSet {
  type: 'ActionSet';
  actions: SubmitAction[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: typeof adaptiveCardVersion;
  /** what a client that cannot draw the card shows instead */
  fallbackText: string;
  body: (TextBlock | ActionSet)[];
  actions?: OpenUrlAction[];
}

/** One button per choice, each answering with its own text, in rows Teams shows in full. */
export function choiceCard(choices: string[], fallbackText: string): Attachment {
  const rows: ActionSet[] = [];
  for (let start = 0; start < choices.length; start += actionsPerRow) {
    rows.push({
      type: 'ActionSet',
      actions: choices.slice(start, start + actionsPerRow).map((choice) => ({
        type: 'Action.Submit',
        title: choice,
        data: { msteams: { type: 'imBack', value: choice }, answer: choice },
      })),
    });
  }
  return attachment({ ...cardFrame(fallbackText), body: rows });
}

/** A service: its name, what it offers, the number written out, and buttons to call it or open its site. */
export function serviceCard(service: ServiceCard): Attachment {
  const body: TextBlock[] = [
    { type: 'TextBlock', text: service.title, wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading' },
    { type: 'TextBlock', text: service.text, wrap: true },
  ];
  if (service.phone) body.push({ type: 'TextBlock', text: service.phone, wrap: true, weight: 'Bolder' });
  const actions: OpenUrlAction[] = [];
  if (service.phone) actions.push({ type: 'Action.OpenUrl', title: `Call ${service.phone}`, url: telLink(service.phone) });
  if (service.url) actions.push({ type: 'Action.OpenUrl', title: 'Open website', url: service.url });
  return attachment({ ...cardFrame(serviceText(service)), body, ...(actions.length > 0 ? { actions } : {}) });
}

/** A service as plain text, with its number and web address, for wherever the card cannot be drawn. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function cardFrame(fallbackText: string): Omit<AdaptiveCard, 'body'> {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: adaptiveCardVersion, fallbackText };
}

function attachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
