import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOf } from '../../bench/lib/node-flags.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('Node flags of the server', () => {
  it('the stillpoint command, its npm launcher and npm start run Node with the same flags', () => {
    const flags = nodeFlagsOf('src/cli/main.ts').join(' ');
    expect(flags).toBe('--max-semi-space-size=64');
    expect(nodeFlagsOf(pkg.bin.stillpoint).join(' ')).toBe(flags);
    expect(pkg.scripts.start).toBe(`node ${flags} dist/cli/main.js serve`);
  });
});
