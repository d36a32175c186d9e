import { z } from 'zod';
import type { EngineName } from '../../../domain/engines.ts';
import { triggerReportSchema } from '../../../domain/triggers/index.ts';
import { analysisOptionsSchema, errorBodySchema } from '../../../shared/api.ts';
import type { Services } from '../../services/index.ts';
import type { RouteDef } from '../route-def.ts';

const ENDPOINTS: { path: string; engine: EngineName; summary: string }[] = [
  {
    path: '/api/analysis/classification',
    engine: 'classify',
    summary:
      'ICHD-3 classification of every attack and diagnosis suggestions (not a diagnosis), as `stillpoint classify`',
  },
  {
    path: '/api/analysis/metrics',
    engine: 'metrics',
    summary:
      '28-day blocks and months, chronic-migraine pattern, medication overuse, red flags, questionnaires, as `stillpoint metrics`',
  },
  {
    path: '/api/analysis/days',
    engine: 'days',
    summary: 'The day table: recorded, headache, migraine, acute medication and lost days',
  },
];

/** The clinical engines on the stored diary; query parameters choose the documented rules. */
export function analysisRoutes(services: Services): RouteDef[] {
  const engines = ENDPOINTS.map(
    ({ path, engine, summary }): RouteDef => ({
      method: 'get',
      path,
      tag: 'analysis',
      summary,
      query: analysisOptionsSchema,
      responses: {
        200: { description: 'engine result', schema: z.record(z.string(), z.unknown()) },
        400: { description: 'bad option', schema: errorBodySchema },
      },
      handle: async ({ actor, query }) => ({
        status: 200,
        body: await services.analysis.run(actor, engine, query),
      }),
    }),
  );
  const triggers: RouteDef = {
    method: 'get',
    path: '/api/analysis/triggers',
    tag: 'analysis',
    summary:
      'Which suspected triggers the diary supports: each check-in factor against attack onsets on days at risk, with a verdict, the estimate and its interval in plain words; attack-only tags listed as untestable (docs/trigger-analysis.md), as `stillpoint triggers`',
    responses: {
      200: { description: 'trigger report', schema: triggerReportSchema },
      400: { description: 'query parameters given (none are accepted)', schema: errorBodySchema },
    },
    handle: async ({ actor }) => ({ status: 200, body: await services.analysis.triggers(actor) }),
  };
  return [...engines, triggers];
}
