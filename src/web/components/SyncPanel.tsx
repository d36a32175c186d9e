/** Entries waiting on this device: send now, or discard one the server refused. */
import { useSyncExternalStore } from 'react';
import { formatDateTime } from '../lib/dates.ts';
import { pendingOps, removeOp, subscribeQueue } from '../offline/queue.ts';
import { flush } from '../offline/sync.ts';

export function SyncPanel() {
  const ops = useSyncExternalStore(subscribeQueue, pendingOps);
  if (ops.length === 0) return <p>Everything is saved on the server.</p>;
  return (
    <>
      <ul className="entry-list">
        {ops.map((op) => (
          <li key={op.opId} className="entry">
            <span className="entry-main">{op.label}</span>
            <span className="entry-detail">
              {op.failure ? `Not accepted: ${op.failure.message}` : 'Waiting to be sent'} · saved{' '}
              {formatDateTime(op.queuedAt)}
            </span>
            {op.failure && (
              <button type="button" className="button quiet" onClick={() => removeOp(op.opId)}>
                Discard this entry
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => void flush()}>
        Send now
      </button>
    </>
  );
}
