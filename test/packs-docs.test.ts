import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PACKS } from '../server/src/core/packs.js';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { EU_ART50_2_LEGACY_BY, EU_GENERAL_FROM, EU_GPAI_FROM, EU_GPAI_LEGACY_BY, EU_HR_ANNEX_I_FROM, EU_NEW_PROHIBITIONS_FROM, derogationFrom, highRiskFrom } from '../server/src/core/rules/packs/eu.js';
import { isPackRule } from '../server/src/core/rules/packs/obligation.js';
import type { Rule } from '../server/src/core/rules/types.js';
import { packFixtures } from './packs-support.js';
import { engineFor, ROOT, TODAY } from './support/workspace.js';

/**
 * docs/rules/AIGOVnnn.md of the 4xx, 5xx and 6xx rules are generated from the rule (summary,
 * description, citation, dates, how to fix) and its fixtures (the examples are the fixtures the
 * tests run, with the findings the engine reports), so page, rule and test cannot drift apart.
 * AIGOV_UPDATE_GOLDENS=1 rewrites them.
 */

const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

function SUMMARY_FIX(family: string): string {
  return `Record the fields the message lists; the quick-fix adds them all at once (documents from their templates, text fields as \`TODO:\` placeholders, lists empty), and the finding stays until they are written. To see a practice as a finding of its own, at the severity you choose, set its code or the pack's family (\`rules: { ${family}: warning }\`, or the editor setting \`aigov.rules\`); to make a field a duty of your organisation, name it in \`policy.require\` (reported by AIGOV601). The editor setting \`aigov.frameworks\` sets the severity of the whole pack, or turns it off.`;
}

/** How to fix, for rules that are not obligations (obligations carry their own). */
const HOW_TO_FIX: Record<string, string> = {
  AIGOV401:
    'Report the incident to the market surveillance authority of the Member State where it occurred (an incomplete first report is allowed), then record the date in `reported` and the authority in `authority`. The quick-fix "Mark reported today" writes the date. For a late report, record why it was late (for example in `report`). Once the incident is dealt with, set `status: closed`.\n\nHow the severity is chosen: where Art 73 binds, the article says "immediately", so the finding is a warning from the day of awareness; it becomes an error when the last day is at most two days away (urgent, not yet late) and stays one once that day has passed (late). The weekend rule moves the last day before either is computed, so a period ending on a Saturday or Sunday is never called late before the end of the following Monday; public holidays are not known to aigov and never extend it, so aigov may call a report late a day early around a holiday, never a day too late. Where Art 73 does not bind, the message starts with "Good practice:", and the finding never becomes an error; before the system\'s high-risk date it stays at info whatever the severity settings.',
  AIGOV402: 'Set `contacts.incident` on the component, or `organization.contacts.incident` for every component of the file. The quick-fix uses the owner when it is an e-mail address.',
  AIGOV502: "Add `jp-ai-guidelines` to `frameworks` (the quick-fix does), or suppress the finding with the reason if the organisation follows the Act only.",
  AIGOV601: 'Add the missing field to the component, or narrow the requirement\'s `when`. See [docs/policy.md](../policy.md).',
  AIGOV519: SUMMARY_FIX('AIGOV51*'),
  AIGOV549: SUMMARY_FIX('AIGOV55*'),
  AIGOV569: SUMMARY_FIX('AIGOV56*'),
  AIGOV602: 'Correct the path (the message suggests the closest field), or start the key with `x-` when it is the organisation\'s own data.',
};

function packTitle(id: string): string {
  return PACKS.find((p) => p.id === id)?.title ?? id;
}

/** Rules whose date depends on the component in another way than the high-risk route. */
const OWN_DATES: Record<string, string> = {
  AIGOV520: `${EU_NEW_PROHIBITIONS_FROM} for the Art 5(1)(ba)/(bb) practices added by the Digital Omnibus`,
  AIGOV539: `${EU_ART50_2_LEGACY_BY} for generative systems placed on the market before ${EU_GENERAL_FROM} (Art 111(4))`,
  AIGOV541: `${EU_GPAI_LEGACY_BY} for models placed on the market before ${EU_GPAI_FROM} (Art 111(3))`,
  AIGOV542: `${EU_GPAI_LEGACY_BY} for models placed on the market before ${EU_GPAI_FROM} (Art 111(3))`,
};

function appliesFromText(r: Rule): string {
  if (!r.appliesFrom) return '—';
  if (isPackRule(r) && r.obligation.appliesFromFor === highRiskFrom) {
    const annexI = r.citation && citationCoversAnnexI(r.citation.article) ? `; ${EU_HR_ANNEX_I_FROM} for Annex I systems` : '';
    return `${r.appliesFrom} for Annex III systems${annexI} (Digital Omnibus, Reg (EU) 2026/1744); later for a system placed on the market before that date (Art 111(2), see [how aigov reads the dates](../frameworks/eu.md#how-aigov-reads-the-dates))`;
  }
  if (isPackRule(r) && r.obligation.appliesFromFor === derogationFrom) {
    return `${r.appliesFrom} for Annex III systems (Digital Omnibus, Reg (EU) 2026/1744); for a system placed on the market before that date, only from a significant change in design (the duty binds before placing; as under Art 111(2), see [how aigov reads the dates](../frameworks/eu.md#how-aigov-reads-the-dates))`;
  }
  if (r.code === 'AIGOV401') return `${r.appliesFrom} for Annex III systems; ${EU_HR_ANNEX_I_FROM} for Annex I systems; later under Art 111(2) (the same dates as the high-risk rules); before, as good practice`;
  if (OWN_DATES[r.code]) return `${r.appliesFrom}; ${OWN_DATES[r.code]}`;
  return r.appliesFrom;
}

