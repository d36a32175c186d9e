import { type Actor, assertCan } from '../../domain/access.ts';
import { type Person, personSchema } from '../../domain/diary/diary.schema.ts';
import { defaultPerson } from '../../domain/diary/record-defaults.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import type { Store } from './store.ts';

/**
 * The person's profile. A new diary gets a profile in the server's configured time zone so
 * that every day-based feature works before the person has opened the settings.
 */
export class PersonService {
  private readonly store: Store;
  private readonly defaultTimeZone: string;

  constructor(store: Store, defaultTimeZone: string) {
    this.store = store;
    this.defaultTimeZone = defaultTimeZone;
  }

  async get(actor: Actor): Promise<Person> {
    assertCan(actor, 'read', actor.ownerId);
    const person = await this.store.read((repos) => repos.person.get(actor.ownerId));
    return person ?? defaultPerson(this.defaultTimeZone);
  }

  async put(actor: Actor, input: unknown): Promise<Person> {
    assertCan(actor, 'write', actor.ownerId);
    const person = parseOrThrow(personSchema, input);
    await this.store.write((repos) => repos.person.put(actor.ownerId, person));
    return person;
  }

  /** Makes sure the actor's owner row exists (first start, new account). */
  async ensureOwner(actor: Actor, nowIso: string): Promise<void> {
    await this.store.write((repos) => repos.owners.ensure(actor.ownerId, nowIso));
  }
}
