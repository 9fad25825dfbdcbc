import type { TurnWriter } from '../turnWriter';

/** Who the bot is, that it is anonymous and not for emergencies, and may we talk? */
export function welcomeReply(writer: TurnWriter): void {
  const lines = writer.content.steps.welcome;
  writer.say(lines.intro).say(lines.privacy).say(lines.ask);
}
