import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { annexIiiPoint, EU_HR_ANNEX_III_FROM, EU_PACK, inAnnexIii, isHighRisk } from '../server/src/core/rules/packs/eu.js';
import { addDays } from '../server/src/core/dates.js';
import { engineFor, FIXTURES, ROOT } from './support/workspace.js';

/**
 * `npm run demo` checks the example workspace on a fixed day. Before the EU high-risk date it must
 * show no high-risk duty above info, and no component may be classified against the Annex it cites.
 */

const EXAMPLE = path.join(FIXTURES, 'workspaces', 'example');
const demoScript = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.demo ?? '';
const DEMO_DAY = /--today (\d{4}-\d{2}-\d{2})/.exec(demoScript)?.[1];

/** EU rules whose article applies from the high-risk date in citations.json (not from what the rule says of itself). */
const citations = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'frameworks', 'citations.json'), 'utf8')) as { frameworks: Record<string, { citations: { article: string; appliesFrom?: string }[] }> };
const HIGH_RISK_CODES = new Set(
  FRAMEWORK_RULES.filter((r) => r.pack === EU_PACK && r.citation)
    .filter((r) => citations.frameworks[r.citation!.framework]?.citations.find((c) => c.article === r.citation!.article)?.appliesFrom === EU_HR_ANNEX_III_FROM)
    .map((r) => r.code),
);

describe('the demo (example workspace)', function () {
  this.timeout(60_000);

  it('runs on a fixed day before the EU high-risk date', () => {
    for (const code of ['AIGOV523', 'AIGOV532', 'AIGOV533', 'AIGOV535', 'AIGOV536', 'AIGOV521', 'AIGOV522']) assert.ok(HIGH_RISK_CODES.has(code), code);
    assert.ok(DEMO_DAY, `package.json demo passes --today: ${demoScript}`);
    assert.ok(DEMO_DAY < EU_HR_ANNEX_III_FROM);
  });

  for (const day of [DEMO_DAY ?? '2026-11-25', addDays(EU_HR_ANNEX_III_FROM, -1)]) {
    it(`shows no EU high-risk finding above info on ${day}`, async () => {
      const engine = await engineFor(EXAMPLE, { today: day });
      const hr = engine.findings().filter((f) => HIGH_RISK_CODES.has(f.code) || (f.code === 'AIGOV401' && f.data?.legal === true));
      assert.ok(engine.findings().some((f) => HIGH_RISK_CODES.has(f.code)), 'the example has a high-risk system with readiness findings');
      for (const f of hr) assert.equal(f.severity, 'info', `${f.code}: ${f.message}`);
      for (const f of engine.findings().filter((x) => x.code === 'AIGOV401')) assert.match(f.message, /^Good practice: /);
    });
  }

  it('classifies no component against the Annex it cites', async () => {
    const engine = await engineFor(EXAMPLE);
    const comps = engine.model.components;
    assert.ok(comps.some((c) => isHighRisk(c) && annexIiiPoint(c) === '5(b)'), 'a real Annex III 5(b) (creditworthiness) system');
    for (const c of comps) {
      const purpose = c.data.intended_purpose ?? '';
      // Annex III 5(b) excepts AI systems used to detect financial fraud.
      if (/fraud/i.test(purpose)) {
        assert.ok(!isHighRisk(c), `${c.id}: the example's fraud detector is not high-risk (Annex III 5(b) excepts fraud detection)`);
        assert.ok(!inAnnexIii(c), `${c.id}: its basis says why it is outside Annex III: ${c.data.risk?.basis}`);
        assert.match(c.data.risk?.basis ?? '', /fraud/i, `${c.id}: the basis says why`);
      }
      if (isHighRisk(c) && annexIiiPoint(c) === '5(b)') assert.match(purpose, /creditworth|credit score/i, `${c.id}: 5(b) is creditworthiness`);
    }
  });
});
