import { MemoryStorage } from 'botbuilder';
import { createStorage } from '../../../bot/storage/createStorage';
import { describePurgeContract, describeStorageContract } from './storageContract';

// botbuilder's own MemoryStorage is the reference the contract is written against.
describeStorageContract(
  'MemoryStorage (reference)',
  async () => ({ storage: new MemoryStorage(), close: async () => {} }),
  { eTagOnMissingKey: 'writes' },
);

const openMemoryStore = async () => createStorage({ kind: 'memory' });
describeStorageContract("createStorage({ kind: 'memory' })", openMemoryStore, { eTagOnMissingKey: 'writes' });
describePurgeContract("createStorage({ kind: 'memory' })", openMemoryStore);

describe("createStorage({ kind: 'memory' }) write times", () => {
  it('forgets a deleted key, so a later purge does not count it', async () => {
    const store = createStorage({ kind: 'memory' });
    await store.storage.write({ 'a/': { n: 1 } });
    await store.storage.delete(['a/']);
    expect(await store.purgeWrittenBefore(new Date(Date.now() + 60_000))).toBe(0);
  });
});
