import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isKnownTimeZone } from '../domain/diary/primitives.ts';
import { parseOrThrow } from '../domain/validation.ts';

/** Where the diary lives, from flags first, then the environment, then defaults. */
export interface StorageOptions {
  /** `--database`: `sqlite:<file>` or `postgres://…` */
  database?: string;
  /** `--data`: folder of the embedded SQLite database (default `./data`). */
  data?: string;
}

const databaseUrl = z
  .string()
  .refine(
    (u) => u.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(u),
    'must start with sqlite: or postgres://',
  );

/**
 * The database URL: `--database`, else `DATABASE_URL`, else a SQLite file in the data folder
 * (`--data`, else `STILLPOINT_DATA`, else `./data`).
 */
export function resolveDatabaseUrl(options: StorageOptions, env = process.env): string {
  const explicit = options.database ?? env.DATABASE_URL;
  if (explicit) return parseOrThrow(databaseUrl, explicit, ['database']);
  const folder = resolve(options.data ?? env.STILLPOINT_DATA ?? 'data');
  return `sqlite:${resolve(folder, 'stillpoint.db')}`;
}

/** The data folder (backups go there too). */
export function dataFolder(options: StorageOptions, env = process.env): string {
  return resolve(options.data ?? env.STILLPOINT_DATA ?? 'data');
}

/** The zone a new diary starts in: `STILLPOINT_TIME_ZONE`, else the machine's zone, else UTC. */
export function defaultTimeZone(env = process.env): string {
  const candidates = [env.STILLPOINT_TIME_ZONE, Intl.DateTimeFormat().resolvedOptions().timeZone];
  return candidates.find((tz): tz is string => !!tz && isKnownTimeZone(tz)) ?? 'UTC';
}

let cachedVersion: string | undefined;

/** Stillpoint's version from package.json (same relative path from src/ and dist/). */
export function appVersion(): string {
  if (cachedVersion === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    cachedVersion = String(pkg.version);
  }
  return cachedVersion;
}
