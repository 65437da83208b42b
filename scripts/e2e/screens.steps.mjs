// Default steps for scripts/e2e/run-vsix-screens.mjs: proves the workbench came up
// with the extension installed and saves one screenshot. Copy this file and add the
// concrete steps (open a file, show a view, open the Problems panel, ...), e.g.:
//
//   await helpers.openFile('src/app.ts');
//   await helpers.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
//   await helpers.assertVisible('.markers-panel');
//   await helpers.screenshot('problems');
//
// page: a playwright-core Page on the workbench. helpers: { workspace, origin,
// extensions, outDir, log, sleep, screenshot(name), assertVisible(selector, ms),
// waitForIdle({ quietMs, timeoutMs }),
// runCommand(label), openFile(relPath), waitForNotification(text, ms) }.

/** @param {import('playwright-core').Page} page */
export default async function steps(page, helpers) {
  await helpers.assertVisible('.monaco-workbench');
  helpers.log(`installed: ${helpers.extensions.join(', ')}`);
  await helpers.waitForIdle();
  await helpers.screenshot('workbench');
}
