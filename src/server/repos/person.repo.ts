import type { Kysely } from 'kysely';
import type { Person } from '../../domain/diary/diary.schema.ts';
import type { DB } from '../db/schema.ts';

/** The person's profile (time zone, birth date, history) — one row per owner. */
export class PersonRepo {
  private readonly db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.db = db;
  }

  async get(ownerId: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    if (!row) return undefined;
    const person: Person = {
      timeZone: String(row.time_zone),
      factors: JSON.parse(String(row.factors)),
    };
    if (row.birth_date !== null) person.birthDate = String(row.birth_date);
    if (row.prior_migraine_attacks !== null) {
      person.priorMigraineAttacks = Number(row.prior_migraine_attacks);
    }
    return person;
  }

  async put(ownerId: string, person: Person): Promise<void> {
    const values = {
      time_zone: person.timeZone,
      birth_date: person.birthDate ?? null,
      prior_migraine_attacks: person.priorMigraineAttacks ?? null,
      factors: JSON.stringify(person.factors),
    };
    await this.db
      .insertInto('persons')
      .values({ owner_id: ownerId, ...values })
      .onConflict((oc) => oc.column('owner_id').doUpdateSet(values))
      .execute();
  }
}

/** Owners of diaries. Today one local owner; accounts add rows here later. */
export class OwnerRepo {
  private readonly db: Kysely<DB>;

  constructor(db: Kysely<DB>) {
    this.db = db;
  }

  /** Creates the owner if it does not exist yet (idempotent). */
  async ensure(ownerId: string, now: string): Promise<void> {
    await this.db
      .insertInto('owners')
      .values({ id: ownerId, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
