import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../server/src/core/engine.js';
import type { ComponentEntry } from '../server/src/core/manifest/registry.js';
import { PACK_IDS, PACKS } from '../server/src/core/packs.js';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { EU_PACK, highRiskApplication, highRiskFrom, highRiskNote } from '../server/src/core/rules/packs/eu.js';
import { art73Binding } from '../server/src/core/rules/packs/incidents.js';
import { isPackRule, type PackRule } from '../server/src/core/rules/packs/obligation.js';
import { InMemoryWorkspace } from '../server/src/core/testing/memory-workspace.js';
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

  it('every 5xx rule is an obligation (it has a row in the coverage report), except AIGOV502 which is about the registry and the summaries of the voluntary packs', () => {
    for (const r of packRules) if (r.code !== 'AIGOV502' && !('summaryOf' in r)) assert.ok(isPackRule(r), r.code);
  });

  it('each voluntary pack has exactly one summary rule, and only voluntary packs have one', () => {
    const summaries = packRules.filter((r) => 'summaryOf' in r).map((r) => r.pack).sort();
    const voluntary = PACKS.filter((p) => p.voluntary).map((p) => p.id).sort();
    assert.deepEqual(summaries, voluntary);
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

/**
 * Components that differ only in what decides the high-risk date: route, placing date, significant
 * change, public-authority use. Each exists as provider and as public-authority deployer.
 */
async function highRiskVariants(): Promise<ComponentEntry[]> {
  const variants = [
    'risk: { level: high, basis: "Annex III 5(b) creditworthiness" }',
    'risk: { level: high, basis: "Annex III 4(a) recruitment" }\n    placed_on_market: 2028-01-10',
    'risk: { level: high, basis: "Annex III 1(a) remote biometric identification" }\n    placed_on_market: 2026-09-01',
    'risk: { level: high, basis: "Annex III 5(c) insurance pricing" }\n    placed_on_market: 2026-09-01\n    significant_change: 2028-05-01',
    'risk: { level: high, basis: "Annex III 5(b)" }\n    placed_on_market: 2026-09-01\n    for_public_authorities: true',
    'risk: { level: high, basis: "Annex I, medical device" }',
    'risk: { level: high, basis: "Annex I machinery" }\n    placed_on_market: 2028-06-01',
    'risk: { level: high, basis: "Art 6(1) lift safety" }\n    placed_on_market: 2028-06-01\n    significant_change: 2029-02-01',
    'risk: { level: high, annex_iii_area: "2 critical infrastructure" }',
    'risk: { level: high }',
  ];
  const comps = variants.flatMap((v, i) => [
    `  - id: p${i}\n    roles: [provider]\n    jurisdictions: [eu]\n    capabilities: [profiling]\n    upstream_models: [{ provider: acme }]\n    ${v}`,
    `  - id: d${i}\n    roles: [deployer]\n    jurisdictions: [eu]\n    public_sector: authority\n    ${v}`,
  ]);
  const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': `version: 1\nframeworks: [eu-ai-act]\ncomponents:\n${comps.join('\n')}\n` }), { today: '2026-12-05' });
  await engine.indexAll();
  assert.equal(engine.model.components.length, variants.length * 2);
  return [...engine.model.components];
}

/** EU pack rules that apply only to high-risk systems: they apply to some variant, and to none once it is not high-risk. */
function highRiskRules(comps: ComponentEntry[]): PackRule[] {
  const eu = FRAMEWORK_RULES.filter(isPackRule).filter((r) => r.pack === EU_PACK);
  return eu.filter((r) => {
    const some = comps.some((c) => r.obligation.appliesTo(c));
    const lowered = comps.map((c) => ({ ...c, data: { ...c.data, risk: { ...c.data.risk, level: 'limited' as const } } }) as ComponentEntry);
    return some && !lowered.some((c) => r.obligation.appliesTo(c));
  });
}

describe('the EU high-risk dates come from one function', () => {
  it('every high-risk rule takes its date, its note and its nominal date from highRiskApplication', async () => {
    const comps = await highRiskVariants();
    const rules = highRiskRules(comps);
    const codes = rules.map((r) => r.code);
    for (const code of ['AIGOV523', 'AIGOV529', 'AIGOV531', 'AIGOV532', 'AIGOV533', 'AIGOV534', 'AIGOV535', 'AIGOV536', 'AIGOV537', 'AIGOV545']) assert.ok(codes.includes(code), `${code} is found as a high-risk rule`);
    const annexIII = comps.find((c) => c.id === 'p0')!;
    for (const r of rules) {
      assert.equal(r.obligation.appliesFromFor, highRiskFrom, `${r.code} uses highRiskFrom`);
      assert.equal(r.obligation.dateNote, highRiskNote, `${r.code} uses highRiskNote`);
      assert.equal(r.appliesFrom, highRiskApplication(annexIII).routeFrom, `${r.code}'s nominal date is the Annex III date`);
      for (const c of comps) {
        if (!r.obligation.appliesTo(c)) continue;
        for (const today of ['2027-12-01', '2027-12-02', '2028-08-02', '2031-01-01']) {
          const ev = r.evaluate(c, today);
          const from = highRiskFrom(c);
          if (from === undefined) assert.equal(ev.status, 'n.a.', `${r.code} ${c.id}: Art 111(2) leaves it out`);
          else {
            assert.equal(ev.appliesFrom, from, `${r.code} ${c.id}`);
            if (today < from) assert.equal(ev.status, 'not-yet-applicable', `${r.code} ${c.id} on ${today}`);
            else assert.notEqual(ev.status, 'not-yet-applicable', `${r.code} ${c.id} on ${today}`);
          }
        }
      }
    }
  });

  it('citations.json gives each high-risk rule the dates of the function (Annex III, and Annex I where the rule covers it)', async () => {
    const comps = await highRiskVariants();
    const iii = highRiskApplication(comps.find((c) => c.id === 'p0')!).routeFrom;
    const i = highRiskApplication(comps.find((c) => c.id === 'p5')!).routeFrom;
    for (const r of highRiskRules(comps)) {
      const e = entryFor(r.citation!.framework, r.citation!.article)!;
      assert.equal(e.appliesFrom, iii, `${r.code} ${r.citation!.article}`);
      const coversAnnexI = comps.some((c) => r.obligation.appliesTo(c) && highRiskApplication(c).route === 'annex-i');
      assert.equal(e.appliesFromAnnexI, coversAnnexI ? i : undefined, `${r.code} ${r.citation!.article} Annex I date`);
    }
  });

  it('Art 73 (AIGOV401) binds exactly from the same date', async () => {
    const comps = (await highRiskVariants()).filter((c) => c.id.startsWith('p'));
    for (const c of comps) {
      const from = highRiskFrom(c);
      for (const today of ['2027-12-01', '2027-12-02', '2028-08-01', '2028-08-02', '2030-08-02']) {
        assert.equal(art73Binding(c, today, today).legal, from !== undefined && today >= from, `${c.id} on ${today}`);
      }
    }
  });

  it('no other source file of the rules holds a high-risk date', () => {
    const dir = path.join(ROOT, 'server', 'src', 'core', 'rules');
    const files = [...readdirSync(dir).map((f) => path.join(dir, f)), ...readdirSync(path.join(dir, 'packs')).map((f) => path.join(dir, 'packs', f))].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const dates = /2027-12-02|2028-08-02|2030-08-02|2 Dec(?:ember)? 2027|2 Aug(?:ust)? 2028|2 Aug(?:ust)? 2030/;
    for (const f of files) {
      if (f.endsWith(path.join('packs', 'eu.ts'))) continue;
      assert.doesNotMatch(readFileSync(f, 'utf8'), dates, path.relative(ROOT, f));
    }
  });
});
