#!/usr/bin/env node
// Installs a packaged extension (.vsix) into a throw-away code-server with
// `code-server --install-extension`, opens a workspace in headless Chromium WITHOUT a
// test payload (the extension runs as a user would have it), waits for the workbench,
// then runs a steps module that drives the UI and saves screenshots under
// artifacts/e2e/. Proves the .vsix installs and activates, and gives people PNGs of
// the tree views, Problems panel, quick-fix menus, ... to look at.
//
//   node scripts/e2e/run-vsix-screens.mjs --vsix aigov-0.1.0.vsix \
//        [--workspace <dir>] [--steps scripts/e2e/screens.steps.mjs] [--out artifacts/e2e]
//        [--timeout <s>] [--settings <file.json>] [--verbose] [--keep]
//
// A steps module exports (default, or as `steps`) an async function
// `(page, helpers) => {...}`; `page` is a playwright-core Page, `helpers` is below.
// Throwing fails the run (exit 1) and saves <out>/screens-failure.png.
//
// Prerequisite: bash scripts/e2e/setup.sh. See shared/design/REAL-EDITORS.md.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ARTIFACTS,
  HarnessError,
  ROOT,
  checkTools,
  installVsix,
  launchBrowser,
  log,
  makeTempRoot,
  parseArgs,
  readSettingsFile,
  runMain,
  screenshot,
  sleep,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';

const USAGE = `usage: node scripts/e2e/run-vsix-screens.mjs --vsix <file.vsix> [options]
  --vsix <file>       packaged extension to install (required)
  --workspace <dir>   folder to open; default: a fresh empty temp folder
  --steps <module>    steps module (default export (page, helpers) => Promise); default scripts/e2e/screens.steps.mjs
  --out <dir>         where PNGs go; default artifacts/e2e
  --timeout <s>       overall limit, default 300 (env AIGOV_E2E_TIMEOUT)
  --settings <file>   JSON user settings merged over scripts/e2e defaults
  --verbose           print code-server's output and browser console errors (stderr)
  --keep              keep the temp dir for debugging`;

/** The helpers a steps module receives as its second argument. */
function makeHelpers({ page, outDir, workspace, server, extensions }) {
  const helpers = {
    /** Absolute workspace path, the server's origin, installed `publisher.name@version` list. */
    workspace,
    origin: server.origin,
    extensions,
    outDir,
    log,
    sleep,

    /** Saves `<outDir>/<name>.png` of the whole window; returns the file path. */
    screenshot: (name) => screenshot(page, name, outDir),

    /** Throws unless `selector` becomes visible within `timeoutMs`. */
    async assertVisible(selector, timeoutMs = 10_000) {
      await page.locator(selector).first().waitFor({ state: 'visible', timeout: timeoutMs });
    },

    /**
     * Waits until no progress bar is running in the workbench for `quietMs` (explorer
     * loading, extension activation, ...): call before a screenshot.
     */
    async waitForIdle({ quietMs = 1000, timeoutMs = 30_000 } = {}) {
      const busy = page.locator('.monaco-progress-container.active:visible');
      const deadline = Date.now() + timeoutMs;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if ((await busy.count()) > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await sleep(200);
      }
      log(`waitForIdle: still busy after ${timeoutMs} ms, going on`);
    },

    /**
     * Runs a command from the command palette by its visible label, e.g.
     * 'AI Governance: Refresh'. Retries while the label is not listed yet (the
     * palette does not refresh once extensions register their commands).
     */
    async runCommand(label, { timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      const input = page.locator('.quick-input-widget input').first();
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
      for (;;) {
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`>${label}`);
        try {
          await row.waitFor({ state: 'visible', timeout: Math.min(3000, Math.max(deadline - Date.now(), 1)) });
          break;
        } catch (e) {
          await page.keyboard.press('Escape');
          if (Date.now() >= deadline) throw new Error(`command '${label}' not in the palette after ${timeoutMs} ms`, { cause: e });
          await sleep(500);
        }
      }
      await page.keyboard.press('Enter');
    },

    /** Opens a workspace file by relative path with Quick Open and waits for its tab. */
    async openFile(relPath, { timeoutMs = 15_000 } = {}) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: timeoutMs });
      await input.fill(relPath);
      const base = path.basename(relPath);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first().waitFor({ timeout: timeoutMs });
    },

    /** Waits for a notification toast whose text contains `text` (string or RegExp). */
    async waitForNotification(text, timeoutMs = 15_000) {
      const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
      await toast.waitFor({ state: 'visible', timeout: timeoutMs });
      return toast;
    },
  };
  return helpers;
}

