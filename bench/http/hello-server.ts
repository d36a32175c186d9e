// The baseline: a bare Hono hello-world server on Node, same adapter as Stillpoint.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.all('*', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  console.log(`serving on http://127.0.0.1:${info.port}`);
});
