/**
 * `npm run test:fuzz`: the property tests at scale. AIGOV_FUZZ_RUNS (default 3000) is the base
 * number of runs per property; properties weigh it, for ≥100k generated cases in total. Only the
 * fuzz specs run, with no time limit. Unlike `npm test` (one fixed seed), each run here searches
 * with a new seed, printed first; FC_SEED=<seed> replays a run.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const seed = process.env.FC_SEED ?? process.env.AIGOV_FUZZ_SEED ?? String(Math.floor(Math.random() * 0x7fffffff));
const env = { ...process.env, AIGOV_FUZZ_RUNS: process.env.AIGOV_FUZZ_RUNS ?? '3000', FC_SEED: seed };
const r = spawnSync(process.execPath, [mocha, '--no-config', '--import=tsx', '--timeout', '0', '--reporter', './scripts/mocha-reporter.cjs', 'test/fuzz/*.test.ts'], { cwd: root, env, stdio: 'inherit' });
process.exitCode = r.status ?? 2;
