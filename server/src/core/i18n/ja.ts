import { weekday } from '../dates.js';
import { basename } from '../paths.js';
import { JA_PACKS } from './ja-packs.js';
import type { CatalogEntry } from './catalog-entry.js';

const s = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : String(v));

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

const UNCOVERED = "このファイルはどのコンポーネントにも属していないため、この AI 利用には責任者もリスクの記録もありません。.aigov.yaml にコンポーネントを登録するか、'@aigov <id>' でファイルを紐づけてください。";

/** AIGOV301, as the rule words it: a model id, or an import with its family and (vendor) provider. */
function undeclaredUse(d: Record<string, unknown>): string | undefined {
  const { library, provider, family, vendor, detection } = d;
  if (!str(library) || !str(provider)) return undefined;
  if (detection === 'model-id') return `モデル ID '${library}'（${provider}）がここに現れますが、${UNCOVERED}`;
  if (!str(family) || typeof vendor !== 'boolean') return undefined;
  const showProvider = vendor && provider !== family.toLowerCase();
  const via = family !== library ? `（${family}${showProvider ? `、プロバイダー ${provider}` : ''}）` : showProvider ? `（プロバイダー ${provider}）` : '';
  return `未宣言の AI 利用: '${library}'${via || ' '}がインポートされていますが、${UNCOVERED}`;
}

/** AIGOV303: the covering components that do not name the provider. */
function providerNotNamed(d: Record<string, unknown>): string | undefined {
  const { library, provider, components } = d;
  if (!str(library) || !str(provider) || !Array.isArray(components) || components.length === 0 || !components.every(str)) return undefined;
  const names = components.map((id) => `'${id}'`).join('、');
  return `'${library}' はプロバイダー '${provider}' を使っていますが、コンポーネント ${names} は kind、model.provider、upstream_models のいずれにもこれを記載していません。上流のプロバイダーを記録してください。`;
}

const SEVERITY_JA: Record<string, string> = { serious: '重大', death: '死亡', widespread: '広範な侵害', 'critical-infrastructure': '重要インフラの混乱' };
const WEEKDAY_JA: Record<string, string> = { Saturday: '土曜日', Sunday: '日曜日' };
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why an Art 73 limit is only good practice (aigov401, notBindingText). */
function notBindingJa(reason: unknown, from: unknown): string | undefined {
  if (reason === 'before') {
    return str(from) ? `第73条がこの高リスクシステムを拘束するのは、提供者が ${from} 以降に認識したインシデントからです（デジタル・オムニバス）。それまでは aigov はその期限をグッドプラクティスとして適用しています。` : undefined;
  }
  if (reason === 'legacy') return 'このシステムは高リスクの適用日より前に上市され、その後設計が大幅に変更されていないため、第111条(2)により第73条は適用されません。aigov はその期限をグッドプラクティスとして適用しています。';
  if (reason === 'scope' || reason === undefined) return '第73条が拘束するのは EU の高リスクシステムの提供者だけです。aigov はここでは、その期限をグッドプラクティスとして適用しています。';
  return undefined;
}

