import fc from 'fast-check';

/**
 * One seed for every property test, so that a run can be repeated exactly: a fixed one by
 * default, or FC_SEED (AIGOV_FUZZ_SEED is still read) to replay another run. A failing property
 * prints its seed and counterexample path; `FC_SEED=<seed>` runs the same cases again.
 * Loaded by .mocharc.json (and `npm run test:one`) and imported by every file with properties,
 * so that it also holds when mocha runs without the config.
 */
export const DEFAULT_SEED = 20261205;

function seedFromEnv(): number | undefined {
  const raw = process.env.FC_SEED ?? process.env.AIGOV_FUZZ_SEED;
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got '${raw}'`);
  return n;
}

export const SEED = seedFromEnv() ?? DEFAULT_SEED;

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: SEED });
process.stdout.write(`fast-check seed ${SEED}${SEED === DEFAULT_SEED ? ' (fixed; FC_SEED=<n> runs another)' : ' (from FC_SEED)'}\n`);
