import type { Template } from '../template.js';
import type { MessageId } from './en.js';
import { JA_PACKS } from './ja-packs.js';

/**
 * A translation: every English message id (a missing one does not compile), with the same holes
 * (checked by i18n/catalog.test.ts), plus each rule's one-line summary as `AIGOVnnn.summary`
 * (English summaries live on the rules).
 */
type Translation = { readonly [K in MessageId]: Template } & { readonly [summary: `${string}.summary`]: string };

const UNCOVERED = "このファイルはどのコンポーネントにも属していないため、この AI 利用には責任者もリスクの記録もありません。.aigov.yaml にコンポーネントを登録するか、'@aigov <id>' でファイルを紐づけてください。";

/** The Japanese catalogue. */
export const JA: Translation = {
  ...JA_PACKS,
  'common.articleSeparator': '；',
  'common.listSeparator': '、',
  'common.quoted': "'{value}'",
  'common.days': { other: '{n}日' },
  'common.didYouMean': "'{suggestion}' の誤りではありませんか？",

  'jp.honestNote': 'AI推進法は事業者に対し、登録、報告、技術基準、リスク評価及びインシデント報告の義務を課しておらず、罰則もありません。',

  'AIGOV001.summary': 'レジストリファイルが YAML として正しくありません',
  'AIGOV001.syntax': 'YAML の構文エラー: {detail}。{until}',
  'AIGOV001.syntaxMore': {
    other: 'YAML の構文エラー: {detail}。パーサーはこの後にさらに {more} 件のエラーを報告していますが、多くはこのエラーが原因です。まずこのエラーを直してください。{until}',
  },
  'AIGOV001.untilHeld':
    'ファイルが解析できるまで、そのコンポーネントは検査されず、このファイルが管理するファイルの AI 利用も報告されません（AIGOV301–304）。どのコンポーネントがそれらを対象とするかが分からないためです。',
  'AIGOV001.untilLastGood': 'ファイルが解析できるまで、そのコンポーネントは検査されません。このファイルが管理するファイルには、最後にエラーなく解析できたときの対象範囲が引き続き使われます。',

  'AIGOV002.summary': 'レジストリの値がスキーマに合っていません',
  'AIGOV002.notAMapping': 'レジストリファイルは `version` と `components` を持つマッピングです。',
  'AIGOV002.unknownKey': "不明なキー '{key}' です。{didYouMean}独自のキーは 'x-' で始めてください。",
  'AIGOV002.notOneOf': '{path}{values} のいずれかを指定してください{actual}。{didYouMean}',
  'AIGOV002.got': "（指定された値: '{actual}'）",
  'AIGOV002.missingKey': "{path}必須のキー '{key}' がありません。",
  'AIGOV002.notADate': '{path}日付は YYYY-MM-DD の形式で書いてください。',
  'AIGOV002.quotedNumber': "{path}数値を指定してください。'{actual}' は引用符で囲まれた文字列です。引用符を付けずに {value} と書いてください。",
  'AIGOV002.quotedBoolean': "{path}true または false を指定してください。'{actual}' は引用符で囲まれた文字列です。引用符を付けずに {value} と書いてください。",
  'AIGOV002.invalid': '{path}{detail}',

  'AIGOV003.summary': '同じ ID のコンポーネントが複数あります',
  'AIGOV003.duplicate': "コンポーネント ID '{id}' は既に {file}:{line} で使われています。ID はワークスペース内で一意にしてください。",
  'AIGOV003.firstDefinition': "'{id}' の最初の定義",

  'AIGOV004.summary': 'レジストリのバージョンがないか、未知のバージョンです',
  'AIGOV004.missing': "レジストリファイルの先頭に 'version: 1' がありません。",
  'AIGOV004.unknown': "未知のレジストリバージョン '{version}' です。aigov が扱えるのは version 1 です。",

  'AIGOV005.summary': '選択されたフレームワークパックが存在しません',
  'AIGOV005.unknown': "不明なフレームワークパック '{name}' です。{didYouMean}既知のパック: {packs}。",

  'AIGOV006.summary': '重大度の上書きが存在しないコードを指しています',
  'AIGOV006.unknown': "'{code}' というコードの指摘はないため、この上書きは効果がありません。{didYouMean}",
  'AIGOV006.noFamily': "'{prefix}' で始まるコードの指摘はないため、この上書きは効果がありません。",

  'AIGOV007.summary': 'レジストリのパスがファイルではなくフォルダーです',
  'AIGOV007.folder': "'{path}' はフォルダーのため、レジストリとして読み込まれません。内容を同名のファイルに移してください。",
  'AIGOV008.summary': 'レジストリのファイルを読み込めません',
  'AIGOV008.not-utf8': "'{path}' はUTF-8（または BOM 付き UTF-16）として正しくないため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV008.too-large': "'{path}' は{mib} MiB を超えるため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV008.binary': "'{path}' はNUL バイトを含む（バイナリの）ため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV008.unreadable': "'{path}' は読み込めない（権限またはファイルシステムのエラー）ため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV008.symlink-loop': "'{path}' はループしたシンボリックリンクのため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV008.outside-workspace': "'{path}' はワークスペースの外を指すシンボリックリンクのため、レジストリとして読み込まれず、何も宣言しません。ワークスペース内に {mib} MiB 未満の UTF-8 テキストとして保存してください。",
  'AIGOV009.summary': 'ファイルを解析できませんでした',
  'AIGOV009.nameNotUtf8': "'{path}' の名前は UTF-8 として正しくないため、その名前では開けず、解析されません。ここでの AI 利用は見落とされます。名前を変更してください（UTF-8 でないバイトは \\xNN と表示されます）。",
  'AIGOV009.unreadable': "'{path}' を読み込む、または解析することができなかったため、ここでの AI 利用は見落とされます。ほかのファイルは検査されています。読み込めるか（そのファイルやフォルダーのアクセス権、ディスク）を確認してください。解析の失敗はログに記録されています。",
  'AIGOV009.ruleFailed': "ルール {rule}（{slug}）が '{path}' で失敗したため、このファイルに対するその指摘が欠けています。ほかのルールとファイルは検査されています。理由はログを参照してください。",

  'AIGOV101.summary': 'コンポーネントにリスク評価がありません',
  'AIGOV101.missing': "コンポーネント '{id}' にリスク評価（risk.assessment.path）がありません。何が起こり得て、どう対処するかが記録されていません。",

  'AIGOV102.summary': 'インシデントの連絡先が指定されていません',
  'AIGOV102.missing': "コンポーネント '{id}' にインシデント連絡先（contacts.incident）がなく、組織の既定値もありません。インシデント時にすぐ連絡が取れる相手が必要です。",

  'AIGOV103.summary': '参照されている文書が存在しません',
  'AIGOV103.folder': "コンポーネント '{id}' の {field} が指す '{value}' はフォルダーであり、文書ではありません。ファイルそのものを指定してください。",
  'AIGOV103.notFound': "コンポーネント '{id}' の {field} が指す文書 '{value}' が存在しません（{target} を探しました）。",

  'AIGOV104.summary': 'リスク評価または影響評価の見直し期限が過ぎています',
  'AIGOV104.riskAssessment': 'リスク評価（risk.assessment）',
  'AIGOV104.impactAssessment': '影響評価（impact_assessment）',
  'AIGOV104.nextReviewPassed': "コンポーネント '{id}' の{assessment}は {date} に見直し期限を迎えています。",
  'AIGOV104.intervalPassed': "コンポーネント '{id}' の{assessment}は {date} のもので、ポリシーの見直し間隔 {days} 日を過ぎています（期限 {due}）。",

  'AIGOV105.summary': 'コンポーネントに責任者（owner）がいません',
  'AIGOV105.missing': "コンポーネント '{id}' に owner がありません。説明責任を負う担当者を指定してください。",

  'AIGOV106.summary': 'コンポーネントのリスクレベルが未評価です',
  'AIGOV106.unassessed': "コンポーネント '{id}' のリスクレベルが未評価です。適用される義務を決めるため、prohibited・high・limited・minimal のいずれかに分類してください。",
  'AIGOV106.missing': "コンポーネント '{id}' にリスクレベルがありません。適用される義務を決めるため、prohibited・high・limited・minimal のいずれかに分類してください。",

  'AIGOV107.summary': '連絡先が到達可能なアドレスではありません',
  'AIGOV107.organization': "{field} の値 '{value}' は{problem}。",
  'AIGOV107.component': "コンポーネント '{id}' の {field} の値 '{value}' は{problem}。",
  'AIGOV107.placeholder': '仮の値のようです',
  'AIGOV107.notAnAddress': 'メールアドレスでも、http(s)、mailto: または tel: の URL でもありません',

  'AIGOV108.summary': 'コンポーネントの利用目的が記載されていません',
  'AIGOV108.missing': "コンポーネント '{id}' に利用目的（intended_purpose）がありません。リスクは利用目的に照らして判断されます。",

  'AIGOV109.summary': 'パスがワークスペースの外を指しています',
  'AIGOV109.path': "コンポーネント '{id}' の {field}（'{value}'）は{how}ため、読み込みませんでした。証跡はリポジトリ内に置いてください。",
  'AIGOV109.absolute': '絶対パスである',
  'AIGOV109.climbsOut': "'..' でワークスペースの外に出る",
  'AIGOV109.symlink': 'ワークスペースの外を指すシンボリックリンクである',
  'AIGOV109.glob': "コンポーネント '{id}' の paths のグロブ '{glob}' はこのレジストリのフォルダーの外に出ています。グロブはこのフォルダーからの相対パスで、外には出られません。",

  'AIGOV110.summary': 'リンクされた文書がまだ未記入のテンプレートのままです',
  'AIGOV110.sections': {
    other: "'{id}' の {field} がリンクする {target} は未記入のテンプレートのままです（{total} 節のうち {n} 節が TODO のまま{which}）。記入してから、先頭行（aigov:draft）を削除してください。",
  },
  'AIGOV110.noSections': "'{id}' の {field} がリンクする {target} は未記入のテンプレートのままです（TODO が残っています）。記入してから、先頭行（aigov:draft）を削除してください。",
  'AIGOV110.which': '：{sections}',
  'AIGOV110.whichMore': '：{sections} ほか {more} 節',

  'AIGOV201.summary': '注釈が未登録のコンポーネントを指しています',
  'AIGOV201.unknownDidYouMean': "コンポーネント '{id}' はどのレジストリにも登録されていません。'{suggestion}' の誤りではありませんか？",
  'AIGOV201.unknown': "コンポーネント '{id}' はどのレジストリにも登録されていません。.aigov.yaml に登録するか、ID を修正してください。",

  'AIGOV202.summary': '@aigov 注釈を読み取れません',
  'AIGOV202.unknownTag': "不明なタグ '{name}' です。タグは @aigov、@aigov-ignore、@aigov-ignore-file です。{didYouMean}",
  'AIGOV202.colon': "'@aigov <id>' はコロンを付けずに書いてください。",
  'AIGOV202.noId': "'@aigov' にはコンポーネント ID が必要です（例: '@aigov fraud-scorer'）。",
  'AIGOV202.notKebab': "'{id}' はコンポーネント ID として正しくありません。ID はケバブケース（英小文字、数字、単独のハイフン）です。{didYouMean}",
  'AIGOV202.unexpected': "コンポーネント ID の後の '{token}' は不明です。オプションは scope=file と scope=block です。説明は ' -- ' の後に書いてください。",
  'AIGOV202.unknownOption': "不明なオプション '{option}' です。使えるオプションは scope=file|block だけです。{didYouMean}",
  'AIGOV202.unknownScope': "不明なスコープ '{scope}' です。scope=file または scope=block を使ってください。{didYouMean}",
  'AIGOV202.codeCase': "コードは '{code}' と書いてください。",
  'AIGOV202.reasonSeparator': "理由は ' -- ' で区切ってください: '{tag} {codes} -- <理由>'。",
  'AIGOV202.notACode': "'{token}' は指摘のコードではありません。コードは AIGOV301 のような形です。",
  'AIGOV202.noCode': "'{tag}' には少なくとも一つのコードが必要です: '{tag} AIGOVnnn -- <理由>'。",

  'AIGOV203.summary': 'このコンポーネントに属するファイルがありません',
  'AIGOV203.pathsMatchNothing': "'{id}' の paths に一致するファイルがなく、これを指す注釈もありません。",
  'AIGOV203.noPaths': "コンポーネント '{id}' に紐づくコードがありません。paths を指定するか、ファイルに @aigov {id} を書いてください。",

  'AIGOV204.summary': '抑制に理由が書かれていません',
  'AIGOV204.noReason': "この {codes} の抑制には理由がないため適用されません。' -- ' の後に理由を書いてください。",
  'AIGOV204.aFinding': '指摘',

  'AIGOV301.summary': 'どのコンポーネントにも属さないコードが AI ライブラリを使っています',
  'AIGOV301.modelId': `モデル ID '{library}'（{provider}）がここに現れますが、${UNCOVERED}`,
  'AIGOV301.import': `未宣言の AI 利用: '{library}'{via}がインポートされていますが、${UNCOVERED}`,
  'AIGOV301.viaNone': ' ',
  'AIGOV301.viaFamily': '（{family}）',
  'AIGOV301.viaFamilyProvider': '（{family}、プロバイダー {provider}）',
  'AIGOV301.viaProvider': '（プロバイダー {provider}）',

  'AIGOV302.summary': 'どのコンポーネントにも属さないモデルファイルがあります',
  'AIGOV302.uncovered':
    "モデルファイル '{name}'（{library}）はどのコンポーネントにも属していないため、その出所、ライセンス及びリスクが記録されていません。登録するか、本来属するコンポーネントの paths に追加してください。",

  'AIGOV303.summary': 'コンポーネントが、自身に属する AI 利用のプロバイダーを記載していません',
  'AIGOV303.notNamed': {
    other:
      "'{library}' はプロバイダー '{provider}' を使っていますが、コンポーネント {components} は kind、model.provider、upstream_models のいずれにもこれを記載していません。上流のプロバイダーを記録してください。",
  },

  'AIGOV304.summary': 'どのコンポーネントにも属さないマニフェストに AI 依存関係があります',
  'AIGOV304.uncovered':
    "AI 依存関係 '{library}'（{family}）がここで宣言されていますが、{manifest} はどのコンポーネントにも属していないため、どの AI システムのための依存関係かが記録されていません。そのコンポーネントの paths にこのマニフェストを追加するか、コンポーネントを登録してください。",

  'AIGOV401.summary': 'インシデントを期限までに当局へ報告する必要があります',
  'AIGOV401.head': "'{id}' のインシデント {incident}（{severity}。{detected} に認識）",
  'AIGOV401.severity': '{name}、{days}日',
  'AIGOV401.severityAssumed': '重大度未設定、{days}日と仮定',
  'AIGOV401.serious': '重大',
  'AIGOV401.death': '死亡',
  'AIGOV401.widespread': '広範な侵害',
  'AIGOV401.criticalInfrastructure': '重要インフラの混乱',
  'AIGOV401.due': '{head}を直ちに市場監視当局に報告してください。遅くとも {deadline} まで（残り{left}）です。{extension}',
  'AIGOV401.dueToday': '{head}を直ちに市場監視当局に報告してください。遅くとも本日 {deadline} までです。{extension}',
  'AIGOV401.overdue': '{head}の報告期限は {deadline} で、{ago}過ぎていますが、報告済みになっていません。直ちに報告してください（不完全な初回報告も認められます）。{extension}',
  'AIGOV401.late': '{head}の報告は {reported} に行われ、期限の {deadline} より{lateBy}遅れました。遅れた理由を記録してください。{extension}',
  'AIGOV401.practiceDue': 'グッドプラクティス: {head}を {deadline} まで（残り{left}）に報告してください。{extension}{why}',
  'AIGOV401.practiceDueToday': 'グッドプラクティス: {head}を 本日 {deadline} までに報告してください。{extension}{why}',
  'AIGOV401.practiceOverdue': 'グッドプラクティス: {head}は {deadline} までに報告されておらず、{ago}過ぎています。{extension}{why}',
  'AIGOV401.practiceLate': 'グッドプラクティス: {head}は {reported} に報告され、{deadline} より{lateBy}遅れました。{extension}{why}',
  'AIGOV401.extension': '{days}日の期間は {periodEnd}（{weekday}）に終わりますが、土曜日又は日曜日に終わる期間は翌就業日の終わりまで延長されます（規則 1182/71 第3条(4)）。',
  'AIGOV401.saturday': '土曜日',
  'AIGOV401.sunday': '日曜日',
  'AIGOV401.notBindingBefore': '第73条がこの高リスクシステムを拘束するのは、提供者が {from} 以降に認識したインシデントからです（デジタル・オムニバス）。それまでは aigov はその期限をグッドプラクティスとして適用しています。',
  'AIGOV401.notBindingLegacy': 'このシステムは高リスクの適用日より前に上市され、その後設計が大幅に変更されていないため、第111条(2)により第73条は適用されません。aigov はその期限をグッドプラクティスとして適用しています。',
  'AIGOV401.notBindingScope': '第73条が拘束するのは EU の高リスクシステムの提供者だけです。aigov はここでは、その期限をグッドプラクティスとして適用しています。',

  'AIGOV402.summary': '未解決のインシデントに連絡先がありません',
  'AIGOV402.noContact':
    "'{id}' のインシデント {incident} は {status} ですが、受け取る人が指定されていません。コンポーネントの contacts.incident か organization.contacts.incident を設定してください。",

  'AIGOV502.summary': 'AI推進法が選択されていますが、AI事業者ガイドラインが選択されていません',
  'AIGOV502.addGuidelines':
    "aigov が AI推進法（人工知能関連技術の研究開発及び活用の推進に関する法律、令和7年法律第53号）について確認するのは、協力（第7条）と照会への備え（第16条）だけです。{note}第13条に基づき国は指針を定めます。AI事業者ガイドラインの実務的な確認を行うには 'jp-ai-guidelines' を追加してください。",

  'AIGOV601.summary': 'コンポーネントに、組織のポリシーが求めるフィールドがありません',
  'AIGOV601.missing': "{policy}: '{id}' に {field} がありません。{citation}",
  'AIGOV601.citation': '［{framework} {article}］',
  'AIGOV601.requiredBy': 'このポリシーによる要件',

  'AIGOV602.summary': 'ポリシーの要件が、コンポーネントにないフィールドを指定しています',
  'AIGOV602.field': "ポリシーのフィールド '{field}': {problem}",
  'AIGOV602.condition': "ポリシーの条件 '{key}': {problem}",
  'AIGOV602.noSubfields': "'{parent}' には下位のフィールドがないため、'{path}' が存在することはありません。",
  'AIGOV602.notAField': "'{segment}' は{under}コンポーネントのフィールドではありません。{didYouMean}",
  'AIGOV602.under': " '{parent}' の下の",
};
