import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { JA_DESCRIPTIONS } from '../server/src/core/i18n/ja-descriptions.js';
import { JA_HOW_TO_FIX, JA_OBLIGATION_TITLES, JA_PACK_TITLES } from '../server/src/core/i18n/ja-obligations.js';
import { localizedMessage, localizedSummary } from '../server/src/core/i18n/messages.js';
import { ui } from '../server/src/core/i18n/ui.js';
import { citationIn } from '../server/src/core/pack-names.js';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { EU_ART50_2_LEGACY_BY, EU_GENERAL_FROM, EU_GPAI_FROM, EU_GPAI_LEGACY_BY, EU_HR_ANNEX_I_FROM, EU_NEW_PROHIBITIONS_FROM, derogationFrom, highRiskFrom } from '../server/src/core/rules/packs/eu.js';
import { isPackRule } from '../server/src/core/rules/packs/obligation.js';
import type { Rule } from '../server/src/core/rules/types.js';
import { packFixtures } from './packs-support.js';
import { engineFor, ROOT, TODAY } from './support/workspace.js';

/**
 * docs/rules/ja/AIGOVnnn.md of the 4xx, 5xx and 6xx rules are generated, as the English pages are
 * (test/packs-docs.test.ts), from the rule and its fixtures: the Japanese summary, pack and
 * obligation names (i18n/ja-obligations.ts), the article, the dates, and the example with the
 * findings as `aigov check --locale ja` prints them, and the long explanation
 * (i18n/ja-descriptions.ts). AIGOV_UPDATE_GOLDENS=1 rewrites them. Every English page (the hand-written
 * 0xx–3xx ones too) must have a Japanese page with the same sections.
 */

const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';
const RULES_DIR = path.join(ROOT, 'docs', 'rules');

