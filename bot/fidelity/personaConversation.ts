import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type ConversationReference } from 'botbuilder';
import type { Persona } from '../../dialogs/fidelity/persona';
import type { Volley } from '../../dialogs/fidelity/scoreFidelity';
import type { TurnDependencies } from '../../dialogs/takeTurn';
import { ChangetalkBot } from '../changetalkBot';
import { ConversationRecords } from '../conversationRecords';
import { silentLogger } from '../logger';

interface MiTag {
  kind?: string;
  step?: string;
  seek?: boolean;
}

/** One bot turn as the person saw it, with the MI tags the bot put on each message. */
export interface PersonaTurn {
  /** what the person typed; null for the opening of the conversation */
  said: string | null;
  replies: { text: string; kind: string | undefined; step: string | undefined; seek: boolean }[];
}

/**
 * Runs a scripted persona through the real bot (ChangetalkBot on botbuilder's TestAdapter, memory storage),
 * the same path a message takes from Web Chat or Teams, and returns every bot turn with its `channelData.mi` tags.
 */
export async function runPersona(persona: Persona, dependencies: TurnDependencies): Promise<PersonaTurn[]> {
  const bot = new ChangetalkBot({
    records: new ConversationRecords(new MemoryStorage(), 24 * 60 * 60 * 1000),
    dependencies: () => dependencies,
    logger: silentLogger,
  });
  const reference: Partial<ConversationReference> = {
    channelId: 'fidelity',
    serviceUrl: 'https://fidelity.local',
    conversation: { id: `fidelity-${persona.name}`, isGroup: false, conversationType: 'personal', name: 'fidelity' },
    user: { id: 'persona', name: 'persona' },
    bot: { id: 'changetalk', name: 'changetalk' },
  };
  const adapter = new TestAdapter(async (context) => bot.run(context), reference as ConversationReference);
  const send = async (activity: Partial<Activity>): Promise<PersonaTurn['replies']> => {
    await adapter.processActivity({ ...activity, from: reference.user, recipient: reference.bot } as Partial<Activity>);
    return adapter.activeQueue
      .splice(0)
      .filter((reply) => reply.type === ActivityTypes.Message)
      .map((reply) => {
        const mi = (reply.channelData as { mi?: MiTag } | undefined)?.mi;
        return { text: reply.text ?? '', kind: mi?.kind, step: mi?.step, seek: mi?.seek === true };
      });
  };

  const turns: PersonaTurn[] = [];
  if (persona.area) await send({ type: ActivityTypes.Event, name: 'webchat/join', value: { area: persona.area } });
  turns.push({ said: null, replies: await send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'persona', name: 'persona' }] }) });
  // Like a person, they answer a ruler when it is asked, then carry on with what they had to say.
  const rulers: Record<string, string | undefined> = { 'discrepancy.importance': persona.rulers?.importance, 'selfEfficacy.confidence': persona.rulers?.confidence };
  const answered = new Set<string>();
  const say = async (text: string) => turns.push({ said: text, replies: await send({ type: ActivityTypes.Message, text }) });
  for (const text of persona.says) {
    await say(text);
    const step = turns.at(-1)?.replies.at(-1)?.step ?? '';
    const ruler = rulers[step];
    if (ruler && !answered.has(step)) {
      answered.add(step);
      await say(ruler);
    }
  }
  return turns;
}

/** The turns as volleys for scoring. */
export function volleysOf(turns: PersonaTurn[]): Volley[] {
  return turns.map((turn) => turn.replies.map(({ text, kind, seek }) => ({ text, kind, seek })));
}
