import { JA_PACK_TITLES, jaArticle } from '../i18n/ja-obligations.js';
import type { Locale } from '../i18n/messages.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { PACKS } from '../packs.js';
import { pushAll } from '../arrays.js';

/**
 * Markdown templates that fixes create, in the locale of the run (English unless the CLI's
 * --locale or the editor says otherwise). Headings follow the frameworks the registry selected.
 * The user's values (names, ids, purpose) are written as they are.
 */

interface TemplateWords {
  header: { component: string; owner: string; date: string; riskLevel: string; why: string; todo: string; unassessed: string };
  riskTitle: string;
  intendedPurpose: string;
  purposeTodo: string;
  hazards: string;
  likelihood: string;
  riskTable: string[];
  residual: string;
  residualTodo: string;
  content: string;
  document: string;
  sectionsByPack: Readonly<Record<string, readonly string[]>>;
  docTitles: Readonly<Record<string, string>>;
}

const EN: TemplateWords = {
  header: { component: 'Component', owner: 'Owner', date: 'Date', riskLevel: 'Risk level', why: 'Why', todo: 'TODO', unassessed: 'unassessed' },
  riskTitle: 'AI risk assessment',
  intendedPurpose: '## Intended purpose',
  purposeTodo: 'TODO: what the system is for, and for whom.',
  hazards: '## Hazards and foreseeable misuse',
  likelihood: '## Likelihood and severity',
  riskTable: ['| Risk | Likelihood | Severity | Mitigation | Owner |', '| --- | --- | --- | --- | --- |', '| TODO | | | | |'],
  residual: '## Residual risk and sign-off',
  residualTodo: 'TODO: accepted by whom, on what date; next review.',
  content: '## Content',
  document: 'Document',
  sectionsByPack: {
    'eu-ai-act': [
      '## Risk classification (EU AI Act Art 5, Art 6, Annex III)',
      '## Risk management measures (EU AI Act Art 9)',
      '## Data governance and bias examination (EU AI Act Art 10)',
      '## Human oversight (EU AI Act Art 14)',
      '## Accuracy, robustness and cybersecurity (EU AI Act Art 15)',
    ],
    'jp-ai-guidelines': [
      '## Human-centric use and foreseeable misuse (AI Guidelines for Business, principle 1)',
      '## Safety (principle 2)',
      '## Fairness and bias (principle 3)',
      '## Privacy (principle 4)',
      '## Security (principle 5)',
      '## Transparency and accountability (principles 6 and 7)',
    ],
    'nist-ai-rmf': ['## MAP: context, purpose and impacts (MAP 1.1, 5.1)', '## MEASURE: testing and evaluation (MEASURE 2)', '## MANAGE: deactivation and monitoring (MANAGE 2.4, 4.1)'],
    'iso-42001': ['## AI risk assessment (ISO/IEC 42001 6.1.2)', '## Risk treatment and Statement of Applicability (6.1.3)'],
    'kr-ai-basic-act': ['## High-impact determination (Korea AI Basic Act Art 33)', '## Risk management and user protection plan (Art 34)'],
  },
  docTitles: {
    'docs.technical': 'Technical documentation',
    'docs.instructions_for_use': 'Instructions for use',
    'docs.terms': 'Terms of use',
    'model.card': 'Model card',
    'data.bias_review': 'Bias review',
    'monitoring.plan': 'Post-market monitoring plan',
    'transparency.user_notice': 'User notice',
    'transparency.deepfake_disclosure': 'Disclosure of generated or manipulated content',
    'security.review': 'Security review',
    'training.records': 'AI literacy and training records',
    'conformity.doc_path': 'EU declaration of conformity',
    'gpai.technical_docs': 'GPAI model technical documentation',
    'gpai.copyright_policy': 'Copyright policy',
    'gpai.training_data_summary': 'Training data summary',
    'gpai.incidents': 'Serious incident reporting to the AI Office',
    'incident_response.procedure': 'Incident response procedure',
    'incident_response.register': 'Incident register',
    'impact_assessment.path': 'Impact assessment',
  },
};

