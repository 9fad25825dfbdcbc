import { type Activity, ActivityHandler, ActivityTypes, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { createInProcessTurn, type RunTurn } from '../../../bot/directLine/inProcessTurn';

/** A stand-in for the real bot: echoes messages, answers the join event, and emits the noise a real turn can carry. */
export class EchoBot extends ActivityHandler {
  readonly joins: unknown[] = [];
  readonly membersAdded: string[][] = [];

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      this.membersAdded.push((context.activity.membersAdded ?? []).map((member) => member.id));
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'card') {
        await context.sendActivity(serviceCard(context.activity.from.id));
        await next();
        return;
      }
      await context.sendTraceActivity('echo', 'not for the user');
      await context.sendActivity({ type: ActivityTypes.Typing });
      await context.sendActivity({ type: 'delay', value: 10 });
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') {
        this.joins.push(context.activity.value);
        await context.sendActivity('Hello. This is an anonymous chat.');
      }
      await next();
    });
  }
}

/** An adapter with auth disabled (no MicrosoftAppId), as in local development. */
export function createEchoTurn(bot: EchoBot = new EchoBot()): { bot: EchoBot; runTurn: RunTurn; adapter: CloudAdapter } {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  return { bot, adapter, runTurn: createInProcessTurn(adapter, (context: TurnContext) => bot.run(context)) };
}

/** A service as the real bot will send it: an Adaptive Card, with suggested replies. */
function serviceCard(userId: string): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    attachments: [
      CardFactory.adaptiveCard({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'TextBlock', text: 'Example drop-in service', weight: 'Bolder', wrap: true },
          { type: 'TextBlock', text: 'Open weekdays. No appointment needed.', wrap: true },
        ],
      }),
    ],
    // Addressed to the user, as the BotBuilder samples do.
    suggestedActions: { to: [userId], actions: [{ type: 'imBack', title: 'Tell me more', value: 'Tell me more' }] },
  };
}
