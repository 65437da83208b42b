import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const PROTOCOL = 'server/src/protocol/methods.ts';
const DOC = 'docs/lsp-extensions.md';

/**
 * The top-level interfaces, type aliases and constants of a TypeScript text, by name, printed
 * without comments or `export`: what they mean, whatever the layout and the prose around them.
 */
export function declarations(text: string): Map<string, string> {
  const sf = ts.createSourceFile('decls.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ removeComments: true });
  const out = new Map<string, string>();
  const print = (n: ts.Node): string => printer.printNode(ts.EmitHint.Unspecified, n, sf).replace(/^export /, '');
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) out.set(st.name.text, print(st));
    else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.set(d.name.text, print(st));
  }
  return out;
}

/** The `ts` code blocks of a markdown text, joined. */
export function tsBlocks(markdown: string): string {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]).join('\n');
}

describe('docs/lsp-extensions.md', () => {
  it('compares declarations by meaning: comments and layout do not count, a changed field does', () => {
    const source = declarations('/** doc */\nexport interface A {\n  /** x */ x: number;\n}\nexport const K = { a: \'k/a\' } as const;\n');
    assert.equal(source.get('A'), declarations('interface A { x: number }').get('A'));
    assert.notEqual(source.get('A'), declarations('interface A { x: string }').get('A'));
    assert.notEqual(source.get('K'), declarations("const K = { a: 'k/b' } as const;").get('K'));
    assert.equal(tsBlocks('text\n```ts\nconst a = 1;\n```\n```sh\nls\n```\n'), 'const a = 1;\n');
  });

  it('shows every type and constant of the protocol exactly as the code defines it, and nothing else', () => {
    const code = declarations(readFileSync(path.join(ROOT, PROTOCOL), 'utf8'));
    const doc = declarations(tsBlocks(readFileSync(path.join(ROOT, DOC), 'utf8')));
    assert.deepEqual([...doc.keys()].sort(), [...code.keys()].sort(), `${DOC} documents the declarations of ${PROTOCOL}`);
    for (const [name, text] of code) assert.equal(doc.get(name), text, `${name} changed in ${PROTOCOL}: update ${DOC}`);
  });
});
