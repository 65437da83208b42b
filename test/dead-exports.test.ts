import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * No export without an importer: every name a source file of server/src or client/src exports is
 * imported by another file, unless the file is an entry point whose exports are read from outside
 * (the extension's activate, the package's public API). A name used only in its own file is not
 * exported: an export is a promise that other code relies on it.
 * Tests and scripts count as importers: a function tested on its own, or a helper a script runs,
 * is used through its export. `export *`, `import * as` and `import()` count as using every
 * export of their target.
 */

const ROOT = path.resolve(__dirname, '..');
const SOURCES = ['server/src', 'client/src'];
const USERS = [...SOURCES, 'test', 'scripts'];
/** Files whose exports are read by something that is not a TypeScript import. */
const ENTRY_POINTS = new Set(['client/src/extension.ts', 'server/src/index.ts', 'server/src/action/entry.ts']);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(?:ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');

/** The file a relative specifier names ('./x.js' → './x.ts'), if it is one of ours. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return rel(candidate);
    } catch {
      // not this one
    }
  }
  return undefined;
}


function exportsOf(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const st of sf.statements) {
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ?? false;
    if (exported && isDefault) out.add('default');
    else if (exported && ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
    } else if (exported && (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st))) {
      if (st.name) out.add(st.name.text);
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const e of st.exportClause.elements) out.add(e.name.text);
    } else if (ts.isExportAssignment(st)) out.add('default');
  }
  return out;
}

describe('dead exports', function () {
  this.timeout(120_000);

  it('every export of server/src and client/src is imported by another file', () => {
    const files = new Map<string, Set<string>>();
    const used = new Map<string, Set<string>>();
    const useAll = new Set<string>();
    const use = (file: string, name: string): void => {
      let s = used.get(file);
      if (!s) used.set(file, (s = new Set()));
      s.add(name);
    };
    for (const dir of USERS) {
      for (const abs of walk(path.join(ROOT, dir), [])) {
        const file = rel(abs);
        const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, false);
        if (SOURCES.some((s) => file.startsWith(`${s}/`)) && !/\.test\.ts$/.test(file)) files.set(file, exportsOf(sf));
        const visit = (node: ts.Node): void => {
          if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            const target = resolveSpecifier(abs, node.moduleSpecifier.text);
            if (target) {
              if (ts.isImportDeclaration(node)) {
                const clause = node.importClause;
                if (clause?.name) use(target, 'default');
                const b = clause?.namedBindings;
                if (b && ts.isNamespaceImport(b)) useAll.add(target);
                else if (b) for (const e of b.elements) use(target, (e.propertyName ?? e.name).text);
              } else if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) useAll.add(target);
              else for (const e of node.exportClause.elements) use(target, (e.propertyName ?? e.name).text);
            }
          } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
            const target = resolveSpecifier(abs, node.arguments[0].text);
            if (target) useAll.add(target);
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
    const dead: string[] = [];
    for (const [file, exported] of files) {
      if (ENTRY_POINTS.has(file) || useAll.has(file)) continue;
      const names = used.get(file) ?? new Set();
      // Unused by any other file: dead when its own file does not use it either, else it should
      // not be exported (tsc's noUnusedLocals then tells the two apart).
      for (const name of exported) if (!names.has(name)) dead.push(`${file}: ${name}`);
    }
    assert.deepEqual(dead.sort(), []);
  });
});
