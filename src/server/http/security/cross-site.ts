import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../../domain/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses what another web page could make a browser send (docs/clinic-security.md §1.2):
 *
 * - any request naming a host that is not configured (DNS rebinding), on every path;
 * - an API request a browser marks as coming from another site (`Sec-Fetch-Site` other than
 *   `same-origin` or `none`). "same-site" is refused too: another program on localhost:3000 is
 *   the same site as Stillpoint on localhost:4870;
 * - a change (POST, PUT, PATCH, DELETE) to the API whose `Origin` is not Stillpoint's own.
 *   Browsers send `Origin` on every such request; the CLI, curl and scripts send none and
 *   are not web pages.
 *
 * The content type of a change is checked per route (`content-type.ts`), so that a form or a
 * `text/plain` fetch, which a browser sends without asking the server first, is never read.
 */
export function crossSiteGuard(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts);
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (!allowed.has(url.hostname)) {
      throw new AppError(
        'forbidden',
        `this server does not answer to the host name "${url.hostname}"; start it with --allowed-host ${url.hostname} if that name is really yours`,
      );
    }
    if (url.pathname.startsWith('/api/')) {
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        throw new AppError('forbidden', `requests from other sites are refused (${site})`);
      }
      if (!SAFE_METHODS.has(c.req.method)) {
        const origin = c.req.header('origin');
        if (origin !== undefined && !sameHost(origin, url.host)) {
          throw new AppError(
            'forbidden',
            `changes from another web page are refused (origin ${origin.slice(0, 100)})`,
          );
        }
      }
    }
    await next();
  };
}

/** Whether an `Origin` names this host and port (the scheme may differ behind a TLS proxy). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
}
