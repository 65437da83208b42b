// The esbuild settings every bundle shares: `npm run compile` (scripts/build.mjs) and the
// benchmark's engine bundle (scripts/bench/engine-bundle.mjs), so the bench measures what ships.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CORE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'server', 'src', 'core');

/**
 * A digest of the engine's sources (server/src/core; tests and the test helpers in
 * core/testing left out, as no shipped code imports them): what per-file cache entries are
 * made by.
 */
export function engineDigest(dir = CORE) {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .filter((f) => path.relative(dir, f).split(path.sep)[0] !== 'testing')
    .sort();
  for (const f of files) hash.update(path.relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function bundleOptions(version) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // jsonc-parser's UMD build defeats bundling; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    format: 'cjs',
    sourcemap: true,
    minify: process.env.AIGOV_MINIFY === '1',
    logLevel: 'warning',
    define: { __AIGOV_VERSION__: JSON.stringify(version), __AIGOV_ENGINE__: JSON.stringify(engineDigest()) },
  };
}

/**
 * The committed bundle of the CLI and the GitHub Action, action/aigov.cjs (`npm run
 * build:action`; a test checks it is what the sources build). Never minified and without a
 * source map, with paths in comments relative to the project, so the same sources always give
 * the same bytes wherever they are built.
 */
export function actionBundleOptions(root, version) {
  return {
    ...bundleOptions(version),
    minify: false,
    sourcemap: false,
    absWorkingDir: root,
    entryPoints: ['server/src/action/entry.ts'],
    outfile: 'action/aigov.cjs',
    banner: { js: '#!/usr/bin/env node' },
  };
}
