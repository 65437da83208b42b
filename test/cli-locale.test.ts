import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMANDS } from '../server/src/cli/commands/index.js';
import { takeLocale } from '../server/src/cli/main.js';
import { UI_CATALOGS } from '../server/src/core/i18n/ui.js';
import { runCli } from './support/cli.js';
import { FIXTURES, ROOT, TODAY } from './support/workspace.js';

const EXAMPLE = path.join(FIXTURES, 'workspaces', 'example');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('CLI locale (--locale, AIGOV_LOCALE, LC_ALL / LC_MESSAGES / LANG)', function () {
  this.timeout(120_000);

  it('takes --locale out of any command, leaving what follows -- alone', () => {
    assert.deepEqual(takeLocale(['check', '--locale', 'ja', '.', '--today', TODAY]), { value: 'ja', rest: ['check', '.', '--today', TODAY] });
    assert.deepEqual(takeLocale(['explain', '--locale=en', 'AIGOV101']), { value: 'en', rest: ['explain', 'AIGOV101'] });
    assert.deepEqual(takeLocale(['check', '--locale']), { value: '', rest: ['check'] });
    assert.deepEqual(takeLocale(['check', '--', '--locale', 'ja']), { rest: ['check', '--', '--locale', 'ja'] });
  });

  it('prints the findings of the example in Japanese with --locale ja, in English without', async () => {
    const args = ['check', EXAMPLE, '--today', TODAY, '--fail-on', 'never', '--no-color'];
    const ja = await runCli([...args, '--locale', 'ja'], ROOT);
    const en = await runCli(args, ROOT);
    assert.equal(ja.code, 0, ja.stderr);
    assert.match(ja.stdout, /\.aigov\.yaml:26:5 {2}警告 {2}AIGOV101 {2}コンポーネント 'support-chatbot' にリスク評価/);
    assert.match(ja.stdout, /^指摘 \d+ 件（エラー \d+、警告 \d+、情報 \d+）$/m);
    assert.doesNotMatch(ja.stdout, / {2}(error|warning|info) {2}/, 'severities are words of the locale');
    assert.match(en.stdout, /\.aigov\.yaml:26:5 {2}warning {2}AIGOV101 {2}Component 'support-chatbot' has no risk assessment/);
    assert.doesNotMatch(en.stdout, JAPANESE);
    assert.equal(ja.stdout.split('\n').length, en.stdout.split('\n').length, 'the same findings');
  });

  it('the flag beats AIGOV_LOCALE, which beats LC_ALL, which beats LANG', async () => {
    const args = ['check', EXAMPLE, '--today', TODAY, '--fail-on', 'never', '--no-color'];
    const say = async (env: Record<string, string>, extra: string[] = []): Promise<'ja' | 'en'> =>
      ((await runCli([...args, ...extra], ROOT, env)).stdout.includes('件（エラー') ? 'ja' : 'en');
    assert.equal(await say({ LANG: 'ja_JP.UTF-8' }), 'ja');
    assert.equal(await say({ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }), 'en');
    assert.equal(await say({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }), 'ja');
    assert.equal(await say({ LC_ALL: 'C', AIGOV_LOCALE: 'ja' }), 'ja');
    assert.equal(await say({ AIGOV_LOCALE: 'ja' }, ['--locale', 'en']), 'en');
  });

  it('refuses a locale it does not speak, in both languages, exit 2', async () => {
    const r = await runCli(['check', '--locale', 'fr'], ROOT);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--locale must be en or ja, got 'fr'/);
    assert.match(r.stderr, /--locale には en 又は ja を指定してください/);
    const env = await runCli(['check'], ROOT, { AIGOV_LOCALE: 'de' });
    assert.equal(env.code, 2);
    assert.match(env.stderr, /AIGOV_LOCALE must be en or ja, got 'de'/);
  });

  it('every command has its help line and --help in both catalogues (English as the registry says)', () => {
    for (const c of COMMANDS) {
      const id = `cli.command.${c.name}` as keyof typeof UI_CATALOGS.en;
      assert.equal(UI_CATALOGS.en[id], c.summary, c.name);
      assert.ok(UI_CATALOGS.ja[id], c.name);
      assert.ok(UI_CATALOGS.ja[`help.${c.name}` as keyof typeof UI_CATALOGS.en], `help.${c.name}`);
    }
  });

  it('help, usage errors and unknown commands follow the locale', async () => {
    const help = await runCli(['--help', '--locale', 'ja'], ROOT);
    assert.match(help.stdout, /使い方: aigov <コマンド>/);
    assert.match(help.stdout, /check \[dir\.\.\.\] +レジストリと注釈をチェックする/);
    const checkHelp = await runCli(['check', '--help'], ROOT, { LANG: 'ja_JP.UTF-8' });
    assert.match(checkHelp.stdout, /^使い方: aigov check/);
    const bad = await runCli(['check', '--today', '2026-13-01', '--locale', 'ja'], ROOT);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^aigov check: --today は YYYY-MM-DD 形式の日付で指定してください（指定された値: '2026-13-01'）/);
    const unknown = await runCli(['frobnicate', '--locale', 'ja'], ROOT);
    assert.match(unknown.stderr, /'frobnicate' というコマンドはありません/);
    const en = await runCli(['check', '--format', 'xml'], ROOT);
    assert.match(en.stderr, /^aigov check: --format must be one of text, json/);
  });

  it('github, junit and SARIF carry the localised message; SARIF keeps English rule texts and the English message', async () => {
    const base = ['check', EXAMPLE, '--today', TODAY, '--fail-on', 'never', '--locale', 'ja', '--format'];
    const gh = await runCli([...base, 'github'], ROOT);
    assert.match(gh.stdout, /::warning [^\n]*::AIGOV101: コンポーネント 'support-chatbot' にリスク評価/);
    const junit = await runCli([...base, 'junit'], ROOT);
    assert.match(junit.stdout, /<failure type="warning" message="コンポーネント 'support-chatbot' にリスク評価/);
    const sarif = JSON.parse((await runCli([...base, 'sarif'], ROOT)).stdout) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri: string; help: { markdown: string } }[] } }; results: { ruleId: string; message: { text: string }; properties: { englishMessage?: string } }[] }[];
    };
    const run = sarif.runs[0]!;
    const r101 = run.results.find((r) => r.ruleId === 'AIGOV101')!;
    assert.match(r101.message.text, /^コンポーネント 'support-chatbot' にリスク評価/);
    assert.match(r101.properties.englishMessage ?? '', /^Component 'support-chatbot' has no risk assessment/);
    const rule101 = run.tool.driver.rules.find((r) => r.id === 'AIGOV101')!;
    assert.equal(rule101.shortDescription.text, 'A component has no risk assessment');
    // The rule's page is the Japanese one, as in the editor.
    assert.equal(rule101.helpUri, 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/ja/AIGOV101.md');
    assert.match(rule101.help.markdown, /\[Documentation\]\(https:\/\/github\.com\/aigov-dev\/aigov\/blob\/main\/docs\/rules\/ja\/AIGOV101\.md\)$/);
    const json = await runCli([...base, 'json'], ROOT);
    assert.doesNotMatch(json.stdout, JAPANESE, 'json stays English (a machine format)');
  });

  it('explain --locale ja prints the Japanese page, the Japanese list and Japanese labels', async () => {
    const r = await runCli(['explain', 'AIGOV101', '--locale', 'ja'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# AIGOV101 missing-risk-assessment\n\nコンポーネントにリスク評価がありません。/);
    assert.match(r.stdout, /ドキュメント: https:\/\/\S+\/docs\/rules\/ja\/AIGOV101\.md/);
    const list = await runCli(['explain', '--list', '--locale', 'ja'], ROOT);
    assert.match(list.stdout, /^AIGOV101 .*missing-risk-assessment: コンポーネントにリスク評価がありません$/m);
    const typo = await runCli(['explain', 'AIGOV1O1', '--locale', 'ja'], ROOT);
    assert.match(typo.stderr, /AIGOV101 の誤りではありませんか？/);
  });
});

