// The baseline: a bare Hono hello-world server on the same adapter as Stillpoint. Plain
// JavaScript, so it runs as the compiled Stillpoint server does: plain `node`, no loader, with
// the Node flags of the `stillpoint` command's first line (bench/http/run.ts starts both).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.all('*', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  console.log(`serving on http://127.0.0.1:${info.port}`);
});
