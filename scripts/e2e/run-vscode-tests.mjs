#!/usr/bin/env node
// Runs an extension's test suite (the standard `run()` contract of
// @vscode/test-electron) inside a real VS Code 1.100 extension host, on machines
// that cannot download VS Code: code-server serves the workbench on loopback and
// headless Chromium opens it with a test payload, the same way VS Code's own browser
// integration tests do. The suite's console output is printed on stdout; the exit
// code is the suite's (0 pass, 1 fail/timeout), 2 if the harness itself broke.
//
//   node scripts/e2e/run-vscode-tests.mjs --tests /abs/out/test/suite/index.js \
//        [--extension <dir>] [--workspace <dir>] [--timeout <s>] [--no-screenshot]
//        [--settings <file.json>] [--verbose] [--keep]
//
// Prerequisite: bash scripts/e2e/setup.sh. See shared/design/REAL-EDITORS.md.
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import util from 'node:util';
import {
  HarnessError,
  ROOT,
  checkTools,
  launchBrowser,
  log,
  makeTempRoot,
  parseArgs,
  readSettingsFile,
  remoteUri,
  runMain,
  screenshot,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';
import { createBridge } from './ui-bridge.mjs';

const USAGE = `usage: node scripts/e2e/run-vscode-tests.mjs --tests <suite index.js> [options]
  --extension <dir>   extension under test (extensionDevelopmentPath); default: project root
  --tests <file>      compiled suite entry exporting run(): Promise<void> (required)
  --workspace <dir>   folder to open; default: a fresh empty temp folder
  --timeout <s>       overall limit for the suite, default 300 (env AIGOV_E2E_TIMEOUT)
  --settings <file>   JSON user settings merged over scripts/e2e defaults
  --restricted        open the workspace untrusted (restricted mode)
  --no-screenshot     do not save artifacts/e2e/<name>-failure.png when the suite fails
  --verbose           also print code-server's own output and browser page errors (stderr)
  --keep              keep the temp dir (server state, logs, profile) for debugging`;

// The workbench's own start-up chatter reaches codeAutomationLog too, as 'info' like
// the suite's lines; these are dropped from stdout (shown on stderr with --verbose).
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token /,
  /^Creating a socket \(renderer-/,
  /^Ignoring fetching additional builtin extensions /,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] /,
  /^ChatSessionStore: /,
  /^Creation of workbench contribution '.*' took \d+ms\.$/,
];

runMain(async ({ defer }) => {
  const opts = parseArgs(
    process.argv.slice(2),
    { extension: 'string', tests: 'string', workspace: 'string', settings: 'string', restricted: 'boolean', timeout: 'number', screenshot: 'boolean', verbose: 'boolean', keep: 'boolean', help: 'boolean' },
    { timeout: Number(process.env.AIGOV_E2E_TIMEOUT) || 300, screenshot: true },
  );
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (!opts.tests) throw new HarnessError(`--tests is required\n${USAGE}`);
  checkTools();

  const extension = path.resolve(opts.extension ?? ROOT);
  const tests = path.resolve(opts.tests);
  if (!existsSync(path.join(extension, 'package.json'))) throw new HarnessError(`no package.json in --extension ${extension}`);
  if (!existsSync(tests)) throw new HarnessError(`--tests ${tests} does not exist (compiled?)`);
  const started = Date.now();

  const tmp = await makeTempRoot();
  defer(() => tmp.dispose(opts.keep));

  let workspace;
  if (opts.workspace) {
    workspace = path.resolve(opts.workspace);
    if (!existsSync(workspace) || !statSync(workspace).isDirectory()) throw new HarnessError(`--workspace ${workspace} is not a folder`);
  } else {
    workspace = path.join(tmp.dir, 'workspace');
    await mkdir(workspace);
  }

  // The suite's hands (scripts/e2e/ui-bridge.mjs): the extension host inherits the variable
  // from code-server's environment.
  const bridgeDir = path.join(tmp.dir, 'ui-bridge');
  process.env.AIGOV_E2E_BRIDGE = bridgeDir;

  // (a) the server
  // --restricted: workspace trust on and never asked for, so the folder stays in restricted mode.
  const trust = opts.restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {};
  const server = await startCodeServer(tmp.dir, { verbose: opts.verbose, settings: { ...readSettingsFile(opts.settings), ...trust }, workspaceTrust: opts.restricted === true });
  defer(() => server.stop());
  const serverGone = new Promise((r) => server.child.once('exit', () => r('server-exit')));

  // (b) the browser
  const browser = await launchBrowser(tmp.dir);
  defer(() => browser.close());
  const { page } = browser;
  if (opts.verbose) page.on('pageerror', (e) => log(`page error: ${e.message}`));

  // (c) the automation hooks the workbench calls when started with a test payload:
  // the extension host's console, then the suite's result.
  let resolveExit;
  const suiteExit = new Promise((r) => (resolveExit = r));
  const bridge = await createBridge(page, bridgeDir, log);
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    if (bridge(line)) return;
    if (WORKBENCH_NOISE.some((re) => re.test(line))) {
      if (opts.verbose) log(`workbench: ${line}`);
      return;
    }
    process.stdout.write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, extension)],
    ['extensionTestsPath', remoteUri(server, tests)],
    ['skipWelcome', 'true'],
  ];
  const url = workbenchUrl(server.origin, workspace, payload);
  log(`opening workbench: ${path.relative(ROOT, extension) || '.'} with suite ${path.relative(ROOT, tests)}`);
  if (opts.verbose) log(url);
  // The overall limit covers loading the workbench too.
  const limitMs = opts.timeout * 1000 - (Date.now() - started);
  let timer;
  const overall = new Promise((r) => (timer = setTimeout(() => r('timeout'), Math.max(limitMs, 1000))));
  const loaded = page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }).then(
    () => new Promise(() => {}), // loaded: from here on only the other outcomes count
    (e) => ({ gotoError: e }),
  );

  // (d) wait for the suite's exit code, the overall limit, or a server crash.
  const result = await Promise.race([suiteExit, overall, serverGone, loaded]);
  clearTimeout(timer);
  let code;
  if (result?.gotoError) {
    log(`could not load the workbench: ${result.gotoError.message}`);
    code = 2;
  } else if (result === 'timeout') {
    log(`timeout: the suite did not finish within ${opts.timeout}s`);
    code = 1;
  } else if (result === 'server-exit') {
    log(`code-server exited while the suite ran:\n${server.tail()}`);
    code = 2;
  } else {
    code = result;
  }

  if (code !== 0) {
    if (opts.screenshot) {
      const name = path.basename(extension);
      await screenshot(page, `${name}-failure`).catch((e) => log(`screenshot failed: ${e.message}`));
    }
    if (!opts.verbose) log(`code-server log tail:\n${server.tail(15)}`);
  }
  log(`suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return code;
});
