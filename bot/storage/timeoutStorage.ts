import type { Storage, StoreItems } from 'botbuilder';

/** Raised when storage has not answered in time; the turn can then answer without saved state. */
export class StorageTimeoutError extends Error {
  constructor(operation: 'read' | 'write' | 'delete', ms: number) {
    super(`Storage: ${operation} did not finish within ${ms} ms.`);
    this.name = 'StorageTimeoutError';
  }
}

/**
 * Wraps `storage` so each call settles within `ms`: a slow or hung backend rejects with
 * StorageTimeoutError instead of hanging the turn. The call itself is not cancelled; its late
 * result is ignored (and a late failure is swallowed, never an unhandled rejection).
 */
export function withTimeout(storage: Storage, ms: number): Storage {
  if (!(ms > 0)) throw new RangeError(`Storage timeout must be a positive number of ms, got ${ms}.`);
  return {
    read: (keys: string[]) => settleWithin('read', ms, () => storage.read(keys)),
    write: (changes: StoreItems) => settleWithin('write', ms, () => storage.write(changes)),
    delete: (keys: string[]) => settleWithin('delete', ms, () => storage.delete(keys)),
  };
}

function settleWithin<T>(operation: 'read' | 'write' | 'delete', ms: number, call: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeoutError(operation, ms)), ms);
    // Promise.resolve().then(call) also turns a synchronous throw into a rejection.
    Promise.resolve()
      .then(call)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
  });
}
