import type { Finding } from '../finding.js';
import type { CatalogEntry } from './catalog-entry.js';

/**
 * Japanese messages of the framework pack rules (AIGOV5xx). Their findings carry
 * `{ id, field, appliesFrom }`: `field` picks the gap, so a template exists only for gaps whose
 * English text is fixed by the component id alone. Gaps whose text also depends on values not in
 * the data (a presumed capability, a retention period, an upstream model's name, a risk level)
 * have no template and fall back to the Japanese summary plus the English detail.
 */

type Texts = Readonly<Record<string, (id: string) => string>>;

const UNVERIFIED_EN = '[unverified source: confirm before relying on it]';

/**
 * What the engine appends to a gap message (obligation.ts, gapMessage): the application date when
 * the finding is reported before it, and the unverified-source label. The date comes from
 * `data.appliesFrom`; whether it was appended depends on the day of the run, which the finding
 * does not carry, so the engine's own sentence for that date is looked up in the message.
 * Undefined when the message says "Applies from" in a way the data cannot reproduce.
 */
function engineSuffix(d: Record<string, unknown>, f: Finding): string | undefined {
  let out = '';
  if (f.message.includes('Applies from ')) {
    const from = d.appliesFrom;
    if (typeof from !== 'string' || !f.message.includes(` Applies from ${from}; until then for information.`)) return undefined;
    out += `${from} から適用されます。それまでは情報提供としての指摘です。`;
  }
  if (f.citation?.unverified === true || f.message.includes(UNVERIFIED_EN)) out += '［未確認の出典：依拠する前に確認してください］';
  if (d.dateNote !== undefined) {
    const note = dateNote(d);
    if (note === undefined) return undefined;
    out += note;
  }
  return out;
}

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * The sentence the EU high-risk rules add about the component's date (eu.ts, highRiskNote), from
 * `data.dateNote` and its values. Undefined when the data is incomplete.
 */
function dateNote(d: Record<string, unknown>): string | undefined {
  const { dateNote: key, placedOnMarket, significantChange, routeFrom, from } = d;
  if (key === 'assumed-covered') return 'placed_on_market（上市日）が記録されていないため、aigov はこのシステムを対象として扱います（第111条(2)）。';
  if (key === 'changed' && str(placedOnMarket) && str(significantChange) && str(routeFrom)) {
    return `${placedOnMarket} に上市され（${routeFrom} より前）、${significantChange} に設計が大幅に変更されたため、その変更から対象となります（第111条(2)）。`;
  }
  if (key === 'public-authority' && str(placedOnMarket) && str(routeFrom) && str(from)) {
    return `${placedOnMarket} に上市され（${routeFrom} より前）、公的機関による使用を意図しているため、第111条(2)により ${from} までに遵守する必要があります。`;
  }
  return undefined;
}

/** A pack rule's message: the gap's template for `data.field`, then the engine's suffix. */
function gaps(texts: Texts): NonNullable<CatalogEntry['message']> {
  return (d, f) => {
    const { id, field } = d;
    if (typeof id !== 'string' || typeof field !== 'string' || !Object.hasOwn(texts, field)) return undefined;
    const text = texts[field];
    const tail = engineSuffix(d, f);
    return text && tail !== undefined ? text(id) + tail : undefined;
  };
}

const c = (id: string): string => `コンポーネント '${id}' `;
const hr = (id: string): string => `高リスクシステム '${id}' `;
const hi = (id: string): string => `高影響システム '${id}' `;
const gpai = (id: string): string => `GPAI モデル '${id}' `;

/** HONEST_NOTE of packs/jp.ts, after the Act is named ("同法") or on its own. */
const HONEST = 'は事業者に対し、登録、報告、技術基準、リスク評価及びインシデント報告の義務を課しておらず、罰則もありません。';
const JP_500 = `第7条は、事業者は国及び地方公共団体の施策に協力しなければならないと定めています（罰則はありません）。照会に応じるには連絡の取れる相手が必要です。AI推進法${HONEST}`;
const JP_501 = `第16条により、国は AI が権利を侵害した場合に情報を収集し、指導を行うことができます。これは照会への備えであり、報告義務ではありません。AI推進法${HONEST}`;
const SAFETY = '安全性の原則は、リスクを評価し、継続的に見直すことを求めています。';
const ART9 = '第9条は、高リスクシステムのライフサイクル全体を通じて運用されるリスク管理システムを求めています。';
const ART10 = '第10条(2)–(3)は、高リスクシステムのデータについてデータガバナンスを求めています。';
const ART73 = '第73条では、提供者の報告期限は最短で2日です。';
const ART27 = '第27条は、最初の使用前に基本権影響評価を行い、市場監視当局に通知することを求めています。';
const CO_DEV = 'コロラド州 SB 26-189 は、開発者に対し、意図された用途、学習データ、限界及び指示を導入者向けに文書化させています。';

