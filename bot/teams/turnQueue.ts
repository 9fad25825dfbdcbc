/**
 * Turns of one conversation, one at a time in this process. Teams sends `conversationUpdate` and
 * `installationUpdate` together on install; served side by side, both would read "not welcomed yet" from a
 * conversation that has no stored record (nothing to compare an eTag with) and both would welcome.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run(key: string, turn: () => Promise<void>): Promise<void> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const current = before.then(turn);
    const tail = current.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      await current;
    } finally {
      // The last turn in line clears the entry, so the map only holds conversations with a turn under way.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** conversations with a turn running or waiting (for tests) */
  get size(): number {
    return this.tails.size;
  }
}
