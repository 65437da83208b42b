// Shared helpers for the real-editor tests: a throw-away code-server (VS Code 1.100's
// own server and web workbench) on loopback, and Debian's Chromium driven by
// playwright-core. Used by run-vscode-tests.mjs (the mocha suite inside a real
// extension host) and run-vsix-screens.mjs (screenshots of an installed .vsix).
//
// Everything lives in one fresh temp dir per run (server state, browser profile,
// default workspace) and is removed at the end. Only processes started here are
// ever signalled, by PID / process group. See shared/design/REAL-EDITORS.md.
//
// Install the tools first: bash scripts/e2e/setup.sh
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_ENTRY = path.join(ROOT, '.cache/code-server/node_modules/code-server/out/node/entry.js');
export const PLAYWRIGHT_DIR = path.join(ROOT, '.cache/e2e-tools/node_modules/playwright-core');
export const CHROMIUM = process.env.AIGOV_E2E_CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'artifacts/e2e');

/** Chromium flags that work on our closed-network machines (REAL-EDITORS.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const T0 = Date.now();
/** `[e2e +1.2s] ...` on stderr, so stdout carries only what the suite printed. */
export function log(...args) {
  process.stderr.write(`[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s] ${args.join(' ')}\n`);
}

/** Error for a broken harness (as opposed to a failing suite): exit code 2. */
export class HarnessError extends Error {}

/**
 * Minimal `--name value` / `--flag` parser. `spec` maps option names to 'string',
 * 'number' or 'boolean'; `--no-flag` sets a boolean false. Unknown options throw.
 */
export function parseArgs(argv, spec, defaults = {}) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new HarnessError(`unexpected argument: ${a}`);
    let name = a.slice(2);
    let value;
    const eq = name.indexOf('=');
    if (eq >= 0) [name, value] = [name.slice(0, eq), name.slice(eq + 1)];
    if (name.startsWith('no-') && spec[name.slice(3)] === 'boolean') {
      out[name.slice(3)] = false;
      continue;
    }
    const type = spec[name];
    if (!type) throw new HarnessError(`unknown option --${name}`);
    if (type === 'boolean') {
      out[name] = value === undefined ? true : value !== 'false';
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new HarnessError(`--${name} needs a value`);
    }
    if (type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new HarnessError(`--${name} needs a number, got ${value}`);
      out[name] = n;
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** Checks that setup.sh has run; throws a HarnessError saying what to run if not. */
export function checkTools() {
  const missing = [];
  if (!existsSync(CODE_SERVER_ENTRY)) missing.push('code-server (.cache/code-server)');
  if (!existsSync(path.join(PLAYWRIGHT_DIR, 'package.json'))) missing.push('playwright-core (.cache/e2e-tools)');
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new HarnessError(`missing ${missing.join(', ')}: run \`bash scripts/e2e/setup.sh\` first`);
  }
}

/** A fresh temp dir for one run; `dispose()` removes it (unless keep). */
export async function makeTempRoot(prefix = 'aigov-e2e-') {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    dir,
    async dispose(keep = false) {
      if (keep) log(`kept temp dir ${dir}`);
      else await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** A TCP port that is free on 127.0.0.1 right now. */
export async function freePort() {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

/** The environment code-server runs in: all state under `tmp`, no marketplace. */
function serverEnv(tmp) {
  const env = { ...process.env };
  // Do not inherit a surrounding VS Code / code-server session (e.g. when run from
  // its integrated terminal): those variables redirect the CLI to the outer instance.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('CODE_SERVER_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  delete env.PORT; // code-server reads $PORT over bind-addr
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  return {
    ...env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg/config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg/data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg/cache'),
    XDG_STATE_HOME: path.join(tmp, 'xdg/state'),
    EXTENSIONS_GALLERY: '{}',
  };
}

/**
 * User settings every run starts with: quiet, deterministic screenshots (no git
 * prompt about the parent repository, no start-up editor, no update checks).
 */
export const DEFAULT_SETTINGS = {
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
};

/** Reads a JSON settings file given on the command line (undefined if none). */
export function readSettingsFile(file) {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(path.resolve(file), 'utf8'));
  } catch (e) {
    throw new HarnessError(`--settings ${file}: ${e.message}`);
  }
}

function serverDirs(tmp) {
  return {
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: path.join(tmp, 'extensions'),
  };
}

/**
 * Runs the code-server CLI once (e.g. --install-extension) against the same state
 * dirs the server will use, and resolves with its output; rejects on non-zero exit.
 */
export async function codeServerCli(tmp, args, { timeoutMs = 120_000 } = {}) {
  const { userDataDir, extensionsDir } = serverDirs(tmp);
  const child = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
    { env: serverEnv(tmp), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
  const [code, signal] = await once(child, 'close'); // 'close': output fully read
  clearTimeout(timer);
  if (code !== 0) {
    throw new HarnessError(`code-server ${args.join(' ')} exited with ${code ?? signal}:\n${output}`);
  }
  return output;
}

/** Installs a .vsix into the run's extensions dir (before the server starts). */
export async function installVsix(tmp, vsixFile) {
  const out = await codeServerCli(tmp, ['--install-extension', path.resolve(vsixFile), '--force']);
  log(out.trim().split('\n').filter(Boolean).join(' | '));
  const list = await codeServerCli(tmp, ['--list-extensions', '--show-versions']);
  return list.trim().split('\n').filter(Boolean);
}

/** Sends `signal` to the process group of a child started with detached: true. */
function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the group we created: the child and its descendants
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM to the child's process group, SIGKILL after `graceMs`. */
export async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  killGroup(child, 'SIGTERM');
  const t = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(t);
  // Descendants that ignored SIGTERM may outlive the leader; they share its group.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* group is empty */
  }
}

