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
  if (incoming.readableEnded) return '';
  // Plain stream events: an async iterator over the request costs more than the rest of reading.
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: unknown) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', finish);
      incoming.off('close', onClose);
      if (error !== undefined) reject(error);
      else resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish(tooLarge(limit));
        incoming.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onClose = () => {
      const error = new Error('Premature close') as Error & { code: string };
      error.code = 'ERR_STREAM_PREMATURE_CLOSE';
      finish(error);
    };
    if (incoming.destroyed) return onClose();
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', finish);
    incoming.on('close', onClose);
  });
}
