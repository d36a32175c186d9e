/**
 * The visible sync state: whether entries wait on this device, are being sent, or were refused
 * by the server (then the person reviews them in Settings). Quiet when everything is saved.
 */
import { useSyncExternalStore } from 'react';
import { Link } from '../lib/router.tsx';
import { pendingOps, subscribeQueue } from '../offline/queue.ts';
import { subscribeSync, syncState } from '../offline/sync.ts';

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function SyncStatus() {
  const ops = useSyncExternalStore(subscribeQueue, pendingOps);
  const sync = useSyncExternalStore(subscribeSync, syncState);
  const failed = ops.filter((op) => op.failure).length;
  const waiting = ops.length - failed;
  let text = 'All saved';
  let tone = 'ok';
  if (failed > 0) {
    text = `${entries(failed)} not accepted — review`;
    tone = 'problem';
  } else if (waiting > 0) {
    const where = sync.reachable ? '' : 'Offline · ';
    text = sync.syncing ? `Sending ${entries(waiting)}…` : `${where}${waiting} waiting to sync`;
    tone = 'waiting';
  } else if (!sync.reachable) {
    text = 'Offline · showing saved copy';
    tone = 'waiting';
  }
  return (
    <div className={`sync sync-${tone}`} role="status" data-testid="sync-status">
      {tone === 'ok' ? (
        <span>{text}</span>
      ) : (
        <Link href="/settings#sync">
          <span aria-hidden="true" className="sync-dot" />
          {text}
        </Link>
      )}
    </div>
  );
}
