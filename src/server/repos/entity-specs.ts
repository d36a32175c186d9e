import { COLLECTIONS } from '../../domain/diary/collections.ts';
import { type EntityName, type EntitySpec, entitySpec } from './entity-spec.ts';

/**
 * All entity specs in the diary's order: a record's references come earlier in the list, so
 * inserting in this order (and deleting in reverse) never violates a foreign key.
 */
export const ENTITY_SPECS: readonly EntitySpec[] = COLLECTIONS.map(entitySpec);

export const specByName = (name: EntityName): EntitySpec => {
  const spec = ENTITY_SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown entity ${name}`);
  return spec;
};

export const attackSpec = specByName('attack');
