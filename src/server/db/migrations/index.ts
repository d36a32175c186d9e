import type { Migration } from 'kysely';
import { init } from './0001-init.ts';
import { therapyPlan } from './0002-therapy-plan.ts';
import { recordSource } from './0003-record-source.ts';

/**
 * Every migration, statically imported (never folder scanning) so they run the same under tsx,
 * compiled output and bundles. Names sort in the order they apply.
 */
export const migrations: Record<string, Migration> = {
  '0001-init': init,
  '0002-therapy-plan': therapyPlan,
  '0003-record-source': recordSource,
};
