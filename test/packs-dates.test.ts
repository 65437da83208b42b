import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../server/src/core/dates.js';
import { Engine } from '../server/src/core/engine.js';
import type { Finding } from '../server/src/core/finding.js';
import { localizedMessage } from '../server/src/core/i18n/messages.js';
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
      // A voluntary practice reports on its own only when its code is set (the fixture sets it).
      const set = new RegExp(`\\b${r.code}: (\\w+)`).exec(readFileSync(path.join(dir, '.aigov.yaml'), 'utf8'))?.[1];
      const severity = set ?? r.defaultSeverity;
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
          assert.equal(f.severity, severity, `${r.code} has its own severity on ${day}`);
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

/** One EU high-risk provider component with the given extra lines (indented under it). */
function hrRegistry(extra: string, opts: { basis?: string; roles?: string; jurisdictions?: string; level?: string } = {}): Record<string, string> {
  return {
    '.aigov.yaml': `version: 1
frameworks: [eu-ai-act]
organization:
  contacts: { incident: ai-incidents@example.eu }
components:
  - id: scorer
    kind: model
    roles: [${opts.roles ?? 'provider'}]
    jurisdictions: [${opts.jurisdictions ?? 'eu'}]
    intended_purpose: Evaluate the creditworthiness of consumer loan applicants
    risk: { level: ${opts.level ?? 'high'}, basis: "${opts.basis ?? 'Annex III 5(b) creditworthiness'}" }
${extra}`,
  };
}

/** Severity of the single finding of `code` on each day, or 'none'. */
async function severities(files: Record<string, string>, code: string, days: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const day of days) {
    const fs = await findingsOn(files, day, code);
    assert.ok(fs.length <= 1, `${code} on ${day}: ${fs.length} findings`);
    out.push(fs[0]?.severity ?? 'none');
  }
  return out;
}

const around = (d: string): string[] => [addDays(d, -1), d, addDays(d, 1)];

