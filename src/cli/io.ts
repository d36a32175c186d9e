import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../domain/errors.ts';

/** Writes a file atomically (temp file + rename), so a crash never leaves half a backup. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { flush: true });
  renameSync(tmp, path);
}

/** Reads and parses a JSON file, turning I/O and syntax problems into clear errors. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('not_found', `cannot read ${path}: ${code ?? String(error)}`, 'FILE');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid', `${path} is not valid JSON: ${(error as Error).message}`, 'FILE');
  }
}

/**
 * Progress for long operations on a terminal: a single updating line on stderr. Silent when
 * stderr is not a terminal (piped, CI), so scripts get clean output.
 */
export function progressReporter(label: string): ((done: number, total: number) => void) & {
  finish(): void;
} {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const report = (done: number, total: number) => {
    if (!tty) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    process.stderr.write(`\r${label}: ${done}/${total} (${pct}%)`);
  };
  return Object.assign(report, {
    finish: () => {
      if (tty) process.stderr.write('\n');
    },
  });
}

let stdoutClosed = false;

/**
 * Keeps the process alive when the reader of stdout goes away (`stillpoint import … | head -2`):
 * an EPIPE ends the output, never the command, so a write the command was doing completes
 * (or, if it had not started, does not start half-way: every write is one transaction).
 */
export function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stdoutClosed = true;
    else throw error;
  });
}

export const print = (line: string) => {
  if (!stdoutClosed) process.stdout.write(`${line}\n`);
};
export const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));