runMain(async ({ defer }) => {
  const opts = parseArgs(
    process.argv.slice(2),
    { vsix: 'string', workspace: 'string', steps: 'string', out: 'string', timeout: 'number', settings: 'string', verbose: 'boolean', keep: 'boolean', help: 'boolean' },
    { timeout: Number(process.env.AIGOV_E2E_TIMEOUT) || 300, steps: path.join(ROOT, 'scripts/e2e/screens.steps.mjs'), out: ARTIFACTS },
  );
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (!opts.vsix) throw new HarnessError(`--vsix is required\n${USAGE}`);
  checkTools();
  const vsix = path.resolve(opts.vsix);
  const stepsFile = path.resolve(opts.steps);
  const outDir = path.resolve(opts.out);
  if (!existsSync(vsix)) throw new HarnessError(`--vsix ${vsix} does not exist`);
  if (!existsSync(stepsFile)) throw new HarnessError(`--steps ${stepsFile} does not exist`);
  const mod = await import(pathToFileURL(stepsFile).href);
  const steps = mod.default ?? mod.steps;
  if (typeof steps !== 'function') throw new HarnessError(`${stepsFile} exports no default (or \`steps\`) function`);
  const started = Date.now();

  const tmp = await makeTempRoot();
  defer(() => tmp.dispose(opts.keep));
  const workspace = opts.workspace ? path.resolve(opts.workspace) : path.join(tmp.dir, 'workspace');
  if (!opts.workspace) await mkdir(workspace);
  if (!existsSync(workspace)) throw new HarnessError(`--workspace ${workspace} does not exist`);

  // The .vsix goes into the run's own extensions dir before the server starts.
  const t0 = Date.now();
  const extensions = await installVsix(tmp.dir, vsix);
  log(`installed in ${Date.now() - t0} ms: ${extensions.join(', ') || '(nothing?)'}`);

  const server = await startCodeServer(tmp.dir, { verbose: opts.verbose, settings: readSettingsFile(opts.settings) });
  defer(() => server.stop());
  const browser = await launchBrowser(tmp.dir);
  defer(() => browser.close());
  const { page } = browser;
  if (opts.verbose) {
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && log(`console: ${m.text()}`));
  }

  const work = (async () => {
    await page.goto(workbenchUrl(server.origin, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
    const helpers = makeHelpers({ page, outDir, workspace, server, extensions });
    await helpers.waitForIdle(); // explorer loaded, extension host started
    log(`workbench up after ${((Date.now() - started) / 1000).toFixed(1)}s; running ${path.relative(ROOT, stepsFile)}`);
    await steps(page, helpers);
  })();

  work.catch(() => {}); // handled by the race below; no unhandled rejection after a timeout
  const limitMs = opts.timeout * 1000 - (Date.now() - started);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout: steps did not finish within ${opts.timeout}s`)), Math.max(limitMs, 1000));
  });
  try {
    await Promise.race([work, timeout]);
  } catch (e) {
    log(`FAILED: ${e?.message ?? e}`);
    await screenshot(page, 'screens-failure', outDir).catch((err) => log(`screenshot failed: ${err.message}`));
    if (!opts.verbose) log(`code-server log tail:\n${server.tail(15)}`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
  log(`screens done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return 0;
});
