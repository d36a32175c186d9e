import { z } from 'zod';
import type { RouteDef } from './route-def.ts';

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
};

/** Media types of a file body (download or upload), documented as binary strings. */
const binary = (types: readonly string[]): JsonObject =>
  Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]));

/** `/api/attacks/:id` → `/api/attacks/{id}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function parameters(route: RouteDef): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      out.push({
        name,
        in: where,
        required: where === 'path',
        schema: jsonSchema(field as z.ZodType, 'input'),
      });
    }
  }
  return out;
}

/**
 * An OpenAPI 3.1 document for the given routes, generated from the same zod schemas that
 * validate requests (OpenAPI 3.1 uses JSON Schema 2020-12, which zod emits directly).
 */
export function openApiDocument(routes: readonly RouteDef[], version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const responses: JsonObject = {};
    for (const [status, def] of Object.entries(route.responses)) {
      responses[status] = def.contentTypes
        ? { description: def.description, content: binary(def.contentTypes) }
        : def.schema
          ? {
              description: def.description,
              content: { 'application/json': { schema: jsonSchema(def.schema, 'output') } },
            }
          : { description: def.description };
    }
    const operation: JsonObject = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(route),
      responses,
    };
    if (route.rawBody) {
      operation.requestBody = { required: true, content: binary(route.rawBody.contentTypes) };
    } else if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      };
    }
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stillpoint API',
      version,
      description:
        'A migraine diary. Records use the stillpoint.diary format; errors are { error: { code, message, field } }.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
