import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli } from './support/cli.js';
import { initRepo } from './support/git.js';
import { FIXTURES, ROOT, TODAY } from './support/workspace.js';

const REPO = path.join(FIXTURES, 'baselines', 'repo');
const OLD = path.join(FIXTURES, 'baselines', '0.1.0');

interface Identity {
  path: string;
  fingerprint: string;
}

/** Paths and fingerprints of a JSON or SARIF result, sorted. */
function identities(text: string): Identity[] {
  const doc = JSON.parse(text) as { findings?: { path: string; fingerprint: string }[]; runs?: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> }[] }[] };
  const list = doc.findings
    ? doc.findings.map((f) => ({ path: f.path, fingerprint: f.fingerprint }))
    : doc.runs![0]!.results.map((r) => ({ path: decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri), fingerprint: r.partialFingerprints['aigovFingerprint/v1']! }));
  return list.sort((a, b) => (a.path + a.fingerprint < b.path + b.fingerprint ? -1 : 1));
}

/** Checks with a baseline at --fail-on info: exit 0 only when no finding at all is new. */
async function newCount(args: string[], cwd: string): Promise<{ code: number; fresh: number; out: string }> {
  const r = await runCli(['check', ...args, '--today', TODAY, '--fail-on', 'info', '--no-color'], cwd);
  const m = /, (\d+) new against the baseline/.exec(r.stdout);
  assert.ok(m, r.stdout + r.stderr);
  return { code: r.code, fresh: Number(m[1]), out: r.stdout };
}