/** What the non-obligation rules check and how to fix them, in Japanese (obligations say it from their data). */
const OWN_TEXT: Record<string, { what: string; how: string }> = {
  AIGOV401: {
    what: '終了していないインシデントごとに、提供者又は導入者がそれを認識した日（`detected`）と重大度（`severity`）から、EU AI法第73条(2)–(5)に沿って報告の期限を計算します。システムとの因果関係（又はその合理的な可能性）が確立したら直ちに報告し、遅くとも認識から15日（重大度の指定がない場合もこれを仮定）、死亡の場合は10日、広範な侵害又は重要インフラの混乱の場合は2日以内に報告します。`minor` のインシデントは重大インシデントではなく、期限はありません。期間の末日が土曜日又は日曜日に当たる場合は翌就業日の終わりまで延長されます（規則 1182/71 第3条(4)）。aigov は祝日を知らないため、祝日による延長は数えません。\n\n第73条が拘束するのは EU の高リスクシステムの提供者で、システムの高リスクの適用日（附属書III のシステムは 2027-12-02、附属書I のシステムは 2028-08-02、第111条(2)によりそれより後になる場合あり）以降に認識したインシデントについてだけです。拘束する場合、メッセージは「直ちに」と期限を示します。拘束しない場合、メッセージは「グッドプラクティス:」で始まり、その理由を述べ、エラーになることはありません。システムの高リスクの適用日より前は準備のための情報で、重大度の設定にかかわらず情報レベルです。',
    how: 'インシデントが発生した加盟国の市場監視当局に報告し（不完全な初回報告も認められます）、その日付を `reported` に、当局を `authority` に記録します。クイックフィックス「インシデント … を本日報告済みにする」が日付を書き込みます。報告が遅れた場合は、その理由を（例えば `report` に）記録してください。対応が済んだら `status: closed` にします。',
  },
  AIGOV402: {
    what: '未解決（`closed` 又は `mitigated` でない）のインシデントには、今すぐ連絡が取れる相手が必要です。重大かどうかを判断し、報告し（EU AI法第73条では短い場合2日）、当局に応答するためです。コンポーネント（`contacts.incident`）にも組織（`organization.contacts.incident`）にもインシデント連絡先がない場合に報告します。',
    how: 'コンポーネントに `contacts.incident` を設定するか、ファイルのすべてのコンポーネントに対して `organization.contacts.incident` を設定します。クイックフィックスは、owner がメールアドレスであればそれを使います。',
  },
  AIGOV502: {
    what: '人工知能関連技術の研究開発及び活用の推進に関する法律の第13条は、国が国際的な規範に即した指針を整備することを定めています。この法律は事業者に登録、報告、技術基準、リスク評価又はインシデント報告の義務を課しておらず、罰則もありません。事業者にとっての実際のチェック項目は、任意の AI事業者ガイドライン（経済産業省・総務省）、つまり `jp-ai-guidelines` パックから来ます。このルールは、`jp-ai-promotion-act` を選択していながら `jp-ai-guidelines` を選択していないレジストリを、情報レベルで報告します。',
    how: '`frameworks` に `jp-ai-guidelines` を追加するか（クイックフィックスが追加します）、組織がこの法律だけに従う場合は理由を付けて指摘を抑制してください。',
  },
  AIGOV519: {
    what: 'AI事業者ガイドラインは任意の指針です。共通の指針ごとのチェック（AIGOV510–518）はカバレッジのレポートの行を一つずつ埋めますが、エディターと CLI では、コンポーネントのガイドライン上の不足は一つの情報（info）レベルの指摘にまとめられ、不足しているフィールドを指針とともに列挙します。義務に関する指摘（リスク評価やインシデント連絡先の欠落、宣言されていない AI の利用、見直しの期限切れ、期限）が埋もれないようにするためです。クイックフィックスは不足しているフィールドをまとめて追加します。指針を単独で、好みの重大度で報告するには、そのコードを設定してください（`rules: { AIGOV512: warning }`、又はファミリー `AIGOV51*`）。`policy.require` が求めるフィールドは AIGOV601 が報告します。',
    how: '不足しているフィールドを記録してください（クイックフィックスが、文書はひな形から、テキストのフィールドは `TODO:` の仮の値で追加します）。',
  },
  AIGOV549: {
    what: 'NIST AI RMF は任意のフレームワークです。サブカテゴリーごとのチェック（AIGOV550–559）はカバレッジのレポートの行を一つずつ埋めますが、エディターと CLI では、コンポーネントの不足は一つの情報（info）レベルの指摘にまとめられ、不足しているフィールドをサブカテゴリーとともに列挙します。義務に関する指摘が埋もれないようにするためです。クイックフィックスは不足しているフィールドをまとめて追加します。サブカテゴリーを単独で報告するには、そのコードを設定してください（`rules: { AIGOV556: warning }`、又はファミリー `AIGOV55*`）。`policy.require` が求めるフィールドは AIGOV601 が報告します。',
    how: '不足しているフィールドを記録してください（クイックフィックスが、文書はひな形から、テキストのフィールドは `TODO:` の仮の値で追加します）。',
  },
  AIGOV569: {
    what: 'ISO/IEC 42001 は認証を受けられるマネジメントシステムの規格で、法的な義務ではありません。箇条と附属書 A の管理策ごとのチェック（AIGOV560–568）はカバレッジのレポートの行を一つずつ埋めますが、エディターと CLI では、コンポーネントの不足は一つの情報（info）レベルの指摘にまとめられ、不足しているフィールドを箇条又は管理策の番号とともに列挙します。クイックフィックスは不足しているフィールドをまとめて追加します。管理策を単独で報告するには、そのコードを設定してください（`rules: { AIGOV567: warning }`、又はファミリー `AIGOV56*`）。`policy.require` が求めるフィールドは AIGOV601 が報告します。',
    how: '不足しているフィールドを記録してください（クイックフィックスが、文書はひな形から、テキストのフィールドは `TODO:` の仮の値で追加します）。',
  },
  AIGOV601: {
    what: '`policy.require` には、組織独自のルールをコードなしで書きます。コンポーネントが `when`（ドット区切りのフィールド → 値又は値のリスト）に一致するとき、`fields` のすべてのパスが存在しなければなりません（`[]` はリストのすべての要素を意味し、`owner` と `contacts.*` には組織の既定値も数えます）。不足しているフィールドごとに、要件の `message` と `severity` で指摘し、`framework` と `article` のラベルがその出典になります。詳しくは [docs/policy.md](../../policy.md) を参照してください。',
    how: '不足しているフィールドをコンポーネントに追加するか、要件の `when` を絞り込んでください。',
  },
  AIGOV602: {
    what: '`policy.require[].fields` のパスや `when` のキーがコンポーネントのフィールドでない場合、それは決して存在しない（又は一致しない）ため、要件は黙ってすべてのコンポーネントで失敗するか、どれにも当てはまりません。パスは `human_oversight.assignee` や `upstream_models[].license` のようなドット区切りのコンポーネントのフィールドです。`x-` で始まるキーは組織独自のものとして受け付けます。',
    how: 'パスを修正するか（メッセージが最も近いフィールドを示します）、組織独自のデータであればキーを `x-` で始めてください。',
  },
};

