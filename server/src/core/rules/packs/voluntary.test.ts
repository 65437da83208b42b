import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions } from '../../engine.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { applyEdits } from '../../fixes/yaml-edit.js';

/** Voluntary frameworks: one info finding per component per framework, unless raised. */

const TODAY = '2026-11-25';

const REGISTRY = (extra = '') => `version: 1
frameworks: [nist-ai-rmf, iso-42001, eu-ai-act]
${extra}components:
  - id: triage
    kind: agent
    owner: team@example.co.jp
    roles: [provider]
    jurisdictions: [us, eu]
    intended_purpose: Route tickets
    contacts: { incident: oncall@example.co.jp }
    paths: ["svc/**"]
    risk:
      level: high
      basis: Annex III 4(a)
      assessment: { path: docs/risk.md, date: 2026-05-01, next_review: 2027-05-01 }
`;

async function findings(registry: string, options: EngineOptions = {}) {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry, 'docs/risk.md': '# written\n', 'svc/a.py': 'print(1)\n' }), { today: TODAY, ...options });
  await e.indexAll();
  return e.findings();
}

const codes = (fs: { code: string; severity: string }[], prefix: string) =>
  fs
    .filter((f) => f.code.startsWith(prefix))
    .map((f) => `${f.code} ${f.severity}`)
    .sort();

describe('voluntary frameworks: summed up per component, raised on request', () => {
  it('one info finding per component per voluntary framework; the EU AI Act (binding) keeps its findings', async () => {
    const fs = await findings(REGISTRY());
    assert.deepEqual(codes(fs, 'AIGOV55'), []);
    assert.deepEqual(codes(fs, 'AIGOV56').filter((c) => !c.startsWith('AIGOV569')), []);
    assert.deepEqual(codes(fs, 'AIGOV549'), ['AIGOV549 info']);
    assert.deepEqual(codes(fs, 'AIGOV569'), ['AIGOV569 info']);
    assert.ok(fs.some((f) => f.code.startsWith('AIGOV52') || f.code.startsWith('AIGOV53')), 'EU findings stay');
    const nist = fs.find((f) => f.code === 'AIGOV549')!;
    assert.ok((nist.related ?? []).length >= 3, 'each gap is a related location');
    assert.match(nist.message, /^NIST AI RMF \(voluntary\): \d+ fields of 'triage' are missing: incident_response\.procedure \(GOVERN 4\.3\), /);
  });

  it('a code set in rules: (or by family) reports that practice on its own and leaves it out of the summary', async () => {
    const fs = await findings(REGISTRY('rules: { AIGOV550: warning }\n'));
    assert.deepEqual(codes(fs, 'AIGOV550'), ['AIGOV550 warning']);
    const summary = fs.find((f) => f.code === 'AIGOV549')!;
    assert.doesNotMatch(summary.message, /GOVERN 4\.3/);
    const family = await findings(REGISTRY('rules: { AIGOV55*: warning }\n'));
    assert.ok(codes(family, 'AIGOV55').length >= 3);
    assert.ok(codes(family, 'AIGOV55').every((c) => c.endsWith('warning')));
    assert.deepEqual(codes(family, 'AIGOV549'), [], 'nothing is left for the summary');
  });

  it('settings raise them too: aigov.rules families, aigov.frameworks severities; a registry rules: wins', async () => {
    const bySetting = await findings(REGISTRY(), { overrides: { 'AIGOV56*': 'warning' } });
    assert.ok(codes(bySetting, 'AIGOV56').filter((c) => !c.startsWith('AIGOV569')).length >= 2);
    const pack = await findings(REGISTRY(), { packs: { 'nist-ai-rmf': 'warning' } });
    assert.deepEqual(codes(pack, 'AIGOV549'), ['AIGOV549 warning']);
    const registryWins = await findings(REGISTRY('rules: { AIGOV549: hint }\n'), { packs: { 'nist-ai-rmf': 'warning' } });
    assert.deepEqual(codes(registryWins, 'AIGOV549'), ['AIGOV549 hint']);
  });

  it('a pack turned off in settings is not checked, whatever the registry selects', async () => {
    const fs = await findings(REGISTRY(), { packs: { 'nist-ai-rmf': 'off', 'eu-ai-act': 'off' } });
    assert.deepEqual(codes(fs, 'AIGOV549'), []);
    assert.deepEqual(codes(fs, 'AIGOV52'), []);
    assert.deepEqual(codes(fs, 'AIGOV569'), ['AIGOV569 info']);
  });

  it('a severity setting never lifts a finding about a duty that does not apply yet above info', async () => {
    const fs = await findings(REGISTRY(), { packs: { 'eu-ai-act': 'error' } });
    const eu = fs.filter((f) => f.code >= 'AIGOV520' && f.code <= 'AIGOV545');
    assert.ok(eu.length > 0);
    for (const f of eu) {
      const from = f.data?.appliesFrom;
      if (typeof from === 'string' && from > TODAY) assert.equal(f.severity, 'info', `${f.code} applies from ${from}`);
      else assert.equal(f.severity, 'error', f.code);
    }
    assert.ok(eu.some((f) => f.severity === 'info') && eu.some((f) => f.severity === 'error'), 'both kinds are in the fixture');
  });

  it('a field the policy requires is reported by AIGOV601, not again in the summary', async () => {
    const policy = 'policy:\n  require:\n    - { fields: [monitoring.plan], message: Every system has a monitoring plan }\n';
    const fs = await findings(REGISTRY(policy));
    assert.ok(fs.some((f) => f.code === 'AIGOV601'));
    for (const code of ['AIGOV549', 'AIGOV569']) assert.doesNotMatch(fs.find((f) => f.code === code)!.message, /monitoring\.plan/);
  });
});

