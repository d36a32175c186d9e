/**
 * The citation check (docs/stack-and-style.md §4): the repository's own citations all resolve,
 * and each rule fails on the kind of citation it exists for.
 */
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../scripts/check-citations.ts';
import { checkText, indexMarkdown, type Repository } from '../../scripts/citations.ts';

describe('the repository', () => {
  it('cites only documents, sections, test vectors and files that exist in it', () => {
    const { files, problems } = checkRepository(process.cwd());
    expect(files).toBeGreaterThan(100);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});

const RULES = `# Rules
## 1. Ground rules
### 1.3 Two kinds of month
## 8. Verdict
### 8.2 Rate ratio
| id | input |
|---|---|
| <a id="tv-s-1"></a>TV-S-1 | 24/84 → 15/84 |
`;

function fakeRepository(): Repository {
  const docs = new Map([['docs/clinical-rules.md', indexMarkdown(RULES)]]);
  const files = new Set(['docs/clinical-rules.md', 'src/domain/verdict/rtm.ts', 'README.md']);
  return {
    exists: (path) => files.has(path) || path === 'src' || path === 'docs',
    doc: (path) => docs.get(path),
    vectors: new Set(docs.get('docs/clinical-rules.md')?.anchors),
    basenames: new Set([...files].map((f) => f.split('/').pop() ?? '')),
  };
}

const problemsOf = (text: string, file = 'src/domain/verdict/x.ts') =>
  checkText(fakeRepository(), file, text).map((p) => p.message);

describe('the citation rules', () => {
  it('accepts a cited section, a list and a range of sections, and a defined vector', () => {
    expect(
      problemsOf(
        '/** docs/clinical-rules.md §8.2, §1.3 and the\n * range docs/clinical-rules.md §1–8 (TV-S-1). */',
      ),
    ).toEqual([]);
  });

  it('accepts a section cited across a comment line break', () => {
    expect(problemsOf('/** see docs/clinical-rules.md\n * §8.2 for the closed form */')).toEqual(
      [],
    );
  });

  it('fails on a section the document does not have', () => {
    expect(problemsOf('// docs/clinical-rules.md §8.9')).toEqual([
      'cites docs/clinical-rules.md §8.9, which has no such numbered heading',
    ]);
  });

  it('fails on a § that names no document, but not on a § of an outside standard', () => {
    expect(problemsOf('// the §8.2 closed form')).toEqual([
      '§8.2 names no document: write docs/<file>.md §8.2',
    ]);
    expect(problemsOf('// UUID version 7 (RFC 9562 §5.7)')).toEqual([]);
  });

  it('reads a bare § inside a document of docs/ as a section of that document', () => {
    expect(problemsOf('as §8.2 says, and §9.9', 'docs/clinical-rules.md')).toEqual([
      'cites docs/clinical-rules.md §9.9, which has no such numbered heading',
    ]);
  });

  it('fails on an unknown test vector', () => {
    expect(problemsOf("it('TV-S-11: …')")).toEqual([
      'cites test vector TV-S-11, which no document in docs/ defines',
    ]);
  });

  it('fails on a document or code file that is not in the repository', () => {
    expect(problemsOf('// clinical-rules.md §8.2')).toEqual([
      'cites clinical-rules.md, which is not in the repository (cite it as docs/clinical-rules.md)',
    ]);
    expect(problemsOf('// counted over the diary in `diagnoses.ts`; see `rtm.ts`')).toEqual([
      'names diagnoses.ts, which is not in the repository',
    ]);
  });

  it('fails on any path outside the repository', () => {
    const shared = ['', 'work', 'shared', 'data', 'x.csv'].join('/');
    expect(problemsOf(`const CSV = '${shared}';`)).toEqual([
      `cites ${shared}, outside the repository: cite or copy what it needs into it`,
    ]);
    expect(problemsOf('see ../shared/docs/interop.md', 'README.md')).toContain(
      'cites ../shared/docs/interop.md, which leaves the repository',
    );
  });

  it('leaves URLs alone', () => {
    expect(
      problemsOf('// https://example.org/docs/unknown.md and https://example.org/../x.md'),
    ).toEqual([]);
  });
});
