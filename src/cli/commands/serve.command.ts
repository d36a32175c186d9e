import { Command, Option } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { print } from '../io.ts';
import { withStorage } from '../runtime-options.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const serveCommand = withStorage(
  new Command('serve').description('serve the Stillpoint API (and app) on this machine'),
)
  .option(
    '--host <host>',
    'address to bind; keep 127.0.0.1 so health data stays on this machine',
    '127.0.0.1',
  )
  .addOption(
    new Option('--port <port>', 'port (0: any free port)').env('STILLPOINT_PORT').default('4870'),
  )
  .action(async (o: { host: string; port: string; data?: string; database?: string }) => {
    const port = Number(o.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new AppError('invalid', `--port: "${o.port}" is not a port number`, '--port');
    }
    const { openRuntime } = await import('../../server/runtime.ts');
    const { startServer } = await import('../../server/serve.ts');
    const runtime = await openRuntime(o);
    const server = await startServer(runtime, { host: o.host, port });
    if (!LOOPBACK.has(o.host)) {
      console.error(
        `warning: bound to ${o.host}: other machines on the network can reach this diary`,
      );
    }
    print(
      `Stillpoint is serving on ${server.url} (${runtime.database.dialect}: ${runtime.database.location})`,
    );
    const stop = async () => {
      await server.close();
      await runtime.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
