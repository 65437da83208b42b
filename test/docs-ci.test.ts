import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { parse as parseYaml } from 'yaml';
import { pullRequestRepo, runAction } from './support/action.js';
import { docSnippet, fencedBlocks } from './support/docs.js';
import { git } from './support/git.js';
import { installedPackage, offlineNpmEnv } from './support/pack.js';
import { ROOT } from './support/workspace.js';

/** Every snippet of docs/ci.md and the test that runs it (pre-commit-config: test/pre-commit.test.ts). */
const SNIPPETS = ['github-workflow', 'gitlab-ci', 'pre-commit-config', 'npx', 'dependency-track'];

/**
 * A shell snippet with the published package replaced by the tarball built here, run by bash
 * (asynchronously: the loopback server of a test answers meanwhile).
 */
function runShell(script: string, cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { tgz, dir } = installedPackage();
  const local = script.replace(/npx --yes aigov@[\w.^~-]+/g, `npx --yes --package=${tgz} aigov`);
  assert.notEqual(local, script, 'the snippet runs aigov through npx');
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', local], { cwd, env: { ...offlineNpmEnv(path.join(dir, 'cache-npx')), AIGOV_TODAY: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('docs/ci.md: every snippet runs', function () {
  this.timeout(240_000);
  let tmp: string;
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-docs-ci-'));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('holds only named snippets, each run by a test', () => {
    const blocks = fencedBlocks();
    assert.deepEqual(
      blocks.map((b) => b.name ?? `(unnamed ${b.lang} block)`),
      SNIPPETS,
    );
  });

  it('github-workflow: the action step, as written, on a pull request; the upload step reads its SARIF file', async () => {
    const wf = parseYaml(docSnippet('github-workflow')) as { permissions: Record<string, string>; on: Record<string, unknown>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown>; if?: string }[] }> };
    assert.equal(wf.permissions['security-events'], 'write');
    assert.ok('pull_request' in wf.on);
    const steps = Object.values(wf.jobs)[0]!.steps;
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth'], 0, 'the history down to the base');
    const step = steps.find((s) => s.uses === 'aigov-dev/aigov@v1');
    assert.ok(step?.with);
    const meta = parseYaml(await fs.readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    for (const k of Object.keys(step.with)) assert.ok(k in meta.inputs, `action.yml has the input ${k}`);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.equal(upload?.with?.sarif_file, step.with['sarif-file']);
    assert.equal(upload?.if, 'always()');

    // The folder actions/cache carries is the one the action keeps its cache in (on a runner,
    // XDG_CACHE_HOME is not set).
    const cached = steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with;
    assert.equal(step.with.cache, true);
    assert.match(String(cached?.path), /^~\//);
    assert.ok(String(cached?.key).startsWith(String(cached?.['restore-keys'])), 'a later run restores the last cache saved');
    const home = path.join(tmp, 'gh-home');
    const keptIn = path.join(home, String(cached?.path).slice(2));

    const repo = path.join(tmp, 'gh');
    const { head, payload } = await pullRequestRepo(repo);
    const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, String(v)]));
    const r = await runAction(repo, { name: 'pull_request', payload, sha: head }, inputs, path.join(tmp, 'gh-files'), { HOME: home, XDG_CACHE_HOME: '' });
    assert.equal(r.status, 1, r.stdout);
    assert.equal(r.outputs['new-findings'], '2');
    assert.ok(existsSync(path.join(repo, String(upload?.with?.sarif_file))));
    assert.equal((await fs.readdir(keptIn)).filter((f) => f.endsWith('.json')).length, 1, `the cache is in ${keptIn}`);
  });

  it('gitlab-ci: the job script in a merge-request pipeline and in a branch pipeline; the report is where artifacts expects it', async () => {
    const job = Object.values(parseYaml(docSnippet('gitlab-ci')) as Record<string, { script: string[]; variables: Record<string, string>; cache: { paths: string[] }; artifacts: { when: string; reports: { codequality: string } } }>)[0]!;
    assert.equal(job.variables.GIT_DEPTH, '0');
    // The folder GitLab caches is the one the job keeps aigov's cache in.
    const cacheDir = job.cache.paths[0]!.replace(/\/$/, '');
    assert.ok(job.script[0]!.includes(`--cache-location ${cacheDir} `), job.script[0]);
    assert.equal(job.artifacts.when, 'always');
    const report = job.artifacts.reports.codequality;
    const origin = path.join(tmp, 'gl-origin');
    const { base } = await pullRequestRepo(origin);
    // GitLab clones the merge request's head with the history (GIT_DEPTH 0).
    const clone = path.join(tmp, 'gl');
    git(tmp, 'clone', '-q', '--branch', 'feature', `file://${origin}`, clone);
    const mr = await runShell(job.script.join('\n'), clone, { CI: 'true', GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    assert.equal(mr.status, 1, mr.stdout + mr.stderr);
    const reportText = await fs.readFile(path.join(clone, report), 'utf8');
    const issues = JSON.parse(reportText) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    assert.ok(issues.some((i) => i.check_name === 'AIGOV301' && i.location.path === 'src/report.py' && i.location.lines.begin === 2 && i.severity === 'major'));
    assert.equal((await fs.readdir(path.join(clone, cacheDir))).filter((f) => f.endsWith('.json')).length, 1);
    // The next job, its cache restored: the same report.
    const again = await runShell(job.script.join('\n'), clone, { CI: 'true', GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    assert.equal(again.status, 1, again.stdout + again.stderr);
    assert.equal(await fs.readFile(path.join(clone, report), 'utf8'), reportText);
    await fs.rm(path.join(clone, report));
    // On main only errors fail: the repository has one (a typo'd component id).
    git(clone, 'checkout', '-q', 'main');
    const branch = await runShell(job.script.join('\n'), clone, { CI: 'true', GITLAB_CI: 'true' });
    assert.equal(branch.status, 1, branch.stdout + branch.stderr);
    assert.ok(existsSync(path.join(clone, report)));
    await fs.writeFile(path.join(clone, 'src', 'tool.ts'), '// @aigov chat-assistant\n');
    assert.equal((await runShell(job.script.join('\n'), clone, { CI: 'true' })).status, 0);
  });

  it('pre-commit-config: names the hook of .pre-commit-hooks.yaml (test/pre-commit.test.ts runs it)', async () => {
    const config = parseYaml(docSnippet('pre-commit-config')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const hooks = parseYaml(await fs.readFile(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    assert.equal(config.repos.length, 1);
    assert.deepEqual(config.repos[0]!.hooks.map((h) => h.id), hooks.map((h) => h.id));
    assert.equal(config.repos[0]!.rev, `v${(JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`);
    assert.ok(existsSync(path.join(ROOT, hooks[0]!.entry.split(' ')[0]!)));
  });

  it('npx: the plain command writes SARIF and fails on the new-or-old warning', async () => {
    const repo = path.join(tmp, 'npx');
    await pullRequestRepo(repo);
    const r = await runShell(docSnippet('npx'), repo, {});
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const sarif = JSON.parse(await fs.readFile(path.join(repo, 'aigov.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.length > 0);
  });

  it('dependency-track: the BOM upload command against a loopback stand-in of the BOM API', async () => {
    const uploads: { apiKey: string | undefined; fields: Record<string, string>; bomName?: string }[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '');
        if (req.method !== 'POST' || req.url !== '/api/v1/bom' || !boundary) {
          res.writeHead(400).end();
          return;
        }
        const fields: Record<string, string> = {};
        let bomName: string | undefined;
        for (const part of Buffer.concat(chunks).toString('utf8').split(`--${boundary[1] ?? boundary[2]}`)) {
          const sep = part.indexOf('\r\n\r\n');
          if (sep < 0) continue;
          const head = part.slice(0, sep);
          const name = /name="([^"]+)"/.exec(head)?.[1];
          if (!name) continue;
          fields[name] = part.slice(sep + 4).replace(/\r\n$/, '');
          if (name === 'bom') bomName = /filename="([^"]+)"/.exec(head)?.[1];
        }
        uploads.push({ apiKey: req.headers['x-api-key'] as string | undefined, fields, ...(bomName ? { bomName } : {}) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"5b0c3a5e-0000-4000-8000-000000000001"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const repo = path.join(tmp, 'dt');
      await fs.cp(path.join(ROOT, 'test-fixtures', 'workspaces', 'example'), repo, { recursive: true });
      const port = (server.address() as AddressInfo).port;
      const r = await runShell(docSnippet('dependency-track'), repo, { NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', DTRACK_URL: `http://127.0.0.1:${port}`, DTRACK_API_KEY: 'odt_test', PROJECT_NAME: 'example-shop', PROJECT_VERSION: 'main', AIGOV_TODAY: '2026-11-25' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /"token"/);
      assert.equal(uploads.length, 1);
      const [u] = uploads;
      assert.equal(u!.apiKey, 'odt_test');
      assert.deepEqual([u!.fields.autoCreate, u!.fields.projectName, u!.fields.projectVersion, u!.bomName], ['true', 'example-shop', 'main', 'aigov-bom.json']);
      const bom = JSON.parse(u!.fields.bom!) as { bomFormat: string; specVersion: string; components: unknown[] };
      assert.deepEqual([bom.bomFormat, bom.specVersion], ['CycloneDX', '1.6']);
      const errors = await new Validation.JsonValidator(Spec.Version.v1dot6).validate(u!.fields.bom!);
      assert.equal(errors, null, JSON.stringify(errors));
    } finally {
      server.close();
    }
  });
});
