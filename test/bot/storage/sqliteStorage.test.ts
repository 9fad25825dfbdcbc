import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStorage } from '../../../bot/storage/createStorage';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { describePurgeContract, describeStorageContract } from './storageContract';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'changetalk-sqlite-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

let fileCount = 0;
function freshPath(): string {
  fileCount += 1;
  return join(folder, `store-${fileCount}`, 'state.sqlite');
}

const openSqliteStore = async () => createStorage({ kind: 'sqlite', path: freshPath() });
describeStorageContract('SqliteStorage', openSqliteStore, { eTagOnMissingKey: 'writes' });
describePurgeContract('SqliteStorage', openSqliteStore);

describe('SqliteStorage file', () => {
  const opened: SqliteStorage[] = [];
  function open(path: string): SqliteStorage {
    const storage = new SqliteStorage(path);
    opened.push(storage);
    return storage;
  }
  afterEach(() => {
    for (const storage of opened.splice(0)) storage.close();
  });

  it('creates missing parent folders and uses WAL', () => {
    const path = join(folder, 'deep', 'er', 'state.sqlite');
    open(path);
    expect(existsSync(path)).toBe(true);
    const check = new Database(path, { readonly: true });
    try {
      expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      check.close();
    }
  });

  it('keeps items and their eTags across close and reopen', async () => {
    const path = freshPath();
    const first = open(path);
    await first.write({ 'c/1/': { step: 'plan', area: 'leeds' } });
    const before = (await first.read(['c/1/']))['c/1/'];
    first.close();

    const second = open(path);
    const after = (await second.read(['c/1/']))['c/1/'];
    expect(after).toEqual(before);
    // The eTag read before the restart still guards the write after it.
    await second.write({ 'c/1/': { ...after, step: 'close' } });
    await expect(second.write({ 'c/1/': { ...after, step: 'again' } })).rejects.toThrow('eTag conflict');
  });

  it('sees a conflict between two instances sharing one file', async () => {
    const path = freshPath();
    const one = open(path);
    const two = open(path);
    await one.write({ 'c/1/': { n: 1 } });
    const readByOne = (await one.read(['c/1/']))['c/1/'];
    const readByTwo = (await two.read(['c/1/']))['c/1/'];
    await two.write({ 'c/1/': { ...readByTwo, n: 2 } });
    await expect(one.write({ 'c/1/': { ...readByOne, n: 3 } })).rejects.toThrow('eTag conflict');
    expect((await one.read(['c/1/']))['c/1/']).toMatchObject({ n: 2 });
  });

  it('writes several keys atomically: one conflict leaves all of them as they were', async () => {
    const storage = open(freshPath());
    await storage.write({ 'a/': { n: 1 }, 'b/': { n: 1 } });
    const stale = (await storage.read(['b/']))['b/'];
    await storage.write({ 'b/': { n: 2 } });

    await expect(storage.write({ 'a/': { n: 9 }, 'b/': { ...stale, n: 9 }, 'c/': { n: 9 } })).rejects.toThrow(
      'Storage: error writing "b/" due to eTag conflict.',
    );
    const items = await storage.read(['a/', 'b/', 'c/']);
    expect(items['a/']).toMatchObject({ n: 1 });
    expect(items['b/']).toMatchObject({ n: 2 });
    expect(items['c/']).toBeUndefined();
  });

  it('reports the stored size of a key in bytes of its JSON', async () => {
    const storage = open(freshPath());
    const value = { text: 'café ☕', n: 12 };
    await storage.write({ 'k/': { ...value, eTag: '*' } });
    expect(storage.sizeOf('k/')).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
    expect(storage.sizeOf('k/')).toBeGreaterThan(JSON.stringify(value).length);
    expect(storage.sizeOf('missing/')).toBeUndefined();
  });

  it('deleteWrittenBefore counts what it removed', async () => {
    const storage = open(freshPath());
    await storage.write({ 'a/': { n: 1 }, 'b/': { n: 2 } });
    expect(await storage.deleteWrittenBefore(new Date(Date.now() - 60_000))).toBe(0);
    expect(await storage.deleteWrittenBefore(new Date(Date.now() + 60_000))).toBe(2);
    expect(await storage.read(['a/', 'b/'])).toEqual({});
  });

  it('deleteWrittenBefore works through many batches and keeps what is newer', async () => {
    const storage = open(freshPath());
    const old: Record<string, { n: number }> = {};
    for (let n = 0; n < 25; n++) old[`old-${n}/`] = { n };
    await storage.write(old);
    await new Promise((wait) => setTimeout(wait, 5));
    const cutoff = new Date();
    await new Promise((wait) => setTimeout(wait, 5));
    // Rewritten after the cutoff (same rowid, newer time) and added after it: both must stay.
    await storage.write({ 'old-3/': { n: 100 }, 'old-17/': { n: 101 }, 'new-a/': { n: 102 } });
    expect(await storage.deleteWrittenBefore(cutoff, 4)).toBe(23);
    const left = await storage.read([...Object.keys(old), 'new-a/']);
    expect(Object.keys(left).sort()).toEqual(['new-a/', 'old-17/', 'old-3/']);
  });

  it('drops the written_at index that older files carry (it made every write slower)', () => {
    const path = freshPath();
    open(path).close();
    const raw = new Database(path);
    raw.exec('CREATE INDEX state_written_at ON state (written_at)');
    raw.close();
    open(path);
    const check = new Database(path, { readonly: true });
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'state'").all() as { name: string }[];
    check.close();
    expect(indexes.map((index) => index.name)).not.toContain('state_written_at');
  });

  it('closes once, and refuses work after closing', async () => {
    const storage = open(freshPath());
    storage.close();
    expect(() => storage.close()).not.toThrow();
    await expect(storage.read(['a/'])).rejects.toThrow();
  });
});
