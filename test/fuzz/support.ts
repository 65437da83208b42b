import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Range } from '../../server/src/core/text/line-index.js';
import type { CancellationToken, FileListing, FileStat, Logger, Workspace } from '../../server/src/core/workspace.js';
import '../support/fast-check-seed.js';

/**
 * Runs per property: small in `npm test`, scaled by AIGOV_FUZZ_RUNS in `npm run test:fuzz`
 * (`weight` lets cheap properties run more cases than expensive ones).
 */
export const BASE_RUNS = Number(process.env.AIGOV_FUZZ_RUNS ?? '') || 60;
export const FUZZING = process.env.AIGOV_FUZZ_RUNS !== undefined;

let totalCases = 0;

/** fc.assert with the scaled run count (and the seed of ../support/fast-check-seed.ts); counts the cases. */
export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, weight = 1): void | Promise<void> {
  const numRuns = Math.max(1, Math.round(BASE_RUNS * weight));
  totalCases += numRuns;
  return fc.assert(property as fc.IProperty<Ts>, { numRuns });
}

after(() => {
  if (FUZZING) process.stdout.write(`\n  fuzz: ${totalCases} generated cases in total (AIGOV_FUZZ_RUNS=${BASE_RUNS})\n`);
});

/** Mocha timeout for a suite: unlimited when fuzzing at scale. */
export function fuzzTimeout(ctx: { timeout(ms: number): unknown }, ms = 60000): void {
  ctx.timeout(FUZZING ? 0 : ms);
}

/** No lone surrogate: the text survives a UTF-8 or UTF-16 round trip. */
export function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** Text that mixes arbitrary characters (any unit, lone surrogates included) with line breaks. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '\t', '\u2028', '\uFEFF', '\0', '\\', '"', "'", '`')), { maxLength: 80 }).map((a) => a.join('')),
);

/** Text built from tokens that matter to comment scanners, tag parsers and YAML. */
export function tokenText(tokens: readonly string[], maxLength = 120): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength }).map((a) => a.join(''));
}

/** The range is ordered and lies inside the text (lines split like LineIndex: \n, \r\n, \r). */
export function assertRangeInside(r: Range, text: string, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    const len = lines[p.line]!.length;
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `${what}: character ${p.character} outside 0..${len} on line ${p.line}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

/** A workspace held in memory, for engine-level properties. */
export class MemoryWorkspace implements Workspace {
  readonly name = 'memory';
  constructor(private readonly files: Map<string, Uint8Array | string>) {}

  listFiles(_token?: CancellationToken): Promise<FileListing> {
    return Promise.resolve({ files: [...this.files.keys()].sort(), skipped: [] });
  }

  readFile(path: string): Promise<Uint8Array | undefined> {
    const v = this.files.get(path);
    return Promise.resolve(typeof v === 'string' ? new TextEncoder().encode(v) : v);
  }

  stat(path: string): Promise<FileStat | undefined> {
    const v = this.files.get(path);
    if (v !== undefined) return Promise.resolve({ type: 'file', size: typeof v === 'string' ? v.length : v.length, mtimeMs: 0 });
    const isDir = [...this.files.keys()].some((k) => k.startsWith(`${path}/`));
    return Promise.resolve(isDir ? { type: 'directory', size: 0, mtimeMs: 0 } : undefined);
  }
}

/** A logger that records errors, so a property can assert that no rule or parser failed. */
export function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return {
    errors,
    info() {},
    warn() {},
    error(message, err) {
      errors.push(`${message}${err ? `: ${err instanceof Error ? err.stack ?? err.message : String(err)}` : ''}`);
    },
  };
}
