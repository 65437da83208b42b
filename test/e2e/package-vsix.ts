/**
 * Packages the extension with @vscode/vsce from a staging folder that holds only what
 * .vscodeignore lets through, and checks `vsce ls` against what may ship.
 *
 *   npx tsx test/e2e/package-vsix.ts [--out <file.vsix>]
 *
 * Why a staging folder: vsce lists every file under the project before it applies
 * .vscodeignore, and the real-editor tools in .cache/ (code-server, ~350,000 files) make
 * `vsce package` at the root take minutes. The staged package.json is the project's, minus the
 * `vscode:prepublish` script (run `npm run compile` first; the bundles are copied as built) and
 * the npm package's `files` list (vsce refuses `files` beside a .vscodeignore).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import picomatch from 'picomatch';

const ROOT = join(__dirname, '../..');
const VSCE = join(ROOT, 'node_modules/@vscode/vsce/vsce');

/** What the .vsix may contain (vsce adds extension.vsixmanifest and [Content_Types].xml itself). */
export const ALLOWED: RegExp[] = [
  /^dist\/(client|server|cli|cli-main|index-worker)\.js$/,
  /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^snippets\/[\w.-]+\.code-snippets$/,
  /^schemas\/aigov\.schema\.json$/,
  /^docs\/(walkthrough|rules|rules\/ja|frameworks)\/[\w.-]+\.md$/,
  /^media\/(aigov\.svg|icon\.png)$/,
  /^l10n\/bundle\.l10n\.[\w-]+\.json$/,
  /^package\.json$/,
  /^package\.nls(\.[\w-]+)?\.json$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
];

const REQUIRED = ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/index-worker.js', 'schemas/aigov.schema.json', 'syntaxes/aigov.injection.tmLanguage.json', 'media/icon.png', 'LICENSE'];

/** The `!pattern` lines of .vscodeignore: with `**` first, they are the include list. */
function includePatterns(): string[] {
  return readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1));
}

/** Project files the include patterns match, walking only folders a pattern can reach. */
export function shippedFiles(): string[] {
  const patterns = includePatterns();
  const match = picomatch(patterns, { dot: true });
  const bases = patterns.map((p) => p.split('/').slice(0, -1).join('/'));
  const reachable = (dir: string) => bases.some((b) => b === dir || b.startsWith(`${dir}/`) || /[*?{]/.test(b));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (reachable(rel)) walk(rel);
      } else if (match(rel)) {
        out.push(rel);
      }
    }
  };
  walk('');
  return [...out, 'package.json'].sort();
}

function run(cmd: string, argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cmd, ...argv], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.on('error', () => resolve({ code: 2, stdout }));
    child.on('close', (code) => resolve({ code: code ?? 2, stdout }));
  });
}

export interface Packaged {
  vsix: string;
  bytes: number;
  files: string[];
}

/** Stages, packages and checks; throws with the reason on any problem. */
export async function packageVsix(out?: string): Promise<Packaged> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; scripts?: Record<string, string>; files?: string[] };
  const vsix = out ?? join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const stage = mkdtempSync(join(tmpdir(), 'aigov-vsix-'));
  try {
    for (const rel of shippedFiles()) {
      if (rel === 'package.json') continue;
      mkdirSync(dirname(join(stage, rel)), { recursive: true });
      copyFileSync(join(ROOT, rel), join(stage, rel));
    }
    const scripts = { ...pkg.scripts };
    delete scripts['vscode:prepublish'];
    const { files: _files, ...manifest } = pkg;
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`);
    copyFileSync(join(ROOT, '.vscodeignore'), join(stage, '.vscodeignore'));

    const packed = await run(VSCE, ['package', '--no-dependencies', '--out', vsix], stage);
    process.stderr.write(packed.stdout);
    if (packed.code !== 0) throw new Error(`vsce package exited with ${packed.code}`);
    const listed = await run(VSCE, ['ls', '--no-dependencies'], stage);
    if (listed.code !== 0) throw new Error(`vsce ls exited with ${listed.code}`);
    const files = listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const problems = [
      ...files.filter((f) => !ALLOWED.some((re) => re.test(f))).map((f) => `unexpected: ${f}`),
      ...REQUIRED.filter((f) => !files.includes(f)).map((f) => `missing: ${f}`),
    ];
    if (problems.length) throw new Error(`vsce ls:\n  ${problems.join('\n  ')}`);
    return { vsix, bytes: statSync(vsix).size, files };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : undefined;
  for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/index-worker.js']) {
    if (!existsSync(join(ROOT, f))) {
      process.stderr.write(`${f} is missing: run npm run compile first\n`);
      process.exit(2);
    }
  }
  packageVsix(out).then(
    (p) => {
      process.stdout.write(`${p.files.join('\n')}\n${relative(process.cwd(), p.vsix)}: ${(p.bytes / 1024).toFixed(0)} KiB, ${p.files.length} files\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
