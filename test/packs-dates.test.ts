import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { addDays } from '../server/src/core/dates.js';
import { Engine } from '../server/src/core/engine.js';
import type { Finding } from '../server/src/core/finding.js';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { isPackRule } from '../server/src/core/rules/packs/obligation.js';
import { InMemoryWorkspace } from '../server/src/core/testing/memory-workspace.js';
import { packFixtures } from './packs-support.js';
import { engineFor } from './support/workspace.js';

async function findingsOn(files: Record<string, string>, today: string, code: string): Promise<Finding[]> {
  const engine = new Engine(new InMemoryWorkspace(files), { today });
  await engine.indexAll();
  return engine.findings().filter((f) => f.code === code);
}

describe('application dates: the day before, the day of and the day after', function () {
  this.timeout(60_000);
  for (const r of FRAMEWORK_RULES.filter(isPackRule)) {
    const from = r.appliesFrom!;
    it(`${r.code} applies from ${from}`, async () => {
      const fx = packFixtures().find((f) => f.code === r.code)!;
      const dir = path.join(fx.dir, 'invalid');
      const before = (await engineFor(dir, { today: addDays(from, -1) })).findings().filter((f) => f.code === r.code);
      assert.ok(before.length > 0);
      for (const f of before) {
        assert.equal(f.severity, 'info', `${r.code} is info before ${from}`);
        assert.match(f.message, new RegExp(`Applies from ${from}`));
      }
      for (const day of [from, addDays(from, 1)]) {
        const on = (await engineFor(dir, { today: day })).findings().filter((f) => f.code === r.code);
        assert.equal(on.length, before.length, 'the same gaps');
        for (const f of on) {
          assert.equal(f.severity, r.defaultSeverity, `${r.code} has its own severity on ${day}`);
          assert.doesNotMatch(f.message, /Applies from/);
        }
      }
    });
  }

  const annexI = (basis: string): Record<string, string> => ({
    '.aigov.yaml': `version: 1
frameworks: [eu-ai-act]
components:
  - id: press-guard
    kind: model
    roles: [provider]
    jurisdictions: [eu]
    intended_purpose: Stop a hydraulic press when a hand is detected
    risk: { level: high, basis: "${basis}" }
`,
  });

  it('an Annex I system gets the later Digital Omnibus date (2028-08-02)', async () => {
    const files = annexI('Annex I, machinery safety component');
    for (const [day, sev] of [['2028-08-01', 'info'], ['2028-08-02', 'warning'], ['2028-08-03', 'warning']] as const) {
      const fs = await findingsOn(files, day, 'AIGOV525');
      assert.equal(fs.length, 1);
      assert.equal(fs[0]!.severity, sev, day);
      assert.equal(fs[0]!.data?.appliesFrom, '2028-08-02');
    }
  });

  it('an Annex III system (or one whose basis does not say) gets 2027-12-02', async () => {
    for (const basis of ['Annex III 4(a) recruitment', 'internal classification']) {
      const fs = await findingsOn(annexI(basis), '2027-12-01', 'AIGOV525');
      assert.equal(fs[0]!.severity, 'info');
      assert.match(fs[0]!.message, /Applies from 2027-12-02/);
      assert.equal((await findingsOn(annexI(basis), '2027-12-02', 'AIGOV525'))[0]!.severity, 'warning');
    }
  });
});

function incidentRegistry(o: { severity?: string; detected?: string; reported?: string; status?: string; jurisdictions?: string; level?: string }): Record<string, string> {
  return {
    '.aigov.yaml': `version: 1
organization:
  contacts: { incident: ai-incidents@example.eu }
components:
  - id: fraud-scorer
    kind: model
    roles: [provider]
    jurisdictions: [${o.jurisdictions ?? 'eu'}]
    risk: { level: ${o.level ?? 'high'} }
    incidents:
      - id: INC-1
        detected: ${o.detected ?? '2026-11-01'}
${o.severity ? `        severity: ${o.severity}\n` : ''}        reported: ${o.reported ?? 'null'}
        status: ${o.status ?? 'open'}
`,
  };
}

describe('incident deadlines (EU AI Act Art 73): the day before, the day of and the day after', function () {
  this.timeout(60_000);
  const cases: [string | undefined, number][] = [
    ['serious', 15],
    ['death', 10],
    ['widespread', 2],
    ['critical-infrastructure', 2],
    [undefined, 15],
  ];
  for (const [severity, days] of cases) {
    it(`${severity ?? 'no severity (serious assumed)'}: due ${days} days after detection`, async () => {
      const detected = '2026-11-01';
      const deadline = addDays(detected, days);
      const files = incidentRegistry({ severity, detected });
      const at = async (day: string): Promise<Finding> => {
        const fs = await findingsOn(files, day, 'AIGOV401');
        assert.equal(fs.length, 1, day);
        return fs[0]!;
      };
      const dayBefore = await at(addDays(deadline, -1));
      assert.equal(dayBefore.severity, 'warning');
      assert.match(dayBefore.message, new RegExp(`due by ${deadline}: 1 day left`));
      const dayOf = await at(deadline);
      assert.equal(dayOf.severity, 'warning');
      assert.match(dayOf.message, /is due today/);
      const dayAfter = await at(addDays(deadline, 1));
      assert.equal(dayAfter.severity, 'error');
      assert.match(dayAfter.message, new RegExp(`was due ${deadline}, 1 day ago`));
      assert.equal(dayAfter.data?.deadline, deadline);
    });
  }

  it('is info while more than 5 days are left and a warning from 5 days before', async () => {
    const files = incidentRegistry({ severity: 'serious', detected: '2026-11-01' });
    assert.equal((await findingsOn(files, '2026-11-10', 'AIGOV401'))[0]!.severity, 'info');
    assert.equal((await findingsOn(files, '2026-11-11', 'AIGOV401'))[0]!.severity, 'warning');
  });

  it('reports nothing once reported, once closed, or for a minor incident', async () => {
    assert.deepEqual(await findingsOn(incidentRegistry({ severity: 'serious', reported: '2026-11-05' }), '2026-12-30', 'AIGOV401'), []);
    assert.deepEqual(await findingsOn(incidentRegistry({ severity: 'serious', status: 'closed' }), '2026-12-30', 'AIGOV401'), []);
    assert.deepEqual(await findingsOn(incidentRegistry({ severity: 'minor' }), '2026-12-30', 'AIGOV401'), []);
  });

  it('outside the EU, or before Art 73 applies on 2026-08-02, the timeline is good practice and never an error', async () => {
    const jp = await findingsOn(incidentRegistry({ severity: 'widespread', jurisdictions: 'jp' }), '2026-12-30', 'AIGOV401');
    assert.equal(jp[0]!.severity, 'warning');
    assert.match(jp[0]!.message, /good practice/);
    assert.match(jp[0]!.citation!.article, /as good practice/);
    const early = incidentRegistry({ severity: 'widespread', detected: '2026-07-20' });
    assert.equal((await findingsOn(early, '2026-08-01', 'AIGOV401'))[0]!.severity, 'warning');
    assert.equal((await findingsOn(early, '2026-08-02', 'AIGOV401'))[0]!.severity, 'error');
    const limited = await findingsOn(incidentRegistry({ severity: 'death', level: 'limited' }), '2026-12-30', 'AIGOV401');
    assert.equal(limited[0]!.severity, 'warning');
  });
});
