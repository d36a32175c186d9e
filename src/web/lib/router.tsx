/**
 * A small client-side router on the History API: the server answers every non-API path with
 * index.html, so deep links and reloads work.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
window.addEventListener('popstate', () => {
  focusPending = true;
  notify();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentHref = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, currentHref);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

let focusPending = false;

/** True once after an in-app navigation: the new page's title should take focus. */
export function consumeNavigationFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/** Goes to `to` (pushing history unless `replace`). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  focusPending = new URL(to, window.location.origin).pathname !== window.location.pathname;
  if (options.replace) window.history.replaceState(window.history.state, '', to);
  else window.history.pushState({ inApp: true }, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** Back to where the person came from inside the app, else to `fallback`. */
export function goBack(fallback: string): void {
  const state = window.history.state as { inApp?: boolean } | null;
  if (state?.inApp) {
    window.history.back();
  } else {
    navigate(fallback, { replace: true });
  }
}

/** `/attacks/:id` against `/attacks/abc` → `{ id: 'abc' }`, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length && !(pattern === '/' && path === '/')) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary link that navigates without reloading the page. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