/** The English h2 sections and their Japanese headings. */
const SECTION_JA: Record<string, string> = {
  'Why it matters': 'なぜ重要か',
  'What it checks and why': '何をチェックし、なぜ重要か',
  'What is detected': '検出する対象',
  'What is read': '読み取る対象',
  'When it applies': '適用される場合',
  Example: '例',
  'How to fix': '修正方法',
  Configure: '設定',
};

const OWN_DATES_JA: Record<string, string> = {
  AIGOV520: `${EU_NEW_PROHIBITIONS_FROM}（デジタル・オムニバスが追加した第5条(1)(ba)/(bb)の行為）`,
  AIGOV539: `${EU_ART50_2_LEGACY_BY}（${EU_GENERAL_FROM} より前に上市された生成システム。第111条(4)）`,
  AIGOV541: `${EU_GPAI_LEGACY_BY}（${EU_GPAI_FROM} より前に上市されたモデル。第111条(3)）`,
  AIGOV542: `${EU_GPAI_LEGACY_BY}（${EU_GPAI_FROM} より前に上市されたモデル。第111条(3)）`,
};

const CITATIONS = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'frameworks', 'citations.json'), 'utf8')) as { frameworks: Record<string, { citations: { article: string; appliesFromAnnexI?: string }[] }> };

function coversAnnexI(article: string): boolean {
  return CITATIONS.frameworks['EU AI Act (Regulation (EU) 2024/1689)']?.citations.some((c) => c.article === article && c.appliesFromAnnexI !== undefined) ?? false;
}

function appliesFromJa(r: Rule): string {
  if (!r.appliesFrom) return '—';
  if (isPackRule(r) && r.obligation.appliesFromFor === highRiskFrom) {
    const annexI = r.citation && coversAnnexI(r.citation.article) ? `、附属書I のシステムは ${EU_HR_ANNEX_I_FROM}` : '';
    return `附属書III のシステムは ${r.appliesFrom}${annexI}（デジタル・オムニバス、規則 (EU) 2026/1744）。それより前に上市されたシステムはさらに後になります（第111条(2)。[aigov の日付の読み方](../../frameworks/eu.md#how-aigov-reads-the-dates)）`;
  }
  if (isPackRule(r) && r.obligation.appliesFromFor === derogationFrom) {
    return `附属書III のシステムは ${r.appliesFrom}（デジタル・オムニバス、規則 (EU) 2026/1744）。それより前に上市されたシステムには、設計の大きな変更があった時からだけ適用されます（義務は上市の前という時点に結び付きます。第111条(2)と同じ。[aigov の日付の読み方](../../frameworks/eu.md#how-aigov-reads-the-dates)）`;
  }
  if (r.code === 'AIGOV401') return `附属書III のシステムは ${r.appliesFrom}、附属書I のシステムは ${EU_HR_ANNEX_I_FROM}、第111条(2)によりさらに後になる場合あり（高リスクのルールと同じ日付）。それより前はグッドプラクティスとして`;
  if (OWN_DATES_JA[r.code]) return `${r.appliesFrom}。${OWN_DATES_JA[r.code]}`;
  return r.appliesFrom;
}

