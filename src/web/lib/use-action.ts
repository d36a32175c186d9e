/** Runs one-tap actions, keeping the message of the last failure for display. */
import { useCallback, useState } from 'react';
import { issuesOf } from './use-form.ts';

export function useAction(): [string | undefined, (action: () => Promise<unknown>) => void] {
  const [error, setError] = useState<string>();
  const run = useCallback((action: () => Promise<unknown>) => {
    setError(undefined);
    action().catch((e: unknown) => {
      const issue = issuesOf(e)[0];
      if (!issue) setError('Something went wrong.');
      else setError(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
    });
  }, []);
  return [error, run];
}
