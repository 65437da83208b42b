import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions } from '../../engine.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';

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