describe('EU Art 111 transitions: the day before, the day of and the day after', function () {
  this.timeout(60_000);

  it('Art 111(2): a system placed on the market before 2027-12-02 and not changed since is not covered', async () => {
    for (const placed of ['2026-09-01', '2027-12-01']) {
      const files = hrRegistry(`    placed_on_market: ${placed}\n`);
      assert.deepEqual(await severities(files, 'AIGOV532', ['2027-12-01', '2027-12-02', '2030-08-02']), ['none', 'none', 'none'], placed);
    }
    // Changed before the date: still placed before it, still not covered.
    const changedBefore = hrRegistry('    placed_on_market: 2026-09-01\n    significant_change: 2027-12-01\n');
    assert.deepEqual(await severities(changedBefore, 'AIGOV533', ['2027-12-02', '2029-01-01']), ['none', 'none']);
  });

  it('Art 111(2): placed on the market on or after 2027-12-02, or no date recorded: covered from 2027-12-02', async () => {
    for (const extra of ['    placed_on_market: 2027-12-02\n', '    placed_on_market: 2028-01-15\n', '']) {
      assert.deepEqual(await severities(hrRegistry(extra), 'AIGOV532', around('2027-12-02')), ['info', 'warning', 'warning'], extra || 'no placing date');
    }
  });

  it('says a system with no placed_on_market is treated as covered, once the date has come', async () => {
    const files = hrRegistry('');
    const [before] = await findingsOn(files, '2027-12-01', 'AIGOV525');
    assert.doesNotMatch(before!.message, /placed_on_market/);
    for (const day of ['2027-12-02', '2027-12-03']) {
      const [f] = await findingsOn(files, day, 'AIGOV525');
      assert.match(f!.message, /No placed_on_market date is recorded, so aigov treats the system as covered \(Art 111\(2\)\)\.$/);
      assert.equal(f!.data?.dateNote, 'assumed-covered');
    }
    const [placed] = await findingsOn(hrRegistry('    placed_on_market: 2028-01-15\n'), '2028-02-01', 'AIGOV525');
    assert.doesNotMatch(placed!.message, /placed_on_market/);
  });

  it('Art 111(2): a significant change on or after the date brings the system in from the change', async () => {
    const files = hrRegistry('    placed_on_market: 2026-09-01\n    significant_change: 2028-03-10\n');
    assert.deepEqual(await severities(files, 'AIGOV535', around('2028-03-10')), ['info', 'warning', 'warning']);
    const [f] = await findingsOn(files, '2028-03-10', 'AIGOV535');
    assert.match(f!.message, /Placed on the market on 2026-09-01, before 2027-12-02, and significantly changed on 2028-03-10: covered from that change \(Art 111\(2\)\)\.$/);
    const [early] = await findingsOn(files, '2028-03-09', 'AIGOV535');
    assert.match(early!.message, /Applies from 2028-03-10; until then for information\./);
    // A change on the date itself counts.
    assert.deepEqual(await severities(hrRegistry('    placed_on_market: 2026-09-01\n    significant_change: 2027-12-02\n'), 'AIGOV535', around('2027-12-02')), ['info', 'warning', 'warning']);
  });

  it('Art 111(2): a system intended for public authorities complies by 2030-08-02 (declared, or deployed by one)', async () => {
    const provider = hrRegistry('    placed_on_market: 2026-09-01\n    for_public_authorities: true\n');
    assert.deepEqual(await severities(provider, 'AIGOV525', around('2030-08-02')), ['info', 'warning', 'warning']);
    const [f] = await findingsOn(provider, '2030-08-02', 'AIGOV525');
    assert.match(f!.message, /intended for public authorities: Art 111\(2\) requires compliance by 2030-08-02\.$/);
    const deployer = hrRegistry('    placed_on_market: 2026-09-01\n    public_sector: authority\n', { roles: 'deployer' });
    assert.deepEqual(await severities(deployer, 'AIGOV529', around('2030-08-02')), ['info', 'warning', 'warning']);
    // An earlier significant change wins over 2030.
    const changed = hrRegistry('    placed_on_market: 2026-09-01\n    for_public_authorities: true\n    significant_change: 2029-01-10\n');
    assert.deepEqual(await severities(changed, 'AIGOV525', around('2029-01-10')), ['info', 'warning', 'warning']);
  });

  it('Art 111(2) with the Annex I date: placed before 2028-08-02 and unchanged is out, on it is in', async () => {
    const basis = 'Annex I, machinery safety component';
    assert.deepEqual(await severities(hrRegistry('    placed_on_market: 2028-08-01\n', { basis }), 'AIGOV532', ['2028-08-02', '2029-01-01']), ['none', 'none']);
    assert.deepEqual(await severities(hrRegistry('    placed_on_market: 2028-08-02\n', { basis }), 'AIGOV532', around('2028-08-02')), ['info', 'warning', 'warning']);
  });

  it('Art 111(4): a generative system placed on the market before 2026-08-02 marks its output from 2026-12-02', async () => {
    const chat = (extra: string): Record<string, string> =>
      hrRegistry(`    capabilities: [generates-content]\n${extra}`, { level: 'limited', basis: 'Art 50 transparency only' });
    assert.deepEqual(await severities(chat('    placed_on_market: 2026-08-01\n'), 'AIGOV539', around('2026-12-02')), ['info', 'warning', 'warning']);
    const [f] = await findingsOn(chat('    placed_on_market: 2026-08-01\n'), '2026-12-01', 'AIGOV539');
    assert.match(f!.message, /Applies from 2026-12-02/);
    assert.deepEqual(await severities(chat('    placed_on_market: 2026-08-02\n'), 'AIGOV539', around('2026-08-02')), ['info', 'warning', 'warning']);
    assert.deepEqual(await severities(chat(''), 'AIGOV539', around('2026-08-02')), ['info', 'warning', 'warning']);
  });

  it('Art 111(3): a GPAI model placed on the market before 2025-08-02 complies by 2027-08-02', async () => {
    const gpai = (extra: string): Record<string, string> => hrRegistry(`    gpai: { compute_flops: 1.0e24 }\n${extra}`, { level: 'minimal', basis: 'general-purpose model' });
    const legacy = gpai('    placed_on_market: 2025-08-01\n');
    for (const code of ['AIGOV541']) {
      const on = async (day: string): Promise<string[]> => [...new Set((await findingsOn(legacy, day, code)).map((f) => f.severity))];
      assert.deepEqual(await on('2027-08-01'), ['info']);
      assert.deepEqual(await on('2027-08-02'), ['warning']);
      assert.deepEqual(await on('2027-08-03'), ['warning']);
    }
    const sr = hrRegistry('    gpai: { systemic_risk: true }\n    placed_on_market: 2025-08-01\n', { level: 'minimal', basis: 'general-purpose model' });
    assert.deepEqual([...new Set((await findingsOn(sr, '2027-08-01', 'AIGOV542')).map((f) => f.severity))], ['info']);
    assert.deepEqual([...new Set((await findingsOn(sr, '2027-08-02', 'AIGOV542')).map((f) => f.severity))], ['warning']);
    const fresh = gpai('    placed_on_market: 2025-08-02\n');
    assert.deepEqual([...new Set((await findingsOn(fresh, '2025-08-02', 'AIGOV541')).map((f) => f.severity))], ['warning']);
    assert.deepEqual([...new Set((await findingsOn(fresh, '2025-08-01', 'AIGOV541')).map((f) => f.severity))], ['info']);
  });

  it('Art 5(1)(ba)/(bb): a practice prohibited by the Digital Omnibus is an error from 2026-12-02', async () => {
    const files = hrRegistry('', { level: 'prohibited', basis: 'Art 5(1)(ba) non-consensual intimate imagery' });
    assert.deepEqual(await severities(files, 'AIGOV520', around('2026-12-02')), ['info', 'error', 'error']);
    assert.deepEqual(await severities(hrRegistry('', { level: 'prohibited', basis: 'Art 5(1)(a) manipulation' }), 'AIGOV520', around('2025-02-02')), ['info', 'error', 'error']);
  });

  it('AIGOV521 and AIGOV522 judge the same Art 6(3)/(4) assessment from the same day', async () => {
    const files = hrRegistry('', { level: 'minimal', basis: 'Annex III 4(a), Art 6(3)(a) narrow procedural task' });
    assert.deepEqual(await severities(files, 'AIGOV522', around('2027-12-02')), ['info', 'warning', 'warning']);
    const r521 = FRAMEWORK_RULES.find((r) => r.code === 'AIGOV521')!;
    const r522 = FRAMEWORK_RULES.find((r) => r.code === 'AIGOV522')!;
    assert.equal(r521.appliesFrom, r522.appliesFrom);
  });
});

