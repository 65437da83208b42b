import type { TemplateText } from './template-text.js';

/**
 * The same words in Japanese: the shape is the English one (the compiler checks), and
 * templates.test.ts checks that every document has the same sections in both. `todo` keeps the
 * word TODO, which AIGOV110 looks for in any language.
 */
export const TEMPLATE_TEXT_JA: TemplateText = {
  marker: '<!-- aigov:draft（{date} にひな形から作成）。TODO と書かれたすべての節を記入してから、この行を削除してください。 -->',
  todo: 'TODO',
  header: {
    component: 'コンポーネント',
    owner: '責任者',
    date: '作成日',
    riskLevel: 'リスクレベル',
    basis: '分類の根拠',
    roles: '役割',
    jurisdictions: '法域',
    frameworks: 'フレームワーク',
    why: '作成の理由',
    whyFrom: '{reason}（{date} から適用）',
    context: '背景',
    jpAct16: '人工知能関連技術の研究開発及び活用の推進に関する法律（令和7年法律第53号） 第16条は、国が AI により権利が侵害された事案の情報を収集し、指導等を行うことを定めるもので、事業者に義務を課していません。この文書は、そのような照会に速やかに答えるために任意で備えるものです。',
    previous: '前回の評価',
    none: '宣言なし',
    unassessed: 'unassessed（未評価）',
  },
  fromRegistry: '（.aigov.yaml より）',

  riskAssessment: {
    title: 'AI リスク評価',
    purpose: { heading: '利用目的', prompt: 'このシステムは何のために、誰のために、どこで使われるか。' },
    misuse: { heading: '合理的に予見可能な誤用', prompt: 'システムがどのように誤用され、又は目的を超えて頼られうるか。それを防ぐものは何か。' },
    hazards: { heading: '危険源', prompt: '何が起こりうるか: 誤った又は有害な出力、バイアス、プライバシー、セキュリティ、過度の依存、故障の態様。' },
    table: {
      heading: '発生可能性と深刻度',
      columns: ['リスク', '発生可能性', '深刻度', '低減策', '担当者'],
    },
    oversight: {
      heading: '人間による監督',
      assignee: '監督者',
      measures: '措置',
      stop: '停止の仕組み',
      prompt: '誰が、どのように介入でき、どのようにシステムを停止するか。',
    },
    previous: { heading: '前回の評価からの変更', prompt: '{path}（{date}）以降にモデル、データ、利用方法又は利用環境で何が変わり、それが上記のリスクにどう影響するか。', undated: '日付の記録なし' },
    residual: { heading: '残留リスクと承認', prompt: '残るリスク、それを誰がいつ受け入れたか、次回の見直しはいつか。' },
  },

  packs: {
    euClassification: {
      heading: 'リスクの分類（EU AI法 第5条、第6条、附属書III）',
      prompt: 'システムが第5条の禁止される行為に当たるか（当たらないか）、第6条及び附属書IIIのハイリスク AI システムに当たるか（当たらないか）、その理由。',
      recorded: '記録された分類: {level}、根拠: {basis}。',
    },
    euProhibited: { heading: '禁止される AI の行為（EU AI法 第5条）', prompt: 'どの第5条の行為に当たるか、及びシステムを停止又は変更する決定。' },
    euProviderHighRisk: [
      { heading: 'リスク管理システム（EU AI法 第9条）', prompt: 'ライフサイクル全体を通じたリスク管理の過程: 特定、見積もり、評価、措置、テスト。' },
      { heading: 'データ及びデータガバナンス（EU AI法 第10条）', prompt: '学習、検証及びテストのデータ: 出所、関連性、代表性、誤り、及びバイアスの検証。' },
      { heading: '設計による人間の監督（EU AI法 第14条）', prompt: '設計によって、人がシステムを理解し、監視し、判断を覆し、停止できるようにする方法。' },
      { heading: '正確性、堅牢性及びサイバーセキュリティ（EU AI法 第15条）', prompt: '宣言する正確性の指標と水準、誤りや攻撃への耐性、代替の計画。' },
    ],
    euDeployerHighRisk: [
      { heading: '使用説明書に従った使用（EU AI法 第26条第1項）', prompt: '提供者の使用説明書と、この導入がそれに従う方法。' },
      { heading: '入力データと監視（EU AI法 第26条第4項～第6項）', prompt: '入力データの関連性を保つ方法、稼働の監視方法、ログの保存方法（少なくとも6か月）。' },
    ],
    hrStatus: {
      before: '{from} からこのシステムに適用されます。それまでは、グッドプラクティスです。',
      binding: 'このシステムを拘束します（{from} から適用）。',
      legacy: 'このシステムを拘束しません。高リスクの適用日より前に上市され、その後設計が大幅に変更されていないためです（第111条第2項）。グッドプラクティスです。',
    },
    appliesFrom: '{from} から適用されます。それまでは、グッドプラクティスです。',
    euTransparencyProvider: { heading: '透明性（EU AI法 第50条第1項～第2項）', prompt: '人が AI システムとやり取りしていることを知る方法、及び生成されたコンテンツにその旨を表示する方法。' },
    euMarkingLater: {
      before: '{general} から適用されます。生成されたコンテンツの表示（第50条第2項）は、このシステムが {general} より前に上市されたため、{from} から適用されます（第111条第4項）。それまでは、グッドプラクティスです。',
      after: '第50条第1項は適用されています。生成されたコンテンツの表示（第50条第2項）は、このシステムが {general} より前に上市されたため、{from} から適用されます（第111条第4項）。それまでは、表示はグッドプラクティスです。',
    },
    euTransparencyDeployer: {
      heading: '影響を受ける人への透明性（EU AI法 第50条）',
      prompt: 'システムを使う人が AI を相手にしていると知る方法（第50条第1項の提供者による通知を、この導入でどう示すか）、及びこの導入が自ら行う開示: 感情認識又は生体情報による分類（第50条第3項）、生成又は操作されたコンテンツ（第50条第4項）。',
    },
    euMinimal: { heading: 'EU AI法上の義務', prompt: '第50条の透明性の義務が適用されないことの確認、及びシステムを使う人の AI リテラシーの向上を支援する方法（第4条）。' },
    jpGuidelines: [
      { heading: '安全性とセキュリティ（AI事業者ガイドライン 共通の指針 2 及び 5）', prompt: '生命、身体、財産又は精神への危害、及び悪用や攻撃からの保護。' },
      { heading: '公平性（共通の指針 3）', prompt: 'データと出力のバイアス、及び人間の判断が関与する箇所。' },
      { heading: 'プライバシー保護（共通の指針 4）', prompt: '利用又は生成される個人情報とその保護。' },
      { heading: '透明性とアカウンタビリティ（共通の指針 6 及び 7）', prompt: '利用者や関係者に開示する内容、及びシステムに責任を負う者。' },
    ],
    jpDeveloper: { heading: '開発（AI事業者ガイドライン AI 開発者に関する事項）', prompt: 'データとモデルの品質、及び AI 提供者に渡す情報。' },
    nist: [
      { heading: 'MAP: 文脈と影響（NIST AI RMF MAP 1.1、5.1）', prompt: '利用の文脈、影響を受ける人、及び影響の発生可能性と大きさ。' },
      { heading: 'MEASURE: テストと評価（MEASURE 2）', prompt: '実施したテストと評価、その指標と結果。' },
      { heading: 'MANAGE: 対応、停止とモニタリング（MANAGE 2.4、4.1）', prompt: 'リスクへの対応方法、システムの停止方法、導入後のモニタリング方法。' },
    ],
    iso: [
      { heading: 'AI リスクアセスメントの基準（ISO/IEC 42001 箇条 6.1.2）', prompt: '発生可能性、結果及び受容を判断する基準。' },
      { heading: 'リスク対応と適用宣言書（箇条 6.1.3）', prompt: '各リスクに選んだ対応と、それが依拠する附属書 A の管理策。' },
    ],
    krHighImpact: { heading: '高影響 AI の措置（韓国AI基本法 第34条）', prompt: 'リスク管理、説明及び利用者保護の計画、人間による監督、5年間保存する記録。' },
    krNotice: { heading: '事前の告知と表示（韓国AI基本法 第31条）', prompt: '生成 AI 又は高影響 AI を使うサービスであることを利用者に事前に告げる方法、及び出力の表示方法。' },
    coConsequential: { heading: '重大な決定（コロラド州 SB 26-189）', prompt: 'システムが関与する決定、消費者への通知、及び不利な結果を見直す方法。' },
    cnLabels: { heading: '生成コンテンツの標識（中国 標識弁法）', prompt: '生成コンテンツに付ける明示的な標識とメタデータ。' },
  },

  documents: {
    'incident_response.procedure': {
      title: 'インシデント対応手順',
      purpose: 'この AI システムのインシデントをどのように認識し、対応し、報告するか。',
      sections: [
        { heading: 'インシデントに当たるもの', prompt: 'この手順を開始する事象（危害、重大な誤作動、権利の侵害、セキュリティ侵害）。' },
        { heading: '受付と連絡先', prompt: 'インシデントの報告先と、昼夜を問わず受け付ける者。' },
        { heading: '切り分けと深刻度', prompt: '深刻度の決め方と、それを決める者。' },
        { heading: '当局への報告', prompt: '法令が当局への報告を求めるか。求める場合は、どの当局に、誰が、いつまでに報告するか。' },
        { heading: '封じ込めと停止', prompt: 'インシデントへの対応中にシステムを制限又は停止する方法。' },
        { heading: '連絡と事後の検証', prompt: '誰に知らせるか（利用者、提供者、経営層）、及びインシデントを事後にどう検証するか。' },
      ],
    },
    'incident_response.register': {
      title: 'インシデント台帳',
      purpose: 'この AI システムのすべてのインシデントと、それに対して行ったこと。',
      sections: [{ heading: '根本原因とフォローアップ', prompt: '各インシデントの原因、修正、及び終結した日。' }],
    },
    'model.card': {
      title: 'モデルカード',
      purpose: 'モデルが何であり、何のためのものか、どのように作られテストされたか、どこに限界があるか。',
      sections: [
        { heading: 'モデルの詳細', prompt: '提供者、名称、バージョン、アーキテクチャ及びライセンス。' },
        { heading: '想定される利用', prompt: 'モデルが何のために、誰のためにあるか。' },
        { heading: '想定外の利用', prompt: 'モデルが想定していない利用。' },
        { heading: '学習データ', prompt: 'モデルの学習に使ったデータとその出所。' },
        { heading: '評価', prompt: '実施した評価、その指標と結果。' },
        { heading: '限界とリスク', prompt: '既知の弱点、バイアス及び故障の態様。' },
      ],
    },
    'monitoring.plan': {
      title: '市販後モニタリング計画',
      purpose: '使用開始後にシステムをどのように見守り、変化があったときに何をするか。',
      sections: [
        { heading: '監視するもの', prompt: '収集する信号（品質、ドリフト、苦情、インシデント）とその出所。' },
        { heading: '指標としきい値', prompt: '各指標、そのしきい値、及びそれを超えたときの対応。' },
        { heading: '確認とエスカレーション', prompt: '結果を確認する者、その頻度、及びエスカレーション先。' },
        { heading: 'ログ', prompt: '保存するログと、その保存期間。' },
      ],
    },
    'impact_assessment.path': {
      title: '影響評価',
      purpose: 'システムが人、集団及び社会に与える影響と、それを抑えるもの。',
      sections: [
        { heading: '影響を受ける人と集団', prompt: '直接又は間接に影響を受ける人。脆弱な集団を含む。' },
        { heading: '影響', prompt: '権利、安全及び福祉に対するよい影響と悪い影響。' },
        { heading: '措置', prompt: '悪い影響を防ぎ又は抑えるもの、及びその責任者。' },
      ],
    },
    'impact_assessment.path:fria': {
      title: '基本的権利影響評価（EU AI法 第27条）',
      purpose: 'ハイリスク AI システムの使用を開始する前に導入者が行う評価（第27条第1項 (a)～(f)）。',
      sections: [
        { heading: '(a) 導入者のプロセス', prompt: '利用目的に沿ってシステムが使われるプロセス。' },
        { heading: '(b) 使用の期間と頻度', prompt: 'システムを使う期間と頻度。' },
        { heading: '(c) 影響を受ける人と集団', prompt: 'この文脈で影響を受けるおそれのある自然人と集団の類型。' },
        { heading: '(d) 危害の具体的なリスク', prompt: '提供者の情報（第13条）を用いた、それらの人と集団への危害のリスク。' },
        { heading: '(e) 人間による監督', prompt: '使用説明書に従った、人間による監督の措置。' },
        { heading: '(f) リスクが顕在化したとき', prompt: 'そのときに講じる措置。内部のガバナンスと苦情の仕組みを含む。' },
      ],
    },
    'data.bias_review': {
      title: 'バイアスレビュー',
      purpose: 'データと出力のバイアスをどのように検証し、何を行ったか。',
      sections: [
        { heading: '考慮した集団', prompt: 'レビューで見た集団と属性。' },
        { heading: '方法と指標', prompt: 'バイアスの測り方。' },
        { heading: '結果と低減策', prompt: '見つかったことと、変えたこと。' },
      ],
    },
    'transparency.user_notice': {
      title: '利用者への通知',
      purpose: 'AI システムについて、人に何を、どこで、いつ伝えるか。',
      sections: [
        { heading: '通知の文面', prompt: '利用者に示す文言。' },
        { heading: '表示する場所と時点', prompt: '画面又は経路と、その時点（遅くとも最初のやり取りの時）。' },
      ],
    },
    default: {
      title: '文書',
      purpose: 'この文書を求めるフレームワークの項目の根拠となる文書。',
      sections: [{ heading: '内容', prompt: 'この文書に書く内容。' }],
    },
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

  known: {
    sources: 'データの出所',
    provenance: '由来',
    evaluations: '評価',
    incidentContact: 'インシデントの連絡先',
    escalation: 'エスカレーション先',
    stop: '停止の仕組み',
    retention: 'ログの保存期間: {days} 日',
    art73: {
      binding: 'EU AI法 第73条第2項～第5項がこのシステムを拘束します。',
      before: 'EU AI法 第73条第2項～第5項は {from} からこのシステムに適用されます（提供者がその日以降に認識したインシデントが対象）。それまでは、その期限はグッドプラクティスです。',
      legacy: 'EU AI法 第73条第2項～第5項はこのシステムを拘束しません。高リスクの適用日より前に上市され、その後設計が大幅に変更されていないためです（第111条第2項）。その期限はグッドプラクティスです。',
      scope: 'EU AI法 第73条第2項～第5項が拘束するのは高リスクシステムの提供者だけです。このシステムでは、その期限はグッドプラクティスです。',
      separator: '',
      limits: '重大インシデントは、システムとの因果関係（又はその合理的な可能性）を確認したら直ちに、遅くとも提供者（又は導入者）が認識してから15日以内（死亡の場合は10日、広範な侵害又は重要インフラの重大な混乱（第3条第49号(b)）の場合は2日）に、市場監視当局に報告します。初回の報告は不完全でも構いません。',
    },
    art26_5: {
      binding: 'EU AI法 第26条第5項がこのシステムの導入者を拘束します。',
      before: 'EU AI法 第26条第5項は {from} からこのシステムの導入者に適用されます。それまでは、グッドプラクティスです。',
      legacy: 'EU AI法 第26条第5項はこのシステムの導入者を拘束しません。高リスクの適用日より前に上市され、その後設計が大幅に変更されていないためです（第111条第2項）。グッドプラクティスです。',
      scope: 'EU AI法 第26条第5項が拘束するのは高リスクシステムの導入者だけです。このシステムでは、グッドプラクティスです。',
      separator: '',
      inform: '重大インシデントを特定したら、直ちにまず提供者に、次に輸入者又は販売者及び関係する市場監視当局に知らせます。',
    },
    incidentsTable: ['インシデント', '件名', '検知日', '深刻度', '報告日', '状態'],
    notIncidents: '`incidents` の {entries} はインシデントの記録ではないため、記載していません。',
  },

  fieldHints: {
    intended_purpose: 'システムを何のために、誰のために使うか',
    foreseeable_misuse: 'システムがどのように誤用されうるか、それを何が防ぐか',
    'human_oversight.measures': '人がシステムをどのように監督し、その判断を覆すか',
    'human_oversight.stop_mechanism': 'システムを止める方法（フラグ、スイッチ、手順書）',
    'data.provenance': 'データの出所と、その利用条件',
    'upstream_models.name': '上流モデルの名前',
    'upstream_models.version': '固定した上流モデルのバージョン',
    'upstream_models.license': '上流モデルのライセンス又は利用条件',
  },

  incidentTitle: 'TODO: 何が起きたか',
};
