/**
 * Japanese names of the framework packs and of the obligations the pack rules check, as the
 * report's coverage tables show them. Japanese law by its official title, foreign law by the name
 * Japanese practitioners use (EU AI法, 韓国AI基本法). The obligation is named positively, as in
 * English (the rule's summary names the gap instead). Data only: a test requires one entry per pack
 * and per pack rule.
 */
export const JA_PACK_TITLES: Readonly<Record<string, string>> = {
  core: 'aigov の基本チェック',
  'jp-ai-promotion-act': '人工知能関連技術の研究開発及び活用の推進に関する法律（令和7年法律第53号）',
  'jp-ai-guidelines': 'AI事業者ガイドライン（経済産業省・総務省）',
  'eu-ai-act': 'EU AI法（規則 (EU) 2024/1689）',
  'nist-ai-rmf': 'NIST AI RMF 1.0 及び生成 AI プロファイル',
  'iso-42001': 'ISO/IEC 42001:2023',
  'kr-ai-basic-act': '韓国AI基本法（法律第20676号）',
  'us-co-adm': 'コロラド州 SB 26-189（自動化された意思決定）',
  'cn-labeling': '中国 人工知能生成合成コンテンツ標識弁法',
};

/**
 * Cited frameworks whose citation names more than the pack's title (a version, a document number):
 * their Japanese names. Others are named by their pack's Japanese title.
 */
export const JA_FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  'AI Guidelines for Business v1.2 (METI/MIC)': 'AI事業者ガイドライン 第1.2版（経済産業省・総務省）',
  'NIST AI RMF 1.0 (AI 100-1)': 'NIST AI RMF 1.0（AI 100-1）',
  'Colorado SB 26-189': 'コロラド州 SB 26-189',
};

/** What selecting each pack means, in Japanese (the packs' `description`, for completion lists). */
export const JA_PACK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  core: '記録の完全性、アノテーション、宣言されていない AI 利用及びインシデント。常に有効です。',
  'jp-ai-promotion-act': '日本: 国の施策への協力（第7条）。登録、報告及び評価の義務はなく、情報としてのみ報告します。',
  'jp-ai-guidelines': '日本: 任意の AI事業者ガイドライン（第1.2版）を、AI開発者、AI提供者、AI利用者の役割ごとに確認します。',
  'eu-ai-act': 'EU: 禁止される AI 行為、高リスクの義務、透明性（第50条）、汎用目的 AI を、それぞれの適用開始日とともに確認します。',
  'nist-ai-rmf': '米国: 任意の NIST AI リスクマネジメントフレームワーク（GOVERN、MAP、MEASURE、MANAGE）。',
  'iso-42001': '認証を受けられる AI マネジメントシステム規格: リスクアセスメント、影響評価、附属書A の管理策。',
  'kr-ai-basic-act': '韓国: 高影響 AI と生成 AI の義務。2026年1月22日施行。',
  'us-co-adm': 'コロラド州: 重大な決定における自動化された意思決定（SB 26-189）。',
  'cn-labeling': '中国: AI が生成したコンテンツへの明示的な標識とメタデータの標識。',
};

