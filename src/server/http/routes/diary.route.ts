import { z } from 'zod';
import {
  attackSchema,
  diaryShape,
  painReadingSchema,
  personSchema,
} from '../../../domain/diary/diary.schema.ts';
import { recordId } from '../../../domain/diary/primitives.ts';
import {
  errorBodySchema,
  healthSchema,
  importQuerySchema,
  importReportSchema,
  MAX_IMPORT_BYTES,
} from '../../../shared/api.ts';
import type { Services } from '../../services/index.ts';
import type { RouteDef } from '../route-def.ts';

const err = (description: string) => ({ description, schema: errorBodySchema });

/** The whole-diary, profile, pain-reading and health operations. */
export function diaryRoutes(services: Services, version: string): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/health',
      tag: 'system',
      summary: 'Liveness and the storage in use',
      responses: { 200: { description: 'serving', schema: healthSchema } },
      handle: async () => ({
        status: 200,
        body: {
          status: 'ok',
          version,
          database: services.store.database.dialect,
          time: new Date(services.clock.nowMs()).toISOString(),
        },
      }),
    },
    {
      method: 'get',
      path: '/api/diary',
      tag: 'diary',
      summary: 'The whole diary as one stillpoint.diary document (backup, sharing)',
      responses: { 200: { description: 'the diary', schema: diaryShape } },
      handle: async ({ actor }) => ({
        status: 200,
        body: await services.diary.export(actor),
        headers: { 'content-disposition': 'attachment; filename="stillpoint.diary.json"' },
      }),
    },
    {
      method: 'post',
      path: '/api/diary/import',
      tag: 'diary',
      summary:
        'Import a diary document: validated whole first, then applied in one transaction (all or nothing)',
      query: importQuerySchema,
      body: diaryShape,
      maxBodyBytes: MAX_IMPORT_BYTES,
      responses: {
        200: { description: 'what was imported', schema: importReportSchema },
        400: err('invalid document; nothing was changed'),
        413: err('document too large for the API; use the CLI'),
      },
      handle: async ({ actor, query, body }) => ({
        status: 200,
        body: await services.diary.import(actor, body, {
          mode: query.mode === 'replace' ? 'replace' : 'merge',
          dryRun: query.dryRun === 'true',
        }),
      }),
    },
    {
      method: 'get',
      path: '/api/person',
      tag: 'person',
      summary: 'The person profile (time zone, birth date, history)',
      responses: { 200: { description: 'profile', schema: personSchema } },
      handle: async ({ actor }) => ({ status: 200, body: await services.person.get(actor) }),
    },
    {
      method: 'put',
      path: '/api/person',
      tag: 'person',
      summary: 'Replace the person profile',
      body: personSchema,
      responses: { 200: { description: 'profile', schema: personSchema }, 400: err('invalid') },
      handle: async ({ actor, body }) => ({
        status: 200,
        body: await services.person.put(actor, body),
      }),
    },
    {
      method: 'post',
      path: '/api/attacks/:id/readings',
      tag: 'attacks',
      summary: 'Add a pain reading to an attack (at defaults to now; same instant replaces)',
      params: z.strictObject({ id: recordId }),
      body: painReadingSchema.partial({ at: true }),
      responses: {
        200: { description: 'the attack with its readings', schema: attackSchema },
        400: err('invalid reading'),
        404: err('no such attack'),
      },
      handle: async ({ actor, params, body }) => ({
        status: 200,
        body: await services.readings.add(actor, params.id ?? '', body),
      }),
    },
  ];
}
