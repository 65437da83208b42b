// The esbuild settings every bundle shares: `npm run compile` (scripts/build.mjs) and the
// benchmark's engine bundle (scripts/bench/engine-bundle.mjs), so the bench measures what ships.
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
    define: { __AIGOV_VERSION__: JSON.stringify(version) },
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
