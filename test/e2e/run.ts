/**
 * `npm run test:e2e` after setup and compile: the extension in a real VS Code (code-server
 * 4.100.3 = VS Code 1.100.3), in two steps.
 *
 * 1. The extension-host mocha suite (out/e2e/suite.js) through scripts/e2e/run-vscode-tests.mjs,
 *    once trusted and once in restricted mode (an untrusted copy),
 *    on a throw-away copy of test-fixtures/workspaces/example (the fixes write files); then on
 *    a repository without a registry, and on a folder of a repository whose registry is at the
 *    top (test/e2e/workspace.ts).
 * 2. The packaged .vsix (test/e2e/package-vsix.ts: `vsce package` and `vsce ls`, checked), then
 *    scripts/e2e/run-vsix-screens.mjs installs it into a clean code-server and runs
 *    scripts/e2e/screens.aigov.mjs, which saves PNGs under artifacts/e2e/.
 *
 *   npx tsx test/e2e/run.ts [--skip-suite] [--skip-screens] [--keep]
 *
 * Exit code: 0 when both steps pass, else the first failure's code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { packageVsix } from './package-vsix.js';
import { prepareAboveWorkspace, prepareFreshWorkspace, prepareWorkspace } from './workspace.js';

const ROOT = join(__dirname, '../..');
const args = new Set(process.argv.slice(2));
const started = Date.now();

function log(msg: string): void {
  process.stderr.write(`[test:e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
}

/** Runs a Node script with the output passed through; resolves with its exit code. */
function runNode(script: string, argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...argv], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (e) => {
      log(`${script}: ${e.message}`);
      resolve(2);
    });
    child.on('close', (code) => resolve(code ?? 2));
  });
}

async function packaged(): Promise<string | undefined> {
  const t = Date.now();
  try {
    const p = await packageVsix();
    log(`packaged ${relative(ROOT, p.vsix)}: ${(p.bytes / 1024).toFixed(0)} KiB, ${p.files.length} files, in ${((Date.now() - t) / 1000).toFixed(1)}s; vsce ls as expected`);
    return p.vsix;
  } catch (err) {
    log(`packaging failed: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'aigov-e2e-ws-'));
  let code = 0;
  try {
    if (!args.has('--skip-suite')) {
      const ws = prepareWorkspace(join(tmp, 'suite'));
      log(`extension-host suite on ${ws}`);
      const r = await runNode(join(ROOT, 'scripts/e2e/run-vscode-tests.mjs'), [
        '--extension', ROOT,
        '--tests', join(ROOT, 'out/e2e/suite.js'),
        '--workspace', ws,
        // The suite clicks its way through the flows: give it time on a loaded machine.
        '--timeout', process.env.AIGOV_E2E_TIMEOUT ?? '1200',
      ]);
      log(`extension-host suite: exit code ${r}`);
      code ||= r;
      // The same suite bundle in an untrusted copy of the workspace: the restricted-mode tests.
      const restricted = prepareWorkspace(join(tmp, 'restricted'));
      log(`extension-host suite in restricted mode on ${restricted}`);
      const rr = await runNode(join(ROOT, 'scripts/e2e/run-vscode-tests.mjs'), ['--extension', ROOT, '--tests', join(ROOT, 'out/e2e/suite.js'), '--workspace', restricted, '--restricted']);
      log(`restricted-mode suite: exit code ${rr}`);
      code ||= rr;
      // A repository with AI code and no registry: the suite's "fresh" scenario.
      const fresh = prepareFreshWorkspace(join(tmp, 'fresh'));
      log(`extension-host suite on a repository without a registry: ${fresh}`);
      process.env.AIGOV_E2E_SCENARIO = 'fresh';
      const rf = await runNode(join(ROOT, 'scripts/e2e/run-vscode-tests.mjs'), ['--extension', ROOT, '--tests', join(ROOT, 'out/e2e/suite.js'), '--workspace', fresh, '--timeout', process.env.AIGOV_E2E_TIMEOUT ?? '900']);
      delete process.env.AIGOV_E2E_SCENARIO;
      log(`fresh-repository suite: exit code ${rf}`);
      code ||= rf;
      // A folder of a repository whose registry is at the top: governed from above.
      const above = prepareAboveWorkspace(join(tmp, 'above'));
      log(`extension-host suite on a folder below its repository's registry: ${above}`);
      process.env.AIGOV_E2E_SCENARIO = 'above';
      const ra = await runNode(join(ROOT, 'scripts/e2e/run-vscode-tests.mjs'), ['--extension', ROOT, '--tests', join(ROOT, 'out/e2e/suite.js'), '--workspace', above, '--timeout', process.env.AIGOV_E2E_TIMEOUT ?? '600']);
      delete process.env.AIGOV_E2E_SCENARIO;
      log(`governed-from-above suite: exit code ${ra}`);
      code ||= ra;
    }
    if (!args.has('--skip-screens')) {
      const vsix = await packaged();
      if (!vsix) {
        code ||= 1;
      } else {
        const ws = prepareWorkspace(join(tmp, 'screens'));
        const r = await runNode(join(ROOT, 'scripts/e2e/run-vsix-screens.mjs'), [
          '--vsix', vsix,
          '--workspace', ws,
          '--steps', join(ROOT, 'scripts/e2e/screens.aigov.mjs'),
        ]);
        log(`vsix screenshots: exit code ${r}`);
        code ||= r;
      }
    }
  } finally {
    if (args.has('--keep')) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  log(`${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(2);
  },
);