/** A citation's framework by its Japanese name (the pack that cites it), the article as 第N条 (pack-names.ts, as the editor shows it). */
function citationJa(r: Rule): string {
  const c = r.citation;
  if (!c) return '—';
  const ja = citationIn(c, 'ja');
  return `${ja.framework} ${ja.article}${c.unverified ? '（**未確認**: 参考として引用しているだけです）' : ''}`;
}

async function jaPage(r: Rule): Promise<string> {
  const fx = packFixtures().find((f) => f.code === r.code);
  assert.ok(fx, `fixture for ${r.code}`);
  const invalid = await fs.readFile(path.join(fx.dir, 'invalid', '.aigov.yaml'), 'utf8');
  const valid = await fs.readFile(path.join(fx.dir, 'valid', '.aigov.yaml'), 'utf8');
  const engine = await engineFor(path.join(fx.dir, 'invalid'));
  const mine = engine.findings().filter((f) => f.code === r.code);
  const reported = mine.map((f) => `.aigov.yaml:${f.range.start.line + 1}:${f.range.start.character + 1}  ${ui('ja', `cli.severity.${f.severity}`)}  ${f.code}  ${localizedMessage(f, 'ja')}`);
  const packName = r.pack === 'core' ? '常に有効' : `${JA_PACK_TITLES[r.pack] ?? r.pack}。レジストリの \`frameworks\` に含まれているときに有効`;
  const lines = [
    `# ${r.code} ${r.slug}`,
    '',
    `**${localizedSummary(r.code, r.summary, 'ja')}。**`,
    '',
    '| | |',
    '| --- | --- |',
    `| パック | \`${r.pack}\`（${packName}） |`,
    `| 既定の重大度 | ${r.defaultSeverity}（${ui('ja', `cli.severity.${r.defaultSeverity}`)}） |`,
    `| 出典 | ${citationJa(r)} |`,
    `| 適用開始日 | ${appliesFromJa(r)} |`,
    '',
    '## 何をチェックし、なぜ重要か',
    '',
  ];
  const explained = JA_DESCRIPTIONS[r.code];
  if (isPackRule(r)) {
    const title = JA_OBLIGATION_TITLES[r.code];
    assert.ok(title, `${r.code} has a Japanese obligation name`);
    lines.push(
      explained ?? `このルールは、${citationJa(r).replace(/（\*\*未確認.*$/, '')}が求める「${title}」について、レジストリのコンポーネントごとに必要な記録があるかを確かめます。記録が欠けているとき、その項目を指摘します。`,
      '',
      '適用開始日より前は、指摘は情報（info）レベルで報告され、メッセージの末尾に適用開始日が示されます。コンポーネントが対象かどうかは、その `roles`、`jurisdictions`（指定がなければ選択したパックのすべての法域）及び `risk` によって決まります。',
      '',
    );
  } else {
    const own = OWN_TEXT[r.code];
    assert.ok(own, `${r.code} has a Japanese explanation`);
    lines.push(own.what, '');
  }
  lines.push(explained ? `英語のページ: [${r.code}](../${r.code}.md)。` : `詳しい説明は英語のページ [${r.code}](../${r.code}.md) にあります。`, '');
  const gaps = isPackRule(r) ? [...new Set(engine.model.components.flatMap((c) => r.obligation.gaps(c).map((g) => g.field)))] : [];
  lines.push(
    '## 例',
    '',
    `次のレジストリ（\`test-fixtures/packs/${fx.pack}/${fx.name}/invalid\`）は、${TODAY} に次のように報告されます。`,
    '',
    '```yaml',
    invalid.trimEnd(),
    '```',
    '',
    '```text',
    ...reported,
    '```',
    '',
    '不足している事実を記録すると、何も報告されません。',
    '',
    '```yaml',
    valid.trimEnd(),
    '```',
    '',
    '## 修正方法',
    '',
  );
  if (isPackRule(r)) {
    const how = JA_HOW_TO_FIX[r.code];
    assert.ok(how, `${r.code} says how to fix it in Japanese`);
    lines.push(how, '');
    if (gaps.length) lines.push(`この例で不足している項目: ${gaps.map((g) => `\`${g}\``).join('、')}。`, '');
  } else {
    lines.push(OWN_TEXT[r.code]!.how, '');
  }
  const proposals = mine.flatMap((f) => engine.fixesFor(f, 'ja').filter((p) => p.kind !== 'suppress'));
  const fixes = [...new Set(proposals.map((p) => p.title.replace(/（20\d\d-\d\d-\d\d）/, '')))];
  const creates = proposals.some((p) => p.edits.some((e) => e.kind === 'create'));
  if (fixes.length) lines.push(`クイックフィックス: ${fixes.map((t) => `「${t}」`).join('、')}${creates ? '（作成される文書は実行時の言語で書かれます）' : ''}。`, '');
  lines.push(`指摘を受け入れる場合は、その上の行に理由を付けて \`# @aigov-ignore ${r.code} -- <理由>\` と書いて抑制するか、\`rules: { ${r.code}: off }\` でルールを無効にします。`, '');
  return lines.join('\n');
}

