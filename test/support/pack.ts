import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './workspace.js';

/** Environment for npm with the registry out of reach and a cache of its own: whatever it would fetch fails. */
export function offlineNpmEnv(cache: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^npm_/i.test(k)) env[k] = v;
  return Object.assign(env, { npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true', npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
}

export function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env: offlineNpmEnv(cache), encoding: 'utf8' });
}

export interface Installed {
  /** Folder holding the tarball, the prefix and the caches (removed at exit). */
  dir: string;
  tgz: string;
  /** `<prefix>/bin/aigov`. */
  bin: string;
  /** The installed package folder. */
  lib: string;
  prefix: string;
}

let installed: Installed | undefined;

/**
 * Packs the project as built (`npm pack --ignore-scripts`: dist/ from `npm run compile`) and
 * installs the tarball globally into an empty prefix with the registry unreachable (--offline),
 * once per test process.
 */
export function installedPackage(): Installed {
  if (installed) return installed;
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('run npm run compile first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-pack-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT, path.join(dir, 'cache-pack'));
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tgz = path.join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  const prefix = path.join(dir, 'prefix');
  const inst = npm(['install', '--global', '--offline', '--prefix', prefix, tgz], dir, path.join(dir, 'cache-empty'));
  if (inst.status !== 0) throw new Error(`npm install --offline of the tarball failed: ${inst.stdout}${inst.stderr}`);
  installed = { dir, tgz, prefix, bin: path.join(prefix, 'bin', 'aigov'), lib: path.join(prefix, 'lib', 'node_modules', 'aigov') };
  return installed;
}
