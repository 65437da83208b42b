// `node scripts/mutation-pages.mjs`: every surviving or uncovered mutant in the committed results
// (test/mutation/<part>.json) must be named on its part's page under docs/mutation/ at its
// `line:column` (also written `file.ts:line:column`), in a paragraph or bullet that is not a
// "Killed since" one: the page says why it is equivalent or accepted. Prints each mutant that is
// not, and exits 1 when there is one. A check of presence, not of the reason: a reviewer reads
// the reasons; this keeps every page in step with the results a run commits.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page that classifies each part's survivors. */
export const PAGES = {
  'rules-core': 'rules.md',
  'rules-packs': 'rules.md',
  cli: 'cli-engine.md',
  text: 'cli-engine.md',
  'dates-paths': 'cli-engine.md',
  engine: 'engine.md',
  report: 'report-i18n.md',
  i18n: 'report-i18n.md',
  annotations: 'annotations-detection.md',
  detection: 'annotations-detection.md',
  'detection-manifests': 'detection-manifests.md',
  'model-manifest': 'model-manifest.md',
  fixes: 'fixes-baseline.md',
  baseline: 'fixes-baseline.md',
  node: 'node.md',
  'node-write': 'node-write.md',
};

/** The paragraphs and bullets of a page, each with whether it lists kills ("Killed since …"). */
function blocks(text) {
  return text.split(/\n(?=\s*- |\n)/).map((b) => ({ text: b, killed: /^-?\s*(\*\*)?killed since/i.test(b.trim()) }));
}

/**
 * The surviving and uncovered mutants of every part with results that its page does not name at
 * `line:column` outside "Killed since" blocks, as `part page file:line:column mutator`.
 */
export function unnamedSurvivors(root) {
  const out = [];
  const pages = new Map();
  for (const [part, page] of Object.entries(PAGES)) {
    const results = path.join(root, 'test', 'mutation', `${part}.json`);
    if (!existsSync(results)) continue;
    if (!pages.has(page)) pages.set(page, blocks(readFileSync(path.join(root, 'docs', 'mutation', page), 'utf8')));
    const named = pages.get(page);
    const report = JSON.parse(readFileSync(results, 'utf8'));
    for (const [file, data] of Object.entries(report.files ?? {})) {
      for (const m of data.mutants ?? []) {
        if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
        const at = `${m.location.start.line}:${m.location.start.column}`;
        // Not the tail of a longer number, nor the column:line of another place (`3:12:5`).
        const re = new RegExp(`(?<![0-9])(?<![0-9]:)${at}(?![0-9])`);
        if (!named.some((b) => !b.killed && re.test(b.text))) out.push(`${part} ${page} ${file}:${at} ${m.mutatorName}`);
      }
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const missing = unnamedSurvivors(root);
  for (const m of missing) process.stdout.write(`not named on its page: ${m}\n`);
  process.stdout.write(missing.length === 0 ? 'every surviving or uncovered mutant is named on its page\n' : `${missing.length} surviving or uncovered mutants are not named on their pages\n`);
  process.exitCode = missing.length === 0 ? 0 : 1;
}
