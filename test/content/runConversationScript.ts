import { ActivityTypes, type Activity } from 'botbuilder';
import type { LoadedScript } from '../../content/conversationScripts';
import { servicesMeant } from '../../content/conversationScripts';
import type { BotExpectation, ConversationScript } from '../../content/schemas/conversationScript';
import type { ServiceDirectory } from '../../content/schemas/services';
import { crisisReply } from '../../dialogs/crisisReply';
import type { EmergencyContacts } from '../../dialogs/emergencyContacts';
import type { CrisisKind } from '../../nlp/messageAnalysis';
import type { TurnDependencies } from '../../dialogs/takeTurn';
import { shippedDependencies, TestConversation, type BotReply } from '../support/botHarness';

/** Words no reply may ever contain, in every turn of every script (shared/research/language.md, mi.md §11). */
export const neverSaid = ['you should', 'you must', 'addict', 'junkie'];

export interface ScriptRunOptions {
  dependencies?: () => TurnDependencies | undefined;
}

/**
 * Plays a conversation script against the real bot and returns what did not happen as expected, each as
 * `file:line: …` with what the bot said. Stops at the first turn that fails: later turns would only repeat it.
 */
export async function runConversationScript(loaded: LoadedScript & { script: ConversationScript }, options: ScriptRunOptions = {}): Promise<string[]> {
  const dependencies = options.dependencies ?? (() => shippedDependencies);
  const services = dependencies()?.content.services;
  const conversation = new TestConversation({ dependencies, channelId: loaded.script.link ? 'webchat' : 'test' });
  const { script } = loaded;
  let replies = script.link
    ? await conversation.send({ type: ActivityTypes.Event, name: 'webchat/join', value: { ...script.link } })
    : await conversation.start();

  for (const [index, turn] of script.turns.entries()) {
    if (turn.person !== undefined) replies = await conversation.say(turn.person);
    const failures = checkReplies(turn.bot ?? {}, replies, services).map(
      (failure) => `${loaded.file}:${loaded.lineOf(['turns', index, ...failure.at])}: ${failure.message}; it said: ${quote(replies)}`,
    );
    if (failures.length > 0) {
      const left = script.turns.length - index - 1;
      return left > 0 ? [...failures, `(the ${left} turn${left === 1 ? '' : 's'} after this one did not run)`] : failures;
    }
  }
  return [];
}

interface Failure {
  /** where in the turn, for the line number */
  at: (string | number)[];
  message: string;
}

/** What one turn's replies got wrong against what the script expects. */
export function checkReplies(expected: BotExpectation, replies: BotReply[], services: ServiceDirectory | undefined): Failure[] {
  const failures: Failure[] = [];
  const said = replies.map(visibleText).join('\n').toLowerCase();

  if (expected.silent && replies.length > 0) failures.push({ at: ['bot', 'silent'], message: 'expected the bot to stay quiet' });
  if (expected.step !== undefined) {
    const step = replies[replies.length - 1]?.step;
    if (step === undefined) failures.push({ at: ['bot', 'step'], message: `expected step "${expected.step}" but the bot said nothing` });
    else if (step !== expected.step && !step.startsWith(`${expected.step}.`)) {
      failures.push({ at: ['bot', 'step'], message: `expected step "${expected.step}" but the bot was in "${step}"` });
    }
  }
  expected.says?.forEach((words, j) => {
    if (!said.includes(words.toLowerCase())) failures.push({ at: ['bot', 'says', j], message: `expected the bot to say "${words}"` });
  });
  const never = [...(expected.never ?? []).map((words, j) => ({ words, at: ['bot', 'never', j] })), ...neverSaid.map((words) => ({ words, at: ['bot'] }))];
  for (const { words, at } of never) {
    if (said.includes(words.toLowerCase())) failures.push({ at, message: `the bot said "${words}", which it must never say here` });
  }
  if (expected.crisis === 'none') {
    if (replies.some((reply) => reply.kind === 'crisis')) failures.push({ at: ['bot', 'crisis'], message: 'expected no crisis reply, but the bot gave one' });
  } else if (expected.crisis !== undefined) {
    if (!crisisReplyGiven(expected.crisis, replies)) {
      failures.push({ at: ['bot', 'crisis'], message: `expected the ${expected.crisis} crisis reply` });
    }
  }
  expected.offers?.forEach((entry, j) => {
    const meant = services ? servicesMeant(entry, services) : [];
    if (!meant.some((service) => serviceNamed(service, said))) {
      failures.push({ at: ['bot', 'offers', j], message: `expected the bot to offer ${entry} (by its name, web address or phone)` });
    }
  });
  return failures;
}

/**
 * The crisis reply of that kind, whichever country's numbers it carries: the compiled-in wording with the
 * contacts left open. A line that is not listed for the country (abuseLine) may be left out.
 */
function crisisReplyGiven(kind: CrisisKind, replies: BotReply[]): boolean {
  const dialled = { name: 'open', phone: 'open' };
  const open: EmergencyContacts = {
    emergency: '\u0001',
    crisisLine: '\u0002',
    abuseLine: '\u0003',
    youngLine: '\u0004',
    dial: { emergency: dialled, crisisLines: [dialled], abuseLines: [dialled] },
  };
  return crisisReply(kind, open).every((message) => {
    const pattern = new RegExp(`^${message.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\u0001-\u0004]/g, '.+')}$`);
    return message.text.includes('\u0003') || replies.some((reply) => reply.kind === 'crisis' && pattern.test(reply.text));
  });
}

/** A service counts as offered when its name, web address or phone number is in what the person sees. */
function serviceNamed(service: ServiceDirectory['services'][number], said: string): boolean {
  const host = service.web?.replace(/^https:\/\//, '').replace(/^www\./, '').replace(/\/$/, '').toLowerCase();
  const candidates = [service.name.toLowerCase(), host, service.phone].filter((c): c is string => !!c);
  return candidates.some((candidate) => said.includes(candidate));
}

/** The text a person sees: the message and any cards with their buttons. */
function visibleText(reply: BotReply): string {
  const cards = (reply.activity.attachments ?? []).map((attachment: NonNullable<Activity['attachments']>[number]) => {
    const card = attachment.content as { title?: string; text?: string; buttons?: { title?: string; value?: unknown }[] } | undefined;
    return [card?.title, card?.text, ...(card?.buttons ?? []).flatMap((b) => [b.title, typeof b.value === 'string' ? b.value : undefined])].filter(Boolean).join(' ');
  });
  return [reply.text, ...cards].join(' ');
}

function quote(replies: BotReply[]): string {
  if (replies.length === 0) return '(nothing)';
  return replies.map((reply) => `"${reply.text.length > 160 ? `${reply.text.slice(0, 157)}…` : reply.text}"`).join(' / ');
}
