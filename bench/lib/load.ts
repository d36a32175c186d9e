import net from 'node:net';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Failed requests by response status; 599 = the connection failed before an answer. */
  failures: Record<number, number>;
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
 * Longest a connection is reused after it fell idle. Node's HTTP server closes a keep-alive
 * connection after 5 s of quiet; a request sent just as it does fails, so clients stop reusing
 * connections a little earlier (undici: 4 s). The open loop leaves connections idle that long
 * after a burst (it opens one whenever none is free).
 */
const KEEP_ALIVE_MS = 4000;

/**
 * The load generator shares the machine with the server it measures (two cores here), so it
 * has to cost as little CPU as it can: Node's `http.request` spends about as much per request
 * as the server under test, and that contention showed up as latency of the server. This one
 * writes each request as one string on a keep-alive socket and reads only what it needs from
 * the response (status, Content-Length or chunked framing). One request at a time per
 * connection, as a browser or app would send them; no pipelining.
 */
class Connection {
  private readonly socket: net.Socket;
  /** When it last finished a request (performance.now()). */
  idleSince = performance.now();
  private buffer: Buffer | undefined;
  private done: ((status: number) => void) | undefined;
  closed = false;

  constructor(port: number, host: string) {
    this.socket = net.connect({ port, host, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    const fail = () => {
      this.closed = true;
      this.finish(599);
    };
    this.socket.on('error', fail);
    this.socket.on('close', fail);
  }

  /** Sends one request; `done` gets the response status (599 when the connection failed). */
  send(head: string, body: string, done: (status: number) => void): void {
    this.done = done;
    this.socket.write(head + body);
  }

  private finish(status: number): void {
    const done = this.done;
    this.done = undefined;
    this.buffer = undefined;
    done?.(status);
  }

  private read(chunk: Buffer): void {
    const buf = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) {
      this.buffer = buf;
      return;
    }
    const head = buf.toString('latin1', 0, end);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const bodyEnd = length
      ? end + 4 + Number(length[1])
      : /\r\ntransfer-encoding:\s*chunked/i.test(head)
        ? chunkedEnd(buf, end + 4)
        : end + 4;
    if (bodyEnd < 0 || buf.length < bodyEnd) {
      this.buffer = buf;
      return;
    }
    this.finish(Number(head.slice(9, 12)));
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Where a chunked body starting at `from` ends, or -1 while it is incomplete. */
function chunkedEnd(buf: Buffer, from: number): number {
  let at = from;
  for (;;) {
    const line = buf.indexOf('\r\n', at);
    if (line < 0) return -1;
    const size = Number.parseInt(buf.toString('latin1', at, line), 16);
    if (size === 0) return buf.length >= line + 4 ? line + 4 : -1;
    at = line + 2 + size + 2;
    if (at > buf.length) return -1;
  }
}

/** The request line and headers for `req` with a body of `bodyBytes` bytes. */
function requestHead(url: URL, req: Request, bodyBytes: number): string {
  return (
    `${req.method} ${req.path} HTTP/1.1\r\nhost: ${url.host}\r\n` +
    `content-type: application/json\r\ncontent-length: ${bodyBytes}\r\n\r\n`
  );
}

/** A new keep-alive connection to the server at `url`. */
function connect(url: URL): Connection {
  return new Connection(Number(url.port), url.hostname);
}

function sendOn(conn: Connection, url: URL, req: Request): Promise<number> {
  const body = req.body();
  return new Promise((resolve) =>
    conn.send(requestHead(url, req, Buffer.byteLength(body)), body, resolve),
  );
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
  const url = new URL(base);
  const latenciesMs: number[] = [];
  const failures: Record<number, number> = {};
  const until = performance.now() + seconds * 1000;
  const start = performance.now();
  const lane = async () => {
    let conn = connect(url);
    while (performance.now() < until) {
      if (conn.closed) conn = connect(url);
      const t0 = performance.now();
      const status = await sendOn(conn, url, req);
      latenciesMs.push(performance.now() - t0);
      if (status >= 400) failures[status] = (failures[status] ?? 0) + 1;
    }
    conn.close();
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsed = (performance.now() - start) / 1000;
  return {
    requests: latenciesMs.length,
    errors: count(failures),
    failures,
    seconds: elapsed,
    rate: latenciesMs.length / elapsed,
    latenciesMs,
  };
}

/**
 * Open-loop load at a fixed `rate` (requests per second) for `seconds`: requests are sent on
 * schedule whether or not earlier ones have answered (on an idle connection, or a new one), and
 * latency counts from the scheduled time, so it includes queueing and any lateness of the
 * generator itself.
 */
export async function openLoop(
  base: string,
  req: Request,
  rate: number,
  seconds: number,
): Promise<LoadResult> {
  const url = new URL(base);
  const idle: Connection[] = Array.from({ length: 8 }, () => connect(url));
  const all = [...idle];
  const latenciesMs: number[] = [];
  const failures: Record<number, number> = {};
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    let conn = idle.pop();
    while (conn && (conn.closed || performance.now() - conn.idleSince > KEEP_ALIVE_MS)) {
      conn.close();
      conn = idle.pop();
    }
    if (!conn) {
      conn = connect(url);
      all.push(conn);
    }
    const used = conn;
    // A request sent up to 1 ms early (timer granularity) counts from when it was sent.
    const from = Math.min(due, performance.now());
    pending.push(
      sendOn(used, url, req).then((status) => {
        latenciesMs.push(performance.now() - from);
        if (status >= 400) failures[status] = (failures[status] ?? 0) + 1;
        used.idleSince = performance.now();
        if (!used.closed) idle.push(used);
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  for (const conn of all) conn.close();
  return {
    requests: total,
    errors: count(failures),
    failures,
    seconds: elapsed,
    rate: total / elapsed,
    latenciesMs,
  };
}

/** Number of failed requests, over all statuses. */
function count(failures: Record<number, number>): number {
  return Object.values(failures).reduce((a, b) => a + b, 0);
}

/** The q-quantile (0–1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
