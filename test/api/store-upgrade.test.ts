/** A database written by the previous server version is upgraded in place and keeps its answers. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BookingStore } from '../../demo/booking/store.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

describe('the booking database schema', () => {
  it('upgrades a version 1 database: old keys still replay, new keys carry a body hash', () => {
    const file = `${tempDir()}/old.sqlite`;
    new BookingStore(file).close();
    // Turn it back into what version 1 wrote: no body_hash column.
    const raw = new Database(file);
    raw.exec('ALTER TABLE idempotency_keys DROP COLUMN body_hash');
    raw.pragma('user_version = 1');
    raw.prepare('INSERT INTO idempotency_keys (scope, key, resource_id, response, created_ms) VALUES (?, ?, ?, ?, ?)')
      .run('callback', ' old-key', 'id-1', JSON.stringify({ id: 'id-1' }), 0);
    raw.close();

    const store = new BookingStore(file);
    try {
      expect(store.replayCallback({ key: ' old-key', bodyHash: 'any' })).toEqual({ id: 'id-1' });
      const input = { topic: 't', topicLabel: 'T', window: 'w', windowLabel: 'W', windowStartMs: 0, windowEndMs: 1, phone: '12 34 56 78' };
      expect(store.createCallback(input, { key: ' new-key', bodyHash: 'a' }, 0).outcome).toBe('created');
      expect(store.replayCallback({ key: ' new-key', bodyHash: 'b' })).toBe('conflict');
    } finally {
      store.close();
    }
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(2);
    check.close();
  });

  it('refuses a database from a newer server with a message that says what to do', () => {
    const file = `${tempDir()}/new.sqlite`;
    new BookingStore(file).close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new BookingStore(file)).toThrow(/Opdatér serveren/);
  });
});
