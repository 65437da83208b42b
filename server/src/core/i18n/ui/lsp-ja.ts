import type { UiTranslation } from '../ui-text.js';
import type { LSP_EN } from './lsp-en.js';

/** What the language server shows in the editor, in Japanese. */
export const LSP_JA: UiTranslation<typeof LSP_EN> = {
  'lsp.hover.risk': 'リスク: {risk}',
  'lsp.hover.riskUnset': '_未設定_',
  'lsp.hover.assessment': 'リスク評価: {state}',
  'lsp.hover.assessmentMissing': '**なし**',
  'lsp.hover.assessmentOk': '適切',
  'lsp.hover.assessmentOverdue': '{due} から**見直し期限切れ**',
  'lsp.hover.dated': '実施日 {date}',
  'lsp.hover.nextReview': '次回見直し {date}',
  'lsp.hover.owner': '責任者: {owner}',
  'lsp.hover.contacts': '連絡先: {list}',
  'lsp.hover.organisation': '組織の既定値',
  'lsp.hover.files': 'ファイル: {count}',
  'lsp.hover.openIncidentsNone': '未解決のインシデント: なし',
  'lsp.hover.openIncidents': '未解決のインシデント: {count} 件',
  'lsp.hover.incidentReported': '{date} に報告済み',
  'lsp.hover.incidentOverdue': '報告期限 {deadline} を**超過**',
  'lsp.hover.incidentDue': '報告期限 {deadline}（残り {count} 日）',
  'lsp.hover.registrations': '登録: {list}',
  'lsp.hover.asOf': '{registry} · {today} 時点',
  'lsp.hover.unknownId': 'コンポーネント {id} はどのレジストリにも登録されていません。',
  'lsp.hover.didYouMean': 'コンポーネント {id} はどのレジストリにも登録されていません。{suggestion} の誤りではありませんか？',
};
