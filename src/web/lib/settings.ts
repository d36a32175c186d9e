/**
 * Preferences kept on this device: the clinical engine's day rules (sent as query options with
 * every analysis request). The server has no place for them yet.
 */
import { useSyncExternalStore } from 'react';
import type { AnalysisOptions } from '../api/types.ts';

const KEY = 'sp:settings';

export interface Settings {
  rules: Pick<AnalysisOptions, 'migraineDayRule' | 'chronicMonthsMode' | 'attackMergeRule'>;
  /** The first-run welcome was dismissed. */
  welcomed?: boolean;
}

const listeners = new Set<() => void>();
let current: Settings | undefined;

function load(): Settings {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return { rules: parsed.rules ?? {}, welcomed: parsed.welcomed };
  } catch {
    return { rules: {} };
  }
}

export function getSettings(): Settings {
  current ??= load();
  return current;
}

export function updateSettings(change: Partial<Settings>): void {
  current = { ...getSettings(), ...change };
  localStorage.setItem(KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSettings = (): Settings => useSyncExternalStore(subscribe, getSettings);
