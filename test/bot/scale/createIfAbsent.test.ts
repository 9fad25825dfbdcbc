import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ifAbsentETag } from '../../../bot/storage/createIfAbsent';
import { createStorage, type StateStore } from '../../../bot/storage/createStorage';
import { startAzuriteBlob, type AzuriteBlob } from '../storage/azurite';

jest.setTimeout(60_000);

let directory: string;
let azurite: AzuriteBlob | undefined;
let containerCount = 0;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'changetalk-if-absent-'));
  azurite = await startAzuriteBlob(60_000);
}, 90_000);

afterAll(async () => {
  await azurite?.stop();
  rmSync(directory, { recursive: true, force: true });
}, 30_000);

const stores: [string, () => StateStore][] = [
  ['memory', () => createStorage({ kind: 'memory' })],
  ['sqlite', () => createStorage({ kind: 'sqlite', path: join(directory, `state-${++containerCount}.sqlite`) })],
  ['blob', () => createStorage({ kind: 'blob', connectionString: azurite?.connectionString ?? '', container: `if-absent-${++containerCount}` })],
];

const key = 'webchat/conversations/a|1/';

describe.each(stores)('a write with ifAbsentETag (%s)', (_name, open) => {
  it('creates the item when nothing is stored, readable like any other', async () => {
    const store = open();
    try {
      await store.storage.write({ [key]: { n: 1, text: 'café ☕', eTag: ifAbsentETag } });
      const item = (await store.storage.read([key]))[key];
      expect(item).toMatchObject({ n: 1, text: 'café ☕' });
      expect(item?.eTag).toEqual(expect.any(String));
      expect(item?.eTag).not.toBe(ifAbsentETag);
    } finally {
      await store.close();
    }
  });

  it('is an eTag conflict when the item exists, and leaves it as it was', async () => {
    const store = open();
    try {
      await store.storage.write({ [key]: { n: 1 } });
      await expect(store.storage.write({ [key]: { n: 2, eTag: ifAbsentETag } })).rejects.toThrow(`Storage: error writing "${key}" due to eTag conflict.`);
      expect((await store.storage.read([key]))[key]).toMatchObject({ n: 1 });
    } finally {
      await store.close();
    }
  });

  it('lets exactly one of two simultaneous creates win', async () => {
    const store = open();
    try {
      const results = await Promise.allSettled([1, 2, 3].map((n) => store.storage.write({ [key]: { n, eTag: ifAbsentETag } })));
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const winner = results.findIndex((result) => result.status === 'fulfilled') + 1;
      expect((await store.storage.read([key]))[key]).toMatchObject({ n: winner });
    } finally {
      await store.close();
    }
  });

  it('leaves ordinary writes as they were: unconditional without an eTag, conditional with one', async () => {
    const store = open();
    try {
      await store.storage.write({ [key]: { n: 1 } });
      await store.storage.write({ [key]: { n: 2 } });
      const current = (await store.storage.read([key]))[key];
      await store.storage.write({ [key]: { n: 3, eTag: current?.eTag } });
      await expect(store.storage.write({ [key]: { n: 4, eTag: current?.eTag } })).rejects.toThrow('eTag conflict');
      expect((await store.storage.read([key]))[key]).toMatchObject({ n: 3 });
    } finally {
      await store.close();
    }
  });
});
