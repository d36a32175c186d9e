import { readFileSync } from 'node:fs';

/** The Node flags a script's first line (`#!/usr/bin/env -S node …`) passes; none otherwise. */
export function nodeFlagsOf(script: string): string[] {
  const first = readFileSync(script, 'utf8').split('\n')[0] ?? '';
  return /^#!\/usr\/bin\/env -S node (.+)$/.exec(first)?.[1]?.split(' ') ?? [];
}
