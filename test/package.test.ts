import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installedPackage, npm } from './support/pack.js';
import { FIXTURES, ROOT, TODAY } from './support/workspace.js';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  files?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** What the npm package may hold: the bundles, the schemas, the docs the CLI prints and links to. */
const ALLOWED = [
  /^dist\/(cli|cli-main|server|index-worker)\.js$/,
  /^schemas\/aigov(-report)?\.schema\.json$/,
  /^docs\/rules\/(ja\/)?AIGOV\d{3}\.md$/,
  /^docs\/frameworks\/[\w.-]+\.md$/,
  /^docs\/policy\.md$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
];
const REQUIRED = ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/index-worker.js', 'schemas/aigov.schema.json', 'schemas/aigov-report.schema.json', 'docs/rules/AIGOV301.md', 'docs/rules/ja/AIGOV301.md', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'];

describe('npm package (npm pack, installed offline)', function () {
  this.timeout(180_000);
  let tmp: string;
  let pkg: PackageJson;
  before(async function () {
    assert.ok(existsSync(path.join(ROOT, 'dist', 'cli.js')), 'run npm run compile first');
    pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-pack-'));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('package.json is publishable: not private, bin aigov, engines.node, a files list, no runtime dependencies', () => {
    assert.notEqual(pkg.private, true);
    assert.equal(pkg.bin?.aigov, './dist/cli.js');
    assert.match(pkg.engines?.node ?? '', /^>=\d+/);
    assert.ok(Array.isArray(pkg.files) && pkg.files.length > 0);
    // The bundles hold every library they use: an install fetches nothing.
    assert.deepEqual(pkg.dependencies ?? {}, {});
    for (const lib of ['yaml', 'zod', 'picomatch', 'vscode-languageserver']) assert.ok(pkg.devDependencies?.[lib], `${lib} is a devDependency`);
  });

  it('the tarball holds only the bundles, schemas, rule docs, README, LICENSE and CHANGELOG, and is small', () => {
    const r = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT, path.join(tmp, 'cache-dry'));
    assert.equal(r.status, 0, r.stderr);
    const [info] = JSON.parse(r.stdout) as { size: number; unpackedSize: number; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path).sort();
    assert.deepEqual(files.filter((f) => !ALLOWED.some((re) => re.test(f))), []);
    for (const f of REQUIRED) assert.ok(files.includes(f), `missing: ${f}`);
    // Unminified bundles here (npm publish runs prepack, which minifies): still well under 1.5 MB.
    assert.ok(info!.size < 1.5 * 1024 * 1024, `tarball ${info!.size} bytes`);
  });

  it('installs from the tarball into an empty prefix with the registry unreachable (--offline) and checks a workspace', async () => {
    const { bin, lib, prefix } = installedPackage();
    assert.deepEqual(await fs.readdir(path.join(prefix, 'lib', 'node_modules')), ['aigov'], 'nothing else was installed');
    assert.ok(!existsSync(path.join(lib, 'node_modules')));

    const run = (args: string[], cwd: string): SpawnSyncReturns<string> => spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, AIGOV_TODAY: '' } });
    const version = run(['--version'], tmp);
    assert.equal(version.stdout.trim(), pkg.version, version.stderr);
    const ws = path.join(tmp, 'example');
    await fs.cp(path.join(FIXTURES, 'workspaces', 'example'), ws, { recursive: true });
    const check = run(['check', '.', '--format', 'json', '--today', TODAY], ws);
    assert.equal(check.status, 1, check.stderr);
    const expected = (await fs.readFile(path.join(FIXTURES, 'workspaces', 'example', 'expected', 'findings.txt'), 'utf8')).trim().split('\n').length;
    const findings = (JSON.parse(check.stdout) as { findings: { code: string; path: string }[] }).findings;
    assert.equal(findings.length, expected);
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.path === 'tools/summarize.ts'));
    // The rule docs ship with it: explain prints the page, not the built-in summary.
    const explain = run(['explain', 'AIGOV301'], tmp);
    assert.equal(explain.status, 0);
    assert.match(explain.stdout, /^# AIGOV301/);
    // The language server bundle is there for `aigov lsp`.
    assert.ok(existsSync(path.join(lib, 'dist', 'server.js')));
    const lsp = run(['lsp', '--help'], tmp);
    assert.equal(lsp.status, 0, lsp.stderr);
  });
});
