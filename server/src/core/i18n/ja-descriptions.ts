import { CATALOGS } from './format.js';
import { EU_GPAI_FROM, EU_GPAI_LEGACY_BY, EU_HR_ANNEX_I_FROM, EU_HR_ANNEX_III_FROM } from '../rules/packs/eu.js';

/**
 * The long explanation of the pack rules in Japanese, for docs/rules/ja (the English one is the
 * rule's `description`). Written for a Japanese practitioner: Japanese law by its own words,
 * foreign law by the terms Japanese practitioners use (EU AI法, 提供者, 導入者, 上市). The same
 * facts as the English text, nothing added: a test requires the same field names, rule codes and
 * dates in both. Data only, read by the page generator.
 */

/** The Japanese form of the English description's closing note on the high-risk dates (eu.ts OMNIBUS_NOTE). */
export const JA_OMNIBUS_NOTE = `高リスクに関する義務は、${EU_HR_ANNEX_III_FROM} より前には拘束しません。デジタル・オムニバス（規則 (EU) 2026/1744。第113条(c)を改正）は、第III章第1節から第3節を、附属書III のシステムには ${EU_HR_ANNEX_III_FROM} から、附属書I のシステムには ${EU_HR_ANNEX_I_FROM} から適用します。このルールは、\`risk.basis\` が附属書I（又は第6条(1)）を挙げていれば附属書I の日付を、それ以外は附属書III の日付を使います。第111条(2)により、その日より前に上市されたシステム（\`placed_on_market\`）は、その日以後に設計の重大な変更があった時（\`significant_change\`）から、又は公的機関による使用を意図したシステム（\`for_public_authorities\`、又は \`public_sector: authority\` の導入者）は 2030-08-02 から対象になります。\`placed_on_market\` がなければ対象として扱います。適用開始日より前は、情報（info）レベルで報告します（「Applies from …」）。`;

/** The AI Promotion Act's closing note (the `jp.honestNote` message, in Japanese). */
const JP_NOTE = CATALOGS.ja['jp.honestNote'] as string;

