/**
 * Shows the result of an endpoint that may not exist yet (the verdict engine is being built):
 * "not available yet" on 404, the result when it arrives.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { type Optional, optionalCall } from '../api/client.ts';
import { OfflineError } from '../api/http.ts';

export function useOptional<T>(path: string | null): Optional<T> | 'loading' | 'offline' {
  const [state, setState] = useState<Optional<T> | 'loading' | 'offline'>('loading');
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState('loading');
    optionalCall<T>('GET', path).then(
      (result) => live && setState(result),
      (error: unknown) =>
        live &&
        setState(
          error instanceof OfflineError
            ? 'offline'
            : { available: false, reason: error instanceof Error ? error.message : 'error' },
        ),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}

export function OptionalResult<T>(props: {
  state: Optional<T> | 'loading' | 'offline';
  notYet: ReactNode;
  children: (value: T) => ReactNode;
}) {
  if (props.state === 'loading') return <p className="muted">Loading…</p>;
  if (props.state === 'offline') return <p className="muted">Needs the server (offline now).</p>;
  if (!props.state.available) return <div className="not-yet">{props.notYet}</div>;
  return <>{props.children(props.state.value)}</>;
}

/** Plain rendering of a result whose shape is not fixed yet: its text and number fields. */
export function PlainFields({ value }: { value: Record<string, unknown> }) {
  const rows = Object.entries(value).filter(
    ([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
  return (
    <dl className="plain-fields">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</dt>
          <dd>{String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
