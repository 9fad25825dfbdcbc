import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

export type StorageFault = 'none' | 'throw' | 'hang';
export type StorageOperation = 'read' | 'write' | 'delete';

const allOperations: StorageOperation[] = ['read', 'write', 'delete'];

/**
 * A Storage for tests that fails on demand: `throw` rejects every chosen call, `hang` leaves it
 * pending until `releaseHung()` lets it go on to the inner storage. Use it to check that the bot
 * still answers when its state store is broken or stuck.
 */
export class FaultyStorage implements Storage {
  /** How many times each operation was called, whatever happened to the call. */
  readonly calls: Record<StorageOperation, number> = { read: 0, write: 0, delete: 0 };
  private readonly faults: Record<StorageOperation, StorageFault> = { read: 'none', write: 'none', delete: 'none' };
  private hung: Array<() => void> = [];

  constructor(readonly inner: Storage = new MemoryStorage()) {}

  /** Applies `fault` to the given operations (all of them by default); 'none' heals them. */
  setFault(fault: StorageFault, operations: StorageOperation[] = allOperations): this {
    for (const operation of operations) this.faults[operation] = fault;
    return this;
  }

  /** Number of calls currently held by a 'hang' fault. */
  get hungCalls(): number {
    return this.hung.length;
  }

  /** Lets every held call continue to the inner storage (so its result arrives late). */
  releaseHung(): void {
    const held = this.hung;
    this.hung = [];
    for (const release of held) release();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.run('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.run('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.run('delete', () => this.inner.delete(keys));
  }

  private async run<T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> {
    this.calls[operation] += 1;
    const fault = this.faults[operation];
    if (fault === 'throw') throw new Error(`FaultyStorage: injected ${operation} failure.`);
    if (fault === 'hang') await new Promise<void>((release) => this.hung.push(release));
    return call();
  }
}
