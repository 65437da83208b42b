import { yaml } from '../manifest/yaml-lib.js';
import type { Finding } from '../finding.js';
import type { Locale } from '../i18n/messages.js';
import { COMPONENT_ID } from '../manifest/schema.js';
import { basename, dirname } from '../paths.js';
import { kebab } from '../text/kebab.js';

/**
 * The commented starter registry written by `aigov init` and the editor's "Create .aigov.yaml",
 * built from what detection found in the folder: one component per folder and provider of the AI
 * use that no component covers, with `paths` that match those files. Without any AI use found, the
 * list is empty and a commented example shows the shape.
 */

/** A group of detections that becomes one starter component. */
interface StarterComponent {
  id: string;
  kind: string;
  /** Globs relative to the registry: `<folder>/**`, or the files themselves at the top level. */
  paths: string[];
  /** Vendors named by the evidence, for `upstream_models`. */
  providers: string[];
  /** What detection saw, for the comment above the entry. */
  evidence: string[];
}

/** Findings of uncovered AI use (libraries, model files, dependencies) that the starter is built from. */
export const UNCOVERED = new Set(['AIGOV301', 'AIGOV302', 'AIGOV304']);

/**
 * Groups the uncovered AI use of a folder by the folder a file is in and its provider. A
 * component is named after its folder (or, at the top level, after `rootName`), and after the
 * provider only when one folder holds several; never after the SDK alone.
 */
