/** Delete with an in-page confirmation (no browser dialog), and the refusal shown if any. */
import { useState } from 'react';
import { useAction } from '../lib/use-action.ts';

export function DeleteButton(props: { what: string; onDelete: () => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const [error, run] = useAction();
  if (!asking) {
    return (
      <button type="button" className="button danger" onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>Delete this {props.what}? This cannot be undone.</legend>
      <div className="button-row">
        <button type="button" className="button danger" onClick={() => run(props.onDelete)}>
          Yes, delete
        </button>
        <button type="button" className="button quiet" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