export const JA_OBLIGATION_TITLES: Readonly<Record<string, string>> = {
  AIGOV500: '国等の施策への協力: 責任者と連絡先',
  AIGOV501: '国による情報収集への備え',
  AIGOV510: '人間中心: 利用目的と予見可能な誤用',
  AIGOV511: '安全性: 日付と見直し期限のあるリスク評価',
  AIGOV512: '公平性: バイアスの確認と人間の判断',
  AIGOV513: 'プライバシー保護: 個人データの扱いの明示',
  AIGOV514: 'セキュリティ確保: セキュリティレビュー',
  AIGOV515: '透明性: モデルカードとログ',
  AIGOV516: 'アカウンタビリティ: 責任者と連絡先',
  AIGOV517: '教育・リテラシー: 研修の記録',
  AIGOV518: 'AI エージェント: 人間による確認と行動ログ',
  AIGOV520: '禁止される AI 行為に当たらないこと',
  AIGOV521: '高リスクでないとの評価の文書化',
  AIGOV522: '高リスクでないシステムの登録',
  AIGOV523: 'リスク管理システム',
  AIGOV524: 'データガバナンスとバイアスの検証',
  AIGOV525: '技術文書',
  AIGOV526: 'イベントの記録（ログの6か月保存）',
  AIGOV527: '使用説明書',
  AIGOV528: '設計による人間の監督',
  AIGOV529: '能力のある監督者の指名（導入者）',
  AIGOV530: '正確性、堅牢性及びサイバーセキュリティ',
  AIGOV531: '文書の10年間の保存',
  AIGOV532: '適合性評価、EU 適合宣言及び CE マーキング',
  AIGOV533: 'EU データベースへの登録',
  AIGOV534: '基本的権利への影響評価',
  AIGOV535: '市販後モニタリング計画',
  AIGOV536: '重大インシデントの報告手順',
  AIGOV537: '導入者から提供者への通知手段',
  AIGOV538: 'AI と対話していることの通知',
  AIGOV539: '出力の機械可読な表示',
  AIGOV540: '導入者による開示（感情認識、生体分類、ディープフェイク）',
  AIGOV541: '汎用目的 AI の文書、著作権方針及び学習データの概要',
  AIGOV542: 'システミックリスクを有する汎用目的 AI の義務',
  AIGOV543: 'AI リテラシー',
  AIGOV544: 'プロファイリングを行うシステムは高リスク',
  AIGOV545: '上流モデルの情報（附属書XII）',
  AIGOV550: 'インシデントの特定',
  AIGOV551: '第三者モデルの記載とバージョンの固定',
  AIGOV552: '目的と法的文脈',
  AIGOV553: '知識の限界と人間による監督',
  AIGOV554: '上流モデルのライセンス',
  AIGOV555: '影響評価',
  AIGOV556: 'テスト、評価、検証及び妥当性確認',
  AIGOV557: '停止の仕組み',
  AIGOV558: '導入後のモニタリング計画',
  AIGOV559: 'インシデントの追跡と伝達',
  AIGOV560: 'AI リスクアセスメント',
  AIGOV561: 'AI システム影響評価',
  AIGOV562: 'ライフサイクルの文書化と検証・妥当性確認',
  AIGOV563: 'モニタリングとイベントログ',
  AIGOV564: 'データの品質と来歴',
  AIGOV565: '利用者への情報とインシデントの連絡経路',
  AIGOV566: '意図した利用',
  AIGOV567: '供給者',
  AIGOV570: '高影響 AI に当たるかの判断',
  AIGOV571: '事前の告知と出力の表示',
  AIGOV572: '高影響 AI の措置（記録の5年保存）',
  AIGOV573: '基本的権利への影響評価',
  AIGOV574: '計算量の閾値（10^26 FLOP）',
  AIGOV575: '国内代理人',
  AIGOV580: '導入者向けの開発者文書',
  AIGOV581: '消費者への通知',
  AIGOV582: '説明、訂正及び人間による再検討',
  AIGOV583: '記録の3年間の保存',
  AIGOV584: '重大な決定への利用の明示',
  AIGOV590: '明示的な表示',
  AIGOV591: 'メタデータによる表示',
  AIGOV592: '利用規約における表示規則',
  AIGOV593: '表示のない出力のログ',
};

/** The common guiding principles of the AI Guidelines for Business (Part 2), by their Japanese names. */
const JP_PRINCIPLES: Readonly<Record<string, string>> = {
  'human-centric': '人間中心',
  safety: '安全性',
  fairness: '公平性',
  privacy: 'プライバシー保護',
  security: 'セキュリティ確保',
  transparency: '透明性',
  accountability: 'アカウンタビリティ',
  'education and literacy': '教育・リテラシー',
};

