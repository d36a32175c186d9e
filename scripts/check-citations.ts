/**
 * Fails when a citation in the repository does not resolve (scripts/citations.ts): run by
 * `npm run check` and by the test command. Prints one line per problem, `file:line: message`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkText, type DocIndex, indexMarkdown, type Problem } from './citations.ts';

/** Text files whose citations are checked (data, lockfiles and images are not). */
const CHECKED = /\.(?:ts|tsx|mts|mjs|js|cjs|sh|md|json|html|css|ya?ml)$|^\.ci\/run$/;
/**
 * Not checked: the lockfile; other apps' real exports (their README.md, our provenance note, is
 * checked); and this check's own test, whose fixtures are wrong citations on purpose.
 */
const SKIPPED =
  /^(?:package-lock\.json$|test\/unit\/citations\.test\.ts$|test\/fixtures\/real\/.*(?<!\/README\.md)$)/;

/** Every tracked or new (not ignored) file of the repository at `root`. */
export function repositoryFiles(root: string): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return out.split('\0').filter((f) => f && existsSync(join(root, f)));
}

/** Checks every citation in the repository at `root`. */
export function checkRepository(root: string): { files: number; problems: Problem[] } {
  const all = repositoryFiles(root);
  const present = new Set(all);
  const docs = new Map<string, DocIndex | undefined>();
  const doc = (path: string) => {
    if (!docs.has(path)) {
      docs.set(
        path,
        path.endsWith('.md') && present.has(path) ? indexMarkdown(read(path)) : undefined,
      );
    }
    return docs.get(path);
  };
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const vectors = new Set<string>();
  for (const path of all.filter((f) => /^docs\/[^/]+\.md$/.test(f))) {
    for (const id of doc(path)?.anchors ?? []) vectors.add(id);
  }
  const folders = new Set(
    all.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const repo = {
    exists: (path: string) => present.has(path) || folders.has(path),
    doc,
    vectors,
    basenames: new Set(all.map((f) => basename(f))),
  };
  const checked = all.filter((f) => CHECKED.test(f) && !SKIPPED.test(f));
  const problems = checked.flatMap((file) => checkText(repo, file, read(file)));
  return { files: checked.length, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { files, problems } = checkRepository(process.cwd());
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`citations: ${problems.length} problem(s) in ${files} files`);
    process.exit(1);
  }
  console.log(`citations: every cited document, section, vector and file exists (${files} files)`);
}