describe('CLI locale: documents written by init and fix', function () {
  this.timeout(120_000);

  it('init --locale ja writes Japanese comments; fix --locale ja writes Japanese templates', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-ja-'));
    try {
      const init = await runCli(['init', 'ws', '--today', TODAY, '--locale', 'ja'], tmp);
      assert.equal(init.code, 0, init.stderr);
      assert.match(init.stdout, /を作成しました/);
      assert.match(await fs.readFile(path.join(tmp, 'ws', '.aigov.yaml'), 'utf8'), /^# AI ガバナンスのレジストリ/);
      const ex = path.join(tmp, 'ex');
      await fs.cp(EXAMPLE, ex, { recursive: true });
      const fix = await runCli(['fix', '.', '--today', TODAY], ex, { LANG: 'ja_JP.UTF-8' });
      assert.equal(fix.code, 0, fix.stderr);
      assert.match(fix.stderr, /件の編集を適用しました。/);
      // The fix titles it prints are Japanese too (the same catalogue as the editor's quick-fixes).
      assert.match(fix.stderr, /^修正しました: AIGOV101 \.aigov\.yaml:\d+: ひな形から docs\/risk\/support-chatbot\.md を作成してリンクする$/m);
      assert.doesNotMatch(fix.stderr, /from a template/);
      const risk = await fs.readFile(path.join(ex, 'docs', 'risk', 'support-chatbot.md'), 'utf8');
      assert.match(risk, /^<!-- aigov:draft（2026-11-25 にひな形から作成）/);
      assert.match(risk, /^# AI リスク評価: Support chatbot$/m);
      // A limited-risk deployer: the Art 50 transparency section, not the provider's Art 9.
      assert.match(risk, /^## 影響を受ける人への透明性（EU AI法 第50条）$/m);
      assert.doesNotMatch(risk, /第9条/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});
