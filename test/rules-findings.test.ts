import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding, FixProposal } from '../server/src/core/finding.js';
import type { Range } from '../server/src/core/text/line-index.js';
import { packFixtures } from './packs-support.js';
import { engineFor, FIXTURES } from './support/workspace.js';

/**
 * What a user sees of each finding of a rule fixture (test-fixtures/rules/<CODE>-<slug>/invalid,
 * and test-fixtures/packs/<pack>/<CODE>-<slug>/invalid for the incident, framework and policy rules),
 * beyond its place (which the caret markers check): the severity, the message, the citation, the
 * data that the JSON output, fingerprints and fixes carry, the related places, and every fix
 * proposal of the rule with its flags and edits. Kept next to the fixture as `invalid.findings.txt`;
 * AIGOV_UPDATE_GOLDENS=1 rewrites them (read the diff: each change must be intended).
 */

const RULES_DIR = path.join(FIXTURES, 'rules');
const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

const at = (r: Range): string => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

function fixLines(fix: FixProposal): string[] {
  const flags = [fix.isPreferred ? 'preferred' : '', fix.safe ? 'safe' : 'unsafe', fix.kind ?? ''].filter((s) => s !== '').join(', ');
  const out = [`  fix (${flags}) ${fix.code}: ${fix.title}`];
  for (const e of fix.edits) {
    if (e.kind === 'create') out.push(`    create ${e.file}: ${JSON.stringify(e.text)}`);
    else out.push(`    replace ${e.file}:${at(e.range)}${e.cursor !== undefined ? ` cursor ${e.cursor}` : ''}: ${JSON.stringify(e.newText)}`);
  }
  return out;
}

function describeFinding(f: Finding, fixes: FixProposal[]): string {
  const out = [`${f.file}:${at(f.range)} ${f.code} ${f.severity} ${f.message}`];
  if (f.citation) out.push(`  citation ${JSON.stringify(f.citation)}`);
  if (f.tags) out.push(`  tags ${f.tags.join(', ')}`);
  out.push(`  data ${JSON.stringify(f.data ?? null)}`);
  for (const r of f.related ?? []) out.push(`  related ${r.file}:${at(r.range)} ${r.message}`);
  // The suppressions the engine offers for every finding are tested with the suppression fixes.
  for (const fix of fixes) if (fix.kind !== 'suppress') out.push(...fixLines(fix));
  return out.join('\n');
}

async function compare(code: string, root: string, file: string): Promise<void> {
  const engine = await engineFor(root);
  const text = engine
    .findings()
    .filter((f) => f.code === code)
    .map((f) => describeFinding(f, engine.fixesFor(f)))
    .join('\n');
  const actual = `${text}\n`;
  if (UPDATE || !existsSync(file)) {
    await fs.writeFile(file, actual);
    if (!UPDATE) assert.fail(`wrote ${path.relative(FIXTURES, file)}; check it and run again`);
    return;
  }
  assert.equal(actual, await fs.readFile(file, 'utf8'), `${path.relative(FIXTURES, file)} (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
}

describe('rule fixtures: severity, message, data and fixes of each finding', function () {
  this.timeout(60_000);
  const dirs = existsSync(RULES_DIR) ? readdirSync(RULES_DIR).sort() : [];
  for (const dir of dirs) {
    const root = path.join(RULES_DIR, dir, 'invalid');
    if (!existsSync(root)) continue;
    it(`${dir}/invalid matches invalid.findings.txt`, () => compare(dir.slice(0, 8), root, path.join(RULES_DIR, dir, 'invalid.findings.txt')));
  }
  for (const fx of packFixtures()) {
    it(`${fx.pack}/${fx.name}/invalid matches invalid.findings.txt`, () => compare(fx.code, path.join(fx.dir, 'invalid'), path.join(fx.dir, 'invalid.findings.txt')));
  }
});
