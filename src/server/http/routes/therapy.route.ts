import { z } from 'zod';
import type { Actor } from '../../../domain/access.ts';
import { recordId } from '../../../domain/diary/primitives.ts';
import { planRequestSchema } from '../../../domain/therapy/index.ts';
import { errorBodySchema, therapyQuerySchema } from '../../../shared/api.ts';
import type { TherapyService } from '../../services/therapy.service.ts';
import type { RouteDef } from '../route-def.ts';

const err = (description: string) => ({ description, schema: errorBodySchema });
const params = z.strictObject({ id: recordId });
const result = (description: string) => ({
  description,
  schema: z.record(z.string(), z.unknown()),
});

type Read = (actor: Actor, therapyId: string, query: unknown) => Promise<unknown>;

/** The read operations on one course: path suffix, documentation, the service call. */
function reads(service: TherapyService): [string, string, string, string, Read][] {
  return [
    [
      'verdict',
      'The calibrated before/after verdict of the course, as `stillpoint verdict` (plus uncontrolled immediate effects and the ABAB result)',
      'the verdict',
      'no such course',
      (a, id, q) => service.verdict(a, id, q),
    ],
    [
      'next-session',
      'The next session date by phase (a scheduling suggestion)',
      'the recommendation',
      'no such course',
      (a, id, q) => service.nextSession(a, id, q),
    ],
    [
      'plan',
      'The stored randomised ABAB plan with adherence so far and the randomisation test',
      'the plan',
      'no such course, or no plan yet',
      (a, id, q) => service.plan(a, id, q),
    ],
  ];
}

/** "Does it work for me?" for one therapy course: verdict, ABAB plan, next session. */
export function therapyRoutes(service: TherapyService): RouteDef[] {
  const get = reads(service).map(
    ([suffix, summary, ok, missing, call]): RouteDef => ({
      method: 'get',
      path: `/api/therapies/:id/${suffix}`,
      tag: 'therapies',
      summary,
      params,
      query: therapyQuerySchema,
      responses: { 200: result(ok), 400: err('bad option'), 404: err(missing) },
      handle: async ({ actor, params: p, query }) => ({
        status: 200,
        body: await call(actor, p.id ?? '', query),
      }),
    }),
  );
  return [
    ...get,
    {
      method: 'post',
      path: '/api/therapies/:id/plan',
      tag: 'therapies',
      summary:
        'Draw and store the course’s randomised ABAB plan (random order fixed now, before data collection; never redrawn)',
      params,
      body: planRequestSchema.optional(),
      responses: {
        201: result('the stored plan'),
        400: err('bad request'),
        404: err('no such course'),
        409: err('the course already has a plan'),
      },
      handle: async ({ actor, params: p, body }) => ({
        status: 201,
        body: await service.createPlan(actor, p.id ?? '', body),
      }),
    },
  ];
}
