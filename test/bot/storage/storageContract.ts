import type { Storage } from 'botbuilder';

/** What one contract run needs: a fresh, empty store per test, and how to close it. */
export type OpenStore = () => Promise<{
  storage: Storage;
  purgeWrittenBefore?: (cutoff: Date) => Promise<number>;
  close(): Promise<void>;
}>;

export type ContractOptions = {
  /**
   * A conditional write to a key that is not stored: MemoryStorage (and so SqliteStorage) writes
   * it; Azure blobs answer 412, so BlobsStorage reports an eTag conflict.
   */
  eTagOnMissingKey: 'writes' | 'conflicts';
};

const conversationKey = 'webchat/conversations/8f2c|0000001/';
const userKey = 'webchat/users/dl_4b1e/';

function conflictMessage(key: string): string {
  return `Storage: error writing "${key}" due to eTag conflict.`;
}

/** The Storage behaviour the bot relies on, as botbuilder's MemoryStorage defines it. */
export function describeStorageContract(name: string, open: OpenStore, options: ContractOptions): void {
  describe(`${name} keeps the Storage contract`, () => {
    let store: Awaited<ReturnType<OpenStore>>;
    let storage: Storage;
    beforeEach(async () => {
      store = await open();
      storage = store.storage;
    });
    afterEach(async () => {
      await store.close();
    });

    it('reads back what was written, with a string eTag', async () => {
      await storage.write({ [conversationKey]: { step: 'engage', turns: 3, nested: { area: 'leeds' } } });
      const items = await storage.read([conversationKey]);
      expect(items[conversationKey]).toEqual({
        step: 'engage',
        turns: 3,
        nested: { area: 'leeds' },
        eTag: expect.any(String),
      });
    });

    it('leaves missing keys out of a read', async () => {
      await storage.write({ [userKey]: { seen: true } });
      const items = await storage.read([conversationKey, userKey, 'never/written/']);
      expect(Object.keys(items)).toEqual([userKey]);
      expect(await storage.read([])).toEqual({});
    });

    it('writes and reads several keys in one call', async () => {
      await storage.write({ [conversationKey]: { step: 'focus' }, [userKey]: { visits: 2 } });
      const items = await storage.read([conversationKey, userKey]);
      expect(items[conversationKey]).toMatchObject({ step: 'focus' });
      expect(items[userKey]).toMatchObject({ visits: 2 });
    });

    it('keeps text in any script intact', async () => {
      const value = { reflection: 'so it’s been hard — café ☕ 👍 ñ', slang: 'gear/brown' };
      await storage.write({ [conversationKey]: value });
      expect((await storage.read([conversationKey]))[conversationKey]).toMatchObject(value);
    });

    it('gives every write a fresh eTag', async () => {
      await storage.write({ [conversationKey]: { n: 1 } });
      const first = (await storage.read([conversationKey]))[conversationKey].eTag;
      await storage.write({ [conversationKey]: { n: 1 } });
      const second = (await storage.read([conversationKey]))[conversationKey].eTag;
      expect(typeof first).toBe('string');
      expect(second).not.toEqual(first);
    });

    it('accepts a write carrying the current eTag', async () => {
      await storage.write({ [conversationKey]: { n: 1 } });
      const current = (await storage.read([conversationKey]))[conversationKey];
      await storage.write({ [conversationKey]: { ...current, n: 2 } });
      expect((await storage.read([conversationKey]))[conversationKey]).toMatchObject({ n: 2 });
    });

    it('rejects a write carrying a stale eTag and keeps the stored item', async () => {
      await storage.write({ [conversationKey]: { n: 1 } });
      const stale = (await storage.read([conversationKey]))[conversationKey];
      await storage.write({ [conversationKey]: { ...stale, n: 2 } });
      await expect(storage.write({ [conversationKey]: { ...stale, n: 3 } })).rejects.toThrow(
        conflictMessage(conversationKey),
      );
      expect((await storage.read([conversationKey]))[conversationKey]).toMatchObject({ n: 2 });
    });

    it.each([
      ['no eTag', {}],
      ["eTag '*'", { eTag: '*' }],
    ])('writes unconditionally with %s, even over newer data', async (_label, eTagPart) => {
      await storage.write({ [conversationKey]: { n: 1 } });
      await storage.write({ [conversationKey]: { n: 2 } });
      await storage.write({ [conversationKey]: { n: 3, ...eTagPart } });
      expect((await storage.read([conversationKey]))[conversationKey]).toMatchObject({ n: 3 });
    });

    it('does not change the caller’s object when writing', async () => {
      const change = { n: 1, eTag: '*' };
      await storage.write({ [conversationKey]: change });
      expect(change).toEqual({ n: 1, eTag: '*' });
    });

    it('returns copies: changing a read item does not change the store', async () => {
      await storage.write({ [conversationKey]: { list: [1] } });
      const read = (await storage.read([conversationKey]))[conversationKey];
      read.list.push(2);
      expect((await storage.read([conversationKey]))[conversationKey].list).toEqual([1]);
    });

    it('deletes keys, and deleting a missing key is fine', async () => {
      await storage.write({ [conversationKey]: { n: 1 }, [userKey]: { n: 2 } });
      await storage.delete([conversationKey, 'never/written/']);
      expect(Object.keys(await storage.read([conversationKey, userKey]))).toEqual([userKey]);
    });

    if (options.eTagOnMissingKey === 'writes') {
      it('writes a key that is not stored even when the change carries an old eTag', async () => {
        await storage.write({ [conversationKey]: { n: 1 } });
        const old = (await storage.read([conversationKey]))[conversationKey];
        await storage.delete([conversationKey]);
        await storage.write({ [conversationKey]: { ...old, n: 2 } });
        expect((await storage.read([conversationKey]))[conversationKey]).toMatchObject({ n: 2 });
      });
    } else {
      it('reports a conflict when the change carries an eTag for a key that is not stored', async () => {
        await storage.write({ [conversationKey]: { n: 1 } });
        const old = (await storage.read([conversationKey]))[conversationKey];
        await storage.delete([conversationKey]);
        await expect(storage.write({ [conversationKey]: { ...old, n: 2 } })).rejects.toThrow(
          conflictMessage(conversationKey),
        );
        expect(await storage.read([conversationKey])).toEqual({});
      });
    }
  });
}

