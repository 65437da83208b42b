/**
 * What a CI job sees from `aigov check`: the exit code (0 passes, 1 fails on findings, 2 is a
 * usage or read error) for each `--fail-on` threshold, with and without a baseline, and the date
 * the legal duties are judged on (`--today`, else AIGOV_TODAY).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMANDS } from '../server/src/cli/commands/index.js';
import { VERSION } from '../server/src/cli/version.js';
import { runCli } from './support/cli.js';
import { removeLater, removeTrees } from './support/temp-tree.js';
import { copyToTemp, FIXTURES, ROOT as ROOT_DIR, TODAY } from './support/workspace.js';

const WS = path.join(FIXTURES, 'workspaces');

const exists = (p: string): Promise<boolean> => fs.access(p).then(
  () => true,
  () => false,
);

/** The exit code of `check` in `cwd` with `args`. */
async function exit(cwd: string, ...args: string[]): Promise<number> {
  const r = await runCli(['check', '.', '--today', TODAY, ...args], cwd);
  assert.equal(r.stderr.includes('internal error'), false, r.stderr);
  return r.code;
}

/** The severities found, e.g. `{ info: 3 }`. */
async function severities(cwd: string, ...args: string[]): Promise<Record<string, number>> {
  const json = JSON.parse((await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY, ...args], cwd)).stdout) as { findings: { severity: string }[] };
  const count: Record<string, number> = {};
  for (const f of json.findings) count[f.severity] = (count[f.severity] ?? 0) + 1;
  return count;
}

/** A copy of the Japan-only workspace with an incident contact: its findings are all info. */
async function infoOnly(): Promise<string> {
  const tmp = await copyToTemp(path.join(WS, 'frameworks-jp-act'));
  removeLater(tmp);
  const reg = path.join(tmp, '.aigov.yaml');
  await fs.writeFile(reg, (await fs.readFile(reg, 'utf8')).replace('  name: Example Shop KK\n', '  name: Example Shop KK\n  contacts: { incident: ai-incidents@example-shop.co.jp }\n'));
  return tmp;
}

