import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { appVersion } from './config.ts';
import { createApp } from './http/app.ts';
import { allowedHosts } from './http/security/hosts.ts';
import type { Runtime } from './runtime.ts';

export interface ServeOptions {
  host: string;
  port: number;
  /** Host names the server answers to besides loopback and the bound address. */
  allowedHosts?: readonly string[];
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the API on host:port; resolves once the socket is listening. */
export function startServer(runtime: Runtime, options: ServeOptions): Promise<RunningServer> {
  const webRoot = fileURLToPath(new URL('../web', import.meta.url));
  const app = createApp(runtime.services, {
    version: appVersion(),
    allowedHosts: allowedHosts(options.host, options.allowedHosts),
    webRoot: existsSync(`${webRoot}/index.html`) ? webRoot : undefined,
    onUnexpectedError: (error) => console.error('unexpected error:', error),
  });
  return new Promise((resolvePromise, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolvePromise({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server?.close(() => done());
            }),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
