#!/usr/bin/env node
// The language server in a second, non-VS Code client: Debian's Neovim (0.7, push diagnostics
// only). Opens fixture files headless through scripts/nvim/run.mjs, with the server started as
// `node dist/cli.js lsp --stdio`, and checks that the expected findings arrive through
// textDocument/publishDiagnostics with their codes, ranges, source and docs links.
//
//   node scripts/nvim/lsp-test.mjs
//
// Installs neovim with apt-get when it is missing (apt-get update only when the install needs
// it), builds dist/ when it is missing. Prints one line per case and closes with
// "N passed, N failed"; exits 1 when a case fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNvimDiagnostics } from './run.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test-fixtures', 'workspaces');
const DOCS = 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/';
const WHOLE_WORKSPACE_CODES = ['AIGOV203'];

function log(line) {
  process.stdout.write(`${line}\n`);
}

function hasNvim() {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

function ensureNvim() {
  if (hasNvim()) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  log('neovim is missing: apt-get install -y neovim');
  if (apt('install', '-y', 'neovim').status !== 0) {
    log('the install failed: apt-get update, then again');
    apt('update');
    apt('install', '-y', 'neovim');
  }
  if (!hasNvim()) throw new Error('neovim could not be installed');
}

function ensureBuilt() {
  if (existsSync(CLI) && existsSync(path.join(ROOT, 'dist', 'server.js'))) return;
  log('dist/ is missing: building');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

function copy(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `aigov-nvim-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** What the CLI finds in one file of a workspace: the LSP must publish the same. */
function cliFindings(root, rel, today) {
  const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json', '--today', today, '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`aigov check failed: ${r.stderr}`);
  return JSON.parse(r.stdout).findings.filter((f) => f.path === rel);
}

const fmt = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const brief = (list) => list.map((d) => `${fmt(d.range)} ${d.code}`).sort();

/**
 * One case: open `rel` in `workspace` and compare what Neovim received with `expected`
 * (["line:char-line:char CODE", …]), or with the CLI's findings for that file.
 */
async function runCase({ name, workspace, rel, today, expected }) {
  const root = copy(workspace);
  try {
    const want = expected ?? brief(cliFindings(root, rel, today));
    const { code, result, stderr, ms } = await runNvimDiagnostics({
      file: path.join(root, rel),
      root,
      serverCmd: [process.execPath, CLI, 'lsp', '--stdio', '--today', today],
      timeoutMs: 15000,
    });
    const problems = [];
    if (code !== 0 || !result?.ok) problems.push(`nvim exit ${code}: ${result?.error ?? 'no result'}\n${stderr}`);
    const got = result?.diagnostics ?? [];
    const have = brief(got);
    // The first publish may come before the folder's index is complete: then the findings that
    // need the whole workspace (AIGOV203, a component without code) are not in it yet.
    const early = want.filter((w) => !WHOLE_WORKSPACE_CODES.some((c) => w.endsWith(` ${c}`)));
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(have, want) && !same(have, early)) problems.push(`expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    for (const d of got) {
      if (!/^aigov · .+/.test(d.source ?? '')) problems.push(`source ${d.source}`);
      if (d.codeDescription?.href !== `${DOCS}${d.code}.md`) problems.push(`href of ${d.code}: ${d.codeDescription?.href}`);
      if (![1, 2, 3, 4].includes(d.severity)) problems.push(`severity ${d.severity}`);
    }
    if (result && result.nvim_diagnostic_count !== got.length) problems.push(`vim.diagnostic.get has ${result.nvim_diagnostic_count}, the server sent ${got.length}`);
    if (result && !String(result.server_name).startsWith('aigov')) problems.push(`serverInfo ${result.server_name}`);
    return { name, ok: problems.length === 0, detail: problems.join('; '), ms };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const CASES = [
  { name: 'unknown component id in a TypeScript comment', workspace: 'lsp-basic', rel: 'src/legacy.ts', today: '2026-06-01', expected: ['0:10-0:18 AIGOV201'] },
  { name: 'registry: missing risk assessment and an incident deadline', workspace: 'lsp-basic', rel: '.aigov.yaml', today: '2026-06-01', expected: ['19:12-19:24 AIGOV401', '32:4-32:8 AIGOV101'] },
  { name: 'example workspace: a tool file, same findings as aigov check', workspace: 'example', rel: 'tools/summarize.ts', today: '2026-11-25' },
  { name: 'example workspace: the root registry, same findings as aigov check', workspace: 'example', rel: '.aigov.yaml', today: '2026-11-25' },
].filter((c) => existsSync(path.join(FIXTURES, c.workspace, c.rel)));

async function main() {
  ensureNvim();
  ensureBuilt();
  let passed = 0;
  let failed = 0;
  for (const c of CASES) {
    let r;
    try {
      r = await runCase(c);
    } catch (err) {
      r = { name: c.name, ok: false, detail: err instanceof Error ? err.message : String(err), ms: 0 };
    }
    if (r.ok) passed++;
    else failed++;
    log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${r.ms} ms)${r.ok ? '' : `\n  ${r.detail}`}`);
  }
  log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    log(`error: ${err instanceof Error ? err.message : String(err)}`);
    log('0 passed, 1 failed');
    process.exit(1);
  },
);