function incidentRegistry(o: { severity?: string; detected: string; reported?: string; status?: string; jurisdictions?: string; level?: string; roles?: string; extra?: string }): Record<string, string> {
  const incident = `    incidents:
      - id: INC-1
        detected: ${o.detected}
${o.severity ? `        severity: ${o.severity}\n` : ''}        reported: ${o.reported ?? 'null'}
        status: ${o.status ?? 'open'}
`;
  return hrRegistry(`${o.extra ?? ''}${incident}`, {
    ...(o.jurisdictions !== undefined ? { jurisdictions: o.jurisdictions } : {}),
    ...(o.level ? { level: o.level } : {}),
    ...(o.roles ? { roles: o.roles } : {}),
  });
}

async function incidentOn(files: Record<string, string>, day: string): Promise<Finding | undefined> {
  const fs = await findingsOn(files, day, 'AIGOV401');
  assert.ok(fs.length <= 1, `${fs.length} findings on ${day}`);
  return fs[0];
}

describe('incident limits (EU AI Act Art 73): the day before, the day of and the day after', function () {
  this.timeout(60_000);
  // Monday 2027-12-06, after the Annex III date: +15 is a Tuesday, +10 a Thursday, +2 a Wednesday.
  const detected = '2027-12-06';
  const cases: [string | undefined, number][] = [
    ['serious', 15],
    ['death', 10],
    ['widespread', 2],
    ['critical-infrastructure', 2],
    [undefined, 15],
  ];
  for (const [severity, days] of cases) {
    it(`binding, ${severity ?? 'no severity (serious assumed)'}: due ${days} days after awareness, a warning up to the last day, an error after`, async () => {
      const deadline = addDays(detected, days);
      const files = incidentRegistry({ ...(severity ? { severity } : {}), detected });
      const day0 = (await incidentOn(files, detected))!;
      assert.equal(day0.severity, 'warning', 'a warning from the day of awareness');
      assert.match(day0.message, new RegExp(`^Report incident INC-1 of 'scorer' .*aware since ${detected}\\) to the market surveillance authority immediately; at the latest by ${deadline}: ${days} days left\\.$`));
      const threeLeft = await incidentOn(files, addDays(deadline, -3));
      if (days > 2) assert.equal(threeLeft!.severity, 'warning');
      const before = (await incidentOn(files, addDays(deadline, -1)))!;
      assert.equal(before.severity, 'warning', 'not an error before the last day has passed');
      assert.match(before.message, new RegExp(`at the latest by ${deadline}: 1 day left\\.$`));
      const on = (await incidentOn(files, deadline))!;
      assert.equal(on.severity, 'warning', 'the last day itself is not past');
      assert.match(on.message, new RegExp(`immediately; at the latest by today, ${deadline}\\.$`));
      const after = (await incidentOn(files, addDays(deadline, 1)))!;
      assert.equal(after.severity, 'error');
      assert.match(after.message, new RegExp(`was due by ${deadline}, 1 day ago, and is not marked reported: report it now`));
      assert.equal(after.data?.deadline, deadline);
      assert.equal(after.citation?.article, 'Art 73(2)–(5)');
      assert.doesNotMatch(after.message, /EU AI Act Art 73/, 'the citation is not repeated in the message');
    });
  }

  it('a period ending on a Saturday runs to Monday: the Saturday and Sunday are not late, the Tuesday is', async () => {
    // Friday 2027-12-03 + 15 days = Saturday 2027-12-18; the last day is Monday 2027-12-20.
    const files = incidentRegistry({ severity: 'serious', detected: '2027-12-03' });
    const fri = (await incidentOn(files, '2027-12-17'))!;
    assert.equal(fri.severity, 'warning', '3 days before the last day');
    assert.match(fri.message, /at the latest by 2027-12-20: 3 days left\. The 15 days end on Saturday 2027-12-18; a period ending on a Saturday or Sunday runs to the end of the next working day \(Reg 1182\/71 Art 3\(4\)\)\.$/);
    for (const day of ['2027-12-18', '2027-12-19', '2027-12-20']) {
      const f = (await incidentOn(files, day))!;
      assert.equal(f.data?.kind, 'due', `${day} is not past the limit`);
      assert.equal(f.severity, 'warning', `${day}: never an error before the last day has passed`);
      assert.doesNotMatch(f.message, /was due/);
    }
    const tue = (await incidentOn(files, '2027-12-21'))!;
    assert.equal(tue.severity, 'error');
    assert.equal(tue.data?.kind, 'overdue');
    assert.match(tue.message, /was due by 2027-12-20, 1 day ago/);
    // A report on the Monday is on time; on the Tuesday it is late.
    assert.equal(await incidentOn(incidentRegistry({ severity: 'serious', detected: '2027-12-03', reported: '2027-12-20' }), '2028-01-10'), undefined);
    assert.equal((await incidentOn(incidentRegistry({ severity: 'serious', detected: '2027-12-03', reported: '2027-12-21' }), '2028-01-10'))!.data?.kind, 'late');
    // A 2-day limit ending on a Saturday: Thursday + 2 = Saturday, last day Monday.
    const two = incidentRegistry({ severity: 'widespread', detected: '2027-12-16' });
    for (const day of ['2027-12-16', '2027-12-18', '2027-12-19', '2027-12-20']) {
      const f = (await incidentOn(two, day))!;
      assert.equal(f.data?.kind, 'due', day);
      assert.equal(f.severity, 'warning', `${day}: a 2-day limit is a warning until its last day has passed`);
    }
    const late2 = (await incidentOn(two, '2027-12-21'))!;
    assert.equal(late2.data?.kind, 'overdue');
    assert.equal(late2.severity, 'error');
  });

  it('a report after the limit is late: a warning where Art 73 binds, nothing when on time or on the last day', async () => {
    const deadline = '2027-12-21';
    assert.equal(await incidentOn(incidentRegistry({ severity: 'serious', detected, reported: deadline }), '2028-01-10'), undefined);
    const late = (await incidentOn(incidentRegistry({ severity: 'serious', detected, reported: addDays(deadline, 1) }), '2028-01-10'))!;
    assert.equal(late.severity, 'warning');
    assert.match(late.message, /was made on 2027-12-22, 1 day after the limit of 2027-12-21: record why it was late\.$/);
    assert.deepEqual(
      (await findingsOn(incidentRegistry({ severity: 'serious', detected, reported: '2027-12-19', status: 'closed' }), '2028-01-10', 'AIGOV401')).length,
      0,
    );
    assert.equal(await incidentOn(incidentRegistry({ severity: 'serious', detected, reported: '2027-12-30', status: 'closed' }), '2028-01-10'), undefined, 'a closed incident is history');
  });

  it('reports nothing for a minor incident, and nothing once closed', async () => {
    assert.equal(await incidentOn(incidentRegistry({ severity: 'minor', detected }), '2028-02-01'), undefined);
    assert.equal(await incidentOn(incidentRegistry({ severity: 'serious', detected, status: 'closed' }), '2028-02-01'), undefined);
  });

  it('before the high-risk date (2027-12-02) the limit is good practice: said first, never an error', async () => {
    const files = incidentRegistry({ severity: 'widespread', detected: '2027-11-26' });
    const f = (await incidentOn(files, '2027-11-26'))!;
    assert.match(f.message, /^Good practice: /);
    assert.match(f.message, /Art 73 binds this high-risk system for incidents its provider becomes aware of from 2027-12-02/);
    assert.equal(f.citation?.article, 'Art 73(2)–(5) (as good practice)');
    assert.equal(f.data?.legal, false);
    // Before the date: info, even near or past the limit. From the date, for an incident it became
    // aware of before: good practice, a warning (the limit has passed).
    const serious = incidentRegistry({ severity: 'serious', detected: '2026-11-02' }); // last day Tuesday 2026-11-17
    assert.deepEqual(await severities(serious, 'AIGOV401', ['2026-11-11', '2026-11-12', '2026-11-17', '2026-11-18', '2027-12-02', '2027-12-03']), ['info', 'info', 'info', 'info', 'warning', 'warning']);
    // An incident the provider became aware of before the date stays good practice after it.
    assert.equal((await incidentOn(incidentRegistry({ severity: 'serious', detected: '2027-12-01' }), '2027-12-20'))!.data?.legal, false);
    assert.equal((await incidentOn(incidentRegistry({ severity: 'serious', detected: '2027-12-02' }), '2027-12-20'))!.data?.legal, true);
    const late = (await incidentOn(incidentRegistry({ severity: 'serious', detected: '2026-11-02', reported: '2026-11-20' }), '2026-12-01'))!;
    assert.equal(late.severity, 'info');
    assert.match(late.message, /^Good practice: incident INC-1 .* was reported on 2026-11-20, 3 days after 2026-11-17\./);
  });

  it('before the system\'s high-risk date the limit is info whatever the settings, the day before; on the day it is not', async () => {
    // Aware since Thursday 2027-11-18: the 15 days end on Friday 2027-12-03, so the limit is near on both days.
    const files = incidentRegistry({ severity: 'serious', detected: '2027-11-18' });
    const set = (rules: string): Record<string, string> => ({ '.aigov.yaml': files['.aigov.yaml']!.replace('frameworks:', `rules: { ${rules} }\nframeworks:`) });
    for (const [label, reg] of [['no setting', files], ['AIGOV401: error', set('AIGOV401: error')], ['AIGOV4*: warning', set('AIGOV4*: warning')]] as const) {
      const before = (await incidentOn(reg, '2027-12-01'))!;
      assert.equal(before.severity, 'info', `${label}: the day before 2027-12-02`);
      assert.match(before.message, /^Good practice: .*Art 73 binds this high-risk system for incidents its provider becomes aware of from 2027-12-02/);
      assert.equal(before.data?.appliesFrom, '2027-12-02');
    }
    // On the day the system's duties bind, an incident it became aware of before stays good practice: near its limit, a warning.
    const on = (await incidentOn(files, '2027-12-02'))!;
    assert.equal(on.severity, 'warning');
    assert.equal(on.data?.appliesFrom, undefined);
    assert.equal((await incidentOn(set('AIGOV401: error'), '2027-12-02'))!.severity, 'error', 'a setting applies once the date has come');
    // A legacy system (Art 111(2)) has no date from which Art 73 binds: its good practice is not a readiness note.
    const legacy = incidentRegistry({ severity: 'serious', detected: '2027-11-18', extra: '    placed_on_market: 2026-09-01\n' });
    assert.equal((await incidentOn(legacy, '2027-12-01'))!.severity, 'warning');
  });

  it('the high-risk date follows the component: Annex I, Art 111(2) legacy and public-authority systems', async () => {
    const annexI = hrRegistry(`    incidents:\n      - { id: INC-1, detected: 2028-07-31, severity: serious, reported: null, status: open }\n`, { basis: 'Annex I, medical device' });
    assert.equal((await incidentOn(annexI, '2028-08-01'))!.data?.legal, false);
    const annexIAfter = hrRegistry(`    incidents:\n      - { id: INC-1, detected: 2028-08-02, severity: serious, reported: null, status: open }\n`, { basis: 'Annex I, medical device' });
    assert.equal((await incidentOn(annexIAfter, '2028-08-02'))!.data?.legal, true);
    const legacy = incidentRegistry({ severity: 'serious', detected: '2028-03-01', extra: '    placed_on_market: 2026-09-01\n' });
    const f = (await incidentOn(legacy, '2028-03-20'))!;
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^Good practice: .*Art 111\(2\) keeps Art 73 off/);
  });

  it('good practice outside the EU: info while more than five days are left, a warning from five days left, never an error', async () => {
    // Limit of Tuesday 2027-12-21 (15 days).
    const jp = incidentRegistry({ severity: 'serious', detected, jurisdictions: 'jp' });
    assert.deepEqual(await severities(jp, 'AIGOV401', [detected, '2027-12-15', '2027-12-16', '2027-12-21', '2027-12-22']), ['info', 'info', 'warning', 'warning', 'warning']);
    assert.equal((await incidentOn(jp, '2027-12-15'))!.data?.daysLeft, 6);
  });

  it('jurisdictions: none listed is every jurisdiction, as in the packs; another jurisdiction is good practice', async () => {
    const none = (await incidentOn(incidentRegistry({ severity: 'serious', detected, jurisdictions: '' }), detected))!;
    assert.equal(none.data?.legal, true);
    const jp = (await incidentOn(incidentRegistry({ severity: 'serious', detected, jurisdictions: 'jp' }), addDays(detected, 20)))!;
    assert.equal(jp.severity, 'warning');
    assert.match(jp.message, /^Good practice: .*Art 73 binds only providers of high-risk systems in the EU/);
    const limited = (await incidentOn(incidentRegistry({ severity: 'death', detected, level: 'limited' }), addDays(detected, 20)))!;
    assert.equal(limited.severity, 'warning');
    const deployer = (await incidentOn(incidentRegistry({ severity: 'death', detected, roles: 'deployer' }), addDays(detected, 20)))!;
    assert.equal(deployer.data?.legal, false);
  });
});