describe('paths and fingerprints relative to the checked root', function () {
  this.timeout(60_000);
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-base-'));
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  for (const inGit of [false, true]) {
    for (const format of ['json', 'sarif'] as const) {
      it(`${format}, ${inGit ? 'a git repository' : 'no repository'}: a baseline made from the parent folder matches a run inside it, and the reverse`, async () => {
        const repo = path.join(tmp, 'parent', 'repo');
        await fs.cp(REPO, repo, { recursive: true });
        if (inGit) initRepo(repo);
        const parent = path.dirname(repo);
        const fromParent = path.join(tmp, `parent.${format}`);
        const fromInside = path.join(tmp, `inside.${format}`);
        assert.equal((await runCli(['check', 'repo', '--format', format, '--output', fromParent, '--today', TODAY, '--fail-on', 'never'], parent)).code, 0);
        assert.equal((await runCli(['check', '.', '--format', format, '--output', fromInside, '--today', TODAY, '--fail-on', 'never'], repo)).code, 0);
        const a = identities(await fs.readFile(fromParent, 'utf8'));
        assert.equal(a.length, 4);
        assert.deepEqual(identities(await fs.readFile(fromInside, 'utf8')), a);
        assert.deepEqual(
          a.map((i) => i.path),
          ['.aigov.yaml', 'src/assistant/reply.py', 'src/summarize.py', 'src/tool.ts'],
        );

        const inside = await newCount(['.', '--baseline', fromParent], repo);
        assert.deepEqual([inside.code, inside.fresh], [0, 0], inside.out);
        const above = await newCount(['repo', '--baseline', fromInside], parent);
        assert.deepEqual([above.code, above.fresh], [0, 0], above.out);
      });
    }
  }

  it('a subfolder of a repository is reported with paths from the top of the repository, wherever aigov runs', async () => {
    const mono = path.join(tmp, 'mono');
    const sub = path.join(mono, 'services', 'repo');
    await fs.cp(REPO, sub, { recursive: true });
    await fs.writeFile(path.join(mono, 'README.md'), '# mono\n');
    initRepo(mono);
    const top = JSON.parse((await runCli(['check', 'services/repo', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], mono)).stdout) as { findings: { path: string }[] };
    const inside = await runCli(['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], sub);
    assert.equal(inside.stdout, JSON.stringify(top, null, 2) + '\n');
    assert.ok(top.findings.every((f) => f.path.startsWith('services/repo/')), JSON.stringify(top.findings.map((f) => f.path)));
    // --root sets the base by hand.
    const rooted = JSON.parse((await runCli(['check', '.', '--root', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], sub)).stdout) as { findings: { path: string }[] };
    assert.deepEqual(
      rooted.findings.map((f) => f.path),
      top.findings.map((f) => f.path.slice('services/repo/'.length)),
    );
    const outside = await runCli(['check', '.', '--root', sub], mono);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /does not hold the checked folder/);
  });
});

describe('older baselines', function () {
  this.timeout(60_000);
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-old-'));
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  for (const ext of ['json', 'sarif']) {
    it(`a ${ext} result of 0.1.0 made from the parent folder (paths repo/...) still matches, from inside and from above`, async () => {
      const repo = path.join(tmp, 'p', 'repo');
      await fs.cp(REPO, repo, { recursive: true });
      const old = path.join(OLD, `from-parent.${ext}`);
      const inside = await newCount(['.', '--baseline', old], repo);
      assert.deepEqual([inside.code, inside.fresh], [0, 0], inside.out);
      const above = await newCount(['repo', '--baseline', old], path.dirname(repo));
      assert.deepEqual([above.code, above.fresh], [0, 0], above.out);
      // A finding added since is new all the same.
      await fs.writeFile(path.join(repo, 'src', 'extra.py'), 'import openai\n');
      const added = await newCount(['.', '--baseline', old], repo);
      assert.deepEqual([added.code, added.fresh], [1, 1], added.out);
      assert.match(added.out, /src\/extra\.py:1:8 .*AIGOV301 .*\(new\)/);
    });

    it(`a ${ext} result of 0.1.0 made inside a folder that is now below the top of a repository still matches`, async () => {
      const mono = path.join(tmp, 'mono');
      await fs.cp(REPO, path.join(mono, 'services', 'repo'), { recursive: true });
      initRepo(mono);
      const r = await newCount(['.', '--baseline', path.join(OLD, `from-inside.${ext}`)], mono);
      assert.deepEqual([r.code, r.fresh], [0, 0], r.out);
      assert.match(r.out, /^services\/repo\/src\/tool\.ts:1:11 /m);
    });
  }

  it('an older baseline does not match a finding whose line changed', async () => {
    const repo = path.join(tmp, 'p', 'repo');
    await fs.cp(REPO, repo, { recursive: true });
    await fs.writeFile(path.join(repo, 'src', 'tool.ts'), '// @aigov chat-asistnt\n');
    const r = await newCount(['.', '--baseline', path.join(OLD, 'from-parent.json')], repo);
    assert.deepEqual([r.code, r.fresh], [1, 1], r.out);
  });
});

describe('moved files and baselines', function () {
  this.timeout(60_000);

  it('a finding whose file moved (and had lines added above) is not new; a second one like it is', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-move-'));
    try {
      const repo = path.join(tmp, 'repo');
      await fs.cp(REPO, repo, { recursive: true });
      const base = path.join(tmp, 'base.json');
      await runCli(['check', '.', '--format', 'json', '--output', base, '--today', TODAY, '--fail-on', 'never'], repo);
      await fs.mkdir(path.join(repo, 'lib'));
      const text = await fs.readFile(path.join(repo, 'src', 'summarize.py'), 'utf8');
      await fs.writeFile(path.join(repo, 'lib', 'summaries.py'), `# moved from src/\n\n${text}`);
      await fs.rm(path.join(repo, 'src', 'summarize.py'));
      const moved = await newCount(['.', '--baseline', base], repo);
      assert.deepEqual([moved.code, moved.fresh], [0, 0], moved.out);
      await fs.writeFile(path.join(repo, 'src', 'again.py'), text);
      const again = await newCount(['.', '--baseline', base], repo);
      assert.deepEqual([again.code, again.fresh], [1, 1], again.out);
      assert.match(again.out, /(src\/again|lib\/summaries)\.py:\d+:8 .*AIGOV301 .*\(new\)/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('SARIF artifact URIs', function () {
  this.timeout(60_000);

  it('percent-encode #, %, spaces, colons and non-ASCII names (RFC 3986) and read back as the same paths', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-uri-'));
    try {
      const names = ['a#b.py', '100% sure.py', '名前 ä.py', 'x:y.py', 'q?.py', 'sub dir/plain.py'];
      for (const n of names) {
        await fs.mkdir(path.dirname(path.join(tmp, n)), { recursive: true });
        await fs.writeFile(path.join(tmp, n), 'import openai\n');
      }
      const r = await runCli(['check', '.', '--format', 'sarif', '--today', TODAY, '--fail-on', 'never'], tmp);
      const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const uris = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort();
      assert.deepEqual(uris, ['100%25%20sure.py', 'a%23b.py', 'q%3F.py', 'sub%20dir/plain.py', 'x%3Ay.py', '%E5%90%8D%E5%89%8D%20%C3%A4.py'].sort());
      // Resolved against the base as a SARIF consumer does, each names its file and nothing else.
      for (const uri of uris) {
        const u = new URL(uri, 'file:///base/');
        assert.equal(u.hash, '');
        assert.equal(u.search, '');
        assert.ok(names.includes(decodeURIComponent(u.pathname.slice('/base/'.length))), uri);
      }
      const base = path.join(os.tmpdir(), `aigov-uri-${process.pid}.sarif`);
      await fs.writeFile(base, r.stdout);
      try {
        const again = await newCount(['.', '--baseline', base], tmp);
        assert.deepEqual([again.code, again.fresh], [0, 0], again.out);
      } finally {
        await fs.rm(base, { force: true });
      }
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('JSON output schema (schemas/aigov-report.schema.json)', function () {
  this.timeout(60_000);
  let validate: (d: unknown) => boolean;
  let errors: () => string;
  before(async () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const v = ajv.compile(JSON.parse(await fs.readFile(path.join(ROOT, 'schemas', 'aigov-report.schema.json'), 'utf8')) as object);
    validate = (d) => v(d);
    errors = () => JSON.stringify(v.errors?.slice(0, 5));
  });

  for (const ws of ['workspaces/example', 'workspaces/detection-mixed', 'workspaces/broken-yaml', 'baselines/repo']) {
    it(`${ws}: the output validates, with 1-based line/column beside the 0-based range`, async () => {
      const r = await runCli(['check', '.', '--root', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], path.join(FIXTURES, ws));
      const doc = JSON.parse(r.stdout) as { findings: { line: number; column: number; endLine: number; endColumn: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] };
      assert.ok(validate(doc), errors());
      assert.ok(doc.findings.length > 0);
      for (const f of doc.findings) {
        assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1]);
      }
    });
  }

  it('the 1-based fields agree with the text output', async () => {
    const cwd = path.join(FIXTURES, 'baselines', 'repo');
    const json = JSON.parse((await runCli(['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], cwd)).stdout) as { findings: { path: string; line: number; column: number; code: string }[] };
    const text = (await runCli(['check', '.', '--today', TODAY, '--fail-on', 'never', '--no-color'], cwd)).stdout;
    for (const f of json.findings) assert.ok(text.includes(`${f.path}:${f.line}:${f.column}  `), `${f.path}:${f.line}:${f.column}`);
  });

  it('the schema turns down 0-based lines, absolute paths and unknown fields', async () => {
    const r = await runCli(['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], path.join(FIXTURES, 'baselines', 'repo'));
    const good = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    assert.ok(validate(good), errors());
    const mutate = (fn: (f: Record<string, unknown>) => void): unknown => {
      const d = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
      fn(d.findings[0]!);
      return d;
    };
    assert.equal(validate(mutate((f) => (f.line = 0))), false);
    assert.equal(validate(mutate((f) => (f.path = '/abs/x.py'))), false);
    assert.equal(validate(mutate((f) => (f.extra = 1))), false);
    assert.equal(validate(mutate((f) => delete f.column)), false);
  });
});
