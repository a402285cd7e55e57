/**
 * Where bookings and call-back requests live: one SQLite file (better-sqlite3). WAL lets the slot
 * listing read while a booking writes, and synchronous=FULL makes a confirmed booking survive a
 * crash or a power cut. A slot can never be booked twice: a unique index on (service, start) among
 * appointments that are not cancelled, so a cancelled slot is free again, and every insert runs in an
 * IMMEDIATE transaction together with its idempotency key.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { day } from './copenhagen-time.ts';
import { newId, newReferenceCode } from './codes.ts';

/** What the citizen gets back from a booking; no personal data in it. */
export interface AppointmentReceipt { id: string; code: string; service: string; start: string; end: string; location: string }

export interface NewAppointment {
  service: string;
  serviceName: string;
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  /** The Copenhagen date of the start, for the staff's day list. */
  date: string;
  location: string;
  name: string;
  phone?: string;
  email?: string;
  note?: string;
}

export interface StoredAppointment extends AppointmentReceipt {
  serviceName: string;
  startMs: number;
  endMs: number;
  date: string;
  name: string;
  phone: string | null;
  email: string | null;
  note: string | null;
  createdMs: number;
  cancelledMs: number | null;
}

/** What the citizen gets back from a call-back request. */
export interface CallbackReceipt { id: string; topic: string; window: string; phone: string }

export interface NewCallback {
  topic: string;
  topicLabel: string;
  window: string;
  windowLabel: string;
  windowStartMs: number;
  windowEndMs: number;
  phone: string;
  note?: string;
}

export interface StoredCallback extends NewCallback { id: string; note?: string; createdMs: number; handledMs: number | null }

/**
 * An Idempotency-Key as stored: the client's key within its origin (so two sites sharing a service
 * cannot collide), and a hash of the body it came with.
 */
export interface IdempotencyKey { key: string; bodyHash: string }

/** What a key has answered before: nothing, the receipt, or `conflict` when the body differs. */
export type Replay<Receipt> = Receipt | 'conflict' | undefined;

/** The outcome of a create with an idempotency key: new, the earlier answer again, or a key reused with another body. */
export type Recorded<Receipt> = { outcome: 'created' | 'replayed'; receipt: Receipt } | { outcome: 'conflict' };

/** A booking can also find its slot taken, or the citizen already holding as many as allowed. */
export type Created<Receipt> = Recorded<Receipt> | { outcome: 'taken' } | { outcome: 'limit' };

const schemaVersion = 2;

const schema = `
  CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    service TEXT NOT NULL,
    service_name TEXT NOT NULL,
    start_iso TEXT NOT NULL,
    end_iso TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    local_date TEXT NOT NULL,
    location TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    note TEXT,
    created_ms INTEGER NOT NULL,
    cancelled_ms INTEGER
  );
  -- The rule that matters most: one live booking per slot. Partial, so cancelling frees the slot.
  CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (service, start_ms) WHERE cancelled_ms IS NULL;
  CREATE INDEX appointments_by_date ON appointments (local_date, start_ms);

  CREATE TABLE callbacks (
    id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    topic_label TEXT NOT NULL,
    window_id TEXT NOT NULL,
    window_label TEXT NOT NULL,
    window_start_ms INTEGER NOT NULL,
    window_end_ms INTEGER NOT NULL,
    phone TEXT NOT NULL,
    note TEXT,
    created_ms INTEGER NOT NULL,
    handled_ms INTEGER
  );
  CREATE INDEX callbacks_open ON callbacks (handled_ms, window_start_ms);

  -- The answer given to each Idempotency-Key, so a retry gets the same booking and never a second one.
  CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    response TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    body_hash TEXT,
    PRIMARY KEY (scope, key)
  );
`;

/** Steps from each older schema version to the next; a database made by an older server is upgraded in place. */
const upgrades: Record<number, string> = {
  // Version 2 remembers a hash of the body sent with each key, so the same key with another body is refused.
  1: 'ALTER TABLE idempotency_keys ADD COLUMN body_hash TEXT;',
};

const appointmentColumns = `id, code, service, service_name AS serviceName, start_iso AS start, end_iso AS end,
  start_ms AS startMs, end_ms AS endMs, local_date AS date, location, name, phone, email, note,
  created_ms AS createdMs, cancelled_ms AS cancelledMs`;

