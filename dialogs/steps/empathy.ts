import type { TurnWriter } from '../turnWriter';

/** How it feels for them. When they have said something, a reflection alone invites them to say more. */
export function empathyReply(writer: TurnWriter): void {
  writer.reflect().mayAsk(writer.content.steps.empathy.ask);
}
