import { ContainerClient } from '@azure/storage-blob';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { z } from 'zod';
import { BlobsStorageWithCreateIfAbsent } from './createIfAbsent';
import { SqliteStorage } from './sqliteStorage';

// Azure's rule, checked at start-up so a bad name fails there and not on the first turn.
const containerName = z
  .string()
  .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'a blob container name is 3-63 lowercase letters, digits and single hyphens');

export const storageSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), path: z.string().min(1) }),
  z.object({ kind: z.literal('memory') }),
  z.object({ kind: z.literal('blob'), connectionString: z.string().min(1), container: containerName }),
]);
export type StorageSettings = z.infer<typeof storageSettingsSchema>;

/** The bot's state store, plus what the expiry job and shutdown need. */
export type StateStore = {
  storage: Storage;
  /** Deletes every item last written before `cutoff`; resolves to how many went. */
  purgeWrittenBefore(cutoff: Date): Promise<number>;
  close(): Promise<void>;
};

/** Throws at start-up (a zod error naming the field) when the settings cannot work. */
export function createStorage(unchecked: StorageSettings): StateStore {
  const settings = storageSettingsSchema.parse(unchecked);
  switch (settings.kind) {
    case 'sqlite':
      return createSqliteStore(settings.path);
    case 'memory':
      return createMemoryStore();
    case 'blob':
      return createBlobStore(settings.connectionString, settings.container);
  }
}

function createSqliteStore(path: string): StateStore {
  const storage = new SqliteStorage(path);
  return {
    storage,
    purgeWrittenBefore: async (cutoff) => storage.deleteWrittenBefore(cutoff),
    close: async () => storage.close(),
  };
}

/** MemoryStorage keeps no write times, so this wrapper notes them for purging. */
function createMemoryStore(): StateStore {
  const memory = new MemoryStorage();
  const writtenAt = new Map<string, number>();
  const storage: Storage = {
    read: (keys) => memory.read(keys),
    write: async (changes: StoreItems) => {
      try {
        await memory.write(changes);
      } finally {
        // MemoryStorage may save some keys of a call that rejects; counting the attempt as a
        // write only delays their purge, never loses state early.
        const now = Date.now();
        for (const key of Object.keys(changes)) writtenAt.set(key, now);
      }
    },
    delete: async (keys) => {
      await memory.delete(keys);
      for (const key of keys) writtenAt.delete(key);
    },
  };
  return {
    storage,
    purgeWrittenBefore: async (cutoff) => {
      const expired = [...writtenAt].filter(([, at]) => at < cutoff.getTime()).map(([key]) => key);
      await storage.delete(expired);
      return expired.length;
    },
    close: async () => {},
  };
}

function createBlobStore(connectionString: string, container: string): StateStore {
  const containerClient = new ContainerClient(connectionString, container);
  const storage = new BlobsStorageWithCreateIfAbsent(connectionString, container, containerClient);
  return {
    storage,
    purgeWrittenBefore: async (cutoff) => {
      if (!(await containerClient.exists())) return 0;
      let purged = 0;
      for await (const blob of containerClient.listBlobsFlat()) {
        if (blob.properties.lastModified < cutoff) {
          // ifMatch: a conversation written again since the listing is kept; one deleted
          // meanwhile (404) or rewritten (412) is simply not counted.
          const conditions = { ifMatch: blob.properties.etag };
          const result = await containerClient
            .deleteBlob(blob.name, { conditions })
            .catch((error: { statusCode?: number }) => {
              if (error.statusCode === 404 || error.statusCode === 412) return undefined;
              throw error;
            });
          if (result) purged += 1;
        }
      }
      return purged;
    },
    close: async () => {},
  };
}
