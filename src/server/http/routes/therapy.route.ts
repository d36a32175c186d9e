import { z } from 'zod';
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

/** "Does it work for me?" for one therapy course: verdict, ABAB plan, next session. */
export function therapyRoutes(service: TherapyService): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/therapies/:id/verdict',
      tag: 'therapies',
      summary:
        'The calibrated before/after verdict of the course, as `stillpoint verdict` (plus uncontrolled immediate effects and the ABAB result)',
      params,
      query: therapyQuerySchema,
      responses: {
        200: result('the verdict'),
        400: err('bad option'),
        404: err('no such course'),
      },
      handle: async ({ actor, params: p, query }) => ({
        status: 200,
        body: await service.verdict(actor, p.id ?? '', query),
      }),
    },
    {
      method: 'get',
      path: '/api/therapies/:id/next-session',
      tag: 'therapies',
      summary: 'The next session date by phase (a scheduling suggestion)',
      params,
      query: therapyQuerySchema,
      responses: { 200: result('the recommendation'), 404: err('no such course') },
      handle: async ({ actor, params: p, query }) => ({
        status: 200,
        body: await service.nextSession(actor, p.id ?? '', query),
      }),
    },
    {
      method: 'get',
      path: '/api/therapies/:id/plan',
      tag: 'therapies',
      summary: 'The stored randomised ABAB plan with adherence so far and the randomisation test',
      params,
      query: therapyQuerySchema,
      responses: { 200: result('the plan'), 404: err('no such course, or no plan yet') },
      handle: async ({ actor, params: p, query }) => ({
        status: 200,
        body: await service.plan(actor, p.id ?? '', query),
      }),
    },
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
