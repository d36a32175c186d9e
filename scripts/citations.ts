/**
 * The citation rules of the repository (docs/stack-and-style.md §4): code, tests and documents
 * cite the project's own docs as `docs/<file>.md §N.N` and test vectors as `TV-…`, and every
 * cited file, section and vector must exist. Nothing outside the repository may be cited.
 *
 * Rules, per file (`checkText`):
 * - a `*.md` name must resolve to a file, relative to the citing file or to the repository root;
 * - a `§N` (or `§N–M`, or a list `§N, §M`) must follow the document it cites and exist there as
 *   a numbered heading (`## 8.`, `### 8.2 …`); inside a document of `docs/`, a bare `§N` cites
 *   that document itself; a `§` after `RFC 1234` or another outside standard is left alone;
 * - a `TV-…` vector must exist as an anchor (`<a id="tv-s-1">`) or heading in `docs/`;
 * - a code file named on its own (`` `rtm.ts` ``) must exist somewhere in the repository;
 * - no absolute path into the machine's shared folders, and no relative path that leaves the
 *   repository.
 */
import { basename, dirname, join, normalize, relative } from 'node:path';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** The numbered sections and anchors of one markdown document. */
export interface DocIndex {
  sections: Set<string>;
  anchors: Set<string>;
}

/** What the rules need to know about the repository (paths are relative to its root). */
export interface Repository {
  exists(path: string): boolean;
  /** Index of a markdown file (its sections and anchors), or undefined when it is not one. */
  doc(path: string): DocIndex | undefined;
  /** Every test-vector id defined in docs/ (lower case). */
  vectors: ReadonlySet<string>;
  /** Basenames of every file in the repository. */
  basenames: ReadonlySet<string>;
}

const HEADING = /^#{1,6}\s+(.+)$/gm;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?(?=\s|$)/;
const ANCHOR = /<a\s+(?:id|name)="([^"]+)"/g;
const VECTOR = /\bTV-(?:[A-Z]+-)?\d+\b/g;

/** The numbered headings and the anchors of a markdown text. */
export function indexMarkdown(text: string): DocIndex {
  const sections = new Set<string>();
  const anchors = new Set<string>();
  for (const [, title = ''] of text.matchAll(HEADING)) {
    const number = SECTION_NUMBER.exec(title.trim())?.[1];
    if (number) sections.add(number);
    for (const [id] of title.matchAll(VECTOR)) anchors.add(id.toLowerCase());
  }
  for (const [, id = ''] of text.matchAll(ANCHOR)) anchors.add(id.toLowerCase());
  return { sections, anchors };
}

/** URLs are citations of the outside world by design: blanked out, keeping offsets. */
function blankUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s)'"`<>\]]+/g, (url) => ' '.repeat(url.length));
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Resolves a cited path against the citing file's folder, then the root (for bare names). */
function resolveCited(repo: Repository, file: string, cited: string): string | undefined {
  const here = normalize(join(dirname(file), cited));
  if (repo.exists(here)) return here;
  if (cited.startsWith('.')) return undefined;
  const fromRoot = normalize(cited);
  return repo.exists(fromRoot) ? fromRoot : undefined;
}

const MD_FILE = /(?<![\w@/.-])((?:\.{1,2}\/)*(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.md)(?![\w-])/g;
const CODE_FILE = /(?<![\w@/.*-])([\w-]+(?:\.[\w-]+)*\.(?:ts|tsx|mjs))(?![\w/-])/g;
const SECTION = /§\s?(\d+(?:\.\d+)*)(?:\s?[–-]\s?(\d+(?:\.\d+)*))?/g;
/** Between a document's name and its first `§`: spaces and comment continuation only. */
const AFTER_DOC = /([\w./-]+\.md)`?(?:#[\w-]+)?\)?(?:\s|\*|\/\/)*$/;
/** Between two `§` of one list. */
const LIST_GAP = /^(?:\s|\*|\/\/)*(?:,|;|and|or|&|\/)?(?:\s|\*|\/\/)*$/;
const OUTSIDE_STANDARD = /\b(?:RFC|ISO|IEC|ASVS|GDPR|Art\.?|Article)\s?[\w.:-]*\s*$/;
const SHARED_ROOT = /(?<![\w.-])\/work\/[\w./-]*/g;
const UP_PATH = /(?<![\w./-])((?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*)/g;
const BUILD_OUTPUT = /^(?:dist|node_modules)(?:\/|$)/;

/** Every citation problem of one file's text. */
export function checkText(repo: Repository, file: string, raw: string): Problem[] {
  const text = blankUrls(raw);
  const problems: Problem[] = [];
  const report = (index: number, message: string) =>
    problems.push({ file, line: lineOf(raw, index), message });
  const selfDoc = file.startsWith('docs/') && file.endsWith('.md') ? file : undefined;

  for (const m of text.matchAll(MD_FILE)) {
    const cited = m[1] ?? '';
    if (!resolveCited(repo, file, cited)) {
      const hint = repo.exists(`docs/${basename(cited)}`)
        ? ` (cite it as docs/${basename(cited)})`
        : '';
      report(m.index, `cites ${cited}, which is not in the repository${hint}`);
    }
  }

  let previous: { end: number; doc: string | null } | undefined;
  for (const m of text.matchAll(SECTION)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const named = AFTER_DOC.exec(before)?.[1];
    let doc: string | null | undefined;
    if (named) doc = resolveCited(repo, file, named) ?? null;
    else if (previous && LIST_GAP.test(text.slice(previous.end, m.index))) doc = previous.doc;
    else if (OUTSIDE_STANDARD.test(before)) doc = null;
    else if (selfDoc) doc = selfDoc;
    previous = { end: m.index + m[0].length, doc: doc ?? null };
    if (doc === undefined) {
      report(m.index, `${m[0]} names no document: write docs/<file>.md ${m[0]}`);
      continue;
    }
    if (doc === null) continue; // a missing document is reported above; outside standards pass
    const index = repo.doc(doc);
    for (const number of [m[1], m[2]]) {
      if (number && !index?.sections.has(number)) {
        report(m.index, `cites ${doc} §${number}, which has no such numbered heading`);
      }
    }
  }

  for (const m of text.matchAll(VECTOR)) {
    if (!repo.vectors.has(m[0].toLowerCase())) {
      report(m.index, `cites test vector ${m[0]}, which no document in docs/ defines`);
    }
  }

  for (const m of text.matchAll(CODE_FILE)) {
    const name = m[1] ?? '';
    if (!repo.basenames.has(name) && !resolveCited(repo, file, name)) {
      report(m.index, `names ${name}, which is not in the repository`);
    }
  }

  for (const m of text.matchAll(SHARED_ROOT)) {
    report(m.index, `cites ${m[0]}, outside the repository: cite or copy what it needs into it`);
  }
  for (const m of text.matchAll(UP_PATH)) {
    const cited = m[1] ?? '';
    const target = normalize(join(dirname(file), cited));
    // A tool's own root may differ from the file's folder (Vite's root is src/web): a path that
    // names something of the repository, or its build output, once the `../` are removed passes.
    const named = cited.replace(/^(?:\.\.\/)+/, '');
    const leaves = relative('.', target).startsWith('..');
    if (leaves && !repo.exists(named) && !BUILD_OUTPUT.test(named)) {
      report(m.index, `cites ${cited}, which leaves the repository`);
    } else if (
      !leaves &&
      !repo.exists(target) &&
      !repo.exists(named) &&
      !BUILD_OUTPUT.test(named)
    ) {
      report(m.index, `cites ${cited}, which is not in the repository`);
    }
  }
  return problems;
}
