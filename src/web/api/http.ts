/**
 * The HTTP layer: JSON requests to the Stillpoint API, errors as values with the field they
 * name, "server unreachable" as its own error (the offline queue reacts to it), and a small
 * last-known-good cache of GET responses so pages still show data while offline.
 */
import type { ErrorBody, FieldIssue } from './types.ts';

/** The API answered with an error body (`{ error: { code, message, field, issues } }`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly issues: FieldIssue[];

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    const field = body.field;
    // A single-issue message reads "field: problem"; next to the field only the problem is shown.
    const own =
      field && body.message.startsWith(`${field}: `)
        ? body.message.slice(field.length + 2)
        : body.message;
    this.issues = body.issues ?? (field ? [{ field, message: own }] : []);
  }
}

/** The server could not be reached (offline, or the local server is not running). */
export class OfflineError extends Error {
  constructor() {
    super('The Stillpoint server cannot be reached.');
    this.name = 'OfflineError';
  }
}

const UNREACHABLE = new Set([502, 503, 504]);

function errorBody(status: number, value: unknown): ErrorBody['error'] {
  const error = (value as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') return error;
  return { code: status === 404 ? 'not_found' : 'internal', message: `HTTP ${status}` };
}

/** Sends one request; resolves with the parsed JSON (undefined for 204). */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new OfflineError();
  }
  if (UNREACHABLE.has(response.status)) throw new OfflineError();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, errorBody(response.status, value));
  return value as T;
}

const CACHE_PREFIX = 'sp:get:';
const CACHE_INDEX = 'sp:get-index';
const CACHE_ENTRIES = 40;

function remember(path: string, value: unknown): void {
  try {
    const index = (JSON.parse(localStorage.getItem(CACHE_INDEX) ?? '[]') as string[]).filter(
      (p) => p !== path,
    );
    index.unshift(path);
    for (const old of index.splice(CACHE_ENTRIES)) localStorage.removeItem(CACHE_PREFIX + old);
    localStorage.setItem(CACHE_PREFIX + path, JSON.stringify(value));
    localStorage.setItem(CACHE_INDEX, JSON.stringify(index));
  } catch {
    // storage full or unavailable: the cache is only a convenience
  }
}

/** Result of a GET: the data, and whether it is the last known copy (server unreachable). */
export interface Fetched<T> {
  data: T;
  stale: boolean;
}

const inflight = new Map<string, Promise<Fetched<unknown>>>();

/**
 * GET with the last-known-good copy as a fallback when the server cannot be reached. Identical
 * requests in flight at the same time share one response.
 */
export function getJson<T>(path: string): Promise<Fetched<T>> {
  let pending = inflight.get(path);
  if (!pending) {
    pending = fetchJson(path).finally(() => inflight.delete(path));
    inflight.set(path, pending);
  }
  return pending as Promise<Fetched<T>>;
}

async function fetchJson<T>(path: string): Promise<Fetched<T>> {
  try {
    const data = await request<T>('GET', path);
    remember(path, data);
    return { data, stale: false };
  } catch (error) {
    const cached = error instanceof OfflineError ? localStorage.getItem(CACHE_PREFIX + path) : null;
    if (cached === null) throw error;
    return { data: JSON.parse(cached) as T, stale: true };
  }
}

/** Forgets every cached GET (after a restore or a demo import). */
export function clearGetCache(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(CACHE_PREFIX)) localStorage.removeItem(key);
  }
  localStorage.removeItem(CACHE_INDEX);
}