export const JA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  AIGOV500: `人工知能関連技術の研究開発及び活用の推進に関する法律の第7条は、AI を開発し、提供し、又は事業に利用する者（活用事業者）は、自ら積極的に AI を活用するよう「努める」とともに、国（第4条）及び地方公共団体（第5条）が実施する施策に「協力しなければならない」と定めています。協力の部分は形式上は義務ですが、法律はこれに罰則を付けていません。協力するには応答する人が必要です。aigov は \`owner\` と \`contacts.incident\`（組織の既定値も数えます）を確認し、情報（info）レベルで報告します。${JP_NOTE}`,
  AIGOV501: `人工知能関連技術の研究開発及び活用の推進に関する法律の第16条により、国は情報を収集し、不正な目的又は不適切な方法による AI の利用で権利利益が侵害された事案を分析し、事業者に指導、助言及び情報提供を行います。解説では調査や事業者名の公表の可能性にも触れられていますが、条文に制裁やインシデント報告の義務はありません。照会にすぐ答えられるようにするには、インシデント台帳（\`incident_response.register\`）とモデルカード（\`model.card\`）が必要です。aigov はそれらがないことを情報（info）レベルで報告します。${JP_NOTE}`,

  AIGOV520: `EU AI法の第5条は、EU で上市し、使用を開始し、又は使用してはならない AI の行為を列挙しています。2025-02-02 から適用されており、制裁金は最も重くなっています（第99条: 最大 3,500万ユーロ又は全世界年間売上高の7%）。デジタル・オムニバスは第5条(1)(ba)及び(bb)（同意のない性的画像、児童性的虐待コンテンツ）を追加し、これらは 2026-12-02 から適用されます。\`risk.basis\` がこれらを挙げていれば、このルールはその日付を使います。\`risk.level\` が \`prohibited\` で EU の対象となるコンポーネントはエラーとして報告します。`,
  AIGOV521: `附属書III の分野のシステムを高リスクではないと考える提供者（第6条(3)の例外）は、上市の前にその評価を文書化しなければならず（第6条(4)）、登録の義務は残ります（第49条(2)。AIGOV522、同じ日から）。このルールは、\`risk.level\` が \`limited\` 又は \`minimal\` でありながら \`risk.annex_iii_area\`（又は「Annex III」を挙げる \`risk.basis\`）が設定されている、EU の対象の提供者のコンポーネントに適用され、\`risk.basis\` を求めます。システムが附属書III の外にあると述べる根拠（「excepted from Annex III 5(b)」「not in Annex III」など）があれば対象外です。第6条は第III章第1節にあり、デジタル・オムニバス（規則 (EU) 2026/1744）はこれを附属書III のシステムに ${EU_HR_ANNEX_III_FROM} から適用します。`,
  AIGOV522: `第6条(3)の例外に依拠する提供者も、附属書III の分野のシステムを上市する前に EU データベースに登録しなければなりません（第49条(2)。第6条(4)が参照）。この登録は AIGOV521 と同じ第6条(3)/(4)の評価に続くもので、その評価は第III章第1節にあります。どちらもデジタル・オムニバス（規則 (EU) 2026/1744）の附属書III の日付である ${EU_HR_ANNEX_III_FROM} から適用されます。このルールは、\`registrations\` のうち \`registry\` が \`eu-ai-database\` で、\`id\` があるか状況が \`registered\` のエントリを探します。システムが附属書III の外にあると述べる \`risk.basis\`（例えば「excepted from Annex III 5(b): fraud detection」）があれば対象外です。`,
  AIGOV523: `高リスクシステムの提供者は、ライフサイクル全体にわたって、テストを含むリスク管理システムを運用します（EU AI法第9条）。aigov は評価（\`risk.assessment.path\`。ない場合は AIGOV101 が報告します）、その \`date\`、及び評価を繰り返し見直すための \`next_review\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV524: `高リスクシステムの学習、検証及びテストのデータは、データガバナンスの対象です。その出所、準備、及び起こりうるバイアスの検証が求められます（EU AI法第10条(2)–(3)）。aigov は \`data.sources\`、\`data.provenance\` 及び \`data.bias_review\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV525: `提供者は、高リスクシステムを上市する前に、附属書IV の内容を備えた技術文書を作成し、最新に保ちます（EU AI法第11条）。\`docs.technical\` がその文書を指します。${JA_OMNIBUS_NOTE}`,
  AIGOV526: `高リスクシステムはイベントを自動的に記録します（EU AI法第12条）。提供者（第19条）及び導入者（第26条(6)）は、自らの管理下にあるログを少なくとも6か月間保存します。aigov は \`logging.enabled: true\` と、183 以上の \`logging.retention_days\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV527: `高リスクシステムには、導入者向けの使用説明書が付き、そこには正確性の水準とその測定に使う指標も含まれます（EU AI法第13条(3)）。\`docs.instructions_for_use\` がその説明書を指します。${JA_OMNIBUS_NOTE}`,
  AIGOV528: `提供者は、高リスクシステムを、自然人が効果的に監督できるように設計し、システムを中断し又は停止する手段を備えます（EU AI法第14条）。aigov は \`human_oversight.measures\` と \`human_oversight.stop_mechanism\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV529: `導入者は、高リスクシステムの人による監督を、必要な能力、研修及び権限を持つ自然人に割り当てます（EU AI法第26条(2)）。\`human_oversight.assignee\` がその人を示します。${JA_OMNIBUS_NOTE}`,
  AIGOV530: `高リスクシステムは、適切な水準の正確性、堅牢性及びサイバーセキュリティを達成し、正確性の指標を明示します（EU AI法第15条）。aigov は \`evaluations\` に少なくとも1件のエントリを求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV531: `高リスクシステムの提供者は、品質管理システムを運用し（EU AI法第17条）、技術文書、品質管理システムの文書及び適合宣言を、システムの上市後10年間保存します（第18条）。aigov は 10 以上の \`records.retention_years\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV532: `高リスクシステムを上市する前に、提供者は適合性評価を受け（EU AI法第43条）、EU 適合宣言を作成し（第47条）、CE マーキングを付します（第48条）。\`conformity.doc_path\` が宣言書を指します。これらの条文は第III章第1節から第3節の外にありますが、高リスクに分類されたシステムに付随するため、高リスクの義務と同じ日から拘束します。${JA_OMNIBUS_NOTE}`,
  AIGOV533: `附属書III に掲げる高リスクシステムを上市し、又は使用を開始する前に、提供者は附属書VIII のデータとともにそれを EU データベースに登録します（EU AI法第49条(1)。データベースは第71条）。公的機関である導入者は、使用を始める前にその使用を登録します（第49条(3)）。どちらも附属書III のシステムが対象ですが、第2号（重要インフラ）は国レベルで登録します（第49条(5)）。附属書I のシステム（第6条(1)）は EU データベースに登録しません。このルールは、高リスクの提供者のコンポーネント、及び \`public_sector: authority\` の導入者のコンポーネントのうち、経路が附属書III（\`risk.basis\` が附属書を挙げていなければ附属書III とみなします）で、附属書III の号が 2 でないものに適用されます。\`registrations\` のうち \`registry: eu-ai-database\` で、\`id\` があるか状況が \`registered\` のエントリを探します。${JA_OMNIBUS_NOTE}`,
  AIGOV534: `第6条(2)（附属書III）に当たる高リスクシステムを初めて使用する前に、附属書III 第2号（重要インフラ）を除き、公法に基づく団体又は公共サービスを提供する民間の事業体である導入者、及び附属書III 5(b)（信用力の評価。不正検知を除く）又は 5(c)（生命保険・健康保険の価格設定）のシステムのすべての導入者は、基本的権利への影響を評価し、その結果を市場監視当局に通知します（EU AI法第27条(1)）。附属書I のシステムは対象外です。このルールは、そのようなシステムの導入者のコンポーネントのうち、\`public_sector\` を設定しているもの、又は附属書III の号（\`risk.annex_iii_area\` 又は \`risk.basis\`）が 5(b) 若しくは 5(c) のものに適用され、\`impact_assessment.path\` と \`.date\` を求めます。${JA_OMNIBUS_NOTE}`,
  AIGOV535: `高リスクシステムの提供者は、計画に基づく市販後モニタリングの仕組みを設けます。その計画は技術文書の一部です（EU AI法第72条）。\`monitoring.plan\` がその計画を指します。第72条は高リスクに分類されたシステムに付随するため、高リスクの義務と同じ日から拘束します。${JA_OMNIBUS_NOTE}`,
  AIGOV536: `提供者は、重大インシデントとシステムとの因果関係（又はその合理的な可能性）を確認したら直ちに、遅くとも認識から15日以内（死亡の場合は10日、広範な侵害又は重要インフラの混乱の場合は2日）に、市場監視当局に報告します。不完全な初回報告も認められます（EU AI法第73条(2)–(5)）。2日の期限を守るには、文書化された手順と連絡の取れる窓口が必要です。aigov は \`incident_response.procedure\` を求めます。窓口は AIGOV102 が、記録されたインシデントの期限は AIGOV401 が確認します。第73条は高リスクに分類されたシステムに付随するため、高リスクの義務と同じ日から拘束します。${JA_OMNIBUS_NOTE}`,
  AIGOV537: `重大インシデントを特定した導入者は、まず提供者に直ちに知らせ、その後、輸入者又は販売者及び関係する市場監視当局に知らせます（EU AI法第26条(5)）。\`contacts.provider\` が最初の報告先を記録します。自らが提供者であるコンポーネントは対象外です。${JA_OMNIBUS_NOTE}`,
  AIGOV538: `提供者は、自然人と直接やり取りするシステムを、その人が AI システムとやり取りしていることを遅くとも最初のやり取りの時点で知らされるように設計します（EU AI法第50条(1)、(5)）。このルールは、\`interacts-with-people\` の機能を持つ提供者のコンポーネント（\`capabilities\` が宣言されていなければ、種類 \`llm-app\` と \`agent\` はこれを持つとみなします）に適用され、\`transparency.user_notice\` を求めます。第50条は 2026年8月2日から適用されます。`,
  AIGOV539: `合成の音声、画像、動画又はテキストを生成するシステムの提供者は、その出力を機械可読な形式で、人工的に生成されたものと検出できるように表示します（EU AI法第50条(2)）。システムが標準的な編集の補助機能を果たすだけの場合、入力データやその意味を実質的に変えない場合、又は犯罪の検知、防止、捜査若しくは訴追のために法律で認められている場合には、この義務は適用されません。そのようなシステムは、\`generates-content\` を含まない \`capabilities\` を宣言します。このルールは、\`generates-content\` の機能を持つ提供者のコンポーネント（種類 \`llm-app\` と \`agent\` はこれを持つとみなします）に適用され、\`labeling.machine_readable: true\` を求めます。第50条は 2026-08-02 から適用されます。その日より前に上市された生成システム（\`placed_on_market\`）は 2026-12-02 までの猶予があります（第111条(4)、デジタル・オムニバス）。`,
  AIGOV540: `感情認識又は生体分類のシステムの導入者は、それにさらされる人に知らせます。ディープフェイクを生成するシステム、又は公共の利益に関する事項を公衆に知らせるために公表されるテキストを生成するシステムの導入者は、そのコンテンツが人工的に生成又は操作されたものであることを開示します（EU AI法第50条(3)–(4)）。このルールは、これらの \`capabilities\` のいずれかを宣言する導入者のコンポーネントに適用され、\`transparency.user_notice\` 又は \`transparency.deepfake_disclosure\` を求めます。第50条は 2026年8月2日から適用されます。`,
  AIGOV541: `汎用目的 AI モデルの提供者は、技術文書（附属書XI）と川下の提供者向けの情報（附属書XII）を備え、著作権に関する方針を定め、学習に使ったコンテンツの概要を公表します（EU AI法第53条(1)）。パラメータを公開し、無償のオープンソースライセンスで公開されたモデル（\`gpai.open_source: true\`）は、システミックリスクがない限り、附属書XI/XII の文書の義務を免除されます（第53条(2)）。著作権に関する方針と概要の義務は残ります。\`gpai\` ブロックを持つコンポーネントを汎用目的 AI モデルとして扱います。${EU_GPAI_FROM} から適用されています。その日より前に上市されたモデル（\`placed_on_market\`）は ${EU_GPAI_LEGACY_BY} までに遵守します（第111条(3)）。`,
  AIGOV542: `システミックリスクを有する汎用目的 AI モデル（学習の計算量が 10^25 FLOP を超えれば推定されます。第51条）の提供者は、敵対的テストを含むモデルの評価を行い、重大インシデントを遅滞なく AI オフィスに報告し、サイバーセキュリティを確保します（EU AI法第55条）。第53条(2)のオープンソースの免除は、これらのモデルには及びません。このルールは、\`gpai.systemic_risk\` が true の場合、又は \`gpai.compute_flops\` が 10^25 を超える場合に適用され、\`evaluations\`、\`gpai.incidents\` 及び \`security.review\` を求めます。${EU_GPAI_FROM} から適用されています。その日より前に上市されたモデル（\`placed_on_market\`）は ${EU_GPAI_LEGACY_BY} までに遵守します（第111条(3)）。`,
  AIGOV543: `EU AI法の第4条（2025年2月2日から）は、提供者及び導入者の職員の AI リテラシーに関するものです。デジタル・オムニバスはこれを、AI リテラシーの向上を「支援する」ことに緩めました（リポジトリの二つの資料による）。そのため、このルールは情報（info）レベルでだけ報告します。\`training.records\` が研修の記録を指します。`,
  AIGOV544: `自然人のプロファイリングを行う附属書III のシステムには、第6条(3)の例外は決して適用されず、そのようなシステムは常に高リスクです（EU AI法第6条(3)）。このルールは、附属書III の分野にあり、\`profiling\` の機能を宣言しながら、\`risk.level\` が \`high\` より低いコンポーネントを報告します。第6条は第III章第1節にあり、${EU_HR_ANNEX_III_FROM} から適用されます（デジタル・オムニバス、附属書III）。`,
  AIGOV545: `汎用目的 AI モデルの提供者は、川下の提供者に附属書XII の情報を提供し（EU AI法第53条(1)(b)）、高リスクシステムの構成要素の供給者は、提供者が遵守に必要とするものを提供します（第25条）。\`upstream_models\` の上に構築する高リスクの提供者は、その情報を保管しておくべきです: \`upstream_models[].annex_xii_docs\`。提供する義務は川上にあるため、このルールは情報（info）レベルで報告します。高リスクシステムに関するものなので、高リスクの日付を使います。${JA_OMNIBUS_NOTE}`,
};
