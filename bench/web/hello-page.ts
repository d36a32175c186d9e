// The baseline of the web benchmark: a static page that renders one button and marks itself
// interactive, served by node:http on loopback. Anything the real app costs more is ours.
import http from 'node:http';

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>hello</title></head>
<body><div id="root"></div><script type="module">
const b = document.createElement('button');
b.textContent = 'Migraine now';
b.addEventListener('click', () => {});
document.getElementById('root').append(b);
performance.mark('sp:interactive');
</script></body></html>`;

/** Starts the hello server on a free port; resolves with its URL and a close function. */
export function startHelloPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HTML);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
