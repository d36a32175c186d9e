#!/usr/bin/env -S node --max-semi-space-size=64
// The `stillpoint` command as npm links it (`npx stillpoint …` in a clone, or on PATH after
// `npm install -g`): runs the compiled CLI with the same Node flags as its own first line
// (test/unit/node-flags.test.ts keeps them alike). The file exists before anything is built,
// so npm can link it at install time; the CLI itself is built by `npm run build` (and by
// `npm start`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('stillpoint is not built yet: run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
await import(cli.href);
