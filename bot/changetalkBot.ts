import { ActivityHandler, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { runConversationTurn, type ConversationTurnDeps } from './conversationTurn';
import { replyActivities } from './replyActivities';

/** Web Chat's `webchat/join` event value: where the link came from. Anything else is ignored. */
const joinValueSchema = z.object({
  area: z.string().max(64).regex(/^[a-z0-9-]*$/i).optional().catch(undefined),
  src: z.string().max(64).regex(/^[\w-]*$/).optional().catch(undefined),
  locale: z.string().max(35).optional().catch(undefined),
});

/** The bot: each handler hands off to the conversation turn. */
export class ChangetalkBot extends ActivityHandler {
  constructor(private readonly deps: ConversationTurnDeps) {
    super();

    this.onMessage(async (context, next) => {
      const text = typeof context.activity.text === 'string' ? context.activity.text : '';
      if (text.trim() === '' && (context.activity.attachments?.length ?? 0) > 0) {
        await this.replyToAttachment(context);
      } else {
        await runConversationTurn(context, { kind: 'message', text }, this.deps);
      }
      await next();
    });

    // A welcome when someone joins (not when the bot itself is added).
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      // A channel (or a caller) may send anything here: only a list of members counts.
      const members: unknown[] = Array.isArray(context.activity.membersAdded) ? context.activity.membersAdded : [];
      const people = members.filter((member) => typeof member === 'object' && member !== null && (member as { id?: unknown }).id !== botId);
      if (people.length > 0) await runConversationTurn(context, { kind: 'started' }, this.deps);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') {
        const value = joinValueSchema.safeParse(context.activity.value ?? {});
        const join = value.success ? value.data : {};
        await runConversationTurn(
          context,
          { kind: 'joined', area: join.area?.toLowerCase() ?? null, src: join.src ?? null, locale: join.locale ?? null },
          this.deps,
        );
      }
      await next();
    });
  }

  private async replyToAttachment(context: TurnContext): Promise<void> {
    const content = this.deps.dependencies()?.content;
    const text = content?.messages.attachment.say[0] ?? "Thanks. I can't open files or pictures, only words.";
    await context.sendActivities(replyActivities({ messages: [{ text, kind: 'information' }], suggestions: [] }, 'attachment'));
  }
}
