import type { UiTranslation } from '../ui-text.js';
import type { FIX_EN } from './fix-en.js';

/** The titles of fixes, in Japanese. */
export const FIX_JA: UiTranslation<typeof FIX_EN> = {
  'fix.suppressLine': 'この行の {code} を抑制する（-- の後に理由を書いてください）',
  'fix.suppressFile': 'このファイルの {code} を抑制する（-- の後に理由を書いてください）',
  'fix.createAndLink': 'ひな形から {path} を作成してリンクする',
  'fix.createAndLinkAs': 'ひな形から {path} を作成し、{field} としてリンクする',
  'fix.createFromTemplate': 'ひな形から {path} を作成する',
  'fix.createNextReview': '次回の見直しの文書 {path} をひな形から作成してリンクする',
  'fix.recordReview': '{path} の見直しを本日付で記録する（実施日 {today}）',
  'fix.recordReviewNext': '{path} の見直しを本日付で記録する（実施日 {today}、次回見直し {next}）',
  'fix.registerIn': "新しいコンポーネント '{id}' を {registry} に登録する",
  'fix.registerNew': "新しいコンポーネント '{id}' を新しい .aigov.yaml に登録する",
  'fix.link': "既存のコンポーネント '{id}' に紐づける",
  'fix.linkPaths': "既存のコンポーネント '{id}' に紐づける（paths に追加）",
  'fix.linkProvider': "既存のコンポーネント '{id}' に紐づけ、提供者 '{provider}' を記録する",
  'fix.linkPathsProvider': "既存のコンポーネント '{id}' に紐づけ（paths に追加）、提供者 '{provider}' を記録する",
  'fix.addProvider': "'{id}' の upstream_models に提供者 '{provider}' を追加する",
  'fix.changeTo': "'{value}' に変更する",
  'fix.renameKey': "キー名を '{value}' に変更する",
  'fix.useOwnerContact': '責任者 {owner} をインシデント連絡先にする',
  'fix.useOwnerContactOf': "責任者 {owner} を '{id}' のインシデント連絡先にする",
  'fix.addIncidentContact': "'{id}' にインシデント連絡先を追加する（アドレスを記入してください）",
  'fix.addOrgIncidentContact': '組織の既定のインシデント連絡先を追加する（アドレスを記入してください）',
  'fix.addFramework': "frameworks に '{pack}' を追加する",
  'fix.addMissingRecords': "'{id}' に不足している {name} の記録を追加する（{count} 項目。内容を記入してください）",
  'fix.markReported': 'インシデント {label} を本日報告済みにする（{today}）',
  'fix.recordIncident': "'{component}' のインシデント {id} を記録する",
  'fix.markReportedOn': '{id} を {today} 付けで報告済みにする',
  'fix.recordIncidentFor': "'{id}' のインシデントを記録する",
};
