import { strict as assert } from 'node:assert';
import { DOCS_BASE_URL, docsUrl } from './docs.js';
import { citationIn, obligationTitleIn, packDescriptionIn, packTitleIn } from './pack-names.js';
import { frameworkLabel, PACK_IDS, PACKS, packInfo } from './packs.js';
import { EU } from './rules/packs/eu.js';
import { KR } from './rules/packs/kr.js';
import { NIST } from './rules/packs/nist.js';

describe('packs and their names', () => {
  it('lists the packs by id, core first, and finds one by its id', () => {
    assert.equal(PACK_IDS[0], 'core');
    assert.deepEqual(PACK_IDS, PACKS.map((p) => p.id));
    assert.equal(packInfo('eu-ai-act')?.short, 'EU AI Act');
    assert.equal(packInfo('no-such-pack'), undefined);
  });

  it("labels a finding with its pack's short name, else the cited framework's, else core", () => {
    assert.equal(frameworkLabel('eu-ai-act', undefined), 'EU AI Act');
    assert.equal(frameworkLabel('eu-ai-act', { framework: NIST, article: 'GOVERN 1.1' }), 'EU AI Act', 'the pack wins over the citation');
    assert.equal(frameworkLabel('someone-elses-pack', undefined), 'someone-elses-pack');
    assert.equal(frameworkLabel('core', { framework: EU, article: 'Art 73' }), 'EU AI Act', 'a core rule that cites a framework');
    assert.equal(frameworkLabel(undefined, { framework: NIST, article: 'MAP 1.1' }), 'NIST AI RMF');
    assert.equal(frameworkLabel(undefined, { framework: 'Company policy 7', article: '3' }), 'Company policy 7');
    assert.equal(frameworkLabel('core', undefined), 'core');
    assert.equal(frameworkLabel(undefined, undefined), 'core');
    assert.equal(frameworkLabel('', undefined), 'core');
  });

  it('names packs and obligations in Japanese when there is a Japanese name, in English otherwise', () => {
    assert.equal(packTitleIn('kr-ai-basic-act', 'Korea', 'ja'), '韓国AI基本法（法律第20676号）');
    assert.equal(packTitleIn('kr-ai-basic-act', 'Korea', 'en'), 'Korea');
    assert.equal(packTitleIn('no-such-pack', 'Other', 'ja'), 'Other');
    assert.equal(packDescriptionIn('kr-ai-basic-act', 'Korea: duties', 'ja'), '韓国: 高影響 AI と生成 AI の義務。2026年1月22日施行。');
    assert.equal(packDescriptionIn('kr-ai-basic-act', 'Korea: duties', 'en'), 'Korea: duties');
    assert.equal(packDescriptionIn('no-such-pack', 'Other', 'ja'), 'Other');
    assert.equal(obligationTitleIn('AIGOV500', 'Cooperation', 'ja'), '国等の施策への協力: 責任者と連絡先');
    assert.equal(obligationTitleIn('AIGOV500', 'Cooperation', 'en'), 'Cooperation');
    assert.equal(obligationTitleIn('no-such-code', 'Unknown', 'ja'), 'Unknown');
  });

  it('gives a citation in English unchanged (a copy), in Japanese with the framework as a Japanese reader knows it', () => {
    const c = { framework: EU, article: 'Art 9', unverified: true };
    const en = citationIn(c, 'en');
    assert.deepEqual(en, c);
    assert.notEqual(en, c, 'a copy: the caller may change it');
    assert.deepEqual(citationIn(c, 'ja'), { framework: 'EU AI法（規則 (EU) 2024/1689）', article: '第9条', unverified: true });
    assert.deepEqual(citationIn({ framework: NIST, article: 'GOVERN 1.1' }, 'ja'), { framework: 'NIST AI RMF 1.0（AI 100-1）', article: 'GOVERN 1.1' }, 'a name of its own');
    assert.equal(citationIn({ framework: KR, article: 'Art 31' }, 'ja').framework, '韓国AI基本法（法律第20676号）');
    assert.equal(citationIn({ framework: 'aigov core checks', article: 'x' }, 'ja').framework, 'aigov の基本チェック', 'a pack named by its title');
    assert.deepEqual(citationIn({ framework: 'Company policy 7', article: 'Art 3' }, 'ja'), { framework: 'Company policy 7', article: '第3条' });
  });

  it("links a rule's page in the reader's language", () => {
    assert.equal(docsUrl('AIGOV101'), `${DOCS_BASE_URL}AIGOV101.md`);
    assert.equal(docsUrl('AIGOV101', 'en'), `${DOCS_BASE_URL}AIGOV101.md`);
    assert.equal(docsUrl('AIGOV101', 'ja'), `${DOCS_BASE_URL}ja/AIGOV101.md`);
    assert.equal(docsUrl('AIGOV101', 'ja', 'https://example.test/r/'), 'https://example.test/r/ja/AIGOV101.md');
    assert.ok(DOCS_BASE_URL.endsWith('/docs/rules/'));
  });
});
