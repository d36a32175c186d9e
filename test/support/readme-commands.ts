/**
 * The commands of the README, as a person would copy them: every line of a ```sh block (lines
 * ending in `\` joined with the next), without its trailing `# comment`, split at `&&` into steps.
 */

export interface ReadmeCommand {
  /** Line of the README where the command starts. */
  line: number;
  /** The command as written (continuations joined). */
  command: string;
  /** Its steps, in order (`a && b` → `a`, `b`). */
  steps: string[];
}

const FENCE = /^```(\w*)\s*$/;
const SHELLS = new Set(['sh', 'bash', 'shell', 'console']);

/** Drops a trailing comment: a `#` after whitespace, outside quotes. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      return line.slice(0, i).trimEnd();
    }
  }
  return line.trimEnd();
}

/** Every command of the README's shell blocks, in order. */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const out: ReadmeCommand[] = [];
  const lines = markdown.split('\n');
  let inShell = false;
  let inFence = false;
  let pending: { line: number; text: string } | undefined;
  lines.forEach((raw, index) => {
    const fence = FENCE.exec(raw.trim());
    if (fence) {
      inFence = !inFence;
      inShell = inFence && SHELLS.has(fence[1] ?? '');
      return;
    }
    if (!inShell) return;
    const text = withoutComment(raw).trim();
    if (!text && !pending) return;
    const joined = pending ? `${pending.text} ${text}` : text;
    const line = pending?.line ?? index + 1;
    if (joined.endsWith('\\')) {
      pending = { line, text: joined.slice(0, -1).trimEnd() };
      return;
    }
    pending = undefined;
    out.push({ line, command: joined, steps: joined.split(/\s+&&\s+/) });
  });
  return out;
}
