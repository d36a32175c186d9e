import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { AppError } from '../../domain/errors.ts';

const tooLarge = (limit: number) =>
  new AppError('too_large', `request body is larger than ${limit} bytes`);

/**
 * Reads a request body as text, refusing more than `limit` bytes with `too_large` (413).
 *
 * On the Node server the body is read straight from the socket stream: building a WHATWG
 * Request with a web stream for every POST costs more CPU than validating and storing the
 * record. Elsewhere (in-process `app.request` in tests) it falls back to the standard Request.
 * A declared `content-length` over the limit is refused before reading anything.
 */
export async function readBodyText(c: Context, limit: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge(limit);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || typeof incoming.on !== 'function') {
    const text = await c.req.text();
    if (Buffer.byteLength(text) > limit) throw tooLarge(limit);
    return text;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      incoming.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
