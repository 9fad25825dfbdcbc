import type { Storage } from 'botbuilder';
import type { Logger } from '../logger';

/**
 * How many chats each outreach link started, per month: the source label and area only — no ids, no text,
 * no addresses — so a service can see its link is used without anyone being traceable.
 */
export interface LinkCount {
  month: string;
  src: string;
  area: string;
  chats: number;
}

const key = 'outreach/link-counts';

interface StoredCounts {
  counts: Record<string, number>;
  eTag?: string;
}

export class LinkCounts {
  /** Counting is best effort and serialised in-process, so a slow write never holds up a chat. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  count(src: string | undefined, area: string | undefined): void {
    const id = [this.now().toISOString().slice(0, 7), src ?? '(none)', area ?? '(none)'].join('|');
    this.pending = this.pending
      .then(async () => {
        const stored = ((await this.storage.read([key]))[key] as StoredCounts | undefined) ?? { counts: {} };
        await this.storage.write({ [key]: { counts: { ...stored.counts, [id]: (stored.counts[id] ?? 0) + 1 }, eTag: '*' } });
      })
      .catch((error: unknown) => this.logger.error('outreach.count-failed', error));
  }

  async list(): Promise<LinkCount[]> {
    await this.pending;
    const stored = (await this.storage.read([key]))[key] as StoredCounts | undefined;
    return Object.entries(stored?.counts ?? {})
      .map(([id, chats]) => {
        const [month = '', src = '', area = ''] = id.split('|');
        return { month, src, area, chats };
      })
      .sort((a, b) => b.month.localeCompare(a.month) || b.chats - a.chats);
  }

  settled(): Promise<void> {
    return this.pending;
  }
}
