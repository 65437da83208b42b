import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { STARTER_WORDS, starterTemplate } from './starter.js';
import { DOC_FIELDS, documentTemplate, riskAssessmentTemplate, TEMPLATE_WORDS } from './templates.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ALL_PACKS = new Set(Object.keys(TEMPLATE_WORDS.en.sectionsByPack));

async function component() {
  const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n    name: Bot\n    owner: a@example.jp\n' }), { today: '2026-11-25' });
  await engine.indexAll();
  return engine.model.components[0]!;
}

describe('templates in every locale', () => {
  it('every pack has the same number of sections in both languages, and every document a title', () => {
    const { en, ja } = TEMPLATE_WORDS;
    assert.deepEqual(Object.keys(ja.sectionsByPack).sort(), Object.keys(en.sectionsByPack).sort());
    for (const [pack, sections] of Object.entries(en.sectionsByPack)) assert.equal(ja.sectionsByPack[pack]?.length, sections.length, pack);
    assert.deepEqual(Object.keys(ja.docTitles).sort(), Object.keys(DOC_FIELDS).sort());
    assert.deepEqual(Object.keys(en.docTitles).sort(), Object.keys(DOC_FIELDS).sort());
    assert.deepEqual(Object.keys(STARTER_WORDS.ja).sort(), Object.keys(STARTER_WORDS.en).sort());
  });

  it('the Japanese risk assessment has the same headings, each in Japanese', async () => {
    const c = await component();
    const en = riskAssessmentTemplate(c, ALL_PACKS, '2026-11-25', 'en');
    const ja = riskAssessmentTemplate(c, ALL_PACKS, '2026-11-25', 'ja');
    const heads = (t: string): string[] => t.split('\n').filter((l) => l.startsWith('#'));
    assert.equal(heads(ja).length, heads(en).length);
    for (const h of heads(ja).slice(1)) assert.match(h.replace(/EU|AI|MAP|MEASURE|MANAGE|ISO\/IEC/g, ''), JAPANESE, h);
    assert.ok(ja.startsWith('# AI リスク評価: Bot\n'));
    assert.equal(en, riskAssessmentTemplate(c, ALL_PACKS, '2026-11-25'), 'English by default');
  });

  it('document templates name the framework and article in Japanese', async () => {
    const c = await component();
    const ja = documentTemplate('conformity.doc_path', c, new Set(), '2026-11-25', 'EU AI Act (Regulation (EU) 2024/1689) Art 43, 47, 48', 'ja');
    assert.match(ja, /^# EU 適合宣言: Bot$/m);
    assert.match(ja, /^- 作成の理由: EU AI法（規則 \(EU\) 2024\/1689） 第43条、第47条、第48条$/m);
    for (const field of Object.keys(DOC_FIELDS)) assert.match(documentTemplate(field, c, new Set(), '2026-11-25', undefined, 'ja').split('\n')[0]!, JAPANESE, field);
  });

  it('the starter registry is the same YAML in both languages, comments and placeholders translated', () => {
    const strip = (t: string): string => t.replace(/\s*#.*$/gm, '').replace(/^\s*\n/gm, '');
    const en = starterTemplate('My App', '2026-11-25', 'en');
    const ja = starterTemplate('My App', '2026-11-25', 'ja');
    const keys = (t: string): string[] => strip(t).split('\n').map((l) => l.replace(/:.*$/, ''));
    assert.deepEqual(keys(ja), keys(en));
    assert.match(ja, /^# AI ガバナンスのレジストリ/);
    assert.match(ja, /# 2026-11-25 に記録。/);
    for (const [k, w] of Object.entries(STARTER_WORDS.ja)) assert.match(w, JAPANESE, k);
  });
});
