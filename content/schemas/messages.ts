import { z } from 'zod';
import { lineSchema } from './lines';

/** Lines that can be needed at any step: help, stopping, starting again, input the bot cannot read. */
export const messagesFileSchema = z.strictObject({
  help: lineSchema,
  privacy: lineSchema,
  /** "are you a real person?" */
  areYouABot: lineSchema,
  stopped: lineSchema,
  restarted: lineSchema,
  unreadable: lineSchema,
  attachment: lineSchema,
  tooLong: lineSchema,
  turnError: lineSchema,
  forgotten: lineSchema,
  storageTrouble: lineSchema,
  /** said in a group chat or channel, where the bot does not hold a conversation */
  groupNotPrivate: lineSchema,
});

export type MessagesFile = z.infer<typeof messagesFileSchema>;
