import { z } from 'zod';
import { type Actor, assertCan } from '../../domain/access.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { startOfLocalDayUtc } from '../../domain/calendar/instants.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { listQuerySchema } from '../../shared/api.ts';
import type { Window } from '../repos/entity.repo.ts';
import type { EntitySpec } from '../repos/entity-spec.ts';
import { ENTITY_SPECS } from '../repos/entity-specs.ts';
import { canonicalJson } from './canonical.ts';
import type { PersonService } from './person.service.ts';
import type { Repos, Store } from './store.ts';

export type DiaryRecord = Record<string, unknown>;

/** Result of a create or upsert: the stored record and whether it was new. */
export interface WriteResult {
  record: DiaryRecord;
  created: boolean;
}

export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Create, read, update and delete for one diary entity, driven by its spec. Writes are
 * idempotent by client id: repeating a create with the same body returns the stored record
 * instead of a duplicate, and a create that reuses an id for different content is a conflict.
 */
export class EntityService {
  readonly spec: EntitySpec;
  private readonly store: Store;
  private readonly person: PersonService;
  /** Entities whose records point at this one, with the pointing field. */
  private readonly dependents: { spec: EntitySpec; field: string; nullable: boolean }[];

  /** PATCH bodies: any subset of the fields; `null` asks to clear an optional field. */
  private readonly patchSchema: z.ZodType;

  constructor(store: Store, person: PersonService, spec: EntitySpec) {
    this.store = store;
    this.patchSchema = z.strictObject(
      Object.fromEntries(
        Object.entries(spec.shape.shape).map(([field, schema]) => [
          field,
          (schema as z.ZodType).nullable().optional(),
        ]),
      ),
    );
    this.person = person;
    this.spec = spec;
    this.dependents = ENTITY_SPECS.flatMap((other) =>
      other.references
        .filter((r) => r.entity === spec.name)
        .map((r) => ({
          spec: other,
          field: r.field,
          nullable: !!other.columns[r.field]?.nullable,
        })),
    );
  }

  async list(actor: Actor, query: ListQuery = {}): Promise<DiaryRecord[]> {
    assertCan(actor, 'read', actor.ownerId);
    const q = parseOrThrow(listQuerySchema, query);
    if (q.from && q.to && q.to < q.from) {
      throw new AppError('invalid', 'to: must not be before from', 'to');
    }
    const { timeZone } = await this.person.get(actor);
    const window: Window = {};
    if (q.from) {
      window.fromDate = q.from;
      window.fromUtc = startOfLocalDayUtc(q.from, timeZone);
    }
    if (q.to) {
      window.toDate = q.to;
      window.toUtcExclusive = startOfLocalDayUtc(addDays(q.to, 1), timeZone);
    }
    return this.store.read((repos) => this.repo(repos).list(actor.ownerId, window));
  }

  async get(actor: Actor, key: string): Promise<DiaryRecord> {
    assertCan(actor, 'read', actor.ownerId);
    const record = await this.store.read((repos) => this.repo(repos).get(actor.ownerId, key));
    if (!record) throw notFound(this.spec.name, key);
    return record;
  }

  /** Creates a record; a retry with identical content returns the stored one (`created: false`). */
  async create(actor: Actor, input: unknown): Promise<WriteResult> {
    assertCan(actor, 'write', actor.ownerId);
    const record = this.validate(input);
    const key = String(record[this.spec.key]);
    return this.store.write(async (repos) => {
      await this.checkReferences(repos, actor.ownerId, record);
      if (await this.repo(repos).insertIfAbsent(actor.ownerId, record)) {
        return { record, created: true };
      }
      const existing = await this.repo(repos).get(actor.ownerId, key);
      if (existing && canonicalJson(existing) === canonicalJson(record)) {
        return { record: existing, created: false };
      }
      throw new AppError(
        'conflict',
        `${this.spec.name} "${key}" already exists with different content; use PUT or PATCH to change it`,
        this.spec.key,
      );
    });
  }