const callbackColumns = `id, topic, topic_label AS topicLabel, window_id AS window, window_label AS windowLabel,
  window_start_ms AS windowStartMs, window_end_ms AS windowEndMs, phone, note, created_ms AS createdMs,
  handled_ms AS handledMs`;

type Scope = 'appointment' | 'callback';

function isSlotTaken(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String((error as Error).message).includes('appointments.service');
}

export class BookingStore {
  readonly #db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    // Another process on the same file (a second server, the load test's checker) waits, not fails.
    this.#db.pragma('busy_timeout = 5000');
    this.#migrate();
  }

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version === schemaVersion) return;
    if (version > schemaVersion) throw new Error(`Bookingdatabasen har skemaversion ${version}; denne server kender kun op til ${schemaVersion}. Opdatér serveren.`);
    this.#db.transaction(() => {
      if (version === 0) this.#db.exec(schema);
      else for (let step = version; step < schemaVersion; step++) this.#db.exec(upgrades[step]);
      this.#db.pragma(`user_version = ${schemaVersion}`);
    }).immediate();
  }

  /**
   * The earlier answer to an idempotency key, if any; `conflict` when the key came with another body
   * (replaying would hand one citizen's booking, cancel code included, to another request).
   */
  #replay<Receipt>(scope: Scope, key: IdempotencyKey): Replay<Receipt> {
    const row = this.#db.prepare('SELECT response, body_hash AS bodyHash FROM idempotency_keys WHERE scope = ? AND key = ?')
      .get(scope, key.key) as { response: string; bodyHash: string | null } | undefined;
    if (!row) return undefined;
    // Rows from before body hashes were kept (bodyHash null) replay as they always did.
    if (row.bodyHash !== null && row.bodyHash !== key.bodyHash) return 'conflict';
    return JSON.parse(row.response) as Receipt;
  }

  #remember(scope: Scope, key: IdempotencyKey, resourceId: string, receipt: unknown, now: number): void {
    this.#db.prepare('INSERT INTO idempotency_keys (scope, key, resource_id, response, created_ms, body_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(scope, key.key, resourceId, JSON.stringify(receipt), now, key.bodyHash);
  }

  /** The answer already given to this key, if any: checked before validating, so a retry always gets it. */
  replayAppointment(key: IdempotencyKey): Replay<AppointmentReceipt> {
    return this.#replay('appointment', key);
  }

  replayCallback(key: IdempotencyKey): Replay<CallbackReceipt> {
    return this.#replay('callback', key);
  }

  /** Start instants of live bookings of a service between two instants. */
  bookedStarts(service: string, fromMs: number, toMs: number): Set<number> {
    const rows = this.#db.prepare('SELECT start_ms AS startMs FROM appointments WHERE service = ? AND start_ms >= ? AND start_ms < ? AND cancelled_ms IS NULL')
      .all(service, fromMs, toMs) as { startMs: number }[];
    return new Set(rows.map((row) => row.startMs));
  }

  /**
   * Books a slot once per idempotency key; `taken` when someone else holds the slot, `limit` when
   * the same phone number or e-mail address already holds `maxActive` future bookings of the service
   * (counted inside the write lock, so parallel requests cannot slip past it).
   */
  createAppointment(input: NewAppointment, key: IdempotencyKey, now: number, maxActive = Number.POSITIVE_INFINITY): Created<AppointmentReceipt> {
    const create = this.#db.transaction((): Created<AppointmentReceipt> => {
      const earlier = this.#replay<AppointmentReceipt>('appointment', key);
      if (earlier === 'conflict') return { outcome: 'conflict' };
      if (earlier) return { outcome: 'replayed', receipt: earlier };
      if (this.#activeBookings(input, now) >= maxActive) return { outcome: 'limit' };
      const receipt: AppointmentReceipt = {
        id: newId(), code: newReferenceCode(), service: input.service, start: input.start, end: input.end, location: input.location,
      };
      this.#db.prepare(`INSERT INTO appointments (id, code, service, service_name, start_iso, end_iso, start_ms, end_ms, local_date,
          location, name, phone, email, note, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(receipt.id, receipt.code, input.service, input.serviceName, input.start, input.end, input.startMs, input.endMs, input.date,
          input.location, input.name, input.phone ?? null, input.email ?? null, input.note ?? null, now);
      this.#remember('appointment', key, receipt.id, receipt, now);
      return { outcome: 'created', receipt };
    });
    try {
      // IMMEDIATE takes the write lock before reading the key, so two processes cannot both miss it.
      return create.immediate();
    } catch (error) {
      if (isSlotTaken(error)) return { outcome: 'taken' };
      throw error;
    }
  }

  /** Future, live bookings of the input's service under its phone number or e-mail address. */
  #activeBookings(input: NewAppointment, now: number): number {
    const row = this.#db.prepare(`SELECT COUNT(*) AS count FROM appointments WHERE service = ? AND cancelled_ms IS NULL AND end_ms > ?
        AND ((phone IS NOT NULL AND phone = ?) OR (email IS NOT NULL AND lower(email) = lower(?)))`)
      .get(input.service, now, input.phone ?? null, input.email ?? null) as { count: number };
    return row.count;
  }

  findAppointment(id: string): StoredAppointment | undefined {
    return this.#db.prepare(`SELECT ${appointmentColumns} FROM appointments WHERE id = ?`).get(id) as StoredAppointment | undefined;
  }

  /** Cancels a booking (again is fine) and so frees its slot. */
  cancelAppointment(id: string, now: number): void {
    this.#db.prepare('UPDATE appointments SET cancelled_ms = ? WHERE id = ? AND cancelled_ms IS NULL').run(now, id);
  }

  /** Live bookings on a Copenhagen date, in time order: the staff's day list. */
  appointmentsOn(date: string): StoredAppointment[] {
    return this.#db.prepare(`SELECT ${appointmentColumns} FROM appointments WHERE local_date = ? AND cancelled_ms IS NULL ORDER BY start_ms, service_name`)
      .all(date) as StoredAppointment[];
  }

  /** Records a call-back request once per idempotency key. */
  createCallback(input: NewCallback, key: IdempotencyKey, now: number): Recorded<CallbackReceipt> {
    const create = this.#db.transaction((): Recorded<CallbackReceipt> => {
      const earlier = this.#replay<CallbackReceipt>('callback', key);
      if (earlier === 'conflict') return { outcome: 'conflict' };
      if (earlier) return { outcome: 'replayed', receipt: earlier };
      const receipt: CallbackReceipt = { id: newId(), topic: input.topic, window: input.window, phone: input.phone };
      this.#db.prepare(`INSERT INTO callbacks (id, topic, topic_label, window_id, window_label, window_start_ms, window_end_ms, phone, note, created_ms)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(receipt.id, input.topic, input.topicLabel, input.window, input.windowLabel, input.windowStartMs, input.windowEndMs,
          input.phone, input.note ?? null, now);
      this.#remember('callback', key, receipt.id, receipt, now);
      return { outcome: 'created', receipt };
    });
    return create.immediate();
  }

  /** Call-backs nobody has marked as called yet, earliest window first. */
  openCallbacks(): StoredCallback[] {
    const rows = this.#db.prepare(`SELECT ${callbackColumns} FROM callbacks WHERE handled_ms IS NULL ORDER BY window_start_ms, created_ms`)
      .all() as (StoredCallback & { note: string | null })[];
    return rows.map(({ note, ...callback }) => (note === null ? callback : { ...callback, note }));
  }

  /** Marks a call-back as called; false when there is no such request. */
  markCallbackHandled(id: string, now: number): boolean {
    const found = this.#db.prepare('SELECT 1 FROM callbacks WHERE id = ?').get(id);
    if (!found) return false;
    this.#db.prepare('UPDATE callbacks SET handled_ms = ? WHERE id = ? AND handled_ms IS NULL').run(now, id);
    return true;
  }

  /**
   * Deletes what is no longer needed (data minimisation): appointments `retentionDays` after they
   * took place, call-backs that many days after they were handled (or after their window, if nobody
   * ever marked them), and the idempotency answers of whatever was deleted.
   */
  deleteExpired(now: number, retentionDays: number): { appointments: number; callbacks: number } {
    const cutoff = now - retentionDays * day;
    return this.#db.transaction(() => {
      const appointments = this.#db.prepare('DELETE FROM appointments WHERE end_ms < ?').run(cutoff).changes;
      const callbacks = this.#db.prepare('DELETE FROM callbacks WHERE coalesce(handled_ms, window_end_ms) < ?').run(cutoff).changes;
      this.#db.exec(`DELETE FROM idempotency_keys
        WHERE (scope = 'appointment' AND resource_id NOT IN (SELECT id FROM appointments))
           OR (scope = 'callback' AND resource_id NOT IN (SELECT id FROM callbacks))`);
      return { appointments, callbacks };
    }).immediate();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
