/**
 * The page's one h1. It names the browser tab and, after an in-app navigation, takes focus so
 * screen-reader and keyboard users start at the new page's title.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { consumeNavigationFocus } from '../lib/router.tsx';

export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Stillpoint`;
    if (consumeNavigationFocus()) ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