// Patterns that hold characters beyond ASCII are written as strings (`\u2013` is the en dash of
// ranges): the bundler escapes those in strings but not in regular expression literals, and the CLI
// bundle must stay ASCII (see server/src/cli/launch.ts).
const ITEM = String.raw`\d+(?:\([^)]*\))*(?:\u2013\(\d+\))?`;
const ARTICLES = new RegExp(String.raw`\bArts? (${ITEM}(?:, ${ITEM})*)`, 'g');
const CLAUSES = /\bclauses? ([\d.\u2013]+)/g;
const CONTROLS = /\bcontrols? (A\.[\d.]+(?:(?:\u2013|, )A\.[\d.]+)*)/g;
const DECREE_IN_BRACKETS = new RegExp(' \\((施行令[^)]*)\\)');
const ARTICLE_THEN_ANNEX = new RegExp('(条[^,、]*), (附属書)');
const CLAUSE_THEN_CONTROLS = new RegExp('(箇条 [\\d.\u2013]+), (管理策|附属書)');

/** Citations that are a description rather than a number: their Japanese wording. */
const JA_CITATION_PHRASES: Readonly<Record<string, string>> = {
  'Part 2, common guiding principles': '第2部 共通の指針',
  'v1.2 AI-agent items (reported)': '第1.2版の AI エージェントに関する項目（報道による）',
  'developer documentation (section unverified)': '開発者による文書の提供（条項は未確認）',
  'deployer consumer notice (section unverified)': '導入者による消費者への通知（条項は未確認）',
  'adverse-outcome explanation and review (section unverified)': '不利な結果の説明と見直し（条項は未確認）',
  'record retention (section unverified)': '記録の保存（条項は未確認）',
  'scope: consequential decisions (section unverified)': '適用範囲: 重大な決定（条項は未確認）',
};

/**
 * "Art 9", "Art 12, 19, 26(6)", "Annex IV", "Part 2, principle 2 (safety)", "clause 6.1.4,
 * controls A.5.2–A.5.5": as a Japanese reader writes them. Framework identifiers (GOVERN 4.3) stay.
 */
export function jaArticle(article: string): string {
  const phrase = JA_CITATION_PHRASES[article];
  if (phrase !== undefined) return phrase;
  return article
    .replace(CLAUSES, '箇条 $1')
    .replace(CONTROLS, (_m, list: string) => `管理策 ${list.replace(/, /g, '、')}`)
    .replace(/\bAnnex A\b/g, '附属書A')
    .replace(/Enforcement Decree Art (\d+)/g, '施行令第$1条')
    .replace(ARTICLES, (_m, list: string) => list.split(', ').map((n) => n.replace(/^(\d+)/, '第$1条')).join('、'))
    .replace(/\bAnnex ([IVXL]+)\b/g, '附属書$1')
    .replace(/^Part 2, principle (\d+) \(([^)]+)\)$/, (m, n: string, name: string) => (JP_PRINCIPLES[name] ? `第2部 共通の指針 ${n}（${JP_PRINCIPLES[name]}）` : m))
    .replace(DECREE_IN_BRACKETS, '（$1）')
    .replace(ARTICLE_THEN_ANNEX, '$1、$2')
    .replace(CLAUSE_THEN_CONTROLS, '$1、$2');
}

/**
 * How to resolve a finding of each pack rule, in Japanese (the obligation's `howToFix`, for the
 * Japanese rule pages). The code spans are the English text's, so a test can tell a stale one.
 */
