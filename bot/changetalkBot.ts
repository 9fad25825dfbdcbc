import { Channels, TeamsActivityHandler, type FileConsentCardResponse, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { runConversationTurn, type ConversationTurnDeps } from './conversationTurn';
import { replyActivities, showsCards, textOnlyActivity } from './replyActivities';
import { messageText } from './teams/cardAnswer';
import { isInstall, startsConversation } from './teams/conversationStart';
import { isGroupConversation, replyInGroup } from './teams/groupConversation';
import { renderRepliesForTeams } from './teams/teamsReplies';
import { TurnQueue } from './teams/turnQueue';

/** Web Chat's `webchat/join` event value: where the link came from. Anything else is ignored. */
const joinValueSchema = z.object({
  area: z.string().max(64).regex(/^[a-z0-9-]*$/i).optional().catch(undefined),
  src: z.string().max(64).regex(/^[\w-]*$/).optional().catch(undefined),
  locale: z.string().max(35).optional().catch(undefined),
});

/**
 * The bot: each handler hands off to the conversation turn. A Teams handler too, so Teams' own activities
 * (install, file consent, edits) arrive where they are expected; Web Chat and the Emulator are unaffected.
 * Reactions, edits, deletes and typing have no handler: they change nothing and get no reply.
 */
export class ChangetalkBot extends TeamsActivityHandler {
  private readonly turns = new TurnQueue();

  constructor(private readonly deps: ConversationTurnDeps) {
    super();

    this.onMessage(async (context, next) => {
      const text = messageText(context.activity);
      if (isGroupConversation(context.activity)) {
        await replyInGroup(context, text, this.deps);
      } else if (text.trim() === '' && (context.activity.attachments?.length ?? 0) > 0) {
        await this.replyToAttachment(context);
      } else {
        await runConversationTurn(context, { kind: 'message', text }, this.deps);
      }
      await next();
    });

    // A welcome when someone joins Web Chat, or when Teams adds the bot to a personal chat. (Not
    // onTeamsMembersAdded: with a handler there, botbuilder looks each member up over the network first.)
    this.onMembersAdded(async (context, next) => {
      if (startsConversation(context.activity)) await this.start(context);
      await next();
    });

    // Teams also says the app was installed; the stored `welcomed` keeps this from welcoming twice.
    // A group has no stored state to remember by, so there only the bot's arrival above is answered.
    this.onInstallationUpdateAdd(async (context, next) => {
      if (isInstall(context.activity) && !isGroupConversation(context.activity)) await this.start(context);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join' && !isGroupConversation(context.activity)) {
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

  override async run(context: TurnContext): Promise<void> {
    if (context.activity.channelId === Channels.Msteams) {
      // Teams' dispatch reads `channelData.eventType` on edits and deletes; a missing object must not crash the turn.
      context.activity.channelData ??= {};
      renderRepliesForTeams(context);
    } else if (!showsCards(context.activity.channelId)) {
      context.onSendActivities(async (_context, activities, next) => {
        activities.forEach((activity, index) => {
          activities[index] = textOnlyActivity(activity);
        });
        return next();
      });
    }
    const conversation = context.activity.conversation?.id;
    if (!conversation) return super.run(context);
    await this.turns.run(`${context.activity.channelId}/${conversation}`, () => super.run(context));
  }

  /** The bot never offers files, so a stray consent is answered kindly: it cannot take files. */
  protected override async handleTeamsFileConsentAccept(context: TurnContext, _response: FileConsentCardResponse): Promise<void> {
    await this.replyToAttachment(context);
  }

  protected override async handleTeamsFileConsentDecline(_context: TurnContext, _response: FileConsentCardResponse): Promise<void> {
    // Nothing was offered, so there is nothing to withdraw; the invoke is still answered with 200.
  }

  private start(context: TurnContext): Promise<void> {
    if (isGroupConversation(context.activity)) return replyInGroup(context, null, this.deps);
    return runConversationTurn(context, { kind: 'started' }, this.deps);
  }

  private async replyToAttachment(context: TurnContext): Promise<void> {
    const content = this.deps.dependencies()?.content;
    const text = content?.messages.attachment.say[0] ?? "Thanks. I can't open files or pictures, only words.";
    await context.sendActivities(replyActivities({ messages: [{ text, kind: 'information' }], suggestions: [] }, 'attachment'));
  }
}
