/**
 * Line numbers for JSON paths: where in a (valid) JSON text the value at `attacks[3].peakPain`
 * starts, so a validation report can say "line 812" next to the path. Only the subtrees on the
 * way to a wanted path are walked; everything else is skipped bracket by bracket, so a report
 * on a large file stays cheap. A path that does not exist (a missing field) gets the line of its
 * nearest existing parent.
 */

/** `['attacks', 3, 'peakPain']` → `attacks[3].peakPain` (the format of field issues). */
export function pathKey(path: readonly PropertyKey[]): string {
  let out = '';
  for (const s of path)
    out += typeof s === 'number' ? `[${s}]` : out === '' ? String(s) : `.${String(s)}`;
  return out;
}

class Scanner {
  i = 0;
  line = 1;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.i++;
    }
  }

  string(): string {
    const t = this.text;
    const start = ++this.i;
    let escaped = false;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) break;
      this.i++;
    }
    const raw = t.slice(start, this.i++);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  /** Skips one value without recording anything. */
  skip(): void {
    const t = this.text;
    let depth = 0;
    do {
      this.ws();
      const c = t[this.i];
      if (c === '"') this.string();
      else if (c === '{' || c === '[') {
        depth++;
        this.i++;
      } else if (c === '}' || c === ']') {
        depth--;
        this.i++;
      } else if (c === ',' || c === ':') this.i++;
      else while (this.i < t.length && !/[\s,\]}]/.test(t[this.i] ?? '')) this.i++;
    } while (depth > 0 && this.i < t.length);
  }
}

/**
 * The line of each wanted path (keys as `pathKey` writes them). Returns an empty map for text
 * that is not JSON.
 */
export function jsonLines(
  text: string,
  wanted: readonly (readonly PropertyKey[])[],
): Map<string, number> {
  const prefixes = new Set<string>();
  for (const path of wanted)
    for (let n = 0; n <= path.length; n++) prefixes.add(pathKey(path.slice(0, n)));
  const found = new Map<string, number>();
  const s = new Scanner(text);
  const walk = (path: PropertyKey[]) => {
    s.ws();
    const key = pathKey(path);
    if (!prefixes.has(key)) return s.skip();
    found.set(key, s.line);
    const c = s.text[s.i];
    if (c !== '{' && c !== '[') return s.skip();
    s.i++;
    for (let index = 0; ; index++) {
      s.ws();
      if (s.text[s.i] === '}' || s.text[s.i] === ']') {
        s.i++;
        return;
      }
      let segment: PropertyKey = index;
      if (c === '{') {
        segment = s.string();
        s.ws();
        s.i++; // ':'
      }
      walk([...path, segment]);
      s.ws();
      if (s.text[s.i] === ',') s.i++;
      if (s.i >= s.text.length) return;
    }
  };
  try {
    walk([]);
  } catch {
    return new Map();
  }
  const out = new Map<string, number>();
  for (const path of wanted) {
    for (let n = path.length; n >= 0; n--) {
      const line = found.get(pathKey(path.slice(0, n)));
      if (line !== undefined) {
        out.set(pathKey(path), line);
        break;
      }
    }
  }
  return out;
}

/** Line and column of a character offset (for JSON syntax errors). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
