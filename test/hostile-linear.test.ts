/**
 * Every parser of user files stays linear on inputs built to make a backtracking scanner
 * explode: for each, the cost at 4n is compared with the cost at n, both measured in the test
 * (CPU time, best of four). Linear work gives about 4, quadratic about 16; the bound is 10.
 */
import { strict as assert } from 'node:assert';
import { detectManifest, manifestKind } from '../server/src/core/detection/manifests.js';
import { DEFAULT_DETECTION_CONFIG } from '../server/src/core/detection/types.js';
import { tableFor } from '../server/src/core/detection/table.js';
import { ParsedRegistry } from '../server/src/core/manifest/registry.js';
import { SourceFile } from '../server/src/core/text/source-file.js';
import { assertLinear } from './support/growth.js';

const table = tableFor(DEFAULT_DETECTION_CONFIG);

/** Manifest inputs, by file name: a prefix, a unit repeated n times, a suffix. */
const MANIFESTS: [file: string, what: string, build: (n: number) => string][] = [
  ['pyproject.toml', 'a header line of blanks left open', (n) => `[${' '.repeat(n)}x`],
  ['pyproject.toml', 'a header of blanks around dots', (n) => `[a${' . '.repeat(n)}b]\n`],
  ['pyproject.toml', 'a dependency array line of "\\ pairs', (n) => `[project]\ndependencies = [${'"\\'.repeat(n)}\n`],
  ['pyproject.toml', 'an array of open strings, one per line', (n) => `[project]\ndependencies = [\n${'"\\\n'.repeat(n)}`],
  ['pyproject.toml', 'a key, blanks, = and blanks, then a carriage return', (n) => `[project]\ndependencies${' '.repeat(n)}=${' '.repeat(n)}\rx\n`],
  ['pyproject.toml', 'a PEP 508 name of dots', (n) => `[project]\ndependencies = ["a${'.'.repeat(n)}"]\n`],
  ['Pipfile', 'a quoted key left open', (n) => `[packages]\n"${'a '.repeat(n)}\n`],
  ['Cargo.toml', 'a dependency table nested n deep', (n) => `[${'dependencies.'.repeat(n)}openai]\n`],
  ['Cargo.toml', 'package = " repeated', (n) => `[dependencies]\noai = { ${'package = "'.repeat(n)} }\n`],
  ['Cargo.toml', 'a key of n dotted parts outside dependency tables', (n) => `[package]\n${'a . "b".'.repeat(n)}c = 1\n`],
  ['Cargo.toml', 'a header of n parts, then n dotted keys', (n) => `[${'a.'.repeat(n)}dependencies]\n${'x.y = 1\n'.repeat(n)}`],
  ['Pipfile', 'a dotted dependency key on every line', (n) => `[packages]\n${'openai.version = "1"\n'.repeat(n)}`],
  ['libs.versions.toml', '"group:artifact: left open', (n) => `[libraries]\na = ${'"a:b:'.repeat(n)}\n`],
  ['libs.versions.toml', 'group = " repeated', (n) => `[libraries]\na = { ${'group = "'.repeat(n)}name = "\n`],
  ['requirements.txt', 'a name of dots', (n) => `a${'.'.repeat(n)}!\n`],
  ['requirements.txt', 'a URL-like name', (n) => `${'a'.repeat(n)}:/\n`],
  ['requirements.txt', 'lines joined by a backslash', (n) => `${'a \\\n'.repeat(n)}openai\n`],
  ['requirements.txt', 'lines of backslashes only, then a name', (n) => `${'\\\\\n'.repeat(n)}openai\n`],
  ['requirements.txt', 'a line of backslashes', (n) => `${'\\'.repeat(n)}\nopenai\n`],
  ['environment.yml', 'a dependency of name:name:', (n) => `dependencies:\n  - ${'a:'.repeat(n)}\n`],
  ['environment.yml', 'a double-quoted item of escapes left open', (n) => `dependencies:\n  - "${'\\x41'.repeat(n)}\n`],
  ['environment.yml', 'a single-quoted item of doubled quotes', (n) => `dependencies:\n  - '${"''".repeat(n)}'\n`],
  ['environment.yml', 'a quoted item on every line', (n) => `dependencies:\n${'  - "openai"\n'.repeat(n)}`],
  ['environment.yml', 'a flow sequence nested n deep', (n) => `dependencies: ${'[a, '.repeat(n)}\n`],
  ['environment.yml', 'a flow sequence of keys and blanks', (n) => `dependencies: [${'a   : '.repeat(n)}\n`],
  ['environment.yml', 'a flow sequence of open quotes, one per line', (n) => `dependencies: [\n${'"a\\\n'.repeat(n)}`],
  ['environment.yml', 'a plain flow item of blanks and colons', (n) => `dependencies: [a${' :x'.repeat(n)}]\n`],
  ['pyproject.toml', 'a dotted key of n parts to an array', (n) => `${'project.'.repeat(n)}dependencies = ["openai"]\n`],
  ['package.json', 'many dependencies', (n) => `{"dependencies": {${'"openai": "1",'.repeat(n)}"x": "1"}}`],
  ['go.mod', 'require and blanks', (n) => `require${' '.repeat(n)}(x\n`],
  ['go.mod', 'comment markers and blanks', (n) => `x //${' '.repeat(n)}indirec\n${'// '.repeat(n)}\n`],
  ['pom.xml', '<dependency> never closed', (n) => '<dependency>'.repeat(n)],
  ['pom.xml', '<groupId> never closed', (n) => `<dependency>${'<groupId>a '.repeat(n)}`],
  ['pom.xml', 'many comments', (n) => '<!-- -->'.repeat(n)],
  ['a.csproj', '<package  repeated (no >)', (n) => '<package '.repeat(n)],
  ['a.csproj', 'many comments', (n) => `<Project>${'<!-- x -->'.repeat(n)}<PackageReference Include="OpenAI" /></Project>`],
  ['a.csproj', 'Include= repeated in one tag', (n) => `<PackageReference ${'Include='.repeat(n)}`],
  ['packages.config', 'id=" repeated in one tag', (n) => `<package ${'id="'.repeat(n)}`],
  ['build.gradle', 'coordinate-like strings', (n) => `dependencies {\n  implementation ${'"a:b" '.repeat(n)}\n}\n`],
];

