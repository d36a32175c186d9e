import { isoSeconds } from '../../domain/calendar/instants.ts';
import { type Diary, diarySchema } from '../../domain/diary/diary.schema.ts';
import { AppError } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { print, readJsonFile } from '../io.ts';

/** `--now` or the current instant, refused with the option named when it is not an instant. */
export function resolveNow(now: string | undefined): string {
  const at = now ?? isoSeconds(Date.now());
  if (Number.isNaN(Date.parse(at))) {
    throw new AppError('invalid', `--now: "${at}" is not an instant`, '--now');
  }
  return at;
}

/**
 * Runs an engine on diary files, without a database: each file is read, validated and analysed
 * on its own, and its result printed as soon as it is ready (one JSON line per file with
 * `json`), so thousands of diaries stream through one process. A refused file prints an error
 * result (`{ file, error: { code, message, field } }`) and the others still run; the exit
 * code is 2 if any file was refused.
 */
export function runOnDiaryFiles<R extends object>(
  files: readonly string[],
  json: boolean | undefined,
  run: (diary: Diary, file: string) => R,
  render: (result: R) => string[],
): void {
  let refused = 0;
  for (const file of files) {
    try {
      const result = run(parseOrThrow(diarySchema, readJsonFile(file)), file);
      if (json) print(JSON.stringify({ file, ...result }));
      else {
        if (files.length > 1) print(`== ${file}`);
        for (const line of render(result)) print(line);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused += 1;
      const body = { code: error.code, message: error.message, field: error.field };
      if (json) print(JSON.stringify({ file, error: body }));
      else process.stderr.write(`${file}: ${error.message}\n`);
    }
  }
  if (refused > 0) process.exitCode = 2;
}