const CITATIONS = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'frameworks', 'citations.json'), 'utf8')) as { frameworks: Record<string, { citations: { article: string; appliesFromAnnexI?: string }[] }> };

function citationCoversAnnexI(article: string): boolean {
  return CITATIONS.frameworks['EU AI Act (Regulation (EU) 2024/1689)']?.citations.some((c) => c.article === article && c.appliesFromAnnexI !== undefined) ?? false;
}

async function page(r: Rule): Promise<string> {
  const fx = packFixtures().find((f) => f.code === r.code);
  assert.ok(fx, `fixture for ${r.code}`);
  const invalid = await fs.readFile(path.join(fx.dir, 'invalid', '.aigov.yaml'), 'utf8');
  const valid = await fs.readFile(path.join(fx.dir, 'valid', '.aigov.yaml'), 'utf8');
  const engine = await engineFor(path.join(fx.dir, 'invalid'));
  const reported = engine
    .findings()
    .filter((f) => f.code === r.code)
    .map((f) => `.aigov.yaml:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.code}  ${f.message}`);
  const c = r.citation;
  const how = isPackRule(r) ? r.obligation.howToFix : HOW_TO_FIX[r.code];
  assert.ok(how, `${r.code} says how to fix it`);
  const fixNote = engine
    .findings()
    .filter((f) => f.code === r.code)
    .flatMap((f) => engine.fixesFor(f).filter((p) => !p.title.startsWith('Suppress')))
    .map((p) => p.title.replace(/ \(20\d\d-\d\d-\d\d\)/, ''));
  const lines = [
    `# ${r.code} ${r.slug}`,
    '',
    `**${r.summary}.**`,
    '',
    '| | |',
    '| --- | --- |',
    `| Pack | \`${r.pack}\`${r.pack === 'core' ? ' (always on)' : ` (${packTitle(r.pack)}; on when the registry lists it in \`frameworks\`)`} |`,
    `| Default severity | ${r.defaultSeverity} |`,
    `| Citation | ${c ? `${c.framework}, ${c.article}${c.unverified ? ' (**unverified**: cited for information only)' : ''}` : '—'} |`,
    `| Applies from | ${appliesFromText(r)} |`,
    '',
    '## What it checks and why',
    '',
    r.description,
    '',
  ];
  const note = PACKS.find((p) => p.id === r.pack)?.sourceNote;
  if (note) lines.push(`**Sources.** ${note}`, '');
  if (isPackRule(r)) {
    lines.push(
      'Before the application date the finding is reported at info level and its message ends with "Applies from …". A component is in scope according to its `roles`, `jurisdictions` (none listed means every jurisdiction of the selected packs) and `risk`.',
      '',
    );
  }
  lines.push(
    '## Example',
    '',
    `This registry (from \`test-fixtures/packs/${fx.pack}/${fx.name}/invalid\`) is reported on ${TODAY}:`,
    '',
    '```yaml',
    invalid.trimEnd(),
    '```',
    '',
    '```text',
    ...reported,
    '```',
    '',
    'With the missing facts recorded, nothing is reported:',
    '',
    '```yaml',
    valid.trimEnd(),
    '```',
    '',
    '## How to fix',
    '',
    how,
    '',
  );
  if (fixNote.length) lines.push(`Quick-fix${fixNote.length > 1 ? 'es' : ''}: ${[...new Set(fixNote)].map((t) => `"${t}"`).join('; ')}.`, '');
  lines.push(`To accept a finding, suppress it with the reason: \`# @aigov-ignore ${r.code} -- <why>\` on the line above it in \`.aigov.yaml\`, or turn the rule off with \`rules: { ${r.code}: off }\`.`, '');
  return lines.join('\n');
}

describe('docs pages of the incident, framework and policy rules', function () {
  this.timeout(60_000);
  for (const r of FRAMEWORK_RULES) {
    it(`docs/rules/${r.code}.md matches the rule and its fixtures`, async () => {
      const file = path.join(ROOT, 'docs', 'rules', `${r.code}.md`);
      const text = await page(r);
      if (UPDATE || !existsSync(file)) {
        await fs.writeFile(file, text);
        if (!UPDATE) assert.fail(`wrote docs/rules/${r.code}.md; check it and run again`);
      }
      assert.equal(await fs.readFile(file, 'utf8'), text, `docs/rules/${r.code}.md is stale (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
    });
  }
});
