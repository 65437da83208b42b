import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commitAll, git, initRepo } from '../../../../test/support/git.js';
import type { Io } from '../args.js';
import { bomCommand } from './bom.js';
import { checkCommand, performCheck, type CheckOutcome } from './check.js';

function capture(cwd: string): { io: Io; err: () => string } {
  let stderr = '';
  return { io: { cwd, env: {}, stdout: () => {}, stderr: (s) => void (stderr += s) }, err: () => stderr };
}

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
}

/** What a person reads of each finding, in report order. */
function shown(o: CheckOutcome, under = ''): string[] {
  return o.run.findings
    .filter((f) => f.displayPath.startsWith(under))
    .map((f) => `${f.displayPath}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}${f.isNew ? '' : ' (old)'}`);
}

async function check(dir: string, dirs: string[], extra: Partial<Parameters<typeof performCheck>[0]> = {}): Promise<{ o: CheckOutcome; err: string }> {
  const c = capture(dir);
  const o = await performCheck({ dirs, today: '2026-12-07', jobs: 0, ...extra }, c.io);
  await o.closed;
  return { o, err: c.err() };
}

const TOP = [
  'version: 1',
  'organization: { name: Top KK, contacts: { incident: ai@top.jp } }',
  'detection:',
  '  ignore: [services/chat/legacy]',
  '  libraries: { extra: [acme-llm] }',
  'components:',
  '  - id: chat',
  '    kind: llm-app',
  '    model: { provider: anthropic }',
  '    paths: [services/chat/bot/**]',
  '  - id: shared-nlp',
  '    kind: ml-model',
  '',
].join('\n');

/** A repository whose top registry governs services/chat, with a registry of its own below it. */
const TREE: Record<string, string> = {
  '.aigov.yaml': TOP,
  'services/chat/bot/main.py': 'import openai\nimport anthropic\n',
  'services/chat/bot/extra.py': 'import acme_llm\nimport acme-llm\n',
  'services/chat/tools/summarise.py': '# @aigov shared-nlp\nimport transformers\n',
  'services/chat/tools/typo.py': '# @aigov shared-nlpp\nimport torch\n',
  'services/chat/tools/plain.py': 'import openai\n',
  'services/chat/legacy/old.py': 'import openai\n',
  'services/chat/inner/.aigov.yaml': 'version: 1\ncomponents:\n  - id: inner-rag\n    kind: llm-app\n    paths: ["**"]\n',
  'services/chat/inner/rag.py': 'import langchain\n',
  'services/search/rank.py': 'import openai\n',
};

