import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { EntityRepo } from '../repos/entity.repo.ts';
import type { EntityName } from '../repos/entity-spec.ts';
import { ENTITY_SPECS } from '../repos/entity-specs.ts';
import { OwnerRepo, PersonRepo } from '../repos/person.repo.ts';
import { GroupCommit } from './group-commit.ts';

/** Every repository, bound to one database handle (the pool or a transaction). */
export class Repos {
  readonly person: PersonRepo;
  readonly owners: OwnerRepo;
  private readonly entities: Map<EntityName, EntityRepo>;

  constructor(db: Kysely<DB>) {
    this.person = new PersonRepo(db);
    this.owners = new OwnerRepo(db);
    this.entities = new Map(ENTITY_SPECS.map((spec) => [spec.name, new EntityRepo(db, spec)]));
  }

  entity(name: EntityName): EntityRepo {
    const repo = this.entities.get(name);
    if (!repo) throw new Error(`no repository for ${name}`);
    return repo;
  }
}

/**
 * The unit of work. `read` runs against the database directly; `write` runs its function
 * atomically, so a service call either changes everything it meant to or nothing, and resolves
 * only once the change is durable. On SQLite concurrent writes share one commit (group commit);
 * PostgreSQL runs each in its own transaction on the pool.
 */
export class Store {
  readonly database: Database;
  private readonly group: GroupCommit | undefined;
  /** The repositories of the jobs of one group-commit batch, which share its connection. */
  private batchRepos: { trx: Kysely<DB>; repos: Repos } | undefined;

  constructor(database: Database) {
    this.database = database;
    this.group =
      database.dialect === 'sqlite'
        ? new GroupCommit(database.db, database.durable ?? (() => Promise.resolve()))
        : undefined;
  }

  private reposOf(trx: Kysely<DB>): Repos {
    if (this.batchRepos?.trx !== trx) this.batchRepos = { trx, repos: new Repos(trx) };
    return this.batchRepos.repos;
  }

  read<T>(fn: (repos: Repos) => Promise<T>): Promise<T> {
    return fn(new Repos(this.database.db));
  }

  write<T>(fn: (repos: Repos) => Promise<T>): Promise<T> {
    if (this.group) return this.group.run((trx) => fn(this.reposOf(trx)));
    return this.database.db.transaction().execute((trx) => fn(new Repos(trx)));
  }
}
