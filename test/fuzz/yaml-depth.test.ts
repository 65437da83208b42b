/**
 * Hostile YAML in every file aigov reads as YAML: lists nested 100,000 deep, mappings nested
 * 100,000 deep, and aliases of one anchor 20,000 times over (a billion laughs). The registry
 * (`.aigov.yaml`, its `policy` and a component's `incidents` are parts of it) says why it is not
 * read (AIGOV001); a fix edits none of them and throws nothing; a conda environment and a YAML
 * file's comments are read for what they hold around the hostile part. Never an exception, an
 * abort or a silent skip. Every input is made here.
 */
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../../server/src/core/engine.js';
import { appendToSeq, replaceScalar, setMissing } from '../../server/src/core/fixes/yaml-edit.js';
import { NodeWorkspace } from '../../server/src/node/fs-workspace.js';

const N = 100_000;
const ALIASES = 20_000;
const TOO_DEEP = /^YAML syntax error: the lists and mappings of this YAML are nested too deeply to be read \(more than 256 levels\)/;
const EXPANDS = /^YAML syntax error: The YAML expands too far: aliases are limited to \d+ repeated values/;

/** A value written after `key:` at `indent`, and what the registry must say of it. */
interface Hostile {
  name: string;
  value: (indent: string) => string;
  says: RegExp;
}

const HOSTILE: Hostile[] = [
  { name: '100,000 nested flow lists', value: () => ` ${'['.repeat(N)}${']'.repeat(N)}`, says: TOO_DEEP },
  // Each `? ` a block mapping whose key is the next: mappings nested by indentation take n²/2
  // characters, and a file may have 2 MiB (AIGOV008 past it): 2,000 levels of them below.
  { name: '100,000 nested block mappings', value: (indent) => `\n${indent}${'? '.repeat(N)}a`, says: TOO_DEEP },
  { name: '2,000 block mappings nested by indentation', value: (indent) => Array.from({ length: 2_000 }, (_, i) => `\n${indent}${' '.repeat(i)}a:`).join('') + ' 1', says: TOO_DEEP },
  // 20,000 anchors, each holding two aliases of the one before: 2^20,000 values.
  { name: '20,000 aliases nested anchor in anchor', value: () => ` [&l0 [lol, lol], ${Array.from({ length: ALIASES - 1 }, (_, i) => `&l${i + 1} [*l${i}, *l${i}]`).join(', ')}]`, says: EXPANDS },
  { name: '20,000 aliases of one anchor', value: () => ` [&a [${Array(1_000).fill('lol').join(', ')}], ${Array(ALIASES).fill('*a').join(', ')}]`, says: EXPANDS },
  { name: '20,000 aliases of one anchor, each in a list in the one before', value: () => ` [&a [lol], ${'[*a, '.repeat(ALIASES)}*a${']'.repeat(ALIASES)}]`, says: TOO_DEEP },
];

/** The places of a registry the value is written at: each a registry of its own. */
const PLACES: [string, (h: Hostile) => string][] = [
  ['x-deep', (h) => `version: 1\nx-deep:${h.value('  ')}\ncomponents: []\n`],
  ['policy', (h) => `version: 1\npolicy:\n  require:\n    - fields:${h.value('        ')}\ncomponents: []\n`],
  ['incidents', (h) => `version: 1\ncomponents:\n  - id: bot\n    incidents:${h.value('      ')}\n`],
];

const temps: string[] = [];

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-yaml-depth-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), content);
  }
  return dir;
}

describe('hostile YAML in every file read as YAML', function () {
  this.timeout(120_000);

  after(async () => {
    for (const d of temps) await fs.rm(d, { recursive: true, force: true });
  });

  for (const h of HOSTILE) {
    it(`${h.name}: AIGOV001 for each registry, no fix edits it, conda and comments are read around it`, async () => {
      const files: Record<string, string> = {
        '.aigov.yaml': 'version: 1\ncomponents:\n  - id: app\n    kind: llm-app\n    paths: ["src/**"]\n',
        'env/environment.yml': `name: env\ndependencies:\n  - openai\n  - deep:${h.value('      ')}\n  - anthropic\n`,
        'conf/settings.yaml': `settings:${h.value('  ')}\n# @aigov app\n`,
      };
      for (const [place, registry] of PLACES) files[`${place}/.aigov.yaml`] = registry(h);
      const dir = await tree(files);
      const errors: string[] = [];
      const engine = new Engine(new NodeWorkspace(dir, { useGit: false }), { today: '2026-11-25', logger: { info() {}, warn() {}, error: (m, err) => void errors.push(`${m}: ${String(err)}`) } });
      const started = process.cpuUsage();
      await engine.indexAll();
      const findings = engine.findings();
      const cpu = process.cpuUsage(started);
      assert.deepEqual(errors, []);
      for (const [place] of PLACES) {
        const syntax = findings.filter((f) => f.file === `${place}/.aigov.yaml`);
        assert.deepEqual(syntax.map((f) => f.code), ['AIGOV001'], place);
        assert.match(syntax[0]!.message, h.says, place);
      }
      // A fix throws nothing on it, and edits nothing nested too deep (aliases are not expanded by an edit).
      const text = files['x-deep/.aigov.yaml']!;
      const edits = [setMissing(text, ['organization', 'name'], 'Org'), replaceScalar(text, ['version'], 2), appendToSeq(text, ['components'], { id: 'new' })];
      if (h.says === TOO_DEEP) assert.deepEqual(edits, [undefined, undefined, undefined]);
      // The dependencies around the hostile part, and the annotation after it.
      assert.deepEqual(findings.filter((f) => f.file === 'env/environment.yml').map((f) => [f.code, f.message.match(/'([^']+)'/)?.[1]]), [['AIGOV304', 'openai'], ['AIGOV304', 'anthropic']]);
      assert.deepEqual(engine.factsOf('conf/settings.yaml')?.annotations.annotations.map((a) => a.id), ['app']);
      // Some seconds for all of it, where work growing with the square of 100,000 takes hours.
      assert.ok((cpu.user + cpu.system) / 1000 < 60_000, `${(cpu.user + cpu.system) / 1000} ms`);
    });
  }
});