const JA: TemplateWords = {
  header: { component: 'コンポーネント', owner: '責任者', date: '作成日', riskLevel: 'リスクレベル', why: '作成の理由', todo: '要記入', unassessed: 'unassessed（未評価）' },
  riskTitle: 'AI リスク評価',
  intendedPurpose: '## 利用目的',
  purposeTodo: '要記入: このシステムは何のために、誰のために使われるか。',
  hazards: '## 危険源と予見可能な誤用',
  likelihood: '## 発生可能性と深刻度',
  riskTable: ['| リスク | 発生可能性 | 深刻度 | 低減策 | 担当者 |', '| --- | --- | --- | --- | --- |', '| 要記入 | | | | |'],
  residual: '## 残留リスクと承認',
  residualTodo: '要記入: 誰が、いつ承認したか。次回の見直し日。',
  content: '## 内容',
  document: '文書',
  sectionsByPack: {
    'eu-ai-act': [
      '## リスクの分類（EU AI法 第5条、第6条、附属書III）',
      '## リスク管理措置（EU AI法 第9条）',
      '## データガバナンスとバイアスの検証（EU AI法 第10条）',
      '## 人間による監督（EU AI法 第14条）',
      '## 正確性、堅牢性及びサイバーセキュリティ（EU AI法 第15条）',
    ],
    'jp-ai-guidelines': [
      '## 人間中心の利用と予見可能な誤用（AI事業者ガイドライン 共通の指針 1）',
      '## 安全性（共通の指針 2）',
      '## 公平性とバイアス（共通の指針 3）',
      '## プライバシー保護（共通の指針 4）',
      '## セキュリティ確保（共通の指針 5）',
      '## 透明性とアカウンタビリティ（共通の指針 6 及び 7）',
    ],
    'nist-ai-rmf': ['## MAP: 文脈、目的及び影響（MAP 1.1、5.1）', '## MEASURE: テストと評価（MEASURE 2）', '## MANAGE: 停止とモニタリング（MANAGE 2.4、4.1）'],
    'iso-42001': ['## AI リスクアセスメント（ISO/IEC 42001 6.1.2）', '## リスク対応と適用宣言書（6.1.3）'],
    'kr-ai-basic-act': ['## 高影響 AI に当たるかの判断（韓国AI基本法 第33条）', '## リスク管理と利用者保護の計画（第34条）'],
  },
  docTitles: {
    'docs.technical': '技術文書',
    'docs.instructions_for_use': '使用説明書',
    'docs.terms': '利用規約',
    'model.card': 'モデルカード',
    'data.bias_review': 'バイアスレビュー',
    'monitoring.plan': '市販後モニタリング計画',
    'transparency.user_notice': '利用者への通知',
    'transparency.deepfake_disclosure': '生成又は操作されたコンテンツの開示',
    'security.review': 'セキュリティレビュー',
    'training.records': 'AI リテラシーと研修の記録',
    'conformity.doc_path': 'EU 適合宣言',
    'gpai.technical_docs': '汎用目的 AI モデルの技術文書',
    'gpai.copyright_policy': '著作権方針',
    'gpai.training_data_summary': '学習データの概要',
    'gpai.incidents': 'AI オフィスへの重大インシデントの報告',
    'incident_response.procedure': 'インシデント対応手順',
    'incident_response.register': 'インシデント台帳',
    'impact_assessment.path': '影響評価',
  },
};

/** The words of the templates per locale (a test compares their sections). */
export const TEMPLATE_WORDS: Readonly<Record<Locale, TemplateWords>> = { en: EN, ja: JA };

function header(title: string, c: ComponentEntry, today: string, w: TemplateWords): string[] {
  const d = c.data;
  const h = w.header;
  return [
    `# ${title}: ${d.name ?? c.id}`,
    '',
    `- ${h.component}: \`${c.id}\``,
    `- ${h.owner}: ${d.owner ?? h.todo}`,
    `- ${h.date}: ${today}`,
    `- ${h.riskLevel}: ${d.risk?.level ?? h.unassessed}`,
    '',
  ];
}

