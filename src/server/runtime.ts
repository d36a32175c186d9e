import { type Actor, localActor } from '../domain/access.ts';
import { isoSeconds } from '../domain/calendar/instants.ts';
import { type Clock, systemClock } from '../domain/clock.ts';
import { defaultTimeZone, resolveDatabaseUrl, type StorageOptions } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { createServices, type Services } from './services/index.ts';

/** An open diary: database, services and the acting user, ready for the server or the CLI. */
export interface Runtime {
  database: Database;
  services: Services;
  actor: Actor;
  close(): Promise<void>;
}

/**
 * The composition root shared by `serve` and every CLI command: resolve the database, migrate
 * it, wire the services and make sure the local owner exists.
 */
export async function openRuntime(
  options: StorageOptions & { clock?: Clock; databaseUrl?: string },
): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(options.databaseUrl ?? resolveDatabaseUrl(options));
  const services = createServices(database, { clock, defaultTimeZone: defaultTimeZone() });
  const actor = localActor();
  await services.person.ensureOwner(actor, isoSeconds(clock.nowMs()));
  return { database, services, actor, close: () => database.close() };
}
