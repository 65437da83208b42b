/**
 * The same extension-host suite in a desktop VS Code downloaded by @vscode/test-electron,
 * for machines that can reach Microsoft's update service (our CI machines cannot: there
 * `npm run test:e2e` runs the suite in code-server instead; see shared/design/REAL-EDITORS.md).
 * Runs on the lowest VS Code that `engines.vscode` allows and on the current stable.
 *
 *   npm run compile && npx tsx test/e2e/run-electron.ts [--version 1.100.3|stable|insiders]
 */
import { runTests } from '@vscode/test-electron';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareWorkspace } from './workspace.js';

const ROOT = join(__dirname, '../..');

/** `^1.100.0` → `1.100.0`: the oldest VS Code the manifest accepts. */
function minimumVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  return pkg.engines.vscode.replace(/^[\^~>=]+/, '');
}

async function main(): Promise<number> {
  const i = process.argv.indexOf('--version');
  const versions = i > 0 && process.argv[i + 1] ? [process.argv[i + 1]!] : [minimumVersion(), 'stable'];
  for (const version of versions) {
    const tmp = mkdtempSync(join(tmpdir(), 'aigov-electron-'));
    try {
      const workspace = prepareWorkspace(tmp);
      process.stderr.write(`VS Code ${version} on ${workspace}\n`);
      await runTests({
        version,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(ROOT, 'out/e2e/suite.js'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      });
    } catch (err) {
      process.stderr.write(`VS Code ${version}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return 0;
}

void main().then((code) => process.exit(code));