describe('CLI exit codes and --today', function () {
  this.timeout(120_000);
  after(removeTrees);

  it('--fail-on fails the run exactly at and above its threshold', async () => {
    const info = await infoOnly();
    assert.deepEqual(await severities(info), { info: 3 });
    assert.equal(await exit(info), 0, 'default threshold: error');
    assert.equal(await exit(info, '--fail-on', 'error'), 0);
    assert.equal(await exit(info, '--fail-on', 'warning'), 0);
    assert.equal(await exit(info, '--fail-on', 'info'), 1);
    assert.equal(await exit(info, '--fail-on', 'never'), 0);

    const mixed = path.join(WS, 'detection-mixed');
    assert.deepEqual(Object.keys(await severities(mixed)).sort(), ['info', 'warning']);
    assert.equal(await exit(mixed), 0);
    assert.equal(await exit(mixed, '--fail-on', 'warning'), 1);
    assert.equal(await exit(mixed, '--fail-on', 'info'), 1);

    const errors = path.join(WS, 'polyglot');
    assert.deepEqual(await severities(errors), { error: 2 });
    assert.equal(await exit(errors), 1);
    assert.equal(await exit(errors, '--fail-on', 'error'), 1);
    assert.equal(await exit(errors, '--fail-on', 'never'), 0);
  });

  it('with a baseline only new findings count, each at its own severity', async () => {
    const tmp = await copyToTemp(path.join(WS, 'polyglot'));
    removeLater(tmp);
    const base = path.join(tmp, 'base.json');
    assert.equal((await runCli(['check', '.', '--format', 'json', '--output', base, '--today', TODAY], tmp)).code, 1, 'the errors fail a run without a baseline');
    assert.equal(await exit(tmp, '--baseline', base), 0, 'known errors do not fail the run');
    assert.equal(await exit(tmp, '--baseline', base, '--fail-on', 'info'), 0);
    // A new AI import that no component covers: a warning, new against the baseline.
    await fs.writeFile(path.join(tmp, 'extra.py'), 'import openai\n');
    const now = JSON.parse((await runCli(['check', '.', '--format', 'json', '--baseline', base, '--fail-on', 'never', '--today', TODAY], tmp)).stdout) as { findings: { severity: string; new: boolean }[] };
    const fresh = now.findings.filter((f) => f.new).map((f) => f.severity);
    assert.ok(fresh.length > 0 && !fresh.includes('error'), `new findings, none an error: ${fresh.join(', ')}`);
    assert.equal(await exit(tmp, '--baseline', base), 0, 'no new error');
    assert.equal(await exit(tmp, '--baseline', base, '--fail-on', fresh.includes('warning') ? 'warning' : 'info'), 1, 'a new finding at the threshold');
  });

  it('several folders: one result with paths below their common folder, and a finding in any of them counts', async function () {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-two-'));
    removeLater(parent);
    if (spawnSync('git', ['-C', parent, 'rev-parse'], { stdio: 'ignore' }).status === 0) this.skip();
    const errors = path.join(parent, 'errors');
    await fs.cp(path.join(WS, 'polyglot'), errors, { recursive: true });
    const info = await infoOnly();
    await fs.cp(info, path.join(parent, 'deep', 'info'), { recursive: true });
    const paths = async (...dirs: string[]): Promise<string[]> => {
      const r = await runCli(['check', ...dirs, '--format', 'json', '--fail-on', 'never', '--today', TODAY], parent);
      return [...new Set((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path.split('/').slice(0, 2).join('/')))].sort();
    };
    assert.deepEqual(await paths('errors', 'deep/info'), ['deep/info', 'errors/app', 'errors/notebooks']);
    assert.ok((await paths('deep/info')).every((p) => !p.startsWith('deep/')), 'one folder: paths from the folder');
    const two = async (...args: string[]): Promise<number> => (await runCli(['check', 'deep/info', 'errors', '--today', TODAY, ...args], parent)).code;
    assert.equal(await two(), 1, 'the errors of the second folder fail the run');
    assert.equal((await runCli(['check', 'deep/info', '--today', TODAY], parent)).code, 0);
    assert.equal(await two('--fail-on', 'never'), 0);
    const outside = await runCli(['check', 'errors', '--root', 'deep'], parent);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /^aigov check: --root \S*\/deep does not hold the checked folder \S*\/errors\n/);
    // Both wrong: the folder's own error is told, as before the base was asked for first.
    const neither = await runCli(['check', 'missing', '--root', 'nowhere'], parent);
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /^aigov check: not a folder: missing\n/);
    const rooted = await runCli(['check', 'deep/info', '--root', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY], parent);
    assert.ok((JSON.parse(rooted.stdout) as { findings: { path: string }[] }).findings.every((f) => f.path.startsWith('deep/info/')));
  });

  it('--cache keeps a cache in the user cache folder; a cache that cannot be written is a warning, never a failure', async () => {
    const ws = path.join(WS, 'polyglot');
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-xdg-'));
    removeLater(home);
    const saved = process.env.XDG_CACHE_HOME;
    try {
      process.env.XDG_CACHE_HOME = home;
      const plain = await runCli(['check', '.', '--format', 'golden', '--today', TODAY], ws);
      assert.equal(await exists(path.join(home, 'aigov')), false, 'no cache unless asked');
      const cached = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--cache'], ws);
      assert.deepEqual([cached.code, cached.stdout, cached.stderr], [plain.code, plain.stdout, '']);
      assert.equal((await fs.readdir(path.join(home, 'aigov'))).length, 1, 'one cache file');
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
    const blocker = path.join(home, 'a-file');
    await fs.writeFile(blocker, 'not a folder\n');
    const r = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--cache-location', blocker], ws);
    assert.equal(r.code, 1, 'the findings decide, as without a cache');
    assert.match(r.stderr, /^aigov: warning: could not write the cache \S*a-file\S*\n$/);
    assert.match(r.stdout, /AIGOV201/);
  });

  it('--frameworks takes commas or spaces, and core is always on whether named or not', async () => {
    const ws = path.join(WS, 'frameworks-eu-jp');
    const codes = async (list: string): Promise<string> => {
      const r = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY, '--frameworks', list], ws);
      assert.equal(r.code, 0, r.stderr);
      return [...new Set((JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code))].sort().join(' ');
    };
    const nist = await codes('nist-ai-rmf');
    assert.match(nist, /AIGOV101/, 'core rules run');
    assert.match(nist, /AIGOV549/, 'the NIST pack runs');
    assert.doesNotMatch(nist, /AIGOV5[0-3]\d/, 'no EU or Japan rule');
    assert.equal(await codes('core,nist-ai-rmf'), nist);
    assert.equal(await codes(' nist-ai-rmf ,, core '), nist);
    const two = await codes('nist-ai-rmf eu-ai-act');
    assert.equal(await codes('eu-ai-act,nist-ai-rmf'), two);
    assert.notEqual(two, nist);
    const core = await codes('core');
    assert.match(core, /AIGOV101/);
    assert.doesNotMatch(core, /AIGOV5\d\d/, 'core alone: no pack');
  });

  it('checks the folder it runs in when given none', async () => {
    const ws = path.join(WS, 'polyglot');
    const run = async (...dirs: string[]): Promise<string> => (await runCli(['check', ...dirs, '--format', 'json', '--fail-on', 'never', '--today', TODAY], ws)).stdout;
    const here = await run('.');
    assert.ok((JSON.parse(here) as { findings: unknown[] }).findings.length > 0);
    assert.equal(await run(), here);
  });

  it('usage errors exit 2 whatever the findings, and say which argument is wrong', async () => {
    const errors = path.join(WS, 'polyglot');
    const cases: [string[], RegExp][] = [
      [['--fail-on', 'warn'], /--fail-on must be one of .*'warn'/],
      [['--fail-on', ''], /--fail-on must be one of/],
      [['--format', 'xml'], /--format must be one of .*'xml'/],
      [['--jobs', '65'], /--jobs must be a whole number from 0 to 64, not '65'/],
      [['--jobs', '-1'], /--jobs/],
      [['--jobs=-1'], /--jobs must be a whole number from 0 to 64, not '-1'/],
      [['--jobs', '1.5'], /not '1\.5'/],
      [['--jobs', 'two'], /not 'two'/],
      [['--baseline-ref', ''], /--baseline-ref needs a ref/],
      [['--frameworks', 'eu-ai-act,nonsense'], /unknown pack 'nonsense'\. .*Known packs: .*eu-ai-act, /],
      [['--frameworks', 'eu-ai-ac'], /unknown pack 'eu-ai-ac'\. Did you mean 'eu-ai-act'\? Known packs: /],
      [['--baseline', '.aigov.yaml'], /the baseline \.aigov\.yaml is not an aigov SARIF or JSON result \(.*JSON.*\)\n/],
      [['--nonsense'], /nonsense/],
      [['--baseline', 'no-such-file.json'], /cannot read the baseline no-such-file\.json/],
      [['--root', 'no/such/folder'], /no\/such\/folder/],
      [['no/such/folder'], /not a folder: no\/such\/folder/],
      [['.aigov.yaml'], /not a folder: \.aigov\.yaml/],
    ];
    for (const [args, says] of cases) {
      const r = await runCli(['check', '.', '--today', TODAY, ...args], errors);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', `${args.join(' ')}: no result printed`);
      assert.match(r.stderr, /^aigov check: /, args.join(' '));
      assert.match(r.stderr, says, args.join(' '));
    }
    for (const jobs of ['0', '64']) assert.equal(await exit(errors, '--jobs', jobs, '--fail-on', 'never'), 0, `--jobs ${jobs} is allowed`);
  });

  it('the entry point: help exits 0 when asked for and 2 when no command is given; version; unknown commands', async () => {
    const none = await runCli([], ROOT_DIR);
    assert.equal(none.code, 2, 'no command: usage error');
    assert.match(none.stdout, /^aigov .*: AI governance checks for the repository\.\n\nUsage: aigov <command> \[options\]\n\nCommands:\n {2}check \[dir\.\.\.\] +check registries/);
    for (const c of COMMANDS) assert.ok(none.stdout.includes(`\n  ${c.usage.padEnd(20)}${c.summary}\n`), c.name);
    for (const asked of ['help', '--help', '-h']) {
      const r = await runCli([asked], ROOT_DIR);
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, none.stdout, ''], asked);
    }
    for (const asked of ['--version', '-v']) assert.deepEqual(await runCli([asked], ROOT_DIR), { code: 0, stdout: `${VERSION}\n`, stderr: '' }, asked);
    const unknown = await runCli(['frobnicate', '.'], ROOT_DIR);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.equal(unknown.stderr, `aigov: unknown command 'frobnicate'.\n\n${none.stdout}`);
    for (const c of COMMANDS) {
      const r = await runCli([c.name, '--help'], ROOT_DIR);
      assert.equal(r.code, 0, c.name);
      assert.match(r.stdout, new RegExp(`^Usage: aigov ${c.name}\\b`), c.name);
    }
  });

  it('a usage error names the command; check adds its help, other commands do not', async () => {
    const check = await runCli(['check', '--format', 'xml'], ROOT_DIR);
    assert.equal(check.code, 2);
    assert.match(check.stderr, /^aigov check: --format must be one of text, json, .*\n\nUsage: aigov check \[dir\.\.\.\]/);
    const report = await runCli(['report', '--format', 'xml'], ROOT_DIR);
    assert.equal(report.code, 2);
    assert.match(report.stderr, /^aigov report: --format must be one of md, html, got 'xml'\n$/);
  });

  it('report and bom name the file they wrote relative to the working folder', async () => {
    const tmp = await copyToTemp(path.join(WS, 'polyglot'));
    removeLater(tmp);
    const report = await runCli(['report', '.', '--output', path.join('out', 'report.md'), '--today', TODAY], tmp);
    assert.equal(report.code, 0, report.stderr);
    assert.equal(report.stdout, '');
    assert.match(report.stderr, new RegExp(`^Wrote out/report\\.md \\(\\d+ components?\\)\\.\\n$`));
    const bom = await runCli(['bom', '.', '--output', path.join(tmp, 'bom.json'), '--today', TODAY], path.join(tmp, 'app'));
    assert.equal(bom.code, 0, bom.stderr);
    assert.equal(bom.stderr, `Wrote ${path.join('..', 'bom.json')}.\n`);
  });

  it('an output that cannot be written is exit 2 with the path and the reason, nothing half-written', async () => {
    const tmp = await copyToTemp(path.join(WS, 'polyglot'));
    removeLater(tmp);
    await fs.writeFile(path.join(tmp, 'file.txt'), 'a file, not a folder\n');
    const r = await runCli(['check', '.', '--format', 'json', '--output', 'file.txt/out.json', '--today', TODAY], tmp);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^aigov check: cannot write file\.txt\/out\.json: /);
    assert.equal(await fs.readFile(path.join(tmp, 'file.txt'), 'utf8'), 'a file, not a folder\n');
  });

  it('--today: an invalid date is a usage error; the date decides which duties already apply', async () => {
    const ws = path.join(WS, 'frameworks-eu-jp');
    for (const bad of ['2026-02-30', '2026-8-01', '20260801', 'tomorrow']) {
      const r = await runCli(['check', '.', '--today', bad], ws);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--today/, bad);
    }
    // Art 50 transparency applies from 2026-08-02: the day before it is information, after it a warning.
    const at = async (day: string): Promise<{ today: string; findings: { code: string; severity: string }[] }> =>
      JSON.parse((await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', day], ws)).stdout) as { today: string; findings: { code: string; severity: string }[] };
    const before = await at('2026-08-01');
    const after = await at('2026-08-03');
    assert.equal(before.today, '2026-08-01');
    assert.equal(after.today, '2026-08-03');
    const sev = (r: typeof before, code: string): string[] => r.findings.filter((f) => f.code === code).map((f) => f.severity);
    assert.deepEqual(sev(before, 'AIGOV539'), ['info']);
    assert.deepEqual(sev(after, 'AIGOV539'), ['warning']);
  });

  it('AIGOV_TODAY pins the date when --today is not given; --today wins over it', async () => {
    const ws = path.join(WS, 'frameworks-eu-jp');
    const saved = process.env.AIGOV_TODAY;
    const today = async (...args: string[]): Promise<{ code: number; today?: string }> => {
      const r = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', ...args], ws);
      return r.code === 0 ? { code: 0, today: (JSON.parse(r.stdout) as { today: string }).today } : { code: r.code };
    };
    try {
      process.env.AIGOV_TODAY = '2024-03-01';
      assert.deepEqual(await today(), { code: 0, today: '2024-03-01' });
      assert.deepEqual(await today('--today', '2025-05-05'), { code: 0, today: '2025-05-05' });
      process.env.AIGOV_TODAY = '2024-02-30';
      assert.equal((await today()).code, 2, 'an invalid AIGOV_TODAY is a usage error');
      delete process.env.AIGOV_TODAY;
      assert.match((await today()).today ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the current date otherwise');
    } finally {
      if (saved === undefined) delete process.env.AIGOV_TODAY;
      else process.env.AIGOV_TODAY = saved;
    }
  });
});

