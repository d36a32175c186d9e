import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { AppError } from '../../../domain/errors.ts';

/** The media type of a request without parameters (`application/json; charset=utf-8` → `application/json`). */
export const mediaType = (header: string | undefined) =>
  header?.split(';', 1)[0]?.trim().toLowerCase() ?? '';

/**
 * Refuses a request body whose declared media type the route does not take, with 415, before
 * reading it. JSON routes take only `application/json`, uploads their declared types: a browser
 * sends `application/json` or `text/csv` to another site only after asking it (a CORS
 * preflight Stillpoint never grants), so only Stillpoint's own pages and non-browser clients
 * can send them. A change without a body and without a content type is let through.
 */
export function assertContentType(c: Context, accepted: readonly string[]): void {
  const header = c.req.header('content-type');
  if (header === undefined && !hasBody(c)) return;
  const type = mediaType(header);
  if (accepted.includes(type)) return;
  throw new AppError(
    'unsupported_media_type',
    `content-type ${type === '' ? '(none)' : `"${type.slice(0, 100)}"`} is not accepted here; send ${accepted.join(' or ')}`,
    'content-type',
  );
}

/**
 * Whether the request carries a body. On the Node server the headers say so (HTTP/1.1 frames a
 * body by length or chunks); an in-process request (tests) is asked directly, without building
 * a stream on the server's hot path.
 */
function hasBody(c: Context): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  if (c.req.header('transfer-encoding') !== undefined) return true;
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming === undefined && c.req.raw.body !== null;
}
