// `npm run test:one -- <file|folder>... [mocha options]`: runs only the given test files, or the
// *.test.ts files under the given folders, with the settings of `npm test` (tsx, the reporter
// and its closing "N passed, N failed" line, the timeout, the fixed fast-check seed). Without
// this, `mocha <file>` also runs every spec that .mocharc.json lists. Options such as
// `--grep <text>` pass through to mocha. Suites that drive the built bundle (test/lsp, the
// "built bundle" CLI tests) need `npm run compile` first.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const specs = [];
const options = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('-')) {
    options.push(a);
    // Options that take a value: the next word is that value, not a file.
    if (!a.includes('=') && ['--grep', '-g', '--fgrep', '-f', '--timeout', '-t', '--reporter', '-R', '--slow', '-s'].includes(a) && i + 1 < args.length) options.push(args[++i]);
    continue;
  }
  if (!existsSync(a)) {
    process.stderr.write(`test:one: no such file or folder: ${a}\n`);
    process.exit(2);
  }
  specs.push(statSync(a).isDirectory() ? path.join(a, '**', '*.test.ts').split(path.sep).join('/') : a);
}
if (specs.length === 0) {
  process.stderr.write('usage: npm run test:one -- <test file|folder>... [mocha options, e.g. --grep text]\n');
  process.exit(2);
}
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const base = ['--no-config', '--import=tsx', '--require', path.join(root, 'test', 'support', 'fast-check-seed.ts'), '--reporter', path.join(root, 'scripts', 'mocha-reporter.cjs'), '--timeout', '20000'];
const r = spawnSync(process.execPath, [mocha, ...base, ...options, ...specs], { stdio: 'inherit' });
process.exitCode = r.status ?? 2;
