import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rate: number;
  latenciesMs: number[];
}

export interface Request {
  method: string;
  path: string;
  body: () => string;
}

/**
 * Closed-loop load: `concurrency` keep-alive connections each send the next request as soon as
 * the previous answers, for `seconds`. Bounded in time; loopback only.
 */
export async function closedLoop(
  base: string,
  req: Request,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(base);
  const latenciesMs: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const start = performance.now();
  const lane = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const status = await send(agent, url, req);
      latenciesMs.push(performance.now() - t0);
      if (status >= 400) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: latenciesMs.length,
    errors,
    seconds: elapsed,
    rate: latenciesMs.length / elapsed,
    latenciesMs,
  };
}

/**
 * Open-loop load at a fixed `rate` (requests per second) for `seconds`: requests are sent on
 * schedule whether or not earlier ones have answered, so latency includes queueing.
 */
export async function openLoop(
  base: string,
  req: Request,
  rate: number,
  seconds: number,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(base);
  const latenciesMs: number[] = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(agent, url, req).then((status) => {
        latenciesMs.push(performance.now() - due);
        if (status >= 400) errors++;
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return { requests: total, errors, seconds: elapsed, rate: total / elapsed, latenciesMs };
}

function send(agent: http.Agent, url: URL, req: Request): Promise<number> {
  const body = req.body();
  return new Promise((resolve) => {
    const r = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    r.on('error', () => resolve(599));
    r.end(body);
  });
}

/** The q-quantile (0–1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