describe('voluntary frameworks: what the summary lists and its fix adds', () => {
  const OWN = (extra = '', fields = '') => `version: 1
frameworks: [nist-ai-rmf, iso-42001]
${extra}components:
  - id: triage
    kind: agent
    owner: team@example.co.jp
    roles: [provider]
    jurisdictions: [us]
    contacts: { incident: oncall@example.co.jp }
${fields}`;

  async function engineOf(registry: string, files: Record<string, string> = {}): Promise<Engine> {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry, ...files }), { today: TODAY });
    await e.indexAll();
    return e;
  }

  it('a policy field is left out of the summary only for the components the policy applies to', async () => {
    const policy = 'policy:\n  require:\n    - { when: { kind: model }, fields: [monitoring.plan], message: Models have a monitoring plan }\n';
    const fs = (await engineOf(OWN(policy))).findings();
    assert.match(fs.find((f) => f.code === 'AIGOV549')!.message, /monitoring\.plan \(MANAGE 4\.1\)/);
  });

  it('a gap a core rule reports joins the summary only once the registry turns that rule off', async () => {
    const summary = async (extra: string) => (await engineOf(OWN(extra))).findings().find((f) => f.code === 'AIGOV549')!.message;
    assert.doesNotMatch(await summary(''), /intended_purpose/);
    assert.match(await summary('rules: { AIGOV108: off }\n'), /intended_purpose \(MAP 1\.1\)/);
  });

  it('points each gap at its key, or at a wrong value', async () => {
    const e = await engineOf(OWN('', '    evaluations: []\n    logging: { enabled: false }\n'));
    const related = (code: string, field: string) => {
      const r = e.findings().find((f) => f.code === code)!.related!.find((x) => x.message.includes(`(${field})`) || x.message.includes(field))!;
      return `${r.range.start.line}:${r.range.start.character}`;
    };
    assert.equal(related('AIGOV549', 'evaluations'), '9:4');
    assert.equal(related('AIGOV569', 'logging.enabled'), '10:24');
  });

  it('the fix counts a human_oversight block and its measures as one field', async () => {
    const e = await engineOf('version: 1\nframeworks: [jp-ai-guidelines]\ncomponents:\n  - { id: helper, kind: agent, roles: [provider], jurisdictions: [jp], owner: ml@example.co.jp }\n');
    const f = e.findings().find((x) => x.code === 'AIGOV519')!;
    const fields = ((f.data?.gaps ?? []) as { field: string }[]).map((g) => g.field);
    assert.ok(fields.includes('human_oversight') && fields.includes('human_oversight.measures'), fields.join(', '));
    assert.equal(e.fixesFor(f).find((p) => p.isPreferred)!.title, "Add the missing JP AI Guidelines records to 'helper' (5 fields, to fill in)");
  });

  it('the fix adds only what is not written yet, counts it, and takes the next free document name', async () => {
    const e = await engineOf(OWN('', '    evaluations: []\n'), { 'docs/monitoring/triage.md': '# taken\n', 'docs/monitoring/triage-2.md': '# taken\n' });
    const f = e.findings().find((x) => x.code === 'AIGOV549')!;
    const fix = e.fixesFor(f).find((p) => p.isPreferred)!;
    assert.equal(fix.title, "Add the missing NIST AI RMF records to 'triage' (8 fields, to fill in)");
    const created = fix.edits.filter((x) => x.kind !== 'replace').map((x) => x.file);
    assert.ok(created.includes('docs/monitoring/triage-3.md'), created.join(', '));
    assert.equal(created.filter((x) => x.startsWith('docs/monitoring/')).length, 1);
  });

  it('the fix also fills a block or a field written empty', async () => {
    const yaml = OWN('', '    monitoring: ~\n    human_oversight: { stop_mechanism: ~ }\n');
    const e = await engineOf(yaml);
    const fix = e.fixesFor(e.findings().find((x) => x.code === 'AIGOV549')!).find((p) => p.isPreferred);
    assert.ok(fix, 'a fix is offered');
    const after = applyEdits(yaml, fix.edits.filter((x) => x.kind === 'replace'));
    assert.equal(fix.title, "Add the missing NIST AI RMF records to 'triage' (9 fields, to fill in)");
    assert.match(after, /\n {4}monitoring:\n {6}plan: docs\/monitoring\/triage\.md\n/);
    assert.match(after, /human_oversight: \{ stop_mechanism: "TODO: [^"]+"/);
  });

  it('the fix gives an existing impact_assessment block only its path', async () => {
    const yaml = OWN('', '    impact_assessment: { date: 2026-01-05 }\n');
    const e = await engineOf(yaml);
    const fix = e.fixesFor(e.findings().find((x) => x.code === 'AIGOV549')!).find((p) => p.isPreferred)!;
    const after = applyEdits(yaml, fix.edits.filter((x) => x.kind === 'replace'));
    assert.match(after, /impact_assessment: \{ date: 2026-01-05, path: docs\/impact\/triage\.md \}/);
  });

  it('once the fix has written every field it can, it is offered no more', async () => {
    const yaml = OWN();
    const e = await engineOf(yaml);
    const fix = e.fixesFor(e.findings().find((x) => x.code === 'AIGOV549')!).find((p) => p.isPreferred)!;
    const again = await engineOf(applyEdits(yaml, fix.edits.filter((x) => x.kind === 'replace')));
    const left = again.findings().find((x) => x.code === 'AIGOV549');
    assert.ok(left, 'empty lists and placeholders are still gaps');
    assert.deepEqual(again.fixesFor(left).filter((p) => p.isPreferred).map((p) => p.title), []);
  });
});
