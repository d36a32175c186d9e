import { isoSeconds } from '../domain/calendar/instants.ts';
import { AppError } from '../domain/errors.ts';

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440 };

/** Parses `30m`, `2h`, `1h30m`, `1d` into minutes; names `option` in the error. */
export function parseDuration(value: string, option: string): number {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)([mhd])/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || consumed !== value.trim()) {
    throw new AppError(
      'invalid',
      `${option}: "${value}" is not a duration like 30m, 2h or 1h30m`,
      option,
    );
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MINUTES[p[2] ?? 'm'] ?? 1), 0);
}

/** An instant from `--at`/`--start` (ISO) or `--ago` (duration before now), else now. */
export function instantFrom(
  nowMs: number,
  at: string | undefined,
  ago: string | undefined,
  option = '--at',
): string {
  if (at !== undefined && ago !== undefined) {
    throw new AppError('invalid', `${option} and --ago: give one, not both`, option);
  }
  if (at !== undefined) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms))
      throw new AppError('invalid', `${option}: "${at}" is not a date and time`, option);
    return isoSeconds(ms);
  }
  if (ago !== undefined) return isoSeconds(nowMs - parseDuration(ago, '--ago') * 60_000);
  return isoSeconds(nowMs);
}

/** A comma-separated list (`a,b`) → array; undefined stays undefined. */
export const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

/** A number option; non-numbers pass through so validation names the field. */
export const num = (value: string | undefined): number | string | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
};

/** Drops undefined values so records only carry what was given. */
export function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