describe('Korea AI Basic Act: what a finding says of fines on the day', () => {
  it('a Korean rule whose page speaks of a fine says what Art 43 provides and that MSIT will not fine for at least a year', () => {
    const kr = FRAMEWORK_RULES.filter((r) => r.pack === 'kr-ai-basic-act' && /\bfine/i.test(r.description));
    assert.deepEqual(kr.filter((r) => /Art 43/.test(r.description)).map((r) => r.code), ['AIGOV571', 'AIGOV575']);
    for (const r of kr) {
      assert.match(r.description, /MSIT has said it will not investigate or fine for at least one year from 22 Jan 2026, except in exceptional cases\./, r.code);
      assert.doesNotMatch(r.description, /can be fined|will be fined/, r.code);
    }
  });

  it('AIGOV571: Art 43 fines a missing prior notice; until 2027-01-22 the finding adds that MSIT will not investigate or fine, except in exceptional cases', async () => {
    const files = {
      '.aigov.yaml': `version: 1
frameworks: [kr-ai-basic-act]
components:
  - { id: writer, kind: llm-app, roles: [provider], jurisdictions: [kr], risk: { level: limited } }
`,
    };
    const notice = "Component 'writer' is generative AI (presumed from kind 'llm-app'; declare `capabilities` to be exact) but records no prior notice to users (transparency.user_notice). Art 31 requires it; Art 43 provides a fine of up to KRW 30m for a missing notice.";
    const grace = ' MSIT has said it will not investigate or fine before 2027-01-22, except in exceptional cases.';
    const said = async (day: string, locale: 'en' | 'ja' = 'en') =>
      (await findingsOn(files, day, 'AIGOV571')).filter((f) => f.data?.field === 'transparency.user_notice').map((f) => `${f.severity} ${localizedMessage(f, locale)}`);
    assert.deepEqual(await said('2026-01-21'), [`info ${notice} Applies from 2026-01-22; until then for information.${grace}`]);
    for (const day of ['2026-01-22', '2026-12-07', '2027-01-21']) assert.deepEqual(await said(day), [`warning ${notice}${grace}`], day);
    for (const day of ['2027-01-22', '2027-06-01']) assert.deepEqual(await said(day), [`warning ${notice}`], day);
    assert.deepEqual(await said('2026-12-07', 'ja'), [
      "warning コンポーネント 'writer' は生成 AI システム（kind 'llm-app' からの推定。正確にするには `capabilities` を宣言してください）ですが、利用者への事前告知（transparency.user_notice）を記録していません。第31条はこれを求めており、第43条は告知がない場合に最大 3,000万ウォンの過料を定めています。科学技術情報通信部は、2027-01-22 より前は、例外的な場合を除き、調査も過料の賦課も行わないとしています。",
    ]);
    // The labels: Art 43 sets no fine for them; the note on enforcement is said all the same.
    const labels = (await findingsOn(files, '2026-12-07', 'AIGOV571')).find((f) => f.data?.field === 'labeling')!;
    assert.doesNotMatch(labels.message, /Art 43/);
    assert.ok(labels.message.endsWith(grace));
    for (const day of ['2026-01-21', '2026-12-07', '2027-06-01']) for (const f of await findingsOn(files, day, 'AIGOV571')) assert.doesNotMatch(f.message, /can be fined|will be fined/, day);
  });
});