describe('check of a folder below registries of its repository', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-above-')));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('gives each file of the folder what a check of the whole repository gives it', async function () {
    this.timeout(60_000);
    await write(dir, TREE);
    initRepo(dir);
    const whole = await check(dir, ['.']);
    const expected = shown(whole.o, 'services/chat/');
    // The example exercises coverage by `paths`, by annotation, a misspelt id, `detection.ignore`
    // and the provider check of the governing registry, and a registry of the folder's own.
    const codes = expected.filter((l) => !l.startsWith('services/chat/inner/.aigov.yaml')).map((l) => l.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(
      codes,
      [
        'services/chat/bot/main.py:1:8 info AIGOV303',
        'services/chat/tools/plain.py:1:8 warning AIGOV301',
        'services/chat/tools/typo.py:1:10 error AIGOV201',
        'services/chat/tools/typo.py:2:8 warning AIGOV301',
      ],
      expected.join('\n'),
    );
    assert.ok(!expected.some((l) => l.includes('legacy/')), 'detection.ignore of the registry above applies');
    assert.ok(!expected.some((l) => l.includes('inner/rag.py')), 'the folder\'s own registry governs its files');
    for (const folder of ['services/chat', 'services/chat/tools', 'services/chat/bot']) {
      const part = await check(dir, [folder]);
      assert.deepEqual(shown(part.o), shown(whole.o, `${folder}/`), folder);
      assert.equal(part.err, '');
    }
    // From inside the folder, paths stay relative to the top of the repository.
    const inside = await check(path.join(dir, 'services', 'chat'), ['.']);
    assert.deepEqual(shown(inside.o), expected);
  });

  it('the text output of a folder governed from above has no first-run hint', async function () {
    this.timeout(60_000);
    await write(dir, { '.aigov.yaml': TOP, 'services/chat/tools/plain.py': 'import openai\n', 'loose/x.py': 'import openai\n' });
    initRepo(dir);
    const text = async (folder: string): Promise<string> => {
      let out = '';
      await checkCommand([folder, '--today', '2026-12-07', '--jobs', '0', '--fail-on', 'never', '--no-color'], { ...capture(dir).io, stdout: (s) => void (out += s) });
      return out;
    };
    const governed = await text('services/chat');
    assert.match(governed, /AIGOV301/);
    assert.doesNotMatch(governed, /aigov init/);
    // Without the registry above, the same folder gets the hint.
    await fs.rm(path.join(dir, '.aigov.yaml'));
    assert.match(await text('services/chat'), /No \.aigov\.yaml governs 'services\/chat'/);
  });

  it('the AI-BOM of a folder governed from above names where its components are', async function () {
    this.timeout(60_000);
    await write(dir, TREE);
    initRepo(dir);
    const bom = async (folder: string, locale = 'en'): Promise<{ props: unknown; names: string[]; err: string }> => {
      let out = '';
      const c = capture(dir);
      await bomCommand([folder, '--today', '2026-12-07'], { ...c.io, locale: locale as 'en' | 'ja', stdout: (s) => void (out += s) });
      const b = JSON.parse(out) as { metadata: { properties: unknown }; components: { name: string }[] };
      return { props: b.metadata.properties, names: b.components.map((x) => x.name), err: c.err() };
    };
    const chat = await bom('services/chat');
    assert.deepEqual(chat.props, [
      { name: 'aigov:frameworks', value: 'core' },
      { name: 'aigov:governedFrom', value: '../../.aigov.yaml' },
    ]);
    assert.deepEqual(chat.names, ['inner-rag'], 'its own registry\'s components only');
    assert.equal(chat.err, 'aigov: warning: this folder is also governed by ../../.aigov.yaml, in a folder above it: the components declared there are in the AI-BOM of the folder that holds it, not in this one.\n');
    assert.match((await bom('services/chat', 'ja')).err, /\.\.\/\.\.\/\.aigov\.yaml の管理下/);
    const top = await bom('.');
    assert.deepEqual(top.props, [{ name: 'aigov:frameworks', value: 'core' }]);
    assert.equal(top.err, '');
  });

  it('a registry between the folder and the top governs it; the one at the top still declares ids', async function () {
    this.timeout(60_000);
    await write(dir, {
      ...TREE,
      'services/.aigov.yaml': 'version: 1\ncomponents:\n  - id: services-all\n    kind: llm-app\n    model: { provider: openai }\n    paths: ["chat/tools/**"]\n',
    });
    initRepo(dir);
    const whole = await check(dir, ['.']);
    const part = await check(dir, ['services/chat']);
    assert.deepEqual(shown(part.o), shown(whole.o, 'services/chat/'));
    // Covered by services/.aigov.yaml; the top's `detection:` no longer governs legacy/.
    assert.ok(shown(part.o).some((l) => l.startsWith('services/chat/legacy/old.py:1:8 warning AIGOV301')), shown(part.o).join('\n'));
    assert.ok(!shown(part.o).some((l) => l.includes('tools/plain.py')));
  });

  it('reads nothing above the top of the work tree, nor above a folder outside any', async function () {
    this.timeout(60_000);
    // Read, it would cover every file below it.
    const stray = 'version: 1\ncomponents:\n  - id: everything\n    kind: llm-app\n    paths: ["**"]\n';
    await write(dir, { '.aigov.yaml': stray, 'repo/services/chat/bot/main.py': 'import openai\n', 'loose/services/chat/bot/main.py': 'import openai\n' });
    initRepo(path.join(dir, 'repo'));
    for (const folder of ['repo', 'repo/services/chat', 'loose/services/chat']) {
      const { o, err } = await check(dir, [folder]);
      assert.deepEqual(
        o.run.findings.map((f) => f.code),
        ['AIGOV301'],
        `${folder}: ${shown(o).join('\n')}`,
      );
      assert.equal(err, '');
    }
  });

  it('a registry above that does not parse holds back coverage findings and says so; one that cannot be read falls back further up', async function () {
    this.timeout(60_000);
    await write(dir, { ...TREE, 'services/.aigov.yaml': 'version: 1\ncomponents: [\n' });
    initRepo(dir);
    const broken = await check(dir, ['services/chat']);
    const own = (o: CheckOutcome): string[] => shown(o).filter((l) => !l.startsWith('services/chat/inner/'));
    assert.deepEqual(own(broken.o), [], 'coverage unknown: neither AIGOV301 nor AIGOV201');
    assert.match(broken.err, /^aigov: warning: services\/\.aigov\.yaml governs services\/chat from a folder above it, but does not parse/m);

    await fs.writeFile(path.join(dir, 'services', '.aigov.yaml'), Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const unreadable = await check(dir, ['services/chat']);
    assert.match(unreadable.err, /governs services\/chat from a folder above it, but cannot be read \(not-utf8\)/);
    // As if it were not there: the top registry governs.
    await fs.rm(path.join(dir, 'services', '.aigov.yaml'));
    const without = await check(dir, ['services/chat']);
    assert.deepEqual(shown(unreadable.o), shown(without.o));
    assert.ok(own(without.o).length > 0);
  });

  it('a symlinked registry above is read when it stays in the work tree, and not when it leads out', async function () {
    this.timeout(60_000);
    await write(dir, { 'repo/config/top.yaml': TOP, 'repo/services/chat/bot/main.py': 'import openai\n', 'elsewhere/top.yaml': TOP });
    await fs.symlink(path.join('config', 'top.yaml'), path.join(dir, 'repo', '.aigov.yaml'));
    initRepo(path.join(dir, 'repo'));
    const inside = await check(dir, ['repo/services/chat']);
    assert.deepEqual(inside.o.run.findings.map((f) => f.code), ['AIGOV303']);
    await fs.rm(path.join(dir, 'repo', '.aigov.yaml'));
    await fs.symlink(path.join(dir, 'elsewhere', 'top.yaml'), path.join(dir, 'repo', '.aigov.yaml'));
    const out = await check(dir, ['repo/services/chat']);
    assert.deepEqual(out.o.run.findings.map((f) => f.code), ['AIGOV301']);
    assert.match(out.err, /cannot be read \(outside-workspace\)/);
  });

  it('--baseline-ref reads the registries above from the base\'s tree; --cache sees them change', async function () {
    this.timeout(60_000);
    await write(dir, TREE);
    initRepo(dir);
    // HEAD: the top registry no longer covers bot/ by `paths`.
    await fs.writeFile(path.join(dir, '.aigov.yaml'), TOP.replace('paths: [services/chat/bot/**]', 'paths: [services/chat/nothing/**]'));
    commitAll(dir, 'narrow');
    const whole = await check(dir, ['.'], { baselineRef: 'HEAD~1' });
    const part = await check(dir, ['services/chat'], { baselineRef: 'HEAD~1' });
    assert.deepEqual(shown(part.o), shown(whole.o, 'services/chat/'));
    const fresh = shown(part.o).filter((l) => !l.endsWith(' (old)'));
    assert.ok(fresh.length > 0 && fresh.every((l) => l.startsWith('services/chat/bot/') && l.includes(' AIGOV301 ')), fresh.join('\n'));

    const cache = { enabled: true, dir: path.join(dir, '..', `${path.basename(dir)}-cache`) };
    try {
      const cold = await check(dir, ['services/chat'], { cache });
      git(dir, 'checkout', '-q', 'HEAD~1', '--', '.aigov.yaml');
      const warm = await check(dir, ['services/chat'], { cache });
      const plain = await check(dir, ['services/chat']);
      assert.notDeepEqual(shown(warm.o), shown(cold.o));
      assert.deepEqual(shown(warm.o), shown(plain.o));
    } finally {
      await fs.rm(cache.dir, { recursive: true, force: true });
    }
  });
});
