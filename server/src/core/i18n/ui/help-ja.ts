import type { UiTranslation } from '../ui-text.js';
import type { HELP_EN } from './help-en.js';

/** The `--help` of each command, in Japanese. */
export const HELP_JA: UiTranslation<typeof HELP_EN> = {
  'help.check': `使い方: aigov check [フォルダー...] [オプション]

各フォルダー（既定: .）の AI ガバナンスのレジストリと注釈をチェックします。

オプション:
  --format 形式         text（既定）、json、sarif、github（ワークフローの注釈）、junit、
                        codequality（GitLab のマージリクエスト）又は golden
  --output ファイル     結果を標準出力ではなくファイルに書き出す
  --fail-on error|warning|info|never   この重大度以上の新規の指摘があれば終了コード 1 で終了する（既定: error）
  --baseline ファイル   以前の aigov の SARIF 又は JSON の結果。これにない指摘だけを数える
  --baseline-ref 参照   HEAD と参照（例: origin/main）のマージベースにない指摘だけを数える。
                        ベースは git のオブジェクトから一時フォルダーに展開し、同じオプションで
                        チェックする（作業ツリーには触れない）
  --frameworks 一覧     各レジストリの frameworks: の代わりにチェックするパック（カンマ区切り）
  --root フォルダー     パスとフィンガープリントの基準となるフォルダー（既定: チェック対象の
                        フォルダーを含む git リポジトリの最上位。リポジトリの外ではそのフォルダー）
  --today YYYY-MM-DD    期限を計算する基準日（又は AIGOV_TODAY）
  --locale en|ja        メッセージの言語（又は AIGOV_LOCALE、次に LC_ALL、LC_MESSAGES、LANG）。
                        json と golden は英語のまま
  --no-color            色を付けずに出力する
  --cache               各ファイルの内容を記憶し、変更がない間は読み取りも解析もしない。git が
                        未変更を保証できる場合は git のコンテンツ ID で（CI のような新しいクローン
                        でも有効）、それ以外はサイズと更新日時で判断する。保存先は
                        $XDG_CACHE_HOME/aigov で、リポジトリには保存しない
  --cache-location フォルダー   キャッシュの保存先
  --jobs N              メインスレッドと並行してファイルを読み取り解析するワーカースレッドの数
                        （既定: 追加のコアごとに一つ、最大 3。0: 使わない）
`,
  'help.init': `使い方: aigov init [フォルダー] [--today YYYY-MM-DD] [--locale en|ja]

コメント付きの .aigov.yaml のひな形をフォルダー（既定: .）に書き出します。見つかった AI の利用から、
フォルダーと提供元ごとに一つのコンポーネント（それらのファイルに合う paths 付き）を作ります。既存のファイルは上書きしません。
`,
  'help.fix': `使い方: aigov fix [フォルダー...] [オプション]

各フォルダー（既定: .）の指摘について、安全な修正を適用します。対象は、不足している文書や評価の
テンプレート、綴りを誤ったキーや ID です。

フォルダーの中身によって、fix が別の場所に書き込んだり既存の内容を失ったりすることはありません。
  - フォルダーの外には書き込みません。途中の各フォルダーの実際のパスを解決するため、フォルダーの
    外を指すシンボリックリンクのフォルダーは拒否します。
  - 既存のファイルは上書きしません。作成するファイルが既に存在する修正（シンボリックリンク、
    リンク先のないものも含む）はスキップし、その旨を表示します。適用するとレジストリが解析
    できなくなる編集もスキップします。
  - すべてを書き込むか、何も書き込まないかのどちらかです。最初にすべての書き込み先（フォルダー内に
    あること、書き込めること、新しいファイルが存在しないこと）を確認し、一つでも書き込めなければ
    何も書き込まず、終了コード 2 で終わります。
  - 各ファイルは同じフォルダーの一時ファイルに書いてから名前を変えて置き換えるため、ディスクが
    いっぱいになった場合や書き込みに失敗した場合も、元のファイルはそのまま残ります。

オプション:
  --code AIGOVnnn   このコードの修正だけを適用する（複数指定可）
  --dry-run         書き込まずに unified 形式の差分を表示する
  --today YYYY-MM-DD
  --locale en|ja    書き出す文書の言語
`,
  'help.explain': `使い方: aigov explain AIGOVnnn | --list [--locale en|ja]

指摘の意味、それが重要な理由、修正方法を表示します。
`,
  'help.report': `使い方: aigov report [フォルダー] [オプション]

フォルダー（既定: .）のガバナンスレポートを書き出します。コンポーネントごとに、フレームワークへの
対応状況（義務ごとの状態）、リスクと評価の日付、連絡先、登録、期限付きのインシデント、証跡への
リンク、指摘をまとめます。

オプション:
  --format md|html      Markdown（既定）又は単一ファイルの HTML（--output が .html で終わる場合は HTML が既定）
  --output ファイル     標準出力ではなくファイルに書き出す。リンクはこのファイルからの相対パスになる
  --today YYYY-MM-DD    状態と期限を計算する基準日（又は AIGOV_TODAY）
  --locale en|ja        レポートの言語
`,
  'help.bom': `使い方: aigov bom [フォルダー] [オプション]

フォルダー（既定: .）の AI 部品表（AI-BOM）を CycloneDX 1.6 の JSON で書き出します。登録された
各コンポーネントとそのモデルカード、依存する上流のモデルとデータセット、依存関係のグラフを含みます。
出力は再現可能です。タイムスタンプは --today の日付、シリアル番号は内容から導きます。

オプション:
  --output ファイル     標準出力ではなくファイルに書き出す
  --today YYYY-MM-DD    BOM の日付（又は AIGOV_TODAY）
  --random-serial       ランダムなシリアル番号を使う（実行のたびに新しい BOM になる）
  --locale en|ja        人が読む説明文の言語
`,
  'help.lsp': `使い方: aigov lsp [--stdio | --node-ipc | --socket=ポート] [--today YYYY-MM-DD]

LSP に対応したエディター（Neovim、Helix、Emacs、Zed など）向けに、aigov の言語サーバーを起動します。
通信方式の既定は --stdio です。--today（又は AIGOV_TODAY）で期限の計算の基準日を固定します。
ワークスペースフォルダーの aigov.today の設定があれば、そちらが優先されます。サーバーは
エディターの言語（クライアントが送るロケール）で応答します。

Neovim（0.8 以降）:
  vim.lsp.start({ name = 'aigov', cmd = { 'aigov', 'lsp', '--stdio' },
                  root_dir = vim.fs.dirname(vim.fs.find({ '.aigov.yaml', '.git' }, { upward = true })[1]) })
`,
};
