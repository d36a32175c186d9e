import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../domain/diary/record-defaults.ts';
import { newAttack } from './attack.ts';

describe('a new attack from the quick log', () => {
  it('carries every default of the diary format, as the server would store it', () => {
    const a = newAttack('2026-03-01T08:00:00Z');
    expect(a).toEqual(withDefaults('attacks', { id: a.id, start: a.start, timeZone: a.timeZone }));
  });
});