export const JA_HOW_TO_FIX: Readonly<Record<string, string>> = {
  AIGOV500: 'コンポーネントに `owner` と `contacts.incident` を設定するか、ファイル全体に対して `organization.owner` と `organization.contacts.incident` を設定してください。',
  AIGOV501: 'インシデント台帳を作成して `incident_response.register` としてリンクし、最新のモデルカードを `model.card` としてリンクしてください。',
  AIGOV510: 'システムの利用目的を `intended_purpose` に、予見する（そして防ぐ）誤用を `foreseeable_misuse` に書いてください。',
  AIGOV511: 'リスク評価に日付（`risk.assessment.date`）を付け、見直しの予定（`risk.assessment.next_review`）を決めてください。',
  AIGOV512: '開発者: バイアスレビューを `data.bias_review` としてリンクしてください。提供者と利用者: 出力を確認する人を `human_oversight.assignee` に、その方法を `human_oversight.measures` に書いてください。',
  AIGOV513: '`data: { personal_data: true }` 又は `false` を宣言してください。true の場合は、プライバシー窓口を `contacts.privacy` に指定します。',
  AIGOV514: '通常の攻撃に加えて AI 特有の攻撃（プロンプトインジェクション、データポイズニング、モデルの窃取）についてもシステムをレビューし、そのレビューを `security.review` としてリンクしてください。',
  AIGOV515: 'モデルカードを `model.card` としてリンクし、ログを有効にして `logging: { enabled: true }` と記録してください。',
  AIGOV516: 'コンポーネントに、又は組織の既定値として、`owner` と `contacts.incident` を設定してください。',
  AIGOV517: 'システムを開発、運用又は利用する人の研修の記録を残し、`training.records` としてリンクしてください。',
  AIGOV518: 'エージェントが外部のシステムに対して行動する前の人間による確認の手順（とその権限）を `human_oversight.measures` に書き、行動ログのために `logging: { enabled: true }` を記録してください。',
  AIGOV520: 'EU ではその行為をやめてください。分類が誤っている場合は、正しい `risk.level` を記録し、その理由を `risk.basis` と `intended_purpose` に書いてください。`jurisdictions` から `eu` を外すのは、システムが実際に EU で上市、使用開始又は使用されない場合だけにしてください。',
  AIGOV521: 'システムが高リスクでない理由（第6条(3)のどの条件を満たすか）を文書にし、`risk.basis` でその理由を示してください。例: `basis: "Art 6(3)(a) narrow procedural task, see docs/risk/x.md"`。',
  AIGOV522: '上市又は使用開始の前にシステムを EU データベースに登録し、それを記録してください: `registrations: [{ registry: eu-ai-database, id: <id>, date: <date>, status: registered }]`。',
  AIGOV523: 'リスク評価を `risk.assessment` の下に `path`、`date` 及び `next_review` とともにリンクしてください（AIGOV101 のクイックフィックスが三つとも書き込みます）。',
  AIGOV524: 'データセットを `data.sources` に、その出所を `data.provenance` に記録し、バイアスの検証を `data.bias_review` としてリンクしてください。',
  AIGOV525: '附属書IV に沿って技術文書を作成し、`docs.technical` としてリンクしてください（クイックフィックスがテンプレートを作成します）。',
  AIGOV526: 'イベントの記録を有効にし、ログを少なくとも6か月保存してください: `logging: { enabled: true, retention_days: 183 }` 以上。',
  AIGOV527: '使用説明書（利用目的、正確性とその指標、限界、人間による監督、ログ）を作成し、`docs.instructions_for_use` としてリンクしてください。',
  AIGOV528: '監督の措置を `human_oversight.measures` に、人がシステムを止める方法を `human_oversight.stop_mechanism` に書いてください（例: "feature flag FRAUD_OFF"）。',
  AIGOV529: '能力のある監督者（監視されているアドレス）を `human_oversight.assignee` に指定してください。',
  AIGOV530: '評価を記録してください: `evaluations: [{ name: holdout-accuracy, metric: AUC, value: 0.91, date: 2026-05-01, path: docs/eval/x.md }]`。堅牢性とセキュリティのテストも含めます。',
  AIGOV531: '`records: { retention_years: 10 }`（以上）を設定し、品質管理システムが文書をその期間保存することを確かめてください。',
  AIGOV532: 'EU 適合宣言を `conformity.doc_path` としてリンクし、CE マーキングを付したら `conformity.ce_marking: true` を記録してください。',
  AIGOV533: '上市又は使用開始の前に登録し、それを記録してください: `registrations: [{ registry: eu-ai-database, id: EU-DB-0042, date: 2027-11-01, status: registered }]`。システムが附属書III の第2項（各国での登録）又は附属書I のシステムである場合は、そのことを `risk.basis` 又は `risk.annex_iii_area` に書いてください。',
  AIGOV534: '基本的権利への影響評価を実施して市場監視当局に通知し、それをリンクしてください: `impact_assessment: { path: docs/fria/x.md, date: 2027-10-01 }`。',
  AIGOV535: '市販後モニタリング計画（何を、どの頻度で測り、閾値は何か、誰が対応するか）を作成し、`monitoring.plan` としてリンクしてください。',
  AIGOV536: '手順（誰がインシデントを重大と判断し、誰がどの当局に報告するか、初回報告のひな形）を作成して `incident_response.procedure` としてリンクし、`contacts.incident` を設定してください。',
  AIGOV537: '提供者のインシデント窓口を `contacts.provider` に記録してください。',
  AIGOV538: '最初のやり取りの時点で通知を表示し、その文面を `transparency.user_notice` としてリンクしてください。システムが人と対話しない場合は、`interacts-with-people` を含まない `capabilities` を宣言してください。',
  AIGOV539: '出力に表示（メタデータ、電子透かしなど）を付け、`labeling: { machine_readable: true }` を記録してください。システムがコンテンツを生成しない場合、又は入力を実質的に変えない標準的な編集の補助だけの場合は、`generates-content` を含まない `capabilities` を宣言してください。',
  AIGOV540: '対象となる人に示す通知を `transparency.user_notice` として、生成又は操作されたコンテンツに付ける開示を `transparency.deepfake_disclosure` としてリンクしてください。',
  AIGOV541: '附属書XI/XII の文書を `gpai.technical_docs` として、著作権方針を `gpai.copyright_policy` として、公開する学習コンテンツの概要を `gpai.training_data_summary` としてリンクしてください。',
  AIGOV542: 'モデルの評価と敵対的テストを `evaluations` に記録し、AI オフィスへのインシデント手順を `gpai.incidents` として、サイバーセキュリティのレビューを `security.review` としてリンクしてください。',
  AIGOV543: 'システムを開発、運用又は監督する人のための AI リテラシーの措置を記録し、`training.records` としてリンクしてください。',
  AIGOV544: 'システムを `risk.level: high` に分類して高リスクの義務を果たすか、人のプロファイリングを行わないのであれば `capabilities` から `profiling` を外してください。',
  AIGOV545: '上流の提供者に附属書XII の情報を求め、各 `upstream_models` の項目に `annex_xii_docs` としてリンクしてください。',
  AIGOV550: 'インシデントをどう認識し、振り分け、エスカレーションするかを書き、`incident_response.procedure` としてリンクしてください。',
  AIGOV551: '第三者のモデルをそれぞれ記載してください: `upstream_models: [{ provider: openai, name: gpt-4o-mini, version: 2024-07-18, license: proprietary }]`。',
  AIGOV552: '目的を `intended_purpose` に、システムが使われる場所を `jurisdictions` に書いてください（例: `[jp, eu]`）。',
  AIGOV553: '既知の限界を記したモデルカードを `model.card` としてリンクし、監督者とその措置を `human_oversight` の下に書いてください。',
  AIGOV554: '各上流モデルのライセンスを記録してください（`license: apache-2.0`、`license: proprietary` など）。',
  AIGOV555: '個人、集団及び社会への影響を評価し、その評価を `impact_assessment.path`（`date` とともに）としてリンクしてください。',
  AIGOV556: '評価を記録してください: `evaluations: [{ name: red-team-2026-q3, path: docs/eval/red-team.md, date: 2026-09-30 }]`。',
  AIGOV557: 'システムを停止又は迂回する方法を記録してください: `human_oversight: { stop_mechanism: feature flag CHAT_OFF }`。',
  AIGOV558: 'モニタリング計画を作成し、`monitoring.plan` としてリンクしてください。',
  AIGOV559: 'インシデント台帳を作成して `incident_response.register` としてリンクし、`contacts.incident` を設定してください。',
  AIGOV560: 'リスク評価を `risk.assessment` の下に `path` と `date` とともにリンクしてください。',
  AIGOV561: '影響評価を実施し、それをリンクしてください: `impact_assessment: { path: docs/impact/x.md, date: 2026-06-01 }`。',
  AIGOV562: '設計文書を `docs.technical` としてリンクし、検証と妥当性確認の結果を `evaluations` に記録してください。',
  AIGOV563: 'モニタリング計画を `monitoring.plan` としてリンクし、`logging: { enabled: true, retention_days: … }` を記録してください。',
  AIGOV564: 'データセットを `data.sources` に列挙し、その出所を `data.provenance` に書いてください。',
  AIGOV565: '利用者に提供する情報を `docs.instructions_for_use` としてリンクし、`contacts.incident` を設定してください。',
  AIGOV566: '意図した利用を `intended_purpose` に書いてください。',
  AIGOV567: '各供給者のモデルを `upstream_models` の下に `provider`、`name`、`version` 及び `license` とともに列挙してください。',
  AIGOV570: '判断を記録してください: `risk: { kr_high_impact: false, basis: "not an Art 2(4) area: product search" }`。',
  AIGOV571: '事前の告知を `transparency.user_notice` としてリンクし、生成された出力に表示を付けて `labeling: { visible: true }` と `machine_readable: true` の一方又は両方を記録してください。',
  AIGOV572: 'リスク管理計画を `risk.assessment` の下にリンクし、監督者を `human_oversight.assignee` に指定し、`records: { retention_years: 5 }` 以上を設定してください。',
  AIGOV573: '提供の前に基本的権利への影響を評価し、`impact_assessment.path` としてリンクしてください。',
  AIGOV574: '学習の計算量を `gpai.compute_flops` に記録してください。10^26 FLOP を超える場合は、第32条の安全性確保義務を確認してその対応を記録し、その理由を付けてこの指摘を抑制してください。',
  AIGOV575: '事業者が韓国に住所又は営業所を持たず、基準のいずれかを満たす場合は、代理人を `contacts.legal_rep` に記録してください。そうでない場合は理由（例えば "office in Seoul"）を付けて指摘を抑制してください。',
  AIGOV580: '学習データの種類を `data.sources` に記録し、想定される用途、既知の限界及び指示を記したモデルカードを `model.card` としてリンクしてください。',
  AIGOV581: '消費者への通知を `transparency.user_notice` としてリンクしてください。',
  AIGOV582: '消費者が30日以内に説明を受け、データを訂正し、人による再検討を受ける方法を書き、`human_oversight.review_path` に記録してください。',
  AIGOV583: '`records: { retention_years: 3 }` 以上を設定してください。',
  AIGOV584: 'システムが雇用、融資、住宅、保険、教育、医療などの決定を行う又は実質的に支える場合は `consequential_decision: true` を、そうでない場合は `false` を宣言してください。',
  AIGOV590: '生成されたコンテンツに明示的な表示を付け、`labeling: { visible: true }` を記録してください。サービスが深度合成に関する規定の第17条(1)に当たらない場合は、その理由を付けて指摘を抑制してください。',
  AIGOV591: '生成されたファイルにメタデータによる表示を書き込み、`labeling: { machine_readable: true }` を記録してください。',
  AIGOV592: '利用規約に表示の規則を書き、`docs.terms` としてリンクしてください。',
  AIGOV593: '表示のない出力の要求についてログを残してください: `logging: { enabled: true, retention_days: 183 }` 以上。',
};
