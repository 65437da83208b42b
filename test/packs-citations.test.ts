import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PACK_IDS } from '../server/src/core/packs.js';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { isPackRule } from '../server/src/core/rules/packs/obligation.js';
import { ROOT } from './support/workspace.js';

interface CitationEntry {
  article: string;
  unverified?: boolean;
  appliesFrom?: string;
  appliesFromAnnexI?: string;
  checkable?: boolean;
}
interface Table {
  frameworks: Record<string, { pack: string; citations: CitationEntry[] }>;
}

const table = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'frameworks', 'citations.json'), 'utf8')) as Table;

function entryFor(framework: string, article: string): CitationEntry | undefined {
  return table.frameworks[framework]?.citations.find((c) => c.article === article);
}

describe('citations of the framework packs', () => {
  const packRules = FRAMEWORK_RULES.filter((r) => r.code.startsWith('AIGOV5'));

  it('every framework in the citation table is a known pack', () => {
    for (const [name, fw] of Object.entries(table.frameworks)) assert.ok(PACK_IDS.includes(fw.pack), `${name}: pack ${fw.pack}`);
  });

  for (const r of packRules) {
    it(`${r.code} cites an article of docs/frameworks/citations.json exactly`, () => {
      assert.ok(r.citation, `${r.code} has a citation`);
      const e = entryFor(r.citation.framework, r.citation.article);
      assert.ok(e, `'${r.citation.framework}' '${r.citation.article}' is in citations.json`);
      assert.notEqual(e.checkable, false, 'the entry is checkable');
      assert.equal(!!r.citation.unverified, !!e.unverified, 'unverified flags agree');
      assert.equal(table.frameworks[r.citation.framework]?.pack, r.pack, 'the citation belongs to the rule pack');
    });

    it(`${r.code} carries an application date that matches the table`, () => {
      assert.match(r.appliesFrom ?? '', /^\d{4}-\d{2}-\d{2}$/);
      const e = entryFor(r.citation!.framework, r.citation!.article);
      if (e?.appliesFrom) assert.equal(r.appliesFrom, e.appliesFrom);
    });

    it(`${r.code} reports unverified points at info level only`, () => {
      if (r.citation?.unverified) assert.equal(r.defaultSeverity, 'info');
    });
  }

  it('every 5xx rule is an obligation (it has a row in the coverage report), except AIGOV502 which is about the registry', () => {
    for (const r of packRules) if (r.code !== 'AIGOV502') assert.ok(isPackRule(r), r.code);
  });

  it('the incident rule cites EU AI Act Art 73 from the table', () => {
    const r = FRAMEWORK_RULES.find((x) => x.code === 'AIGOV401');
    assert.ok(r?.citation && entryFor(r.citation.framework, r.citation.article));
  });

  it('the Japanese AI Promotion Act pack reports at info level and imposes nothing the Act does not', () => {
    for (const r of packRules.filter((x) => x.pack === 'jp-ai-promotion-act')) {
      assert.equal(r.defaultSeverity, 'info', r.code);
      assert.ok(['Art 7', 'Art 13', 'Art 16'].includes(r.citation!.article), r.code);
      assert.match(r.description, /no registration, reporting/);
    }
  });
});
