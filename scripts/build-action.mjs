// Writes action/aigov.cjs, the committed bundle that the GitHub Action (action.yml) and the
// pre-commit hook run without a build. Run it after changing the sources, and commit the result:
// test/action.test.ts fails while the committed bundle differs from what the sources build.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionBundleOptions } from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const options = actionBundleOptions(root, pkg.version);
await esbuild.build(options);
chmodSync(join(root, options.outfile), 0o755);
process.stderr.write(`built ${options.outfile}\n`);
