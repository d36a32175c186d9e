import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { type Actor, localActor } from '../../domain/access.ts';
import { AppError } from '../../domain/errors.ts';
import type { Services } from '../services/index.ts';
import { errorResponse } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { type RouteDef, registerRoutes } from './route-def.ts';
import { analysisRoutes } from './routes/analysis.route.ts';
import { diaryRoutes } from './routes/diary.route.ts';
import { entityRoutes } from './routes/entities.route.ts';
import { interopRoutes } from './routes/interop.route.ts';
import { therapyRoutes } from './routes/therapy.route.ts';
import { crossSiteGuard } from './security/cross-site.ts';
import { securityHeaders } from './security/headers.ts';
import { LOOPBACK_HOSTS } from './security/hosts.ts';

export interface AppOptions {
  version: string;
  /** Resolves the caller; local mode acts for the single local owner. */
  actorOf?: () => Actor;
  /** Folder of the built web app (index.html + assets), served at `/` when given. */
  webRoot?: string;
  /** Host names the server answers to (default: the loopback names); see `allowedHosts`. */
  allowedHosts?: readonly string[];
  /** Reached over HTTPS (directly or through a proxy): adds Strict-Transport-Security. */
  tls?: boolean;
  /** Receives unexpected errors (the response hides their details). */
  onUnexpectedError?: (error: unknown) => void;
}

/** Every API operation, in documentation order. */
export function apiRoutes(services: Services, version: string): RouteDef[] {
  return [
    ...diaryRoutes(services, version),
    ...analysisRoutes(services),
    ...interopRoutes(services),
    ...therapyRoutes(services.therapy),
    ...Object.values(services.entities).flatMap((service) => entityRoutes(service)),
  ];
}

/** The HTTP application: JSON API under `/api`, OpenAPI at `/api/openapi.json`. */
export function createApp(services: Services, options: AppOptions): Hono {
  const app = new Hono();
  const routes = apiRoutes(services, options.version);
  const actorOf = options.actorOf ?? localActor;
  app.use('*', securityHeaders({ tls: options.tls ?? false }));
  app.use('*', crossSiteGuard(options.allowedHosts ?? LOOPBACK_HOSTS));
  registerRoutes(app, routes, () => actorOf());
  let openapi: Record<string, unknown> | undefined; // built on first request: it costs ~0.5 s
  app.get('/api/openapi.json', (c) => {
    openapi ??= openApiDocument(routes, options.version);
    return c.json(openapi);
  });
  app.all('/api/*', () => {
    throw new AppError('not_found', 'no such API endpoint or method');
  });
  if (options.webRoot) {
    // The installable web app: static files, then index.html for client-side routes.
    app.use('/*', serveStatic({ root: options.webRoot }));
    app.get('*', serveStatic({ root: options.webRoot, path: 'index.html' }));
  }
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status === 500) options.onUnexpectedError?.(error);
    return c.json(body, status as 400);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'not found' } }, 404));
  return app;
}