/** AIGOV401, as the rule words it: binding or good practice; due, overdue or reported late; the weekend rule. */
function incidentDue(d: Record<string, unknown>): string | undefined {
  const { id, incidentId, kind, severity, days, detected, periodEnd, deadline, daysLeft, reported, lateBy, legal } = d;
  if (!str(id) || !str(incidentId) || !num(days) || !str(detected) || !str(periodEnd) || !str(deadline) || !num(daysLeft) || typeof legal !== 'boolean') return undefined;
  if (kind !== 'due' && kind !== 'overdue' && kind !== 'late') return undefined;
  if (kind === 'late' && (!str(reported) || !num(lateBy))) return undefined;
  const sevName = str(severity) ? SEVERITY_JA[severity] : undefined;
  if (str(severity) && !sevName) return undefined;
  const sev = sevName ? `${sevName}、${days}日` : `重大度未設定、${days}日と仮定`;
  const head = `'${id}' のインシデント ${incidentId}（${sev}。${detected} に認識）`;
  const ext =
    periodEnd === deadline ? '' : `${days}日の期間は ${periodEnd}（${WEEKDAY_JA[weekday(periodEnd)] ?? weekday(periodEnd)}）に終わりますが、土曜日又は日曜日に終わる期間は翌就業日の終わりまで延長されます（規則 1182/71 第3条(4)）。`;
  if (legal) {
    if (kind === 'late') return `${head}の報告は ${reported} に行われ、期限の ${deadline} より${lateBy}日遅れました。遅れた理由を記録してください。${ext}`;
    if (kind === 'overdue') return `${head}の報告期限は ${deadline} で、${-daysLeft}日過ぎていますが、報告済みになっていません。直ちに報告してください（不完全な初回報告も認められます）。${ext}`;
    return `${head}を直ちに市場監視当局に報告してください。${daysLeft === 0 ? `遅くとも本日 ${deadline} まで` : `遅くとも ${deadline} まで（残り${daysLeft}日）`}です。${ext}`;
  }
  const why = notBindingJa(d.notBinding, d.bindsFrom);
  if (why === undefined) return undefined;
  if (kind === 'late') return `グッドプラクティス: ${head}は ${reported} に報告され、${deadline} より${lateBy}日遅れました。${ext}${why}`;
  if (kind === 'overdue') return `グッドプラクティス: ${head}は ${deadline} までに報告されておらず、${-daysLeft}日過ぎています。${ext}${why}`;
  return `グッドプラクティス: ${head}を ${daysLeft === 0 ? `本日 ${deadline} まで` : `${deadline} まで（残り${daysLeft}日）`}に報告してください。${ext}${why}`;
}

/**
 * Japanese messages of the findings. Codes without a template fall back to summary + English detail:
 * AIGOV402 (nor the incident's status), AIGOV601 (nor the policy's own message) and AIGOV602 (nor
 * the reason the field is unknown). Pack rules (AIGOV5xx) are in ja-packs.ts.
 */
