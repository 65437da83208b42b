// Bundles the CLI, the language server and the VS Code client with esbuild, and writes the
// JSON Schema generated from the zod schema. `--watch` rebuilds on change.
import { createHash } from 'node:crypto';
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');

const common = bundleOptions(pkg.version);

const entries = [
  // The CLI; `aigov` is dist/cli.js, the launcher below, which runs this through V8's code cache:
  // written as the function the launcher compiles (no copy of the text to wrap it) and in ASCII
  // without comments (read without decoding; a test checks it), see server/src/cli/launch.ts.
  {
    in: 'server/src/cli/index.ts',
    out: 'dist/cli-main.js',
    banner: '(function (exports, require, module, __filename, __dirname) {',
    footer: '})',
    options: { minifyWhitespace: true, charset: 'ascii', legalComments: 'none' },
  },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  // Worker threads of the CLI's indexing (server/src/node/worker-helpers.ts).
  { in: 'server/src/node/index-worker.ts', out: 'dist/index-worker.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  // The extension-host test suite (npm run test:e2e); out/ never ships in the .vsix.
  { in: 'test/e2e/suite/index.ts', out: 'out/e2e/suite.js', external: ['vscode', 'mocha'] },
].filter((e) => existsSync(join(root, e.in)));

const configs = entries.map((e) => ({
  ...common,
  entryPoints: [join(root, e.in)],
  outfile: join(root, e.out),
  external: e.external ?? [],
  ...(e.banner ? { banner: { js: e.banner } } : {}),
  ...(e.footer ? { footer: { js: e.footer } } : {}),
  ...e.options,
}));

async function writeSchema() {
  // The schema module is TypeScript: bundle it to a temporary CJS file and run it.
  const out = join(root, 'dist', 'gen-schema.cjs');
  await esbuild.build({ ...common, sourcemap: false, entryPoints: [join(root, 'server/src/core/manifest/json-schema.ts')], outfile: out });
  const { createRequire } = await import('node:module');
  const mod = createRequire(import.meta.url)(out);
  mkdirSync(join(root, 'schemas'), { recursive: true });
  writeFileSync(join(root, 'schemas', 'aigov.schema.json'), mod.registryJsonSchemaText());
}

/** The launcher (server/src/cli/launch.ts), told the digest of the CLI bundle's bytes: what its code cache is made for. */
function launcherConfig() {
  const bundle = join(root, 'dist', 'cli-main.js');
  const digest = existsSync(bundle) ? createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 32) : 'none';
  return {
    ...common,
    entryPoints: [join(root, 'server/src/cli/launch.ts')],
    outfile: join(root, 'dist', 'cli.js'),
    banner: { js: '#!/usr/bin/env node' },
    define: { ...common.define, __AIGOV_CLI_DIGEST__: JSON.stringify(digest) },
  };
}

if (watch) {
  for (const c of configs) (await esbuild.context(c)).watch();
  // The bundle's mtime is part of the code cache's key, so a launcher with an older digest is safe.
  await esbuild.build(launcherConfig());
  console.log(`watching ${entries.map((e) => e.in).join(', ')}`);
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  await esbuild.build(launcherConfig());
  await writeSchema();
  console.log(`built ${entries.map((e) => e.out).join(', ')}, dist/cli.js and schemas/aigov.schema.json`);
}
