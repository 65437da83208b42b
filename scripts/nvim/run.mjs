#!/usr/bin/env node
// Runs Neovim headless as an LSP client on one file and prints the diagnostics the
// server published, as JSON (see lsp-diagnostics.lua beside this file for the shape).
// Proves the language server follows the protocol, not VS Code's habits.
//
//   node scripts/nvim/run.mjs [--server '<json array>'] [--root <dir>] [--timeout <ms>]
//        [--out <file.json>] <file>
//
//   --server   the server command as a JSON array; default $AIGOV_SERVER_CMD, else
//              ["node", "<project>/dist/cli.js", "lsp", "--stdio"]
//   --root     workspace root; default $AIGOV_ROOT, else the nearest folder above the
//              file holding .aigov.yaml, else the file's folder
//   --timeout  ms to wait for non-empty diagnostics; default $AIGOV_TIMEOUT_MS or 10000
//   --out      also keep the JSON in this file
//
// Exit code: nvim's (0 diagnostics arrived, 1 timeout, 2 setup error, 3 watchdog).
// Also importable: `runNvimDiagnostics({ file, serverCmd, root, timeoutMs })`.
// Needs Debian's neovim (bash scripts/e2e/setup.sh installs it).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const LUA = path.join(HERE, 'lsp-diagnostics.lua');
const NO_PROVIDERS = ['python3', 'python', 'ruby', 'perl', 'node'].map((p) => `let g:loaded_${p}_provider = 0`).join(' | ');

function findRoot(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.aigov.yaml'))) return dir;
    if (dir === path.dirname(dir)) return path.dirname(file);
  }
}

/**
 * Runs the harness once. Resolves { code, result, stderr, ms } where `result` is the
 * parsed JSON the Lua script wrote (or null if it wrote none).
 */
export async function runNvimDiagnostics({ file, serverCmd, root, timeoutMs = 10000, nvim = 'nvim' }) {
  const abs = path.resolve(file);
  if (!existsSync(abs)) throw new Error(`no such file: ${abs}`);
  serverCmd ??= ['node', path.join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'];
  root = path.resolve(root ?? findRoot(abs));
  // nvim's own state (lsp.log, shada) goes to a temp dir, never ~/.cache or ~/.local.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'aigov-nvim-'));
  const out = path.join(tmp, 'result.json');
  const env = {
    ...process.env,
    AIGOV_SERVER_CMD: JSON.stringify(serverCmd),
    AIGOV_ROOT: root,
    AIGOV_OUT: out,
    AIGOV_TIMEOUT_MS: String(timeoutMs),
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    XDG_STATE_HOME: path.join(tmp, 'state'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
  };
  const started = Date.now();
  // detached: its own process group, so a hang is ended with the server it started.
  // --cmd NO_PROVIDERS: opening e.g. a .py file makes the filetype plugin probe the
  // Python provider, which costs ~5 s here (pyenv shims); the harness needs none.
  const child = spawn(nvim, ['--headless', '--clean', '-n', '--cmd', NO_PROVIDERS, '-c', `luafile ${LUA}`, abs], {
    env, // cwd inherited: a relative server command resolves as the caller expects
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', () => {}); // headless nvim may print UI noise; not ours
  const killer = setTimeout(() => {
    stderr += `[run.mjs] nvim still running after ${timeoutMs + 20000} ms: killing its process group\n`;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, timeoutMs + 20000);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  }).finally(() => clearTimeout(killer));

  let result = null;
  try {
    result = JSON.parse(await readFile(out, 'utf8'));
  } catch {
    /* no result written */
  }
  if (code !== 0) {
    // The client's log tells why a server did not answer.
    const lspLog = path.join(tmp, 'cache/nvim/lsp.log');
    if (stderr && !stderr.endsWith('\n')) stderr += '\n';
    if (existsSync(lspLog)) stderr += `--- nvim lsp.log ---\n${(await readFile(lspLog, 'utf8')).slice(-4000)}`;
  }
  await rm(tmp, { recursive: true, force: true });
  return { code, result, stderr, ms: Date.now() - started };
}

async function main(argv) {
  const opts = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(
        "usage: node scripts/nvim/run.mjs [--server '<json array>'] [--root <dir>] [--timeout <ms>] [--out <file>] <file>",
      );
      return 0;
    } else if (['--server', '--root', '--timeout', '--out'].includes(a)) {
      if (argv[i + 1] === undefined) throw new Error(`${a} needs a value`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) {
      throw new Error(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1) throw new Error('give exactly one file to open');
  const serverJson = opts.server ?? process.env.AIGOV_SERVER_CMD;
  const serverCmd = serverJson ? JSON.parse(serverJson) : undefined;
  if (serverCmd && (!Array.isArray(serverCmd) || serverCmd.length === 0)) throw new Error('--server must be a JSON array');
  const { code, result, stderr, ms } = await runNvimDiagnostics({
    file: files[0],
    serverCmd,
    root: opts.root ?? (process.env.AIGOV_ROOT || undefined),
    timeoutMs: Number(opts.timeout ?? process.env.AIGOV_TIMEOUT_MS ?? 10000),
  });
  if (stderr.trim()) process.stderr.write(stderr.endsWith('\n') ? stderr : `${stderr}\n`);
  const json = JSON.stringify(result, null, 2);
  process.stdout.write(`${json}\n`);
  if (opts.out) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(opts.out, `${json}\n`);
  }
  process.stderr.write(`[nvim-lsp] nvim exit ${code} in ${ms} ms\n`);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[nvim-lsp] error: ${err.message}\n`);
      process.exit(2);
    },
  );
}
