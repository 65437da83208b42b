import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_ROOTS = ['server/src', 'client/src'];

/** Every non-test TypeScript source file under the source roots, as a root-relative POSIX path. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const r of SOURCE_ROOTS) walk(r);
  return out.sort();
}

/**
 * The project files a file imports or re-exports, type-only imports included: a circle of types
 * is still a circle a reader has to untangle.
 */
export function importsOf(file: string, text: string, exists: (p: string) => boolean): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec.replace(/\.js$/, '.ts')));
    if (exists(target)) out.push(target);
  }
  return out;
}

/** The strongly connected components of more than one file (Tarjan), each sorted. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      scc.push(w);
    }
    if (scc.length > 1 || graph.get(v)?.includes(v)) out.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('architecture', () => {
  it('finds a circle when there is one (the guard itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    assert.deepEqual(circles(graph), [['a.ts', 'b.ts', 'c.ts']]);
    assert.deepEqual(circles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
    const files = new Set(['x/a.ts', 'x/y/b.ts', 'c.ts']);
    assert.deepEqual(importsOf('x/a.ts', "import type { B } from './y/b.js';\nexport { C } from '../c.js';\nimport 'zod';\n", (p) => files.has(p)), ['x/y/b.ts', 'c.ts']);
  });

  it('has no import circles in server/src and client/src, type imports included', () => {
    const files = sources();
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(path.join(ROOT, f), 'utf8'), (p) => known.has(p))]));
    assert.deepEqual(circles(graph), [], 'files that import each other, directly or around a circle');
  });
});