describe('hostile: every manifest scanner is linear', function () {
  this.timeout(300_000);

  it('covers every manifest kind', () => {
    const kinds = new Set(MANIFESTS.map(([file]) => manifestKind(file)));
    for (const k of ['requirements', 'pyproject', 'pipfile', 'package.json', 'go.mod', 'pom', 'gradle', 'gradle-catalog', 'msbuild', 'packages.config', 'cargo', 'conda']) {
      if (!kinds.has(k as never)) throw new Error(`no growth test for ${k}`);
    }
  });

  for (const [file, what, build] of MANIFESTS) {
    it(`${file}: ${what}`, () => {
      // About 50 KB against about 200 KB (the size of the header line that once took 30 s).
      const n = Math.max(1000, Math.round(50_000 / Math.max(1, build(1).length - build(0).length)));
      assertLinear(`${file}: ${what}`, build, (text) => detectManifest(file, text, table), n);
    });
  }
});

/** Registries of n entries of one kind. */
const REGISTRIES: [what: string, build: (n: number) => string][] = [
  ['unknown top-level keys', (n) => `version: 1\ncomponents: []\n${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\n`],
  ['unknown keys in one component', (n) => `version: 1\ncomponents:\n  - id: a\n${Array.from({ length: n }, (_, i) => `    k${i}: 1`).join('\n')}\n`],
  ['keys written twice', (n) => `version: 1\ncomponents: []\nx-a:\n${Array.from({ length: n }, (_, i) => `  k${i >> 1}: 1`).join('\n')}\n`],
  ['anchors and as many aliases', (n) => `version: 1\ncomponents: []\nx-a:\n${Array.from({ length: n }, (_, i) => `  - &a${i} v${i}`).join('\n')}\nx-b:\n${Array.from({ length: n }, (_, i) => `  - *a${i}`).join('\n')}\n`],
  ['components that share an anchored owner', (n) => `version: 1\nx-owner: &o team@example.com\ncomponents:\n${Array.from({ length: n }, (_, i) => `  - { id: c-${i}, owner: *o, kind: model }`).join('\n')}\n`],
  // Each `*v` is counted as the 2 values of &v, yet holds &a (its alias inside &a) with all of it again.
  ['aliases, from outside it, to a value that holds itself', (n) => `version: 1\ncomponents: []\nx-a: &a\n  - &v [*a]\n  - [${Array(n).fill('0').join(', ')}]\nx-b: [${Array(n).fill('*v').join(', ')}]\n`],
  // Nested deeper than the reader reads (AIGOV001): the depth is measured on the whole syntax tree.
  ['lists nested n deep', (n) => `version: 1\ncomponents: []\nx-a: ${'['.repeat(n)}${']'.repeat(n)}\n`],
  ['mappings nested n deep, each the key of the one before', (n) => `version: 1\ncomponents: []\nx-a:\n  ${'? '.repeat(n)}a\n`],
  ['block lists nested n deep, a key after them', (n) => `version: 1\nx-a:\n  ${'- '.repeat(n)}a\ncomponents: []\n`],
];