export function starterComponents(findings: readonly Finding[], rootName: string): StarterComponent[] {
  const groups = new Map<string, { dir: string; provider: string; kind: string; vendor: boolean; files: Set<string>; evidence: Set<string> }>();
  for (const f of findings) {
    if (!UNCOVERED.has(f.code)) continue;
    const d = f.data ?? {};
    const provider = typeof d.provider === 'string' && d.provider ? d.provider : 'unknown';
    const dir = dirname(f.file);
    const key = `${dir}\u0000${provider}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dir, provider, kind: typeof d.kind === 'string' ? d.kind : 'llm-app', vendor: d.vendor === true, files: new Set(), evidence: new Set() }));
    g.files.add(f.file);
    const lib = typeof d.library === 'string' ? d.library : undefined;
    if (lib) g.evidence.add(lib);
  }
  const perDir = new Map<string, number>();
  for (const g of groups.values()) perDir.set(g.dir, (perDir.get(g.dir) ?? 0) + 1);
  const taken = new Set<string>();
  const out: StarterComponent[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.provider < b.provider ? -1 : 1))) {
    const base = kebab(g.dir === '' ? rootName : basename(g.dir)) || 'ai-component';
    let id = (perDir.get(g.dir) ?? 0) > 1 ? `${base}-${kebab(g.provider) || 'ai'}` : base;
    if (!COMPONENT_ID.test(id)) id = 'ai-component';
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    out.push({
      id,
      kind: g.kind,
      paths: g.dir === '' ? [...g.files].sort() : [`${g.dir}/**`],
      providers: g.vendor ? [g.provider] : [],
      evidence: [...g.evidence].sort(),
    });
  }
  return out;
}

interface StarterWords {
  head: string;
  orgName: string;
  contacts: string;
  packs: string;
  none: string;
  found: string;
  uses: string;
  purpose: string;
  paths: string;
}

/** The words of the starter registry per locale: its comments and placeholder values (keys stay English). */
export const STARTER_WORDS: Readonly<Record<Locale, StarterWords>> = {
  en: {
    head: `# AI governance registry, checked by aigov (https://github.com/aigov-dev/aigov).
# It governs this folder and everything below it, except folders with their own .aigov.yaml.
# Paths are relative to this file. Keys starting with x- are yours. Written on {today}.`,
    orgName: 'Your organisation',
    contacts: '# Default contacts for every component below.',
    packs: `# Rule packs to apply ("core" is always on). Available: jp-ai-promotion-act, jp-ai-guidelines,
# eu-ai-act, nist-ai-rmf, iso-42001, kr-ai-basic-act, us-co-adm, cn-labeling.`,
    none: '# No AI use was found yet. A component looks like this:',
    found: '# Found by aigov in the code: fill in the owner, purpose and risk of each.',
    uses: '# Uses {libraries}.',
    purpose: 'TODO: what it is for, and for whom',
    paths: '# the code that belongs to it',
  },
  ja: {
    head: `# AI ガバナンスのレジストリ。aigov（https://github.com/aigov-dev/aigov）がチェックします。
# このフォルダーとその下のすべてを管理します（独自の .aigov.yaml を持つフォルダーを除く）。
# パスはこのファイルからの相対パスです。x- で始まるキーは自由に使えます。{today} に作成。`,
    orgName: '組織名',
    contacts: '# 以下のすべてのコンポーネントに共通の既定の連絡先。',
    packs: `# 適用するルールパック（"core" は常に有効）。利用できるパック: jp-ai-promotion-act（AI推進法）、
# jp-ai-guidelines（AI事業者ガイドライン）、eu-ai-act、nist-ai-rmf、iso-42001、kr-ai-basic-act、us-co-adm、cn-labeling。`,
    none: '# AI の利用はまだ見つかっていません。コンポーネントは次のように書きます:',
    found: '# aigov がコードの中に見つけたもの。それぞれの責任者、利用目的、リスクを記入してください。',
    uses: '# 使用: {libraries}。',
    purpose: 'TODO: 何のために、誰のために使うか',
    paths: '# このコンポーネントに属するコード',
  },
};

function header(w: StarterWords, today: string): string {
  return `${w.head.replace('{today}', () => today)}
version: 1

organization:
  name: ${w.orgName}
  ${w.contacts}
  contacts:
    incident: ai-incidents@your-company.invalid

${w.packs}
frameworks: []

policy:
  review_interval_days: 365
`;
}

function example(w: StarterWords): string {
  return `
${w.none}
#
#   - id: support-chatbot
#     kind: llm-app              # model | llm-app | agent | dataset | api-integration
#     owner: owner@your-company.invalid
#     roles: [deployer]          # provider | deployer | importer | distributor | developer | business-user
#     intended_purpose: ${w.purpose.replace(/^TODO: /, '')}
#     paths: ["src/chat/**"]     ${w.paths}
#     risk:
#       level: unassessed        # prohibited | high | limited | minimal | unassessed
components: []
`;
}

function scalar(v: string): string {
  return yaml().stringify(v, { lineWidth: 0 }).trimEnd();
}

/** The starter registry for the components found (none: an empty list with a commented example), in `locale`. */
export function starterTemplate(components: readonly StarterComponent[], today: string, locale: Locale = 'en'): string {
  const w = STARTER_WORDS[locale];
  if (components.length === 0) return header(w, today) + example(w);
  const lines = ['', w.found, 'components:'];
  for (const c of components) {
    if (c.evidence.length) lines.push(`  ${w.uses.replace('{libraries}', () => c.evidence.join(', '))}`);
    lines.push(`  - id: ${c.id}`);
    // The comment starts in the column of the others (that of the example), one space after a longer kind.
    lines.push(`    ${`kind: ${scalar(c.kind)}`.padEnd(26)} # model | llm-app | agent | dataset | api-integration`);
    lines.push('    owner: owner@your-company.invalid');
    lines.push(`    intended_purpose: ${scalar(w.purpose)}`);
    lines.push(`    paths: [${c.paths.map((p) => JSON.stringify(p)).join(', ')}]`);
    if (c.providers.length) lines.push(`    upstream_models: [${c.providers.map((p) => `{ provider: ${scalar(p)} }`).join(', ')}]`);
    lines.push('    risk:');
    lines.push('      level: unassessed        # prohibited | high | limited | minimal | unassessed');
  }
  return `${header(w, today)}${lines.join('\n')}\n`;
}
