import { createStorage } from '../../../bot/storage/createStorage';
import { portAnswers, startAzuriteBlob, type AzuriteBlob } from './azurite';
import { describePurgeContract, describeStorageContract } from './storageContract';

// Azurite is a separate node process: give it room on a slow 2-core machine.
jest.setTimeout(60_000);

let azurite: AzuriteBlob | undefined;
beforeAll(async () => {
  azurite = await startAzuriteBlob(60_000);
}, 90_000);
afterAll(async () => {
  await azurite?.stop();
}, 30_000);

let containerCount = 0;
async function openBlobStore() {
  if (!azurite) throw new Error('Azurite is not running.');
  containerCount += 1;
  // A fresh container per test, so tests cannot see each other's blobs.
  return createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: `state-${containerCount}` });
}

// Azure answers 412 to a conditional write on a missing blob, unlike MemoryStorage.
describeStorageContract('BlobsStorage on Azurite', openBlobStore, { eTagOnMissingKey: 'conflicts' });
describePurgeContract('BlobsStorage on Azurite', openBlobStore);

describe('the Azurite harness', () => {
  // Last in this file on purpose: it stops the shared Azurite.
  it('stops Azurite and its whole process group', async () => {
    const running = azurite;
    if (!running) throw new Error('Azurite is not running.');
    expect(await portAnswers(running.port)).toBe(true);
    await running.stop();
    expect(await portAnswers(running.port)).toBe(false);
    expect(() => process.kill(-running.pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});
