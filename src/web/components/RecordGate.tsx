/** Loading, missing and error states around an edit form, so forms only see a loaded record. */
import type { ReactNode } from 'react';
import type { RecordState } from '../data/use-record.ts';
import { Link } from '../lib/router.tsx';

export function RecordGate<T>(props: {
  state: RecordState<T>;
  what: string;
  children: (record: T) => ReactNode;
}) {
  const { state } = props;
  if (state.record) return <>{props.children(state.record)}</>;
  if (state.missing) {
    return (
      <div className="card">
        <p>This {props.what} does not exist (it may have been deleted).</p>
        <Link href="/">Back to Today</Link>
      </div>
    );
  }
  if (state.error) {
    return (
      <p className="field-error" role="alert">
        Could not load this {props.what}: {state.error.message}
      </p>
    );
  }
  return <p className="loading">Loading…</p>;
}
