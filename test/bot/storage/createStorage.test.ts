import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { createStorage, storageSettingsSchema } from '../../../bot/storage/createStorage';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';

describe('storageSettingsSchema', () => {
  it('accepts each kind of storage', () => {
    expect(storageSettingsSchema.parse({ kind: 'memory' })).toEqual({ kind: 'memory' });
    expect(storageSettingsSchema.parse({ kind: 'sqlite', path: 'data/state.sqlite' })).toEqual({
      kind: 'sqlite',
      path: 'data/state.sqlite',
    });
    expect(
      storageSettingsSchema.parse({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'state' }),
    ).toMatchObject({ kind: 'blob', container: 'state' });
    expect(storageSettingsSchema.parse({ kind: 'blob', connectionString: 'x', container: 'changetalk-state-2' })).toMatchObject({
      container: 'changetalk-state-2',
    });
  });

  it.each([
    [{ kind: 'redis' }],
    [{ kind: 'sqlite' }],
    [{ kind: 'sqlite', path: '' }],
    [{ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;' }],
    [{ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'st' }],
    [{ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'State' }],
    [{ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'bot--state' }],
  ])('rejects %j', (settings) => {
    expect(storageSettingsSchema.safeParse(settings).success).toBe(false);
  });
});

describe('createStorage', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'changetalk-factory-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds SqliteStorage for sqlite and keeps state across close and a new store', async () => {
    const path = join(folder, 'state.sqlite');
    const first = createStorage({ kind: 'sqlite', path });
    expect(first.storage).toBeInstanceOf(SqliteStorage);
    await first.storage.write({ 'c/1/': { step: 'engage' } });
    await first.close();

    const second = createStorage({ kind: 'sqlite', path });
    try {
      expect((await second.storage.read(['c/1/']))['c/1/']).toMatchObject({ step: 'engage' });
    } finally {
      await second.close();
    }
  });

  it('builds BlobsStorage for blob without touching the network', async () => {
    const store = createStorage({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'state' });
    expect(store.storage).toBeInstanceOf(BlobsStorage);
    await store.close();
  });

  it('refuses settings that cannot work before anything is opened', () => {
    expect(() => createStorage({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true;', container: 'Bot_State' })).toThrow(
      /container name/,
    );
  });

  it('starts the memory store empty each time', async () => {
    const one = createStorage({ kind: 'memory' });
    await one.storage.write({ 'c/1/': { n: 1 } });
    const two = createStorage({ kind: 'memory' });
    expect(await two.storage.read(['c/1/'])).toEqual({});
  });
});
