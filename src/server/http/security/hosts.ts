import { AppError } from '../../../domain/errors.ts';

/** The names of this machine's loopback interface, as they appear in a URL's host. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Whether a bind address is the loopback interface (the default, single-person local mode). */
export const isLoopback = (bind: string) =>
  ['localhost', '127.0.0.1', '::1', '[::1]'].includes(bind.toLowerCase());

/**
 * A host name as a URL spells it: lower case, an IPv6 address in brackets. Refuses anything
 * that is not a plain DNS name or IP address (a port, a path, a scheme).
 */
export function normaliseHost(name: string): string {
  const trimmed = name.trim().toLowerCase();
  const bracketed = trimmed.includes(':') && !trimmed.startsWith('[') ? `[${trimmed}]` : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(`http://${bracketed}/`);
  } catch {
    throw new AppError('invalid', `"${name}" is not a host name`, 'allowedHosts');
  }
  if (parsed.hostname !== bracketed || parsed.port !== '') {
    throw new AppError('invalid', `"${name}" is not a host name (no port or path)`, 'allowedHosts');
  }
  return parsed.hostname;
}

/**
 * The host names the server answers to (docs/clinic-security.md §1.1): the loopback names, the address it
 * is bound to, and the names configured with `--allowed-host` / `STILLPOINT_ALLOWED_HOSTS`. A
 * request naming any other host is refused, which defeats DNS rebinding: a page on
 * evil.example whose name is made to resolve to 127.0.0.1 still sends `Host: evil.example`.
 */
export function allowedHosts(bind: string, configured: readonly string[] = []): string[] {
  const names = new Set(LOOPBACK_HOSTS);
  if (bind !== '0.0.0.0' && bind !== '::') names.add(normaliseHost(bind));
  for (const name of configured) names.add(normaliseHost(name));
  return [...names];
}

/** Host names from a comma- or space-separated list (the environment variable's form). */
export const hostList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