/**
 * Starts code-server on 127.0.0.1:<free port> with all state under `tmp`, waits
 * for GET /healthz. Resolves { port, origin, child, logFile, stop(), tail() }.
 */
export async function startCodeServer(tmp, { verbose = false, startTimeoutMs = 60_000, settings = {}, workspaceTrust = false } = {}) {
  checkTools();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { userDataDir, extensionsDir } = serverDirs(tmp);
  await mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await writeFile(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  const configFile = path.join(tmp, 'code-server.yaml');
  await writeFile(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(tmp, 'code-server.log');
  const logStream = createWriteStream(logFile);

  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    // Restricted-mode runs keep workspace trust on, so the folder opens untrusted.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    // code-server 4.133+ (VS Code 1.10x on Node 24) would also need
    // '--vscode-option', 'enable-smoke-test-driver', or the test payload is ignored.
  ];
  // detached: its own process group, so stop() reaches the extension host, pty host
  // and file watcher it forks, and nothing else.
  const child = spawn(process.execPath, args, {
    env: serverEnv(tmp),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const s of [child.stdout, child.stderr]) {
    s.on('data', (d) => {
      logStream.write(d);
      if (verbose) process.stderr.write(d);
    });
  }
  let exitInfo = null;
  child.on('exit', (code, signal) => (exitInfo = { code, signal }));
  log(`code-server pid ${child.pid} on ${origin} (log ${logFile})`);

  const server = {
    port,
    origin,
    child,
    logFile,
    extensionsDir,
    userDataDir,
    tail(lines = 40) {
      try {
        const all = readFileSync(logFile, 'utf8').split('\n').filter((l) => l.trim());
        return all.slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    async stop() {
      await stopProcess(child);
      logStream.end();
    },
  };

  // Poll /healthz until it answers (about a second on our machines).
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exitInfo) {
      logStream.end();
      throw new HarnessError(`code-server exited during start (${exitInfo.code ?? exitInfo.signal}):\n${server.tail()}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new HarnessError(`code-server did not answer /healthz within ${startTimeoutMs} ms:\n${server.tail()}`);
    }
    await sleep(200);
  }
  log(`code-server ready (/healthz answered)`);
  return server;
}

/** URL of the workbench for `folder`, with an optional test payload ([[k, v], ...]). */
export function workbenchUrl(origin, folder, payload) {
  let url = `${origin}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** `vscode-remote://127.0.0.1:PORT/abs/path`: a server-side path as the workbench sees it. */
export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${path.resolve(absPath)}`;
}

/** playwright-core from .cache/e2e-tools (never the project's node_modules). */
export function loadPlaywright() {
  const require = createRequire(path.join(PLAYWRIGHT_DIR, 'package.json'));
  return require(PLAYWRIGHT_DIR);
}

/**
 * Launches Debian's Chromium headless with a fresh profile under `tmp` and opens one
 * page. Resolves { context, page, close() }.
 */
export async function launchBrowser(tmp, { viewport = { width: 1440, height: 900 }, headless = true } = {}) {
  checkTools();
  const { chromium } = loadPlaywright();
  const profile = path.join(tmp, 'chromium-profile');
  await mkdir(profile, { recursive: true });
  // launchPersistentContext: the profile dir is ours (fresh, in tmp), not Playwright's.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  log(`chromium ${context.browser()?.version() ?? ''} launched`);
  return {
    context,
    page,
    async close() {
      // Closing the context ends the Chromium that Playwright started; bounded in time.
      await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    },
  };
}

/** Saves a PNG under artifacts/e2e/ (or `dir`) and returns its path. */
export async function screenshot(page, name, dir = ARTIFACTS) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  log(`screenshot ${path.relative(ROOT, file)}`);
  return file;
}

/**
 * Calls `fn(resources)` with cleanup guaranteed: on normal end, error, SIGINT or
 * SIGTERM, runs the registered disposers in reverse order, then exits with the code
 * `fn` returned (2 for a HarnessError or any other exception).
 */
export async function runMain(fn) {
  const disposers = [];
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const d of disposers.reverse()) {
        try {
          await d();
        } catch (e) {
          log(`cleanup: ${e?.message ?? e}`);
        }
      }
    })());
  const onSignal = (sig) => {
    log(`${sig}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let code;
  try {
    code = await fn({ defer: (d) => disposers.push(d) });
  } catch (e) {
    log(e instanceof HarnessError ? `error: ${e.message}` : `error: ${e?.stack ?? e}`);
    code = 2;
  }
  await cleanup();
  process.exit(code ?? 0);
}
