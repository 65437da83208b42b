import { strict as assert } from 'node:assert';

/** CPU time (user + system) of this process in milliseconds: other processes on a busy machine do not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The best of `rounds` timings of `reps` calls of `run(input)`. */
function best<T>(run: (input: T) => unknown, input: T, reps: number): number {
  const t0 = cpuMs();
  for (let i = 0; i < reps; i++) run(input);
  return cpuMs() - t0;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
  reps: number;
}

/**
 * How the cost of `run` grows from `small` to `large` (an input `factor` times larger): the
 * ratio of their CPU times, both measured here, alternately, the best of four rounds each. Each
 * round repeats the call until the small input costs at least `minMs`, so that timer resolution
 * and constant costs do not decide. Linear work gives about `factor`; quadratic about its square.
 */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, minMs = 25): Growth {
  run(small);
  run(large);
  // Measured again at each doubling, the fastest of three: one slow call (a collection, a
  // compilation on another thread, both counted in this process's CPU time) must not leave the
  // count so low that noise decides the ratio.
  let reps = 1;
  while (reps < 1_000_000 && Math.min(best(run, small, reps), best(run, small, reps), best(run, small, reps)) < minMs) reps *= 2;
  let s = Infinity;
  let l = Infinity;
  for (let round = 0; round < 4; round++) {
    s = Math.min(s, best(run, small, reps));
    l = Math.min(l, best(run, large, reps));
  }
  return { small: s, large: l, ratio: l / Math.max(s, 0.001), reps };
}

/**
 * Asserts linear growth from n to 4n: the cost ratio stays under 10 (linear work gives about 4,
 * quadratic about 16). `build(n)` makes an input of size n outside the measured time.
 */
export function assertLinear<T>(what: string, build: (n: number) => T, run: (input: T) => unknown, n: number): Growth {
  const small = build(n);
  const large = build(4 * n);
  let g = growth(run, small, large);
  // Measured once more, longer, before failing: quadratic work fails both (about 16), a pause
  // that hit one round does not.
  if (g.ratio >= 10) g = growth(run, small, large, 200);
  assert.ok(g.ratio < 10, `${what}: ${g.small.toFixed(1)} ms for n=${n}, ${g.large.toFixed(1)} ms for 4n (×${g.ratio.toFixed(1)}, ${g.reps} calls each): not linear`);
  return g;
}
