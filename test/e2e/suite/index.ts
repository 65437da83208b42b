/**
 * The extension-host suite, with the standard contract of @vscode/test-electron: VS Code loads
 * this bundle (extensionTestsPath) and awaits `run()`. It runs the same way inside
 * code-server's extension host (scripts/e2e/run-vscode-tests.mjs) and in a downloaded
 * VS Code (test/e2e/run-electron.ts). The workspace is a throw-away copy of
 * test-fixtures/workspaces/example with `aigov.today` set, because the fixes write files.
 *
 * Bundled by esbuild to out/e2e/suite.js with `vscode` and `mocha` left external, so the test
 * files register their suites from functions called after mocha's globals exist.
 */
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { aboveTests } from './above.e2e.js';
import { activationTests } from './activation.e2e.js';
import { commandsTests } from './commands.e2e.js';
import { diagnosticsTests } from './diagnostics.e2e.js';
import { flowsTests } from './flows.e2e.js';
import { freshTests } from './fresh.e2e.js';
import { restrictedTests } from './restricted.e2e.js';
import { viewsTests } from './views.e2e.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // Defines describe/it/before/after on the global object, as mocha.addFile would.
  mocha.suite.emit('pre-require', globalThis, 'aigov-e2e', mocha);
  // While working on one test: AIGOV_E2E_GREP=<part of its title> runs only the matching ones.
  if (process.env.AIGOV_E2E_GREP) mocha.grep(process.env.AIGOV_E2E_GREP);
  // The same bundle runs twice: in a trusted workspace, and untrusted (restricted mode).
  const scenario = process.env.AIGOV_E2E_SCENARIO;
  if (scenario === 'fresh') {
    freshTests();
  } else if (scenario === 'above') {
    aboveTests();
  } else if (vscode.workspace.isTrusted) {
    activationTests();
    diagnosticsTests();
    viewsTests();
    flowsTests();
    commandsTests();
  } else {
    restrictedTests();
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // The closing line CI reads: on a line of its own, unprefixed.
        console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
