import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shebang = readFileSync('src/cli/main.ts', 'utf8').split('\n')[0] ?? '';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('Node flags of the server', () => {
  it('the stillpoint command and npm start run Node with the same flags', () => {
    const flags = /^#!\/usr\/bin\/env -S node (.+)$/.exec(shebang)?.[1];
    expect(flags).toBe('--max-semi-space-size=64');
    expect(pkg.scripts.start).toBe(`node ${flags} dist/cli/main.js serve`);
  });
});
