import { AppError } from './errors.ts';

/**
 * Who is acting. Today Stillpoint runs for one local owner; clinic accounts will add roles
 * (practitioner, researcher) whose access to a person's diary depends on consent. Every service
 * method takes the actor first and checks it before touching data.
 */
export interface Actor {
  /** The account acting. */
  userId: string;
  /** The diary owner the actor acts for (their own id for a person). */
  ownerId: string;
  role: 'owner';
}

export type Action = 'read' | 'write';

/** The diary owner used in local (single-person) mode. */
export const LOCAL_OWNER_ID = 'local';

export const localActor = (): Actor => ({
  userId: LOCAL_OWNER_ID,
  ownerId: LOCAL_OWNER_ID,
  role: 'owner',
});

/** Whether `actor` may perform `action` on data owned by `ownerId`. */
export function can(actor: Actor, _action: Action, ownerId: string): boolean {
  return actor.role === 'owner' && actor.ownerId === ownerId;
}

/** Throws `forbidden` unless `actor` may perform `action` on `ownerId`'s data. */
export function assertCan(actor: Actor, action: Action, ownerId: string): void {
  if (!can(actor, action, ownerId)) {
    throw new AppError('forbidden', `not allowed to ${action} this diary`);
  }
}
