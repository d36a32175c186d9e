/**
 * Form state that survives a failed save: values stay as typed, and the server's (or the
 * client-side schema's) field errors are kept for display next to each field.
 */
import { useCallback, useState } from 'react';
import { ApiError } from '../api/http.ts';
import type { FieldIssue } from '../api/types.ts';
import type { SaveOutcome } from '../data/records.ts';

export type FormStatus = 'idle' | 'saving' | 'failed' | SaveOutcome;

export interface FormState<T> {
  values: T;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  setValues: (update: (values: T) => T) => void;
  errors: FieldIssue[];
  status: FormStatus;
  submit: (action: (values: T) => Promise<SaveOutcome | undefined>) => Promise<boolean>;
}

/** Turns any thrown value into field issues ('' = not about one field). */
export function issuesOf(error: unknown): FieldIssue[] {
  if (error instanceof ApiError) {
    return error.issues.length > 0 ? error.issues : [{ field: '', message: error.message }];
  }
  return [{ field: '', message: error instanceof Error ? error.message : String(error) }];
}

export function useForm<T>(initial: T | (() => T)): FormState<T> {
  const [values, setValuesState] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<FormStatus>('idle');
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValuesState((v) => ({ ...v, [key]: value }));
  }, []);
  const setValues = useCallback((update: (values: T) => T) => setValuesState(update), []);
  const submit = async (action: (values: T) => Promise<SaveOutcome | undefined>) => {
    setStatus('saving');
    setErrors([]);
    try {
      setStatus((await action(values)) ?? 'saved');
      return true;
    } catch (error) {
      setErrors(issuesOf(error));
      setStatus('failed');
      return false;
    }
  };
  return { values, set, setValues, errors, status, submit };
}
