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

const ITEM = String.raw`\d+(?:\([^)]*\))*(?:–\(\d+\))?`;
const ARTICLES = new RegExp(String.raw`\bArts? (${ITEM}(?:, ${ITEM})*)`, 'g');

/** "Art 9", "Art 12, 19, 26(6)", "Annex IV", "Part 2, principle 2 (safety)": as a Japanese reader writes them. */
export function jaArticle(article: string): string {
  return article
    .replace(/Enforcement Decree Art (\d+)/g, '施行令第$1条')
    .replace(ARTICLES, (_m, list: string) => list.split(', ').map((n) => n.replace(/^(\d+)/, '第$1条')).join('、'))
    .replace(/\bAnnex ([IVXL]+)\b/g, '附属書$1')
    .replace(/^Part 2, principle (\d+) \(([^)]+)\)$/, (m, n: string, name: string) => (JP_PRINCIPLES[name] ? `第2部 共通の指針 ${n}（${JP_PRINCIPLES[name]}）` : m))
    .replace(/ \((施行令[^)]*)\)/, '（$1）')
    .replace(/(条[^,、]*), (附属書)/, '$1、$2');
}
