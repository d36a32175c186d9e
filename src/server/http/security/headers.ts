import type { MiddlewareHandler } from 'hono';

/**
 * The `<style>` element Observable Plot 0.6.17 puts into every chart it draws (default class
 * `plot-d6a7b5`). A style element inserted by script is refused by `style-src 'self'` unless its
 * hash is listed; `test/unit/csp.test.ts` draws the app's charts and fails when Plot's text changes.
 */
export const PLOT_STYLE_HASH = "'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww='";

/**
 * The Content-Security-Policy of the app and the API (docs/clinic-security.md §1.3). Scripts, styles,
 * fonts, the manifest and the service worker come from Stillpoint itself; charts are SVG built
 * in the page (styles set through the CSSOM are allowed; Plot's one style element is allowed by
 * hash); images may be data: or blob: URLs (the backup download). Nothing may frame the app,
 * plugins are off, and forms may only post to Stillpoint.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${PLOT_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The headers every response carries, the app's pages and the API's answers alike. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** Strict-Transport-Security for a server reached over HTTPS: one year, subdomains too. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Sets the security headers before the handler runs, so every response (static files, errors,
 * refusals) is built with them: setting headers on a finished response rebuilds it through web
 * streams, which costs more CPU than storing a record. API answers are never cached.
 */
export function securityHeaders(options: { tls: boolean }): MiddlewareHandler {
  const headers: (readonly [string, string])[] = [...SECURITY_HEADERS];
  if (options.tls) headers.push(['strict-transport-security', HSTS]);
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    if (c.req.path.startsWith('/api/')) c.header('cache-control', 'no-store');
    await next();
  };
}
