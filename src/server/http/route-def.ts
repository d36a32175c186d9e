import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../domain/access.ts';
import { AppError } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { MAX_BODY_BYTES } from '../../shared/api.ts';
import { readBodyText } from './read-body.ts';
import { assertContentType } from './security/content-type.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Input {
  actor: Actor;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** What a handler returns: a status and a JSON body (none for 204), or a `raw` file body. */
export interface Output {
  status: 200 | 201 | 204;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (a download such as a PDF, CSV or iCalendar file) with its media type. */
  raw?: { body: Uint8Array | string; contentType: string; filename?: string };
}

export interface ResponseDef {
  description: string;
  schema?: z.ZodType;
  /** Media types of a non-JSON response body (documented as binary). */
  contentTypes?: string[];
}

/**
 * One HTTP operation, described as data. The same list registers the Hono handlers and
 * generates the OpenAPI document, so the documentation cannot drift from the code.
 */
export interface RouteDef {
  method: Method;
  /** Hono-style path with `:param` segments. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Largest accepted body in bytes (default `MAX_BODY_BYTES`). */
  maxBodyBytes?: number;
  /** A non-JSON request body (an uploaded file): read as bytes, documented with these types. */
  rawBody?: { contentTypes: string[]; read(c: Context, limit: number): Promise<Uint8Array> };
  responses: Record<number, ResponseDef>;
  handle(input: Input): Promise<Output>;
}

/** What a route without a declared upload type takes as its body. */
const JSON_ONLY = ['application/json'];

/** Routes without query parameters refuse any. */
const emptyQuery = z.strictObject({});

async function readBody(c: Context, limit: number): Promise<unknown> {
  const text = await readBodyText(c, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid', '(body): is not valid JSON', '(body)');
  }
}

/** Registers every route on the app; `actorOf` resolves who is calling. */
export function registerRoutes(
  app: Hono,
  routes: readonly RouteDef[],
  actorOf: (c: Context) => Actor,
): void {
  for (const route of routes) {
    const limit = route.maxBodyBytes ?? MAX_BODY_BYTES;
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const params = (route.params ? parseOrThrow(route.params, c.req.param()) : {}) as Record<
        string,
        string
      >;
      const query = parseOrThrow(route.query ?? emptyQuery, c.req.query()) as Record<
        string,
        string
      >;
      const hasBody = route.method === 'post' || route.method === 'put' || route.method === 'patch';
      let body: unknown;
      if (hasBody) {
        assertContentType(c, route.rawBody?.contentTypes ?? JSON_ONLY);
        body = await (route.rawBody?.read ?? readBody)(c, limit);
      }
      const out = await route.handle({ actor: actorOf(c), params, query, body });
      if (out.status === 204) return c.body(null, 204, out.headers);
      if (out.raw) {
        const headers: Record<string, string> = {
          ...out.headers,
          'content-type': out.raw.contentType,
        };
        if (out.raw.filename)
          headers['content-disposition'] = `attachment; filename="${out.raw.filename}"`;
        const raw = out.raw.body;
        return typeof raw === 'string'
          ? c.body(raw, out.status, headers)
          : c.body(new Uint8Array(raw), out.status, headers);
      }
      return c.json(out.body ?? null, out.status, out.headers);
    });
  }
}