  /** Creates or replaces the record with this key (the body's key must match, or be absent). */
  async put(actor: Actor, key: string, input: unknown): Promise<WriteResult> {
    assertCan(actor, 'write', actor.ownerId);
    const record = this.validate(this.withKey(key, input));
    return this.store.write(async (repos) => {
      await this.checkReferences(repos, actor.ownerId, record);
      let existed: boolean;
      if (this.spec.fixedOnceSet) {
        const existing = await this.repo(repos).get(actor.ownerId, key);
        if (existing) this.assertFixedKept(existing, record);
        existed = existing !== undefined;
      } else {
        existed = (await this.repo(repos).existingKeys(actor.ownerId, [key])).size > 0;
      }
      await this.repo(repos).upsert(actor.ownerId, record);
      return { record, created: !existed };
    });
  }

  /** Changes the given fields; `null` clears an optional field. The key cannot change. */
  async patch(actor: Actor, key: string, input: unknown): Promise<DiaryRecord> {
    assertCan(actor, 'write', actor.ownerId);
    const changes = parseOrThrow(this.patchSchema, this.withKey(key, input)) as DiaryRecord;
    return this.store.write(async (repos) => {
      const existing = await this.repo(repos).get(actor.ownerId, key);
      if (!existing) throw notFound(this.spec.name, key);
      const merged: DiaryRecord = { ...existing };
      for (const [field, value] of Object.entries(changes)) {
        // zod fills defaults for absent keys; only fields the caller sent are changes.
        if (!Object.hasOwn(input as object, field)) continue;
        if (value === null && !this.spec.columns[field]?.nullable) delete merged[field];
        else merged[field] = value;
      }
      const record = this.validate(merged);
      this.assertFixedKept(existing, record);
      await this.checkReferences(repos, actor.ownerId, record);
      await this.repo(repos).update(actor.ownerId, record);
      return record;
    });
  }

  /**
   * Deletes a record. Records that point at it are detached when the pointer is optional
   * (an intake keeps its medication but loses its attack) and otherwise block the delete.
   */
  async remove(actor: Actor, key: string): Promise<void> {
    assertCan(actor, 'write', actor.ownerId);
    await this.store.write(async (repos) => {
      for (const dep of this.dependents) {
        const column = dep.spec.columns[dep.field]?.column ?? dep.field;
        const depRepo = repos.entity(dep.spec.name);
        if (dep.nullable) {
          await depRepo.clearWhere(actor.ownerId, column, key);
          continue;
        }
        const n = await depRepo.count(actor.ownerId, column, key);
        if (n > 0) {
          throw new AppError(
            'conflict',
            `${this.spec.name} "${key}" still has ${n} ${n === 1 ? dep.spec.name : dep.spec.plural}; delete ${n === 1 ? 'it' : 'them'} first`,
          );
        }
      }
      if (!(await this.repo(repos).delete(actor.ownerId, key))) {
        throw notFound(this.spec.name, key);
      }
    });
  }

  private repo(repos: Repos) {
    return repos.entity(this.spec.name);
  }

  /** Refuses a change to a field that is fixed once set (`spec.fixedOnceSet`). */
  private assertFixedKept(existing: DiaryRecord, record: DiaryRecord): void {
    for (const field of this.spec.fixedOnceSet ?? []) {
      const before = existing[field];
      if (before === undefined || before === null) continue;
      if (canonicalJson(before) !== canonicalJson(record[field] ?? null)) {
        throw new AppError(
          'conflict',
          `${field} is fixed once stored and cannot be changed or removed`,
          field,
        );
      }
    }
  }

  private validate(input: unknown): DiaryRecord {
    return parseOrThrow(this.spec.schema, input) as DiaryRecord;
  }

  /** Puts the URL key into the body, refusing a body that names a different key. */
  private withKey(key: string, input: unknown): unknown {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
    const body = input as DiaryRecord;
    const field = this.spec.key;
    if (body[field] !== undefined && body[field] !== key) {
      throw new AppError(
        'invalid',
        `${field}: must match the ${field} in the URL ("${key}")`,
        field,
      );
    }
    return { ...body, [field]: key };
  }

  private async checkReferences(repos: Repos, ownerId: string, record: DiaryRecord) {
    for (const ref of this.spec.references) {
      const value = record[ref.field];
      if (typeof value !== 'string') continue;
      const found = await repos.entity(ref.entity).existingKeys(ownerId, [value]);
      if (!found.has(value)) {
        throw new AppError(
          'invalid',
          `${ref.field}: ${ref.entity} "${value}" does not exist`,
          ref.field,
        );
      }
    }
  }
}
