// `node scripts/mutation-score.mjs [--files] [--survivors [part]] [--check]`: the mutation score of
// every part measured so far, read from the committed incremental files (test/mutation/<part>.json,
// written by scripts/mutation-part.mjs). Prints a Markdown table by part (`--files`: by file too)
// with the total over all parts, and with `--survivors` the surviving and uncovered mutants, one
// per line (`file:line:column mutator → replacement`), for the named part or for all of them.
// The score counts what Stryker counts: (killed + timed out) / (killed + timed out + survived +
// no coverage); mutants that did not typecheck or broke at run time are left out of it. It then
// names the files of each part (SHARDS in stryker.unit.config.mjs) that have no results yet.
// `--check`: exit 1 when the total is under `thresholds.break` of stryker.config.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { SHARDS } from '../stryker.unit.config.mjs';
import base from '../stryker.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'test', 'mutation');
const args = process.argv.slice(2);
const byFile = args.includes('--files');
const survivorsAt = args.indexOf('--survivors');
const check = args.includes('--check');
const survivorsOf = survivorsAt < 0 ? undefined : (args[survivorsAt + 1] ?? '');

const COLUMNS = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];

function emptyCounts() {
  return Object.fromEntries(COLUMNS.map((c) => [c, 0]));
}

function add(into, counts) {
  for (const c of COLUMNS) into[c] += counts[c];
}

function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
}

function row(name, counts) {
  return `| ${name} | ${score(counts)} | ${COLUMNS.map((c) => counts[c]).join(' | ')} |`;
}

const parts = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];
if (parts.length === 0) {
  process.stderr.write('mutation-score: no results yet in test/mutation/ (run scripts/mutation-part.mjs <part>)\n');
  process.exit(1);
}

const lines = [`| part | score | ${COLUMNS.join(' | ')} |`, `| --- | --- | ${COLUMNS.map(() => '---').join(' | ')} |`];
const survivors = [];
const total = emptyCounts();
const measured = new Set();
for (const file of parts) {
  const part = file.slice(0, -'.json'.length);
  const report = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
  const partCounts = emptyCounts();
  const fileRows = [];
  for (const [source, data] of Object.entries(report.files ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const counts = emptyCounts();
    measured.add(source);
    for (const m of data.mutants ?? []) {
      if (m.status in counts) counts[m.status] += 1;
      if ((m.status === 'Survived' || m.status === 'NoCoverage') && (survivorsOf === '' || survivorsOf === part)) {
        const at = m.location.start;
        survivors.push(`${source}:${at.line}:${at.column} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
    add(partCounts, counts);
    fileRows.push(row(`\`${part}\`: ${source}`, counts));
  }
  if (byFile) lines.push(...fileRows);
  lines.push(row(`\`${part}\`${byFile ? ' (part)' : ''}`, partCounts));
  add(total, partCounts);
}
lines.push(row(`all ${parts.length} parts`, total));
process.stdout.write(`${lines.join('\n')}\n`);
// The files a part mutates (its globs, less the exclusions of the whole run) that have no results.
const excluded = base.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
const unmeasured = [];
for (const shard of Object.values(SHARDS)) {
  const globs = shard.mutate.filter((g) => !g.startsWith('!'));
  const ignore = [...shard.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1)), ...excluded];
  for (const f of fg.sync(globs, { cwd: root, ignore })) if (!measured.has(f)) unmeasured.push(f);
}
unmeasured.sort();
process.stdout.write(unmeasured.length === 0 ? '\nEvery file of every part has results.\n' : `\n${unmeasured.length} files have no results yet: ${unmeasured.join(', ')}\n`);
if (check) {
  const detected = total.Killed + total.Timeout;
  const valid = detected + total.Survived + total.NoCoverage;
  const pct = valid === 0 ? 0 : (100 * detected) / valid;
  const floor = base.thresholds.break;
  process.stdout.write(`mutation score ${pct.toFixed(2)} % (break at ${floor} %)\n`);
  if (pct < floor) process.exitCode = 1;
}
if (survivorsOf !== undefined) process.stdout.write(`\n${survivors.length} surviving or uncovered mutants\n${survivors.join('\n')}\n`);
