import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';

type StateRow = { json: string; etag: string };

/**
 * Bot state in one SQLite file, with the same eTag rules as botbuilder's MemoryStorage:
 * no eTag or '*' writes unconditionally, a matching eTag writes, a stale one throws.
 * One instance per process; several processes may share the file (WAL + busy timeout).
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly selectRow: Database.Statement<[string], StateRow>;
  private readonly upsertRow: Database.Statement<[string, string, string, number]>;
  private readonly deleteRow: Database.Statement<[string]>;
  private readonly deleteOlderRows: Database.Statement<[number]>;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    // better-sqlite3 is synchronous, so an fsync per commit (synchronous=FULL) stalled every turn of every
    // conversation for ~3 ms (p99 9 ms, worst 33 ms here). With WAL, NORMAL never corrupts the file and
    // survives a process crash; only a power cut or OS crash can lose the last few turns.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS state (
      key        TEXT PRIMARY KEY,
      json       TEXT NOT NULL,
      etag       TEXT NOT NULL,
      written_at INTEGER NOT NULL
    )`);
    this.db.exec('CREATE INDEX IF NOT EXISTS state_written_at ON state (written_at)');
    this.selectRow = this.db.prepare('SELECT json, etag FROM state WHERE key = ?');
    this.upsertRow = this.db.prepare(
      `INSERT INTO state (key, json, etag, written_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, written_at = excluded.written_at`,
    );
    this.deleteRow = this.db.prepare('DELETE FROM state WHERE key = ?');
    this.deleteOlderRows = this.db.prepare('DELETE FROM state WHERE written_at < ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectRow.get(key);
      if (row) items[key] = { ...JSON.parse(row.json), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // One transaction: a conflict on any key leaves every key as it was.
    this.db.transaction(() => {
      const writtenAt = Date.now();
      for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
        const { eTag, ...value } = item;
        if (eTag && eTag !== '*') {
          const current = this.selectRow.get(key);
          // Like MemoryStorage, an eTag for a key that is not stored does not block the write.
          if (current && current.etag !== eTag) {
            throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          }
        }
        this.upsertRow.run(key, JSON.stringify(value), randomUUID(), writtenAt);
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.db.transaction(() => {
      for (const key of keys) this.deleteRow.run(key);
    })();
  }

  /** Deletes every item last written before `cutoff`; returns how many went. */
  deleteWrittenBefore(cutoff: Date): number {
    return this.deleteOlderRows.run(cutoff.getTime()).changes;
  }

  /** Bytes of the stored JSON for `key` (without its eTag), or undefined if absent. */
  sizeOf(key: string): number | undefined {
    const row = this.selectRow.get(key);
    return row ? Buffer.byteLength(row.json, 'utf8') : undefined;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