export function riskAssessmentTemplate(c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, locale: Locale = 'en'): string {
  const w = TEMPLATE_WORDS[locale];
  const lines = header(w.riskTitle, c, today, w);
  lines.push(w.intendedPurpose, '', c.data.intended_purpose ?? w.purposeTodo, '');
  lines.push(w.hazards, '', w.header.todo, '');
  lines.push(w.likelihood, '');
  pushAll(lines, w.riskTable).push('');
  for (const [pack, sections] of Object.entries(w.sectionsByPack)) {
    if (!frameworks.has(pack)) continue;
    for (const s of sections) lines.push(s, '', w.header.todo, '');
  }
  lines.push(w.residual, '', w.residualTodo, '');
  return lines.join('\n');
}

/** Document fields a pack finding can fill from a template: the file name and the (English) title. */
export const DOC_FIELDS: Record<string, { file: (id: string) => string; title: string }> = {
  'docs.technical': { file: (id) => `docs/technical/${id}.md`, title: EN.docTitles['docs.technical']! },
  'docs.instructions_for_use': { file: (id) => `docs/instructions/${id}.md`, title: EN.docTitles['docs.instructions_for_use']! },
  'docs.terms': { file: (id) => `docs/terms/${id}.md`, title: EN.docTitles['docs.terms']! },
  'model.card': { file: (id) => `docs/cards/${id}.md`, title: EN.docTitles['model.card']! },
  'data.bias_review': { file: (id) => `docs/bias/${id}.md`, title: EN.docTitles['data.bias_review']! },
  'monitoring.plan': { file: (id) => `docs/monitoring/${id}.md`, title: EN.docTitles['monitoring.plan']! },
  'transparency.user_notice': { file: (id) => `docs/notices/${id}.md`, title: EN.docTitles['transparency.user_notice']! },
  'transparency.deepfake_disclosure': { file: (id) => `docs/notices/${id}-disclosure.md`, title: EN.docTitles['transparency.deepfake_disclosure']! },
  'security.review': { file: (id) => `docs/security/${id}.md`, title: EN.docTitles['security.review']! },
  'training.records': { file: (id) => `docs/training/${id}.md`, title: EN.docTitles['training.records']! },
  'conformity.doc_path': { file: (id) => `docs/conformity/${id}.md`, title: EN.docTitles['conformity.doc_path']! },
  'gpai.technical_docs': { file: (id) => `docs/gpai/${id}-technical.md`, title: EN.docTitles['gpai.technical_docs']! },
  'gpai.copyright_policy': { file: (id) => `docs/gpai/${id}-copyright.md`, title: EN.docTitles['gpai.copyright_policy']! },
  'gpai.training_data_summary': { file: (id) => `docs/gpai/${id}-training-data.md`, title: EN.docTitles['gpai.training_data_summary']! },
  'gpai.incidents': { file: (id) => `docs/gpai/${id}-incidents.md`, title: EN.docTitles['gpai.incidents']! },
  'incident_response.procedure': { file: (id) => `docs/incidents/${id}-procedure.md`, title: EN.docTitles['incident_response.procedure']! },
  'incident_response.register': { file: (id) => `docs/incidents/${id}-register.md`, title: EN.docTitles['incident_response.register']! },
  'impact_assessment.path': { file: (id) => `docs/impact/${id}.md`, title: EN.docTitles['impact_assessment.path']! },
};

/** "EU AI Act (Regulation (EU) 2024/1689) Art 43": the framework and article as the reader writes them. */
function reasonIn(reason: string, locale: Locale): string {
  if (locale === 'en') return reason;
  for (const p of PACKS) {
    if (reason.startsWith(`${p.title} `) && JA_PACK_TITLES[p.id]) return `${JA_PACK_TITLES[p.id]} ${jaArticle(reason.slice(p.title.length + 1))}`;
  }
  return jaArticle(reason);
}

/** A starter document for a document field; `reason` says which obligation asked for it. */
export function documentTemplate(field: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, reason?: string, locale: Locale = 'en'): string {
  if (field === 'risk.assessment.path') return riskAssessmentTemplate(c, frameworks, today, locale);
  const w = TEMPLATE_WORDS[locale];
  const title = w.docTitles[field] ?? w.document;
  const head = header(title, c, today, w);
  if (reason) head.splice(head.length - 1, 0, `- ${w.header.why}: ${reasonIn(reason, locale)}`);
  return [...head, w.content, '', w.header.todo, ''].join('\n');
}
