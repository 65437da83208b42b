import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { pullRequestRepo, runAction } from './support/action.js';
import { git } from './support/git.js';
import { FIXTURES, ROOT, TODAY } from './support/workspace.js';

const BUNDLE = path.join(ROOT, 'action', 'aigov.cjs');

/** Cells of a Markdown table row: split on pipes that no backslash escapes. */
function cells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

describe('GitHub Action (action.yml, action/aigov.cjs)', function () {
  this.timeout(120_000);
  let tmp: string;
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-action-'));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('the committed bundle is what the sources build (run `npm run build:action` and commit it when this fails)', async () => {
    const { actionBundleOptions } = (await import(path.join(ROOT, 'scripts', 'esbuild-options.mjs'))) as { actionBundleOptions: (root: string, version: string) => esbuild.BuildOptions };
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const built = await esbuild.build({ ...actionBundleOptions(ROOT, pkg.version), write: false });
    const fresh = built.outputFiles?.[0]?.text;
    assert.ok(fresh);
    const committed = await fs.readFile(BUNDLE, 'utf8');
    assert.ok(committed === fresh, 'action/aigov.cjs is stale: run `npm run build:action` and commit action/aigov.cjs');
    assert.ok((statSync(BUNDLE).mode & 0o111) !== 0, 'action/aigov.cjs is executable (the pre-commit hook runs it)');
  });

  it('action.yml declares the inputs and outputs the entry uses, and runs the committed entry on Node 24', async () => {
    const meta = parseYaml(await fs.readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
    assert.deepEqual(Object.keys(meta.inputs).sort(), ['baseline-ref', 'cache', 'fail-on', 'frameworks', 'locale', 'paths', 'sarif-file', 'today']);
    assert.deepEqual(Object.keys(meta.outputs).sort(), ['baseline-commit', 'findings', 'new-errors', 'new-findings', 'new-notes', 'new-warnings', 'sarif-file']);
    assert.equal(meta.runs.using, 'node24');
    assert.ok(existsSync(path.join(ROOT, meta.runs.main)), meta.runs.main);
  });

  it('on a pull request: SARIF, annotations for the new findings, a job summary, step outputs; fails on the new warning', async () => {
    const repo = path.join(tmp, 'pr');
    const { base, head, payload } = await pullRequestRepo(repo);
    const r = await runAction(repo, { name: 'pull_request', payload, sha: head }, { paths: '.', 'fail-on': 'warning', 'sarif-file': 'reports/aigov.sarif', today: TODAY }, path.join(tmp, 'pr-files'));
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.stderr, '');

    // Annotations: the two new findings only, with 1-based positions.
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    assert.deepEqual(annotations.map((l) => /file=([^,]*)/.exec(l)![1]).sort(), ['src/odd|name_*x*.py', 'src/report.py']);
    assert.ok(annotations.some((l) => l.startsWith('::warning file=src/report.py,line=2,col=8,')));
    assert.match(r.stdout, /^::error::aigov: 2 new findings, at least one at warning or above/m);

    // SARIF for code scanning.
    const sarifText = await fs.readFile(path.join(repo, 'reports', 'aigov.sarif'), 'utf8');
    const sarif = JSON.parse(sarifText) as { runs: { results: { baselineState: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const schema = JSON.parse(await fs.readFile(path.join(FIXTURES, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    assert.ok(ajv.validate(schema, sarif), JSON.stringify(ajv.errors?.slice(0, 3)));
    assert.deepEqual(sarif.runs[0]!.results.filter((x) => x.baselineState === 'new').map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri).sort(), ['src/odd%7Cname_*x*.py', 'src/report.py']);

    // Step outputs.
    assert.deepEqual(
      { ...r.outputs },
      { findings: String(sarif.runs[0]!.results.length), 'new-findings': '2', 'new-errors': '0', 'new-warnings': '2', 'new-notes': '0', 'sarif-file': 'reports/aigov.sarif', 'baseline-commit': base },
    );

    // The job summary: counts by severity, the new findings linked to their lines and rule docs, components touched.
    const s = r.summary;
    assert.match(s, /^## aigov: AI governance check$/m);
    assert.ok(s.includes(`❌ **2 new findings** against ${base.slice(0, 12)} · 6 findings in all · dates as of ${TODAY}`), s);
    assert.ok(s.includes('| ⚠️ warning | 2 | 4 |'), s);
    assert.ok(s.includes('| 🛑 error | 0 | 1 |'), s);
    assert.ok(s.includes(`| ⚠️ warning | [AIGOV301](https://github.com/aigov-dev/aigov/blob/main/docs/rules/AIGOV301.md) | [src/report.py:2](https://github.com/example-org/shop/blob/${head}/src/report.py#L2) | `), s);
    assert.ok(s.includes(`[src/odd\\|name\\_\\*x\\*.py:1](https://github.com/example-org/shop/blob/${head}/src/odd%7Cname_*x*.py#L1)`), s);
    assert.ok(!s.includes('src/summarize'), 'findings already on the base are not listed');
    assert.ok(s.includes('\n| **chat-assistant** Chat \\| &lt;b&gt;assistant&lt;/b&gt; \\*beta\\* \\[x\\](javascript:alert(1)) | limited | .aigov.yaml | 1 | yes |\n'), s);
    assert.ok(s.includes('Changed files no component covers: src/odd\\|name\\_\\*x\\*.py, src/report.py.'), s);
    assert.ok(!/<b>/.test(s), 'no raw HTML from user text');
    // Every table row has as many cells as its header.
    let width = 0;
    for (const line of s.split('\n')) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      if (width === 0) width = cells(line).length;
      else assert.equal(cells(line).length, width, line);
    }
    await fs.mkdir(path.join(ROOT, 'artifacts', 'action'), { recursive: true });
    await fs.writeFile(path.join(ROOT, 'artifacts', 'action', 'pull-request-summary.md'), s);
  });

  it('passes when the pull request adds nothing at the threshold, and says what to fetch when the base is not in the clone', async () => {
    const repo = path.join(tmp, 'clean');
    const { head, payload } = await pullRequestRepo(repo);
    const pass = await runAction(repo, { name: 'pull_request', payload, sha: head }, { 'fail-on': 'error', today: TODAY }, path.join(tmp, 'clean-files'));
    assert.equal(pass.status, 0, pass.stdout);
    assert.match(pass.summary, /✅ \*\*2 new findings\*\*/);
    assert.ok(existsSync(path.join(repo, 'aigov.sarif')), 'the default SARIF path');

    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow);
    const missing = await runAction(shallow, { name: 'pull_request', payload, sha: head }, { today: TODAY }, path.join(tmp, 'shallow-files'));
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /^::error title=aigov::--baseline-ref: '[0-9a-f]{40}' is not a commit in this shallow clone\. Fetch it first, e\.g\. `git fetch origin [0-9a-f]{40}`\. In GitHub Actions, check out with `fetch-depth: 0`/m);
  });

  it('cache: true keeps what each file held in the user cache folder; a later run gives the same result from it', async () => {
    const repo = path.join(tmp, 'cached');
    const { head, payload } = await pullRequestRepo(repo);
    const xdg = path.join(tmp, 'xdg');
    const run = (inputs: Record<string, string>, files: string) => runAction(repo, { name: 'pull_request', payload, sha: head }, { today: TODAY, ...inputs }, path.join(tmp, files), { XDG_CACHE_HOME: xdg });
    const plain = await run({}, 'cached-0');
    assert.ok(!existsSync(path.join(xdg, 'aigov')), 'no cache unless asked for');
    const first = await run({ cache: 'true' }, 'cached-1');
    const kept = (await fs.readdir(path.join(xdg, 'aigov'))).filter((f) => f.endsWith('.json'));
    assert.equal(kept.length, 1, kept.join(', '));
    const second = await run({ cache: 'true' }, 'cached-2');
    for (const r of [first, second]) {
      assert.equal(r.status, plain.status, r.stdout);
      assert.deepEqual(r.outputs, plain.outputs);
      assert.equal(r.summary, plain.summary);
    }
    const bad = await run({ cache: 'yes' }, 'cached-3');
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /^::error title=aigov::.*cache.*true, false.*yes/m);
  });

  it('on a push, judges the commits pushed (the payload\u2019s before)', async () => {
    const repo = path.join(tmp, 'push');
    const { base, head } = await pullRequestRepo(repo);
    const r = await runAction(repo, { name: 'push', payload: { ref: 'refs/heads/feature', before: base, after: head }, sha: head }, { today: TODAY }, path.join(tmp, 'push-files'));
    assert.equal(r.status, 1);
    assert.equal(r.outputs['new-findings'], '2');
    assert.equal(r.outputs['baseline-commit'], base);
    const none = await runAction(repo, { name: 'push', payload: { ref: 'refs/heads/feature', before: base, after: head }, sha: head }, { today: TODAY, 'baseline-ref': 'none', 'fail-on': 'never' }, path.join(tmp, 'push-none'));
    assert.equal(none.status, 0);
    assert.equal(none.outputs['new-findings'], none.outputs.findings);
    assert.match(none.summary, /No base to compare with: every finding counts as new\./);
  });

  it('locale: ja writes the job summary and the failing line in Japanese, linking the Japanese rule pages', async () => {
    const repo = path.join(tmp, 'pr-ja');
    const { base, head, payload } = await pullRequestRepo(repo);
    const r = await runAction(repo, { name: 'pull_request', payload, sha: head }, { 'fail-on': 'warning', today: TODAY, locale: 'ja' }, path.join(tmp, 'pr-ja-files'));
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^::error::aigov: 新規の指摘 2 件のうち、警告以上のものがあります（ジョブサマリーを参照）$/m);
    const s = r.summary;
    assert.match(s, /^## aigov: AI ガバナンスチェック$/m);
    assert.ok(s.includes(`❌ **新規の指摘 2 件**（比較対象: ${base.slice(0, 12)}） · 指摘は全体で 6 件 · 期限の基準日 2026年11月25日 · 警告以上の新規の指摘があればステップを失敗にします`), s);
    assert.ok(s.includes('| 重大度 | 新規 | 全体 |\n| --- | ---: | ---: |\n| 🛑 エラー | 0 | 1 |\n| ⚠️ 警告 | 2 | 4 |'), s);
    assert.ok(s.includes('### 新規の指摘\n\n| 重大度 | ルール | 場所 | メッセージ |'), s);
    assert.ok(s.includes(`| ⚠️ 警告 | [AIGOV301](https://github.com/aigov-dev/aigov/blob/main/docs/rules/ja/AIGOV301.md) | [src/report.py:2](https://github.com/example-org/shop/blob/${head}/src/report.py#L2) | 未宣言の AI 利用: 'openai'（OpenAI）`), s);
    assert.ok(s.includes('### 変更に関係するコンポーネント\n\n| コンポーネント | リスク | レジストリ | 変更ファイル | エントリの編集 |'), s);
    assert.ok(s.includes('| limited | .aigov.yaml | 1 | あり |'), s);
    assert.ok(s.includes('どのコンポーネントの対象にもなっていない変更ファイル: src/odd\\|name\\_\\*x\\*.py、src/report.py。'), s);
    assert.ok(s.includes('SARIF: aigov.sarif（コードスキャンに取り込むには github/codeql-action/upload-sarif でアップロードしてください）。'), s);
    // Nothing of the English summary is left: no English word outside code, paths, ids and user text.
    const words = s.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/\*\*chat-assistant\*\*.*$/m, '').replace(/'[^']*'|（[A-Za-z]+）|AIGOV\d{3}|aigov(\.sarif|\.yaml)?|github\/codeql-action\/upload-sarif|SARIF|AI|limited|src\/\S+|\.aigov\.yaml/g, '');
    assert.doesNotMatch(words, /[A-Za-z]{3,}/, words);
  });

  it('locale: ja writes the annotations and the SARIF result messages in Japanese; a bad locale fails the step', async () => {
    const repo = path.join(tmp, 'push-ja');
    const { base, head } = await pullRequestRepo(repo);
    const push = { name: 'push', payload: { ref: 'refs/heads/feature', before: base, after: head }, sha: head };
    const r = await runAction(repo, push, { today: TODAY, 'baseline-ref': 'none', 'fail-on': 'never', locale: 'ja' }, path.join(tmp, 'push-ja-files'));
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^::(warning|error|notice) [^\n]*::AIGOV\d{3}: [^\n]*[\u3040-\u30ff\u4e00-\u9fff]/m);
    const sarif = JSON.parse(await fs.readFile(path.join(repo, 'aigov.sarif'), 'utf8')) as { runs: { results: { message: { text: string }; properties: { englishMessage?: string } }[] }[] };
    const first = sarif.runs[0]!.results[0]!;
    assert.match(first.message.text, /[\u3040-\u30ff\u4e00-\u9fff]/);
    assert.ok(first.properties.englishMessage);
    const bad = await runAction(repo, push, { today: TODAY, locale: 'fr' }, path.join(tmp, 'push-fr-files'));
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /::error title=aigov::locale must be en or ja, got 'fr'/);
  });
});
