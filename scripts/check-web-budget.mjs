#!/usr/bin/env node
// Initial JavaScript budget of the web app: the entry script of dist/web/index.html, its
// modulepreloads and every chunk they import statically, gzipped (level 9). Chunks loaded on
// demand (import(...)) do not count. Prints the figure; exits 1 over budget or without a build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1000;
const root = process.argv[2] ?? 'dist/web';
const indexPath = join(root, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`no ${indexPath}: build the web app first (npx vite build)`);
  process.exit(1);
}

const html = readFileSync(indexPath, 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
].map((m) => m[1]);

// Static imports in minified output: import{a as b}from"./x.js" or import"./x.js"; a dynamic
// import(...) has a parenthesis between `import` and the quote, so it never matches.
const STATIC_IMPORT = /\bimport\s*(?:[^()'"`;]*?\bfrom\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;

const seen = new Map();
function visit(file) {
  if (seen.has(file)) return;
  const source = readFileSync(join(root, file));
  seen.set(file, gzipSync(source, { level: 9 }).length);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of source.toString('utf8').matchAll(STATIC_IMPORT)) visit(dir + m[1].slice(2));
}
for (const entry of entries) visit(entry);

const total = [...seen.values()].reduce((a, b) => a + b, 0);
for (const [file, bytes] of [...seen].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${(bytes / 1000).toFixed(1).padStart(7)} kB  ${file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within budget' : 'OVER BUDGET';
console.log(
  `initial JS: ${(total / 1000).toFixed(1)} kB gzipped in ${seen.size} files ` +
    `(budget ${BUDGET_BYTES / 1000} kB): ${verdict}`,
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
