/**
 * Writes the parts of package.json's `contributes.configuration` that list rules and packs: the
 * keys of `aigov.rules` (every finding code and the code families, each with its summary, so the
 * Settings editor offers them in a dropdown) and of `aigov.frameworks` (every pack but core).
 * test/manifest.test.ts fails when they are stale.
 *
 *   npx tsx scripts/update-settings-manifest.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS } from '../server/src/core/packs.js';
import { ALL_RULES } from '../server/src/core/rules/index.js';
import { SEVERITY_OVERRIDES } from '../server/src/protocol/settings.js';

const ROOT = join(__dirname, '..');

/** Families offered by name: each hundred, and each pack's block of the 5xx range. */
export function ruleFamilies(): { key: string; description: string }[] {
  const hundreds: Record<string, string> = { '0': 'registry files and schema', '1': 'component completeness', '2': 'annotations', '3': 'undeclared AI use', '4': 'incidents and deadlines', '5': 'framework packs', '6': 'organisation policy' };
  const out = Object.entries(hundreds).map(([h, what]) => ({ key: `AIGOV${h}*`, description: `Every AIGOV${h}xx finding: ${what}` }));
  const decades = new Map<string, Set<string>>();
  for (const r of ALL_RULES) {
    if (!r.code.startsWith('AIGOV5')) continue;
    const key = `${r.code.slice(0, 7)}*`;
    decades.set(key, (decades.get(key) ?? new Set()).add(PACKS.find((p) => p.id === r.pack)?.short ?? r.pack));
  }
  for (const [key, packs] of [...decades].sort()) out.push({ key, description: `Every ${key.slice(0, -1)}x finding: ${[...packs].join(', ')}` });
  return out;
}

export function rulesProperties(): Record<string, unknown> {
  const values = { type: 'string', enum: [...SEVERITY_OVERRIDES] };
  const props: Record<string, unknown> = {};
  for (const r of [...ALL_RULES].sort((a, b) => (a.code < b.code ? -1 : 1))) props[r.code] = { ...values, description: `${r.slug}: ${r.summary}` };
  for (const f of ruleFamilies()) props[f.key] = { ...values, description: f.description };
  return props;
}

export function frameworksProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const p of PACKS) if (p.id !== 'core') props[p.id] = { type: 'string', enum: [...SEVERITY_OVERRIDES], description: `${p.title}: ${p.description}` };
  return props;
}

if (require.main === module) {
  const file = join(ROOT, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const props = pkg.contributes.configuration.properties;
  props['aigov.rules']!.properties = rulesProperties();
  props['aigov.frameworks']!.properties = frameworksProperties();
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  process.stdout.write('package.json: aigov.rules and aigov.frameworks keys written\n');
}
