import { z } from 'zod';
import { localDate, recordId } from '../../../domain/diary/primitives.ts';
import { errorBodySchema, listQuerySchema } from '../../../shared/api.ts';
import type { EntityService } from '../../services/entity.service.ts';
import type { RouteDef } from '../route-def.ts';

const err = (description: string) => ({ description, schema: errorBodySchema });

/**
 * The seven diary collections share one set of operations: list (with `from`/`to`), get,
 * create (idempotent by client id), PUT upsert, PATCH and delete.
 */
export function entityRoutes(service: EntityService): RouteDef[] {
  const { spec } = service;
  const base = `/api/${spec.plural}`;
  const item = `${base}/:${spec.key}`;
  const params = z.strictObject({ [spec.key]: spec.key === 'date' ? localDate : recordId });
  const tag = spec.plural;
  const keyOf = (p: Record<string, string>) => p[spec.key] ?? '';
  return [
    {
      method: 'get',
      path: base,
      tag,
      summary: `List ${spec.plural} (optionally within local days from–to)`,
      query: listQuerySchema,
      responses: {
        200: { description: 'records', schema: z.array(spec.schema) },
        400: err('bad query'),
      },
      handle: async ({ actor, query }) => ({ status: 200, body: await service.list(actor, query) }),
    },
    {
      method: 'post',
      path: base,
      tag,
      summary: `Create a ${spec.name} (repeating the same request never duplicates it)`,
      body: spec.schema,
      responses: {
        201: { description: 'created', schema: spec.schema },
        200: { description: 'an identical record already existed', schema: spec.schema },
        400: err('invalid body'),
        409: err('the key exists with different content'),
        413: err('body too large'),
      },
      handle: async ({ actor, body }) => {
        const { record, created } = await service.create(actor, body);
        return { status: created ? 201 : 200, body: record };
      },
    },
    {
      method: 'get',
      path: item,
      tag,
      summary: `Get one ${spec.name}`,
      params,
      responses: { 200: { description: 'the record', schema: spec.schema }, 404: err('not found') },
      handle: async ({ actor, params: p }) => ({
        status: 200,
        body: await service.get(actor, keyOf(p)),
      }),
    },
    {
      method: 'put',
      path: item,
      tag,
      summary: `Create or replace the ${spec.name} with this ${spec.key}`,
      params,
      body: spec.schema,
      responses: {
        200: { description: 'replaced', schema: spec.schema },
        201: { description: 'created', schema: spec.schema },
        400: err('invalid body'),
      },
      handle: async ({ actor, params: p, body }) => {
        const { record, created } = await service.put(actor, keyOf(p), body);
        return { status: created ? 201 : 200, body: record };
      },
    },
    {
      method: 'patch',
      path: item,
      tag,
      summary: `Change some fields of a ${spec.name} (null clears an optional field)`,
      params,
      body: spec.shape.partial(),
      responses: {
        200: { description: 'the changed record', schema: spec.schema },
        400: err('invalid body'),
        404: err('not found'),
      },
      handle: async ({ actor, params: p, body }) => ({
        status: 200,
        body: await service.patch(actor, keyOf(p), body),
      }),
    },
    {
      method: 'delete',
      path: item,
      tag,
      summary: `Delete a ${spec.name}`,
      params,
      responses: {
        204: { description: 'deleted' },
        404: err('not found'),
        409: err('other records still depend on it'),
      },
      handle: async ({ actor, params: p }) => {
        await service.remove(actor, keyOf(p));
        return { status: 204 };
      },
    },
  ];
}
