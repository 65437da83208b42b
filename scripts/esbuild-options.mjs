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
