/**
 * The states of a server answer around a card's content: loading, "needs the server" while
 * offline without a last known copy, an error in words, or the answer (with a note when it is
 * the last known copy).
 */
import type { ReactNode } from 'react';
import { OfflineError } from '../api/http.ts';
import type { Query } from '../data/use-query.ts';

export function QueryResult<T>(props: {
  query: Query<T>;
  /** What is loaded, for the error line ("the verdict"). */
  what: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.data !== undefined) {
    return (
      <>
        {query.stale && (
          <p className="hint">Last known copy: the server cannot be reached right now.</p>
        )}
        {props.children(query.data)}
      </>
    );
  }
  if (query.loading) return <p className="loading">Loading…</p>;
  if (query.error instanceof OfflineError) {
    return <p className="muted">Needs the Stillpoint server, which cannot be reached right now.</p>;
  }
  if (query.error) {
    return (
      <p className="field-error" role="alert">
        Could not load {props.what}: {query.error.message}
      </p>
    );
  }
  return null;
}