export const JA_CATALOG: Record<string, CatalogEntry> = {
  AIGOV001: { summary: 'レジストリファイルが YAML として正しくありません' },
  AIGOV002: {
    summary: 'レジストリの値がスキーマに合っていません',
    message: (d) =>
      d.kind === 'unknown-key'
        ? `不明なキー '${s(d.key)}' です。${d.suggestion ? `'${s(d.suggestion)}' の誤りではありませんか？` : ''}独自のキーは 'x-' で始めてください。`
        : undefined,
  },
  AIGOV003: { summary: '同じ ID のコンポーネントが複数あります', message: (d) => `コンポーネント ID '${s(d.id)}' は既に使われています。ID はワークスペース内で一意にしてください。` },
  AIGOV004: {
    summary: 'レジストリのバージョンがないか、未知のバージョンです',
    message: (d) => (d.missing ? "レジストリファイルの先頭に 'version: 1' がありません。" : `未知のレジストリバージョン '${s(d.version)}' です。aigov が扱えるのは version 1 です。`),
  },
  AIGOV005: { summary: '選択されたフレームワークパックが存在しません', message: (d) => `不明なフレームワークパック '${s(d.name)}' です。${d.suggestion ? `'${s(d.suggestion)}' の誤りではありませんか？` : ''}` },
  AIGOV006: { summary: '重大度の上書きが存在しないコードを指しています', message: (d) => `'${s(d.code)}' というコードの指摘はないため、この上書きは効果がありません。${d.suggestion ? `'${s(d.suggestion)}' の誤りではありませんか？` : ''}` },
  AIGOV007: { summary: 'レジストリのパスがファイルではなくフォルダーです', message: () => 'このパスはフォルダーのため、レジストリとして読み込まれません。内容を同名のファイルに移してください。' },
  AIGOV101: {
    summary: 'コンポーネントにリスク評価がありません',
    message: (d) => `コンポーネント '${s(d.id)}' にリスク評価（risk.assessment.path）がありません。何が起こり得て、どう対処するかが記録されていません。`,
  },
  AIGOV102: {
    summary: 'インシデントの連絡先が指定されていません',
    message: (d) => `コンポーネント '${s(d.id)}' にインシデント連絡先（contacts.incident）がなく、組織の既定値もありません。インシデント時にすぐ連絡が取れる相手が必要です。`,
  },
  AIGOV103: { summary: '参照されている文書が存在しません', message: (d) => `コンポーネント '${s(d.id)}' の ${s(d.field)} が指す文書が存在しません（${s(d.target)}）。` },
  AIGOV104: { summary: 'リスク評価または影響評価の見直し期限が過ぎています', message: (d) => `コンポーネント '${s(d.id)}' の ${s(d.field)} は ${s(d.due)} に見直し期限を迎えています。` },
  AIGOV105: { summary: 'コンポーネントに責任者（owner）がいません', message: (d) => `コンポーネント '${s(d.id)}' に owner がありません。説明責任を負う担当者を指定してください。` },
  AIGOV106: { summary: 'コンポーネントのリスクレベルが未評価です', message: (d) => `コンポーネント '${s(d.id)}' のリスクレベルが未評価です。適用される義務を決めるため、prohibited・high・limited・minimal のいずれかに分類してください。` },
  AIGOV107: { summary: '連絡先が到達可能なアドレスではありません', message: (d) => `${s(d.field)} の値は、メールアドレスまたは監視されているチャネルの URL ではないか、仮の値です。` },
  AIGOV108: { summary: 'コンポーネントの利用目的が記載されていません', message: (d) => `コンポーネント '${s(d.id)}' に利用目的（intended_purpose）がありません。リスクは利用目的に照らして判断されます。` },
  AIGOV109: { summary: 'パスがワークスペースの外を指しています', message: (d) => `コンポーネント '${s(d.id)}' の ${s(d.field)} がワークスペースの外を指しているため、読み込みませんでした。証跡はリポジトリ内に置いてください。` },
  AIGOV201: { summary: '注釈が未登録のコンポーネントを指しています', message: (d) => `コンポーネント '${s(d.id)}' はどのレジストリにも登録されていません。${d.suggestion ? `'${s(d.suggestion)}' の誤りではありませんか？` : ''}` },
  AIGOV202: { summary: '@aigov 注釈を読み取れません' },
  AIGOV203: { summary: 'このコンポーネントに属するファイルがありません', message: (d) => `コンポーネント '${s(d.id)}' に紐づくコードがありません。paths を指定するか、ファイルに @aigov ${s(d.id)} を書いてください。` },
  AIGOV204: { summary: '抑制に理由が書かれていません', message: () => "この抑制には理由がないため適用されません。' -- ' の後に理由を書いてください。" },
  AIGOV301: { summary: 'どのコンポーネントにも属さないコードが AI ライブラリを使っています', message: undeclaredUse },
  AIGOV302: {
    summary: 'どのコンポーネントにも属さないモデルファイルがあります',
    message: (d, f) =>
      str(d.library)
        ? `モデルファイル '${basename(f.file)}'（${d.library}）はどのコンポーネントにも属していないため、その出所、ライセンス及びリスクが記録されていません。登録するか、本来属するコンポーネントの paths に追加してください。`
        : undefined,
  },
  AIGOV303: { summary: 'コンポーネントが、自身に属する AI 利用のプロバイダーを記載していません', message: providerNotNamed },
  AIGOV304: {
    summary: 'どのコンポーネントにも属さないマニフェストに AI 依存関係があります',
    message: (d, f) =>
      str(d.library) && str(d.family)
        ? `AI 依存関係 '${d.library}'（${d.family}）がここで宣言されていますが、${basename(f.file)} はどのコンポーネントにも属していないため、どの AI システムのための依存関係かが記録されていません。そのコンポーネントの paths にこのマニフェストを追加するか、コンポーネントを登録してください。`
        : undefined,
  },
  AIGOV401: { summary: 'インシデントを期限までに当局へ報告する必要があります', message: incidentDue },
  AIGOV402: { summary: '未解決のインシデントに連絡先がありません' },
  ...JA_PACKS,
  AIGOV601: { summary: 'コンポーネントに、組織のポリシーが求めるフィールドがありません' },
  AIGOV602: { summary: 'ポリシーの要件が、コンポーネントにないフィールドを指定しています' },
};
