import type { Locale } from '../i18n/messages.js';

interface StarterWords {
  head: string;
  orgName: string;
  contacts: string;
  packs: string;
  name: string;
  jurisdictions: string;
  purpose: string;
  paths: string;
  recorded: string;
}

/** The words of the starter registry per locale: its comments and placeholder values (keys stay English). */
export const STARTER_WORDS: Readonly<Record<Locale, StarterWords>> = {
  en: {
    head: `# AI governance registry, checked by aigov (https://github.com/aigov-dev/aigov).
# It governs this folder and everything below it, except folders with their own .aigov.yaml.
# Paths are relative to this file. Keys starting with x- are yours.`,
    orgName: 'Your organisation',
    contacts: '# Default contacts for every component below.',
    packs: `# Rule packs to apply ("core" is always on). Available: jp-ai-promotion-act, jp-ai-guidelines,
# eu-ai-act, nist-ai-rmf, iso-42001, kr-ai-basic-act, us-co-adm, cn-labeling.`,
    name: 'Describe the AI system',
    jurisdictions: '# e.g. jp, eu, kr, us-co, cn',
    purpose: 'What it is for, and for whom',
    paths: '# the code that belongs to it',
    recorded: '# Recorded on {today}.',
  },
  ja: {
    head: `# AI ガバナンスのレジストリ。aigov（https://github.com/aigov-dev/aigov）がチェックします。
# このフォルダーとその下のすべてを管理します（独自の .aigov.yaml を持つフォルダーを除く）。
# パスはこのファイルからの相対パスです。x- で始まるキーは自由に使えます。`,
    orgName: '組織名',
    contacts: '# 以下のすべてのコンポーネントに共通の既定の連絡先。',
    packs: `# 適用するルールパック（"core" は常に有効）。利用できるパック: jp-ai-promotion-act（AI推進法）、
# jp-ai-guidelines（AI事業者ガイドライン）、eu-ai-act、nist-ai-rmf、iso-42001、kr-ai-basic-act、us-co-adm、cn-labeling。`,
    name: 'AI システムの名前',
    jurisdictions: '# 例: jp, eu, kr, us-co, cn',
    purpose: '何のために、誰のために使うか',
    paths: '# このコンポーネントに属するコード',
    recorded: '# {today} に記録。',
  },
};

/** The commented starter registry written by `aigov init` and the editor's "Create .aigov.yaml". */
export function starterTemplate(folderName: string, today: string, locale: Locale = 'en'): string {
  const w = STARTER_WORDS[locale];
  const id = folderName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-ai-component';
  return `${w.head}
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

components:
  - id: ${id}
    name: ${w.name}
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    roles: [deployer]          # provider | deployer | importer | distributor | developer | business-user
    jurisdictions: []          ${w.jurisdictions}
    intended_purpose: ${w.purpose}
    paths: ["src/**"]          ${w.paths}
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
    ${w.recorded.replace('{today}', () => today)}
`;
}