export const JA_PACKS: Record<string, CatalogEntry> = {
  // Japan: AI Promotion Act (AI推進法) and AI Guidelines for Business (AI事業者ガイドライン).
  AIGOV500: {
    summary: '国の施策に協力するための責任者（owner）または連絡先がありません',
    message: gaps({
      owner: (id) => `${c(id)}に責任者（owner）がいません。${JP_500}`,
      'contacts.incident': (id) => `${c(id)}に連絡先（contacts.incident）がありません。${JP_500}`,
    }),
  },
  AIGOV501: {
    summary: '国からの照会に答えるためのインシデント台帳またはモデルカードがありません',
    message: gaps({
      'incident_response.register': (id) => `${c(id)}はインシデント台帳（incident_response.register）を備えていません。${JP_501}`,
      'model.card': (id) => `${c(id)}にモデルカード（model.card）がありません。${JP_501}`,
    }),
  },
  AIGOV510: {
    summary: '利用目的または予見可能な誤用が記録されていません（人間中心の原則）',
    message: gaps({
      intended_purpose: (id) => `${c(id)}は利用目的を記載していません。`,
      foreseeable_misuse: (id) =>
        `${c(id)}は予見可能な誤用（foreseeable_misuse）を記録していません。AI事業者ガイドラインの「人間中心」の原則は、すべての立場の主体に、システムがどのように誤用され得るかを検討するよう求めています。`,
    }),
  },
  AIGOV511: {
    summary: 'リスク評価に日付または次回見直し日がありません（安全性の原則）',
    message: gaps({
      'risk.assessment.path': (id) => `${c(id)}にリスク評価がありません。`,
      'risk.assessment.date': (id) => `'${id}' のリスク評価に日付がありません。${SAFETY}`,
      'risk.assessment.next_review': (id) => `'${id}' のリスク評価に next_review（次回見直し日）がありません。${SAFETY}`,
    }),
  },
  AIGOV512: {
    summary: 'バイアスのレビュー、または出力に対する人間の判断がありません（公平性の原則）',
    message: gaps({
      'data.bias_review': (id) =>
        `${c(id)}はここで開発されていますが、バイアスのレビュー（data.bias_review）がありません。公平性の原則は、AI開発者にデータとモデルのバイアスを検討するよう求めています。`,
      human_oversight: (id) =>
        `${c(id)}は人間による監督（human_oversight）を記録していません。公平性の原則は、AI提供者と AI利用者に、AI の出力に対する人間の判断を保つよう求めています。`,
    }),
  },
  AIGOV513: {
    summary: '個人データを扱うかどうかが宣言されていません（プライバシー保護の原則）',
    message: gaps({
      'data.personal_data': (id) => `${c(id)}は個人データを扱うかどうかを宣言していません（data.personal_data）。プライバシー保護の原則は、それを把握することから始まります。`,
    }),
  },
  AIGOV514: {
    summary: 'セキュリティレビューがありません（セキュリティ確保の原則）',
    message: gaps({
      'security.review': (id) =>
        `${c(id)}にセキュリティレビュー（security.review）がありません。セキュリティ確保の原則は、不正な操作、情報漏えい及び AI 特有の攻撃からの保護を求めています。`,
    }),
  },
  AIGOV515: {
    summary: 'モデルカードがないか、ログ記録が有効になっていません（透明性の原則）',
    message: gaps({
      'model.card': (id) => `${c(id)}にモデルカード（model.card）がありません。透明性の原則は、AI開発者と AI提供者にシステムの文書化を求めています。`,
      'logging.enabled': (id) => `${c(id)}はログ記録が有効であることを記録していません（logging.enabled）。透明性の原則はトレーサビリティを求めています。`,
    }),
  },
  AIGOV516: {
    summary: '責任者または連絡窓口がありません（アカウンタビリティの原則）',
    message: gaps({
      owner: (id) => `${c(id)}は責任者（owner）を指定していません。アカウンタビリティの原則は責任者を求めています。`,
      'contacts.incident': (id) => `${c(id)}に連絡窓口（contacts.incident）がありません。アカウンタビリティの原則は連絡窓口を求めています。`,
    }),
  },
  AIGOV517: {
    summary: '教育・リテラシーの記録がありません（教育・リテラシーの原則）',
    message: gaps({
      'training.records': (id) => `${c(id)}に教育・リテラシーの記録（training.records）がありません。AI事業者ガイドラインは、関係者が AI とそのリスクを理解することを求めています。`,
    }),
  },
  AIGOV518: {
    summary: 'AI エージェントに人間による確認の手順または行動ログの記録がありません（v1.2 の AI エージェント関連項目、未確認）',
    message: gaps({
      'human_oversight.measures': (id) =>
        `エージェント '${id}' は、外部システムに対して行動する前の人間による確認の手順（human_oversight.measures）を記録していません。ガイドライン v1.2 はこれを求めていると報じられています。`,
      'logging.enabled': (id) => `エージェント '${id}' は行動ログを記録していません（logging.enabled）。ガイドライン v1.2 はこれを求めていると報じられています。`,
    }),
  },

  // EU AI Act (EU AI法, 規則 (EU) 2024/1689).
  AIGOV520: {
    summary: 'コンポーネントが禁止される AI の実践に分類されています',
    message: gaps({
      'risk.level': (id) => `${c(id)}は禁止される AI の実践に分類されており、EU の適用範囲にあります。第5条は、これを EU で上市し、使用開始し、又は使用することを禁じています。`,
    }),
  },
  AIGOV521: { summary: '高リスクではないと判断された附属書III のシステムに、その評価の文書がありません' },
  AIGOV522: {
    summary: '高リスクではないと判断された附属書III のシステムが EU データベースに登録されていません',
    message: gaps({
      registrations: (id) =>
        `${c(id)}は附属書III の分野にあり、高リスクではないことを前提としていますが、EU データベースへの登録が記録されていません。第49条(2)により、上市前の登録はなお必要です。`,
    }),
  },
  AIGOV523: {
    summary: '高リスクシステムに、日付と次回見直しのあるリスク管理の記録がありません',
    message: gaps({
      'risk.assessment.path': (id) => `${hr(id)}にリスク評価がありません。${ART9}`,
      'risk.assessment.date': (id) => `${hr(id)}のリスク評価に日付がありません。${ART9}`,
      'risk.assessment.next_review': (id) => `${hr(id)}のリスク評価に next_review（次回見直し日）がありません。${ART9}`,
    }),
  },
  AIGOV524: {
    summary: '高リスクシステムがデータソース、データの来歴またはバイアスの検証を記録していません',
    message: gaps({
      'data.sources': (id) => `${hr(id)}はデータセットを列挙していません（data.sources）。${ART10}`,
      'data.provenance': (id) => `${hr(id)}はデータの出所を記録していません（data.provenance）。${ART10}`,
      'data.bias_review': (id) => `${hr(id)}にバイアスの検証（data.bias_review）がありません。${ART10}`,
    }),
  },
  AIGOV525: {
    summary: '高リスクシステムに技術文書がありません',
    message: gaps({
      'docs.technical': (id) => `${hr(id)}に技術文書（docs.technical）がありません。第11条は、上市前に、附属書IV の内容を含む技術文書を求めています。`,
    }),
  },
  AIGOV526: {
    summary: '高リスクシステムがイベントを記録していないか、ログの保存期間が6か月未満です',
    message: gaps({
      'logging.enabled': (id) => `${hr(id)}はログ記録が有効であることを記録していません（logging.enabled）。第12条はイベントの自動記録を求めています。`,
    }),
  },
  AIGOV527: {
    summary: '高リスクシステムに使用説明書がありません',
    message: gaps({
      'docs.instructions_for_use': (id) =>
        `${hr(id)}に使用説明書（docs.instructions_for_use）がありません。第13条(3)は、正確性の指標を含む使用説明書を導入者のために求めています。`,
    }),
  },
  AIGOV528: {
    summary: '高リスクシステムが人間による監督の措置、または停止の方法を記述していません',
    message: gaps({
      'human_oversight.measures': (id) => `${hr(id)}は人間による監督の措置を記述していません（human_oversight.measures）。第14条は、人が効果的に監督できることを求めています。`,
      'human_oversight.stop_mechanism': (id) =>
        `${hr(id)}は人がシステムを停止する方法を示していません（human_oversight.stop_mechanism）。第14条はシステムを中断する手段を求めています。`,
    }),
  },
  AIGOV529: {
    summary: '導入された高リスクシステムの監督者が割り当てられていません',
    message: gaps({
      'human_oversight.assignee': (id) =>
        `導入された高リスクシステム '${id}' は監督者を指名していません（human_oversight.assignee）。第26条(2)は、監督に必要な能力と権限を持つ者を求めています。`,
    }),
  },
  AIGOV530: {
    summary: '高リスクシステムに正確性、堅牢性またはセキュリティの評価の記録がありません',
    message: gaps({
      evaluations: (id) => `${hr(id)}は評価を記録していません（evaluations）。第15条は、適切な正確性、堅牢性及びサイバーセキュリティと、宣言された指標を求めています。`,
    }),
  },
  AIGOV531: { summary: '高リスクシステムの文書の保存期間が10年未満です' },
  AIGOV532: {
    summary: '高リスクシステムに適合性評価と適合宣言の記録がありません',
    message: gaps({
      'conformity.doc_path': (id) =>
        `${hr(id)}に EU 適合宣言（conformity.doc_path）がありません。第43条・第47条・第48条は、上市前に適合性評価、適合宣言及び CE マーキングを求めています。`,
    }),
  },
  AIGOV533: { summary: '附属書III の高リスクシステムが EU データベースに登録されていません' },
  AIGOV534: {
    summary: '基本権への影響を評価すべき導入者に、基本権影響評価（FRIA）がありません',
    message: gaps({ 'impact_assessment.date': (id) => `'${id}' の影響評価に日付がありません。${ART27}` }),
  },
  AIGOV535: {
    summary: '高リスクシステムに市販後モニタリング計画がありません',
    message: gaps({
      'monitoring.plan': (id) =>
        `${hr(id)}に市販後モニタリング計画（monitoring.plan）がありません。第72条は、システムの存続期間を通じて性能データを収集・分析するための計画を求めています。`,
    }),
  },
  AIGOV536: {
    summary: '高リスクシステムに重大インシデントの報告手順がありません',
    message: gaps({
      'incident_response.procedure': (id) => `${hr(id)}に重大インシデントの手順（incident_response.procedure）がありません。${ART73}`,
      'contacts.incident': (id) => `${hr(id)}にインシデント連絡先がありません。${ART73}`,
    }),
  },
  AIGOV537: {
    summary: '高リスクシステムの導入者に、そのシステムの提供者の連絡先がありません',
    message: gaps({
      'contacts.provider': (id) =>
        `導入された高リスクシステム '${id}' に提供者の連絡先（contacts.provider）がありません。第26条(5)は、重大インシデントを直ちに提供者に、次いで輸入者又は販売者及び市場監視当局に知らせることを求めています。`,
    }),
  },
  AIGOV538: { summary: 'AI システムとやり取りしていることが人に知らされていません' },
  AIGOV539: { summary: '生成されたコンテンツに機械可読な形式の表示がありません' },
  AIGOV540: {
    summary: '導入者が感情認識、生体情報による分類またはディープフェイクを開示していません',
    message: gaps({
      'transparency.user_notice': (id) =>
        `${c(id)}は感情を認識するか、生体情報により人を分類しますが、対象となる人への通知（transparency.user_notice）を記録していません。第50条(3)はこれを求めています。`,
      'transparency.deepfake_disclosure': (id) =>
        `${c(id)}はディープフェイクまたは公共の利益に関するテキストを生成しますが、AI が生成したものであることの開示（transparency.deepfake_disclosure）を記録していません。第50条(4)はこれを求めています。`,
    }),
  },
  AIGOV541: {
    summary: '汎用目的 AI モデルに文書、著作権ポリシーまたは学習データの概要がありません',
    message: gaps({
      'gpai.technical_docs': (id) => `${gpai(id)}に附属書XI/XII の文書（gpai.technical_docs）がありません。第53条は、AI オフィスと川下の提供者のためにこれを求めています。`,
      'gpai.copyright_policy': (id) => `${gpai(id)}に著作権ポリシー（gpai.copyright_policy）がありません。第53条はこれを求めています。`,
      'gpai.training_data_summary': (id) => `${gpai(id)}に公開用の学習コンテンツの概要（gpai.training_data_summary）がありません。第53条はこれを求めています。`,
    }),
  },
  AIGOV542: {
    summary: 'システミックリスクのある GPAI モデルに、評価、インシデント報告またはセキュリティレビューがありません',
    message: gaps({
      evaluations: (id) => `${gpai(id)}はシステミックリスクを有しますが、評価または敵対的テストを記録していません（evaluations）。第55条はこれらを求めています。`,
      'gpai.incidents': (id) =>
        `${gpai(id)}はシステミックリスクを有しますが、重大インシデントを AI オフィスに報告する手順（gpai.incidents）がありません。第55条は不当な遅滞のない報告を求めています。`,
      'security.review': (id) =>
        `${gpai(id)}はシステミックリスクを有しますが、サイバーセキュリティのレビュー（security.review）がありません。第55条は適切なサイバーセキュリティ保護を求めています。`,
    }),
  },
  AIGOV543: {
    summary: 'システムを運用する人の AI リテラシーまたは研修の記録がありません',
    message: gaps({
      'training.records': (id) => `${c(id)}に AI リテラシーまたは研修の記録（training.records）がありません。第4条は、システムを運用する職員の AI リテラシーに関する規定です。`,
    }),
  },
  AIGOV544: { summary: '人のプロファイリングを行う附属書III のシステムが、高リスクより低く分類されています' },
  AIGOV545: { summary: '高リスクシステムが、上流モデルとともに提供される情報を保管していません' },

  // NIST AI RMF.
  AIGOV550: {
    summary: 'AI インシデントを特定し対処する手順がありません（GOVERN 4.3）',
    message: gaps({
      'incident_response.procedure': (id) => `${c(id)}にインシデント対応手順（incident_response.procedure）がありません。GOVERN 4.3 はインシデントを特定するための実務を求めています。`,
    }),
  },
  AIGOV551: { summary: '第三者のモデルが宣言されていないか、バージョンが固定されていません（GOVERN 6.1、6.2）' },
  AIGOV552: {
    summary: '目的または法的な文脈が記録されていません（MAP 1.1）',
    message: gaps({
      intended_purpose: (id) => `${c(id)}は利用目的を記載していません。`,
      jurisdictions: (id) => `${c(id)}はどこで使われるかを示していません（jurisdictions）。MAP 1.1 は、適用される法令を把握することを求めています。`,
    }),
  },
  AIGOV553: {
    summary: '知識の限界または人間による監督が文書化されていません（MAP 2.2、3.5）',
    message: gaps({
      'model.card': (id) => `${c(id)}にモデルカード（model.card）がありません。MAP 2.2 は、知識の限界を文書化することを求めています。`,
      human_oversight: (id) => `${c(id)}は人間による監督を定義していません（human_oversight）。MAP 3.5 は監督のプロセスを求めています。`,
    }),
  },
  AIGOV554: { summary: '上流モデルのライセンスが記録されていません（MAP 4.1）' },
  AIGOV555: {
    summary: '人と社会への影響が評価されていません（MAP 5.1）',
    message: gaps({ 'impact_assessment.path': (id) => `${c(id)}に影響評価（impact_assessment.path）がありません。MAP 5.1 は影響を文書化することを求めています。` }),
  },
  AIGOV556: {
    summary: 'テスト、評価、検証または妥当性確認の記録がありません（MEASURE 2）',
    message: gaps({ evaluations: (id) => `${c(id)}は評価を記録していません（evaluations）。MEASURE 2 は、テスト、評価、検証及び妥当性確認を求めています。` }),
  },
  AIGOV557: {
    summary: 'システムを切り離すか停止する方法が記録されていません（MANAGE 2.4）',
    message: gaps({
      'human_oversight.stop_mechanism': (id) => `${c(id)}は停止する方法を記録していません（human_oversight.stop_mechanism）。MANAGE 2.4 はその方法を求めています。`,
    }),
  },
  AIGOV558: {
    summary: '導入後のモニタリング計画がありません（MANAGE 4.1）',
    message: gaps({ 'monitoring.plan': (id) => `${c(id)}にモニタリング計画（monitoring.plan）がありません。MANAGE 4.1 は導入後のモニタリングを求めています。` }),
  },
  AIGOV559: {
    summary: 'インシデントが追跡されていないか、受け取る人がいません（MANAGE 4.3）',
    message: gaps({
      'incident_response.register': (id) => `${c(id)}はインシデント台帳（incident_response.register）を備えていません。MANAGE 4.3 はインシデントを追跡することを求めています。`,
      'contacts.incident': (id) => `${c(id)}にインシデント連絡先がありません。`,
    }),
  },

  // ISO/IEC 42001 (every citation unverified: the engine's label is kept).
  AIGOV560: {
    summary: 'AI リスクアセスメントがないか、日付がありません（6.1.2）',
    message: gaps({
      'risk.assessment.path': (id) => `${c(id)}にリスク評価がありません。`,
      'risk.assessment.date': (id) => `'${id}' のリスク評価に日付がありません。箇条 6.1.2 は、計画した間隔でのアセスメントを想定しています。`,
    }),
  },
  AIGOV561: {
    summary: 'AI システム影響評価がありません（6.1.4、A.5.2–A.5.5）',
    message: gaps({
      'impact_assessment.date': (id) => `'${id}' の影響評価に日付（impact_assessment.date）がありません。`,
      'impact_assessment.path': (id) => `${c(id)}に AI システム影響評価（impact_assessment.path）がありません。箇条 6.1.4 と管理策 A.5.2–A.5.5 はこれを求めています。`,
    }),
  },
  AIGOV562: {
    summary: '要求事項、設計、または検証及び妥当性確認が文書化されていません（A.6.2.2–A.6.2.5）',
    message: gaps({
      'docs.technical': (id) => `${c(id)}に設計文書（docs.technical）がありません。管理策 A.6.2.2–A.6.2.5 が対象とする事項です。`,
      evaluations: (id) => `${c(id)}は検証または妥当性確認を記録していません（evaluations）。管理策 A.6.2.4 が対象とする事項です。`,
    }),
  },
  AIGOV563: {
    summary: '運用及びモニタリングの計画、またはイベントログがありません（A.6.2.6、A.6.2.8）',
    message: gaps({
      'monitoring.plan': (id) => `${c(id)}にモニタリング計画（monitoring.plan）がありません。管理策 A.6.2.6 が対象とする事項です。`,
      'logging.enabled': (id) => `${c(id)}はイベントログを取得していることを記録していません（logging.enabled）。管理策 A.6.2.8 が対象とする事項です。`,
    }),
  },
  AIGOV564: {
    summary: 'データソースまたは来歴が記録されていません（A.7.2–A.7.6）',
    message: gaps({
      'data.sources': (id) => `${c(id)}はデータを列挙していません（data.sources）。管理策 A.7.2–A.7.6 が対象とする事項です。`,
      'data.provenance': (id) => `${c(id)}はデータの来歴を記録していません（data.provenance）。管理策 A.7.5 が対象とする事項です。`,
    }),
  },
  AIGOV565: {
    summary: '利用者向けの情報、またはインシデントの連絡経路がありません（A.8.2、A.8.4）',
    message: gaps({
      'docs.instructions_for_use': (id) => `${c(id)}に利用者向けの情報（docs.instructions_for_use）がありません。管理策 A.8.2 が対象とする事項です。`,
      'contacts.incident': (id) => `${c(id)}にインシデント連絡先がありません。`,
    }),
  },
  AIGOV566: {
    summary: '意図した用途が記録されていません（A.9.4）',
    message: gaps({ intended_purpose: (id) => `${c(id)}は意図した用途を記載していません（intended_purpose）。管理策 A.9.4 はこれを前提としています。` }),
  },
  AIGOV567: { summary: 'モデルの供給者が宣言されていないか、その条件が不明です（A.10.2–A.10.3）' },

  // Korea AI Basic Act (韓国AI基本法).
  AIGOV570: {
    summary: '韓国AI基本法上の高影響 AI に当たるかどうかが判断されていません',
    message: gaps({
      'risk.kr_high_impact': (id) => `${c(id)}は高影響 AI に当たるかどうかを記録していません（risk.kr_high_impact）。第33条は、事業者が事前にこれを確認することを求めています。`,
      'risk.basis': (id) => `${c(id)}は分類の根拠を記録していません（risk.basis）。第33条の確認にはこれが必要です。`,
    }),
  },
  AIGOV571: { summary: '高影響 AI または生成 AI が、事前告知または出力の表示なしに提供されています' },
  AIGOV572: {
    summary: '高影響 AI に、リスク管理計画、指名された監督者、または5年間の記録保存がありません',
    message: gaps({
      'risk.assessment.path': (id) => `${hi(id)}にリスク管理計画がありません。`,
      'human_oversight.assignee': (id) => `${hi(id)}は監督者を指名していません（human_oversight.assignee）。第34条は、人間による監督と監督者の連絡先の公開を求めています。`,
    }),
  },
  AIGOV573: {
    summary: '高影響 AI に基本権影響評価がありません（努力義務）',
    message: gaps({
      'impact_assessment.path': (id) => `${hi(id)}に基本権影響評価（impact_assessment.path）がありません。第35条は、提供前にこれを行うよう努めることを事業者に求めています。`,
    }),
  },
  AIGOV574: { summary: '10^26 FLOP を超えるモデルは韓国AI基本法の安全性確保義務の対象です' },
  AIGOV575: {
    summary: '韓国の国内代理人が記録されていません',
    message: gaps({
      'contacts.legal_rep': (id) => `${c(id)}は韓国の国内代理人を記録していません（contacts.legal_rep）。第36条は、韓国に住所又は営業所がなく、売上高または利用者数の基準を満たす事業者に国内代理人を求めています。`,
    }),
  },

  // Colorado SB 26-189 (コロラド州 SB 26-189; every citation unverified).
  AIGOV580: {
    summary: '意思決定を行う AI の開発者が、導入者に文書を提供していません',
    message: gaps({
      intended_purpose: (id) => `${c(id)}は利用目的を記載していません。`,
      'data.sources': (id) => `${c(id)}は学習データの種類を列挙していません（data.sources）。${CO_DEV}`,
      'model.card': (id) => `${c(id)}に導入者向けのモデルカード（model.card）がありません。${CO_DEV}`,
    }),
  },
  AIGOV581: {
    summary: '自動意思決定が使われていることが消費者に知らされていません',
    message: gaps({
      'transparency.user_notice': (id) =>
        `${c(id)}は重大な決定を行いますが、消費者への通知（transparency.user_notice）を記録していません。コロラド州 SB 26-189 は導入者にこれを求めています。`,
    }),
  },
  AIGOV582: {
    summary: '不利な決定について説明、訂正及び見直しを行う手続がありません',
    message: gaps({
      'human_oversight.review_path': (id) =>
        `${c(id)}は重大な決定を行いますが、説明、訂正及び人間による見直しへの経路（human_oversight.review_path）を記録していません。コロラド州 SB 26-189 は、不利な結果から30日以内の説明を求めています。`,
    }),
  },
  AIGOV583: { summary: '自動意思決定の記録の保存期間が3年未満です' },
  AIGOV584: {
    summary: 'コロラド州を対象とするコンポーネントが、重大な決定を行うかどうかを示していません',
    message: gaps({
      consequential_decision: (id) =>
        `${c(id)}は重大な決定に使われるかどうかを宣言していません（consequential_decision）。これによりコロラド州 SB 26-189 が適用されるかどうかが決まります。`,
    }),
  },

  // China: 「人工知能生成合成コンテンツ標識弁法」.
  AIGOV590: { summary: '生成されたコンテンツに明示的な標識がありません（深層合成規定第17条(1)に当たるサービス）' },
  AIGOV591: { summary: '生成されたコンテンツにメタデータの標識がありません' },
  AIGOV592: {
    summary: 'ユーザー契約に標識のルールが記載されていません',
    message: gaps({ 'docs.terms': (id) => `${c(id)}にリンクされたユーザー契約（docs.terms）がありません。第8条は、ユーザー契約に標識のルールを記載することを求めています。` }),
  },
  AIGOV593: {
    summary: '標識のない出力が、利用者の標識義務を定めたユーザー契約または6か月間保存されるログなしに提供されています',
    message: gaps({
      'docs.terms': (id) =>
        `${c(id)}は標識のないコンテンツを提供していますが、リンクされたユーザー契約（docs.terms）がありません。第9条は、ユーザー契約で利用者の標識義務を定めた後にのみ、これを認めています。`,
      'logging.enabled': (id) => `${c(id)}は標識のないコンテンツを提供していますが、ログ記録を記録していません（logging.enabled）。第9条はそのような出力のログを求めています。`,
    }),
  },
};