describe('CLI colour', function () {
  this.timeout(120_000);
  after(removeTrees);

  it('colours the text output only on a terminal, without --no-color, --output or NO_COLOR', async () => {
    const ws = path.join(WS, 'polyglot');
    const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    const noColor = process.env.NO_COLOR;
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-colour-'));
    removeLater(out);
    const ESC = '\u001b[';
    const coloured = async (...args: string[]): Promise<boolean> => {
      const r = await runCli(['check', '.', '--today', TODAY, '--fail-on', 'never', ...args], ws);
      const file = args.includes('--output') ? await fs.readFile(args[args.indexOf('--output') + 1]!, 'utf8') : '';
      assert.match(r.stdout + file, /AIGOV201/);
      return (r.stdout + file).includes(ESC);
    };
    try {
      delete process.env.NO_COLOR;
      Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
      assert.equal(await coloured(), true, 'a terminal');
      assert.equal(await coloured('--no-color'), false, '--no-color');
      assert.equal(await coloured('--output', path.join(out, 'a.txt')), false, 'a file');
      process.env.NO_COLOR = '1';
      assert.equal(await coloured(), false, 'NO_COLOR');
      delete process.env.NO_COLOR;
      Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
      assert.equal(await coloured(), false, 'not a terminal');
    } finally {
      if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
    }
  });
});
