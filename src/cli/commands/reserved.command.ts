import { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';

/** Engine commands whose names are reserved until their engines land. */
export function reservedEngineCommand(name: string, description: string): Command {
  return new Command(name)
    .description(`${description} (not available yet)`)
    .argument('[files...]')
    .option('--json', 'print JSON')
    .action(() => {
      throw new AppError(
        'unavailable',
        `"stillpoint ${name}" is not available in this version yet`,
      );
    });
}
