/** A reply plan: what the bot will say this turn, with each message's MI kind (shared/research/mi.md §12). */

import type { MiKind } from '../content/schemas/lines';

export { miKinds, type MiKind } from '../content/schemas/lines';

export interface ServiceCard {
  title: string;
  text: string;
  phone?: string;
  url?: string;
}

export interface PlannedMessage {
  text: string;
  kind: MiKind;
  /** a permission question (MITI: Seeking Collaboration rather than Question) */
  seek?: boolean;
  /** optional card (services); channels without cards get `text` alone */
  card?: ServiceCard[];
}

export interface ReplyPlan {
  messages: PlannedMessage[];
  /** suggested replies shown under the last message */
  suggestions: string[];
}