describe('hostile: registry parsing is linear', function () {
  this.timeout(600_000);

  for (const [what, build] of REGISTRIES) {
    it(what, () => {
      const g = assertLinear(`registry with ${what}`, build, (text) => new ParsedRegistry(new SourceFile('.aigov.yaml', text)), 5000);
      process.stdout.write(`      (${what}: ${g.small.toFixed(0)} ms for 5k, ${g.large.toFixed(0)} ms for 20k)\n`);
    });
  }

  it('keys written twice are still AIGOV001 at the repetition; aliases resolve to the last anchor before them', () => {
    const r = new ParsedRegistry(new SourceFile('.aigov.yaml', 'version: 1\ncomponents: []\nx-a:\n  b: 1\n  c: 2\n  b: 3\n'));
    assert.deepEqual(r.syntaxErrors.map((e) => `${e.range.start.line}:${e.range.start.character} ${e.message}`), ['5:2 Map keys must be unique']);
    const a = new ParsedRegistry(new SourceFile('.aigov.yaml', 'version: 1\ncomponents: []\nx-a: [&a 1, *a, &a 2, *a, &b {c: *b}]\n'));
    const xa = (a.raw as Record<string, unknown[]>)['x-a']!;
    assert.deepEqual(xa.slice(0, 4), [1, 1, 2, 2]);
    assert.equal((xa[4] as Record<string, unknown>).c, xa[4], 'an alias inside its own anchor shares the value, as toJS does');
    assert.equal(new ParsedRegistry(new SourceFile('.aigov.yaml', 'version: 1\ncomponents: [*nope]\n')).syntaxErrors[0]?.data?.yamlCode, 'BAD_ALIAS');
  });

  it('an anchor may be used by hundreds of components; a billion laughs is still refused', () => {
    const shared = new ParsedRegistry(new SourceFile('.aigov.yaml', REGISTRIES[4]![1](300)));
    assert.deepEqual(shared.syntaxErrors, []);
    assert.equal(shared.components.length, 300);
    assert.ok(shared.components.every((c) => c.data.owner === 'team@example.com'));
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 7; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const bomb = new ParsedRegistry(new SourceFile('.aigov.yaml', `version: 1\n${lines.join('\n')}\ncomponents: []\n`));
    assert.match(bomb.syntaxErrors[0]?.message ?? '', /aliases are limited to \d+ repeated values/);
  });
});
