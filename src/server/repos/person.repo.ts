import type { Kysely } from 'kysely';
import type { Person } from '../../domain/diary/diary.schema.ts';
import { fromCells, toCells } from '../db/columns.ts';
import type { DB } from '../db/schema.ts';
import { PERSONS_TABLE } from '../db/tables.ts';

type PersonRow = DB['persons'];

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
    return row ? (fromCells(PERSONS_TABLE.fields, row) as Person) : undefined;
  }

  async put(ownerId: string, person: Person): Promise<void> {
    const values = toCells(PERSONS_TABLE.fields, person) as Omit<PersonRow, 'owner_id'>;
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
