/** The booking service's settings, from environment variables (documented in README.md). */
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface BookingConfig {
  /** SQLite file; its directory is created. */
  dbFile: string;
  /** Compiled knowledge with the municipality (booking services, hours, holidays, topics). */
  knowledgeFile: string;
  /** Bearer token for the staff routes; undefined means "make one up for this run". */
  staffToken?: string;
  rateLimit: { burst: number; perMinute: number };
  retentionDays: number;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} skal være et positivt tal, ikke "${text}".`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BookingConfig {
  return {
    dbFile: env.VEJVISER_DB ? resolve(env.VEJVISER_DB) : join(root, 'data', 'vejviser.sqlite'),
    knowledgeFile: env.VEJVISER_KNOWLEDGE ? resolve(env.VEJVISER_KNOWLEDGE) : join(root, 'dist', 'vejviser', 'knowledge.json'),
    staffToken: env.VEJVISER_STAFF_TOKEN || undefined,
    rateLimit: {
      burst: positiveNumber(env, 'VEJVISER_RATE_BURST', 20),
      perMinute: positiveNumber(env, 'VEJVISER_RATE_PER_MINUTE', 30),
    },
    retentionDays: positiveNumber(env, 'VEJVISER_RETENTION_DAYS', 30),
  };
}
