/**
 * The `aigov` command (dist/cli.js): runs the CLI bundle (dist/cli-main.js) with V8's code cache,
 * so that a run does not compile again what earlier runs compiled (compiling the bundle is the
 * largest part of the start beyond Node's own). Node 20 has no compile cache of its own
 * (`module.enableCompileCache` came in Node 22.1), so this file keeps one: the bundle runs as a
 * `vm.Script` given the cached data of an earlier run, and the data is made at exit when there
 * was none or V8 refused it.
 *
 * - The cache is per user: $XDG_CACHE_HOME/aigov/code, else ~/.cache/aigov/code (never next to the
 *   bundle: an install may be read-only and shared). `AIGOV_CODE_CACHE=DIR` puts it elsewhere,
 *   `AIGOV_CODE_CACHE=off` turns it off. A folder that is not a real folder of this user, closed to
 *   others' writes, is not used. Any failure to read or write only costs speed.
 * - Each file starts with a line naming what it was made for: the digest of the bundle's bytes
 *   (set at build time), the bundle's size and mtime, Node's version and the architecture. V8
 *   itself checks only the source's length, so data made for another bundle is never given to it.
 * - The data is made on the second run of a command with the same key: the first writes only that
 *   line. A machine that runs aigov once (a fresh CI job) pays no more than a small write.
 * - One file per command (`check`, `fix`, …: a check compiles other functions than `--version`)
 *   and Node version (the editor's Node and a terminal's take turns without undoing each other).
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import Module from 'node:module';
import * as path from 'node:path';
import type * as vm from 'node:vm';
import { BEFORE_FLAGS_CHANGE } from './flags-hook.js';

declare const __AIGOV_CLI_DIGEST__: string;

const BUNDLE = path.join(__dirname, 'cli-main.js');
const COMMANDS = new Set(['check', 'fix', 'report', 'bom', 'init', 'explain', 'lsp']);

/** The cache folder, when it is on and safe to use: made if missing (0700), this user's, not writable by others. */
function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const asked = env.AIGOV_CODE_CACHE;
  if (asked === 'off' || asked === '0') return undefined;
  try {
    // os.homedir() answers $HOME outside Windows when it is set: then node:os (~1 ms to load) is not needed.
    const home = (): string =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed: this file runs before anything else
      process.platform !== 'win32' && env.HOME ? env.HOME : (require('node:os') as typeof import('node:os')).homedir();
    const dir = asked ? path.resolve(asked) : path.join(env.XDG_CACHE_HOME || path.join(home(), '.cache'), 'aigov', 'code');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (process.platform !== 'win32' && ((st.mode & 0o022) !== 0 || (process.getuid && st.uid !== process.getuid()))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** What the cached data must have been made for: this bundle's bytes, file and Node. */
function keyOf(): string | undefined {
  try {
    const st = statSync(BUNDLE);
    return `aigov-code-cache 1 ${__AIGOV_CLI_DIGEST__} ${st.size} ${Math.trunc(st.mtimeMs)} ${process.version} ${process.arch}\n`;
  } catch {
    return undefined;
  }
}

/** The file's key line and data, or undefined when it is missing, not a regular file of this user, or unreadable. */
function readCache(file: string): { key: string; data: Buffer } | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || (process.getuid && process.platform !== 'win32' && st.uid !== process.getuid())) return undefined;
    const bytes = readFileSync(fd);
    const nl = bytes.indexOf(10);
    if (nl < 0) return undefined;
    return { key: bytes.subarray(0, nl + 1).toString('latin1'), data: bytes.subarray(nl + 1) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function writeCache(file: string, key: string, data: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(key, 'latin1'), data]), { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
  } catch {
    // A read-only or full disk, or another run writing the same file: the next run compiles again.
  }
}

/**
 * Runs the bundle as `require` would run a module, with cached data when there is any. The build
 * writes the bundle as the function a module's code becomes (`(function (exports, require, module,
 * __filename, __dirname) {…})`), so its text is compiled as read, and in ASCII: read as Latin-1, a
 * text this long is not decoded and Node keeps it outside V8's heap (as UTF-8 it would be decoded
 * into a copy twice its size, then copied again to wrap it). A bundle that is not ASCII still runs,
 * read as UTF-8.
 */
function run(cached?: Buffer): vm.Script {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed: this file runs before anything else
  const { Script } = require('node:vm') as typeof import('node:vm');
  const bytes = readFileSync(BUNDLE);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(source, { filename: BUNDLE, ...(cached && cached.length > 0 ? { cachedData: cached } : {}) });
  const mod = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  return script;
}

function launch(): void {
  const dir = codeCacheDir();
  const key = dir ? keyOf() : undefined;
  if (!dir || !key) return void run();
  const command = COMMANDS.has(process.argv[2] ?? '') ? process.argv[2]! : 'other';
  const file = path.join(dir, `${command}-${process.version}.bin`);
  const found = readCache(file);
  const mine = found?.key === key ? found.data : undefined;
  if (!mine) {
    // The first run of this bundle: remember that it ran, make the data on the next one.
    writeCache(file, key, new Uint8Array(0));
    return void run();
  }
  const script = run(mine);
  if (mine.length === 0 || script.cachedDataRejected === true) {
    let written = false;
    const write = (): void => {
      if (!written) writeCache(file, key, script.createCachedData());
      written = true;
    };
    // A check of a large folder changes a V8 flag (compiler.ts): the data is made just before,
    // by then covering what the start compiled, else at exit.
    (globalThis as Record<symbol, unknown>)[BEFORE_FLAGS_CHANGE] = write;
    process.once('exit', write);
  }
}

launch();
