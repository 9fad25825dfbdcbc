import type { TurnWriter } from '../turnWriter';

/**
 * A parent, partner or friend writing about someone else's use. The MI here is about the person's own use, so the
 * bot says so kindly, listens, and offers (with permission) support for families and friends.
 */
export function someoneElseReply(writer: TurnWriter): void {
  const lines = writer.content.steps.someoneElse;
  const { after, before } = writer.facts;
  writer.reflect();
  if (after === 'someoneElse.offer') {
    if (!before.startsWith('someoneElse')) writer.say(lines.intro);
    writer.askPermission(lines.offer);
    return;
  }
  writer.mayAsk(lines.listen);
}