/** Expiry: items last written before the cutoff go, later ones stay. */
export function describePurgeContract(name: string, open: OpenStore): void {
  describe(`${name} purges by last write time`, () => {
    let store: Awaited<ReturnType<OpenStore>>;
    let purge: (cutoff: Date) => Promise<number>;
    beforeEach(async () => {
      store = await open();
      if (!store.purgeWrittenBefore) throw new Error(`${name} was opened without purgeWrittenBefore.`);
      purge = store.purgeWrittenBefore;
    });
    afterEach(async () => {
      await store.close();
    });

    it('deletes what was last written before the cutoff and keeps the rest', async () => {
      await store.storage.write({ 'old/a/': { n: 1 }, 'old/b/': { n: 2 }, 'renewed/': { n: 3 } });
      // Blob last-modified times have whole-second precision: put the cutoff on a second
      // boundary strictly after the first writes.
      await new Promise((wait) => setTimeout(wait, 1100));
      const cutoff = new Date(Math.floor(Date.now() / 1000) * 1000);
      await store.storage.write({ 'renewed/': { n: 4 }, 'new/': { n: 5 } });

      expect(await purge(cutoff)).toBe(2);
      const left = await store.storage.read(['old/a/', 'old/b/', 'renewed/', 'new/']);
      expect(Object.keys(left).sort()).toEqual(['new/', 'renewed/']);
      expect(left['renewed/']).toMatchObject({ n: 4 });
    });

    it('purges nothing when everything is newer than the cutoff', async () => {
      await store.storage.write({ 'a/': { n: 1 } });
      expect(await purge(new Date(Date.now() - 60_000))).toBe(0);
      expect(Object.keys(await store.storage.read(['a/']))).toEqual(['a/']);
    });

    it('purges nothing from an empty store', async () => {
      expect(await purge(new Date())).toBe(0);
    });
  });
}