function sections(text: string): string[] {
  let fence = false;
  const out: string[] = [];
  for (const l of text.split('\n')) {
    if (l.startsWith('```')) fence = !fence;
    else if (!fence && l.startsWith('## ')) out.push(l.slice(3));
  }
  return out;
}

describe('Japanese rule pages (docs/rules/ja)', function () {
  this.timeout(60_000);

  for (const r of FRAMEWORK_RULES) {
    it(`docs/rules/ja/${r.code}.md matches the rule and its fixtures`, async () => {
      const file = path.join(RULES_DIR, 'ja', `${r.code}.md`);
      const text = await jaPage(r);
      if (UPDATE || !existsSync(file)) {
        await fs.writeFile(file, text);
        if (!UPDATE) assert.fail(`wrote docs/rules/ja/${r.code}.md; check it and run again`);
      }
      assert.equal(await fs.readFile(file, 'utf8'), text, `docs/rules/ja/${r.code}.md is stale (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
    });
  }

  it('every English page has a Japanese page with the same title line and the same sections, in Japanese', () => {
    const english = readdirSync(RULES_DIR).filter((f) => /^AIGOV\d{3}\.md$/.test(f));
    assert.ok(english.length > 90, `${english.length} English pages`);
    for (const f of english) {
      const jaFile = path.join(RULES_DIR, 'ja', f);
      assert.ok(existsSync(jaFile), `docs/rules/ja/${f} exists`);
      const en = readFileSync(path.join(RULES_DIR, f), 'utf8');
      const ja = readFileSync(jaFile, 'utf8');
      assert.equal(ja.split('\n')[0], en.split('\n')[0], `${f}: the same title line`);
      assert.deepEqual(sections(ja), sections(en).map((s) => SECTION_JA[s] ?? `(no Japanese heading for '${s}')`), f);
    }
    const extra = readdirSync(path.join(RULES_DIR, 'ja')).filter((f) => !english.includes(f));
    assert.deepEqual(extra, [], 'no Japanese page without an English one');
  });

  it('the findings the Japanese pages show cite their articles in Japanese (箇条, 管理策, 第N条), not in English words', () => {
    const english = /\b(clauses?|controls?|principle|Part \d|Annex [IVX]+|Arts? \d+)\b/;
    let lines = 0;
    for (const f of readdirSync(path.join(RULES_DIR, 'ja')).filter((x) => /^AIGOV\d{3}\.md$/.test(x))) {
      for (const line of readFileSync(path.join(RULES_DIR, 'ja', f), 'utf8').split('\n')) {
        // A finding as `aigov check --locale ja` prints it: path:line:col, severity, code, message.
        if (!/^\S+:\d+:\d+ {2}(エラー|警告|情報) {2}AIGOV\d{3} {2}/.test(line)) continue;
        lines++;
        assert.doesNotMatch(line, english, `${f}: ${line}`);
      }
    }
    assert.ok(lines > 50, `${lines} finding lines read`);
  });
});
