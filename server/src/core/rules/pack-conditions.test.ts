import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions } from '../engine.js';
import type { Finding } from '../finding.js';
import { localizedMessage } from '../i18n/messages.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { aigov512 } from './aigov512-jp-guideline-fairness.js';
import { aigov545 } from './aigov545-eu-upstream-model-information.js';
import { aigov554 } from './aigov554-nist-map-component-legal-risk.js';

// Who each pack rule concerns and what it counts as met, condition by condition: the pack
// fixtures show one component per rule; these cases sit on either side of each condition.

const TODAY = '2026-11-25';

async function run(yaml: string, options: EngineOptions = {}): Promise<Engine> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: TODAY, ...options });
  await e.indexAll();
  return e;
}

async function findings(yaml: string, code: string, options: EngineOptions = {}): Promise<Finding[]> {
  return (await run(yaml, options)).findings().filter((f) => f.code === code);
}

const fields = (fs: Finding[]): unknown[] => fs.map((f) => f.data?.field);

describe('AIGOV401 and AIGOV402: incidents', () => {
  const incident = (fields: string, component = ''): string => `version: 1
frameworks: [eu-ai-act]
components:
  - id: scorer
    roles: [provider]
    jurisdictions: [eu]
${component}    incidents:
      - { id: INC-1, ${fields} }
`;

  it('names the weekend day in the run\'s language when the period ends on a Saturday or a Sunday', async () => {
    // 2026-11-20 + 15 days = Saturday 2026-12-05; 2026-11-21 + 15 = Sunday 2026-12-06.
    const [sat] = await findings(incident('detected: 2026-11-20, severity: serious'), 'AIGOV401');
    const [sun] = await findings(incident('detected: 2026-11-21, severity: serious'), 'AIGOV401');
    assert.match(sat!.message, /end on Saturday 2026-12-05/);
    assert.match(localizedMessage(sat!, 'ja'), /2026-12-05（土曜日）/);
    assert.match(localizedMessage(sun!, 'ja'), /2026-12-06（日曜日）/);
  });

  it('names the severity in the run\'s language', async () => {
    const [f] = await findings(incident('detected: 2026-11-20, severity: serious'), 'AIGOV401');
    const ja = localizedMessage(f!, 'ja');
    assert.match(ja, /重大/);
    assert.doesNotMatch(ja, /serious/);
  });

  it('says "by today" on the last day of a good-practice limit', async () => {
    // 2026-11-10 + 15 days = Wednesday 2026-11-25; before the high-risk date, so good practice.
    const [f] = await findings(incident('detected: 2026-11-10, severity: serious'), 'AIGOV401');
    assert.match(f!.message, /^Good practice: report .* by today, 2026-11-25\./);
  });

  it('keeps a severity it does not know out of the data (15 days are assumed)', async () => {
    const [f] = await findings(incident('detected: 2026-11-20, severity: grave'), 'AIGOV401');
    assert.equal(f!.data?.days, 15);
    assert.equal(Object.hasOwn(f!.data ?? {}, 'severity'), false);
    const [known] = await findings(incident('detected: 2026-11-20, severity: death'), 'AIGOV401');
    assert.equal(known!.data?.severity, 'death');
  });

  it('AIGOV402 leaves a closed or mitigated incident alone and calls one without a status open', async () => {
    assert.deepEqual(await findings(incident('detected: 2026-11-20, status: closed'), 'AIGOV402'), []);
    assert.deepEqual(await findings(incident('detected: 2026-11-20, status: mitigated'), 'AIGOV402'), []);
    const [f] = await findings(incident('detected: 2026-11-20'), 'AIGOV402');
    assert.match(f!.message, /^Incident INC-1 of 'scorer' is open but nobody is named/);
  });

  it('AIGOV402 without an owner to offer adds a placeholder contact', async () => {
    const e = await run(incident('detected: 2026-11-20'));
    const f = e.findings().find((x) => x.code === 'AIGOV402')!;
    const [fix] = e.fixesFor(f);
    assert.equal(fix!.title, "Add an incident contact to 'scorer' (fill in the address)");
  });
});

describe('AIGOV501 and AIGOV502: the Japanese AI Promotion Act', () => {
  const act = (component: string, frameworks = '[jp-ai-promotion-act]'): string =>
    `version: 1\nframeworks: ${frameworks}\ncomponents:\n  - { id: a, ${component} }\n`;

  it('AIGOV501 concerns Japanese components that are not datasets', async () => {
    assert.equal((await findings(act('kind: model, jurisdictions: [jp]'), 'AIGOV501')).length, 2);
    assert.deepEqual(await findings(act('kind: dataset, jurisdictions: [jp]'), 'AIGOV501'), []);
    assert.deepEqual(await findings(act('kind: model, jurisdictions: [eu]'), 'AIGOV501'), []);
  });

  it('AIGOV502 points at the pack in the registry, and says nothing when only the run selects it', async () => {
    const yaml = `version: 1\ncomponents:\n  - { id: a, kind: model, jurisdictions: [jp] }\n`;
    assert.deepEqual(await findings(yaml, 'AIGOV502', { frameworks: ['jp-ai-promotion-act'] }), []);
    assert.equal((await findings(act('kind: model'), 'AIGOV502')).length, 1);
  });
});

describe('the AI Guidelines for Business (AIGOV510–AIGOV515)', () => {
  // A voluntary pack's rules report on their own only when the registry sets them.
  const jp = (component: string, rules = ''): string =>
    `version: 1\nrules: { "AIGOV51*": info${rules} }\nframeworks: [jp-ai-guidelines]\ncomponents:\n  - { id: a, jurisdictions: [jp], ${component} }\n`;

  it('leave a missing purpose or risk assessment to the core rules, unless the registry turns them off', async () => {
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider], foreseeable_misuse: x'), 'AIGOV510')), []);
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider], foreseeable_misuse: x', ', AIGOV108: off'), 'AIGOV510')), ['intended_purpose']);
    // Without an assessment, the date and the next review are not asked for: AIGOV101 asks for the assessment.
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider]'), 'AIGOV511')), []);
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider]', ', AIGOV101: off'), 'AIGOV511')), ['risk.assessment.path']);
  });

  it('AIGOV512: developers review bias; providers and business users of systems, not datasets, name human oversight', async () => {
    const none = { status: 'n.a.', appliesFrom: '2024-04-19', gaps: [] };
    const component = async (yaml: string) => (await run(jp(yaml))).model.components[0]!;
    assert.deepEqual(aigov512.evaluate(await component('kind: dataset, roles: [deployer]'), TODAY), none);
    assert.deepEqual(aigov512.evaluate(await component('kind: dataset, roles: [provider]'), TODAY), none);
    assert.equal(aigov512.evaluate(await component('kind: dataset, roles: [developer], data: { bias_review: r.md }'), TODAY).status, 'pass');
    assert.equal(aigov512.evaluate(await component('kind: dataset, roles: [developer, provider], data: { bias_review: r.md }'), TODAY).status, 'pass');
    assert.equal(aigov512.evaluate(await component('kind: model, roles: [developer], data: { bias_review: r.md }'), TODAY).status, 'pass');
    for (const k of ['assignee: ops', 'measures: [review]', 'stop_mechanism: kill switch', 'review_path: docs/review.md']) {
      assert.equal(aigov512.evaluate(await component(`kind: model, roles: [provider], human_oversight: { ${k} }`), TODAY).status, 'pass', k);
    }
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider]'), 'AIGOV512')), ['human_oversight']);
  });

  it('AIGOV515: a model card from developers and providers, logging from every role but datasets', async () => {
    assert.deepEqual(await findings(jp('kind: dataset, roles: [provider], model: { card: c.md }'), 'AIGOV515'), []);
    assert.deepEqual(await findings(jp('kind: model, roles: [deployer], logging: { enabled: true }'), 'AIGOV515'), []);
    assert.deepEqual(fields(await findings(jp('kind: model, roles: [provider], logging: { enabled: true }'), 'AIGOV515')), ['model.card']);
  });
});

describe('EU pack conditions (AIGOV520–AIGOV524)', () => {
  const eu = (component: string, rules = ''): string =>
    `version: 1\n${rules}frameworks: [eu-ai-act]\ncomponents:\n  - id: s\n${component
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;

  it('AIGOV520 takes the date of Art 5(1)(ba) and (bb) however the article is written', async () => {
    const from = async (basis: string): Promise<unknown> =>
      (await findings(eu(`jurisdictions: [eu]\nrisk: { level: prohibited, basis: "${basis}" }`), 'AIGOV520'))[0]?.data?.appliesFrom;
    assert.equal(await from('Art5(1)(ba) intimate imagery'), '2026-12-02');
    assert.equal(await from('Article 5 (1) (bb) abuse material'), '2026-12-02');
    assert.equal(await from('Art. 5(1) (ba)'), '2026-12-02');
    assert.equal(await from('Art 5(1)(a) manipulation'), '2025-02-02');
  });

  const limited = (extra = '', level = 'limited', roles = '[provider]', j = '[eu]'): string =>
    `roles: ${roles}\njurisdictions: ${j}\nrisk: { level: ${level}, annex_iii_area: "4(a)" }${extra}`;

  it('AIGOV521 and AIGOV522 concern EU providers of Annex III systems said to be limited or minimal risk', async () => {
    for (const code of ['AIGOV521', 'AIGOV522']) {
      assert.equal((await findings(eu(limited()), code)).length, 1, `${code} limited`);
      assert.equal((await findings(eu(limited('', 'minimal')), code)).length, 1, `${code} minimal`);
      assert.deepEqual(await findings(eu(limited('', 'limited', '[deployer]')), code), [], `${code} deployer`);
      assert.deepEqual(await findings(eu(limited('', 'limited', '[provider]', '[jp]')), code), [], `${code} outside the EU`);
    }
  });

  it('AIGOV522 counts a registration with an id, registered or not required, and points at one that is neither', async () => {
    const reg = (r: string): string => limited(`\nregistrations: [{ registry: other }, { registry: eu-ai-database, ${r} }]`);
    assert.deepEqual(await findings(eu(reg('id: EU-1')), 'AIGOV522'), []);
    assert.deepEqual(await findings(eu(reg('status: registered')), 'AIGOV522'), []);
    assert.deepEqual(await findings(eu(reg('status: not-required')), 'AIGOV522'), []);
    const e = await run(eu(reg('status: planned')));
    const [f] = e.findings().filter((x) => x.code === 'AIGOV522');
    const reg1 = e.model.registries[0]!.locate(['components', 0, 'registrations', 1], 'key');
    assert.deepEqual(f!.range, reg1);
  });

  const hr = (extra = ''): string => `roles: [provider]\njurisdictions: [eu]\nrisk: { level: high, annex_iii_area: "4(a)" }${extra}`;

  it('AIGOV523 leaves a missing assessment to AIGOV101, unless the registry turns it off', async () => {
    const at = '2027-12-02';
    assert.deepEqual(fields(await findings(eu(hr()), 'AIGOV523', { today: at })), []);
    assert.deepEqual(fields(await findings(eu(hr(), 'rules: { AIGOV101: off }\n'), 'AIGOV523', { today: at })), ['risk.assessment.path']);
  });

  it('AIGOV524 leaves out API integrations (the data is the upstream provider\'s)', async () => {
    const at = '2027-12-02';
    assert.deepEqual(await findings(eu(`kind: api-integration\n${hr()}`), 'AIGOV524', { today: at }), []);
    assert.equal((await findings(eu(`kind: model\n${hr()}`), 'AIGOV524', { today: at })).length, 3);
  });
});

describe('EU pack conditions (AIGOV533–AIGOV545)', () => {
  const HR_DAY = '2027-12-02';
  const one = (component: string, rules = ''): string =>
    `version: 1\n${rules}frameworks: [eu-ai-act]\ncomponents:\n  - id: s\n${component
      .trim()
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;
  const on = async (component: string, code: string, today = HR_DAY, rules = ''): Promise<Finding[]> => findings(one(component, rules), code, { today });
  const hr = (roles = '[provider]', j = '[eu]', extra = ''): string => `roles: ${roles}\njurisdictions: ${j}\nrisk: { level: high, annex_iii_area: "5(b)" }\n${extra}`;

  it('AIGOV533 counts a registration with an id or one that is registered', async () => {
    const reg = (r: string): string => hr('[provider]', '[eu]', `registrations: [{ registry: eu-ai-database, ${r} }]`);
    assert.deepEqual(await on(reg('status: registered'), 'AIGOV533'), []);
    assert.deepEqual(await on(reg('id: EU-1, status: planned'), 'AIGOV533'), []);
    assert.equal((await on(reg('status: planned'), 'AIGOV533')).length, 1);
  });

  it('AIGOV534 asks for the date once the impact assessment is linked', async () => {
    assert.deepEqual(fields(await on(hr('[deployer]'), 'AIGOV534')), ['impact_assessment.path']);
    assert.deepEqual(fields(await on(hr('[deployer]', '[eu]', 'impact_assessment: { path: fria.md }'), 'AIGOV534')), ['impact_assessment.date']);
  });

  it('AIGOV536 leaves a missing incident contact to AIGOV102, unless the registry turns it off', async () => {
    const proc = hr('[provider]', '[eu]', 'incident_response: { procedure: p.md }');
    assert.deepEqual(fields(await on(proc, 'AIGOV536')), []);
    assert.deepEqual(fields(await on(proc, 'AIGOV536', HR_DAY, 'rules: { AIGOV102: off }\n')), ['contacts.incident']);
  });

  it('AIGOV537 concerns deployers that are not also the provider', async () => {
    assert.deepEqual(fields(await on(hr('[deployer]'), 'AIGOV537')), ['contacts.provider']);
    assert.deepEqual(await on(hr('[deployer, provider]'), 'AIGOV537'), []);
  });

  it('AIGOV538 and AIGOV539 concern EU providers', async () => {
    for (const code of ['AIGOV538', 'AIGOV539']) {
      assert.equal((await on('kind: llm-app\nroles: [provider]\njurisdictions: [eu]', code, TODAY)).length, 1, code);
      assert.deepEqual(await on('kind: llm-app\nroles: [deployer]\njurisdictions: [eu]', code, TODAY), [], `${code} deployer`);
      assert.deepEqual(await on('kind: llm-app\nroles: [provider]\njurisdictions: [jp]', code, TODAY), [], `${code} outside the EU`);
    }
  });

  it('AIGOV540: a notice for emotion recognition and biometric categorisation, a disclosure for deepfakes and public-interest text', async () => {
    const dep = async (caps: string, roles = '[deployer]', j = '[eu]'): Promise<unknown[]> =>
      fields(await on(`kind: llm-app\nroles: ${roles}\njurisdictions: ${j}\ncapabilities: ${caps}`, 'AIGOV540', TODAY));
    assert.deepEqual(await dep('[emotion-recognition]'), ['transparency.user_notice']);
    assert.deepEqual(await dep('[biometric-categorisation]'), ['transparency.user_notice']);
    assert.deepEqual(await dep('[deepfakes]'), ['transparency.deepfake_disclosure']);
    assert.deepEqual(await dep('[public-interest-text]'), ['transparency.deepfake_disclosure']);
    assert.deepEqual(await dep('[emotion-recognition, deepfakes]'), ['transparency.deepfake_disclosure', 'transparency.user_notice']);
    assert.deepEqual(await dep('[generates-content, interacts-with-people]'), []);
    assert.deepEqual(await dep('[deepfakes]', '[provider]'), []);
    assert.deepEqual(await dep('[deepfakes]', '[deployer]', '[jp]'), []);
  });

  it('AIGOV541 and AIGOV542: EU providers of a GPAI model; systemic risk is presumed above 10^25 FLOP, not at it', async () => {
    const gpai = (g: string, roles = '[provider]', j = '[eu]'): string => `roles: ${roles}\njurisdictions: ${j}\ngpai: ${g}`;
    const at = '2026-12-05';
    assert.deepEqual(fields(await on(gpai('{ open_source: true, compute_flops: 1.0e25 }'), 'AIGOV541', at)), ['gpai.copyright_policy', 'gpai.training_data_summary']);
    assert.deepEqual(await on(gpai('{ compute_flops: 1.0e25 }'), 'AIGOV542', at), []);
    assert.equal((await on(gpai('{ compute_flops: 1.1e25 }'), 'AIGOV542', at)).length, 3);
    for (const code of ['AIGOV541', 'AIGOV542']) {
      assert.deepEqual(await on(gpai('{ systemic_risk: true }', '[deployer]'), code, at), [], `${code} deployer`);
      assert.deepEqual(await on(gpai('{ systemic_risk: true }', '[provider]', '[jp]'), code, at), [], `${code} outside the EU`);
    }
    assert.deepEqual(await on('roles: [provider]\njurisdictions: [eu]\ngpai:', 'AIGOV541', at), [], 'an empty gpai block');
  });

  it('AIGOV543 concerns EU components only', async () => {
    assert.equal((await on('roles: [provider]\njurisdictions: [eu]', 'AIGOV543', TODAY)).length, 1);
    assert.deepEqual(await on('roles: [provider]\njurisdictions: [jp]', 'AIGOV543', TODAY), []);
  });

  it('AIGOV544: EU Annex III systems that profile, unless classed high-risk or prohibited', async () => {
    const prof = (risk: string, j = '[eu]'): string => `roles: [provider]\njurisdictions: ${j}\ncapabilities: [profiling]\nrisk: ${risk}`;
    assert.deepEqual(fields(await on(prof('{ level: limited, annex_iii_area: "4(a)" }'), 'AIGOV544')), ['risk.level']);
    assert.deepEqual(await on(prof('{ level: prohibited, annex_iii_area: "4(a)" }'), 'AIGOV544'), []);
    assert.deepEqual(await on(prof('{ level: limited, basis: "Annex I machinery" }'), 'AIGOV544'), []);
    assert.deepEqual(await on(prof('{ level: limited, annex_iii_area: "4(a)" }', '[jp]'), 'AIGOV544'), []);
  });

  it('AIGOV544 follows Art 111(2): a profiling system placed before the high-risk date and not changed since is left out', async () => {
    const prof = (extra: string): string => `roles: [provider]\njurisdictions: [eu]\ncapabilities: [profiling]\nrisk: { level: limited, annex_iii_area: "4(a)" }${extra}`;
    const after = '2028-03-01';
    assert.deepEqual(await on(prof('\nplaced_on_market: 2026-05-01'), 'AIGOV544', after), [], 'placed before 2 Dec 2027, unchanged');
    assert.deepEqual(await on(prof('\nplaced_on_market: 2026-05-01'), 'AIGOV544', TODAY), [], 'no readiness note for a duty that will not bind it');
    const [changed] = await on(prof('\nplaced_on_market: 2026-05-01\nsignificant_change: 2028-02-01'), 'AIGOV544', after);
    assert.equal(changed?.severity, 'warning');
    assert.equal(changed?.data?.appliesFrom, '2028-02-01', 'bound from its significant change');
    const [unrecorded] = await on(prof(''), 'AIGOV544', after);
    assert.equal(unrecorded?.severity, 'warning', 'no placing date: treated as covered');
    const [early] = await on(prof(''), 'AIGOV544', TODAY);
    assert.equal(early?.severity, 'info', 'before the date: a readiness note');
    assert.equal(early?.data?.appliesFrom, '2027-12-02');
  });

  it('AIGOV521 and AIGOV522 bind before placing: a derogated system placed before the Annex III date and not changed since is left out', async () => {
    const derogated = (extra: string): string => `roles: [provider]\njurisdictions: [eu]\nrisk: { level: limited, annex_iii_area: "4(a)" }${extra}`;
    const placed = '\nplaced_on_market: 2026-05-01';
    const after = '2028-03-01';
    for (const code of ['AIGOV521', 'AIGOV522']) {
      assert.deepEqual(await on(derogated(placed), code, after), [], `${code}: placed before 2 Dec 2027, unchanged`);
      assert.deepEqual(await on(derogated(placed), code, TODAY), [], `${code}: no readiness note for a duty that will not bind it`);
      assert.deepEqual(await on(derogated(`${placed}\nfor_public_authorities: true`), code, '2031-01-01'), [], `${code}: the 2030 limit of Art 111(2) is for high-risk systems`);
      const [changed] = await on(derogated(`${placed}\nsignificant_change: 2028-02-01`), code, after);
      assert.equal(changed?.severity, 'warning', code);
      assert.equal(changed?.data?.appliesFrom, '2028-02-01', `${code}: bound from its significant change`);
      assert.equal(changed?.data?.dateNote, 'changed', code);
      const [unrecorded] = await on(derogated(''), code, after);
      assert.equal(unrecorded?.severity, 'warning', `${code}: no placing date: treated as covered`);
      assert.equal(unrecorded?.data?.dateNote, 'assumed-covered', code);
      const [placedOnTheDay] = await on(derogated('\nplaced_on_market: 2027-12-02'), code, HR_DAY);
      assert.equal(placedOnTheDay?.severity, 'warning', `${code}: placed on the date`);
      const [early] = await on(derogated(''), code, TODAY);
      assert.equal(early?.severity, 'info', `${code}: before the date, a readiness note`);
      assert.equal(early?.data?.appliesFrom, '2027-12-02', code);
    }
    // The derogation exists only for Annex III systems: the Annex III date, even when the basis also names Annex I.
    const [both] = await on('roles: [provider]\njurisdictions: [eu]\nrisk: { level: limited, basis: "Annex III 4(a), part of an Annex I product" }', 'AIGOV522', HR_DAY);
    assert.equal(both?.severity, 'warning');
    assert.equal(both?.data?.appliesFrom, '2027-12-02');
  });

  it('AIGOV545: each upstream model without Annex XII information, named as well as it can be', async () => {
    const up = (models: string): string => hr('[provider]', '[eu]', `upstream_models: ${models}`);
    const e = await run(one(up('[{ provider: acme, annex_xii_docs: "  " }, { license: mit }, { provider: acme, name: m1, annex_xii_docs: d.md }]')), { today: HR_DAY });
    const fs = e.findings().filter((f) => f.code === 'AIGOV545');
    assert.deepEqual(
      fs.map((f) => /builds on (.*) but/.exec(f.message)?.[1]),
      ['acme', 'upstream model 2'],
    );
    assert.deepEqual(fs[0]!.range, e.model.registries[0]!.locate(['components', 0, 'upstream_models', 0, 'annex_xii_docs'], 'key'));
    const odd = await on(up('[~, 7, { provider: acme, annex_xii_docs: d.md }]'), 'AIGOV545');
    assert.deepEqual(
      odd.map((f) => /builds on (.*) but/.exec(f.message)?.[1]),
      ['upstream model 1', 'upstream model 2'],
      'an entry that is not a mapping',
    );
    const [c] = (await run(one(hr()), { today: HR_DAY })).model.components;
    assert.equal(aigov545.evaluate(c!, HR_DAY).status, 'n.a.');
  });
});

describe('conditions of the NIST, ISO, Korean, Colorado, Chinese and policy rules', () => {
  const reg = (frameworks: string, component: string, rules = ''): string =>
    `version: 1\nrules: { "AIGOV55*": info, "AIGOV56*": info${rules} }\nframeworks: [${frameworks}]\ncomponents:\n  - { id: a, ${component} }\n`;
  const f = async (frameworks: string, component: string, code: string, rules = ''): Promise<unknown[]> =>
    fields(await findings(reg(frameworks, component, rules), code, { today: '2027-01-04' }));

  it('leave a gap a core rule reports to it, unless the registry turns it off', async () => {
    const nist = 'kind: model, jurisdictions: [eu]';
    assert.deepEqual(await f('nist-ai-rmf', nist, 'AIGOV552'), []);
    assert.deepEqual(await f('nist-ai-rmf', nist, 'AIGOV552', ', AIGOV108: off'), ['intended_purpose']);
    assert.deepEqual(await f('nist-ai-rmf', 'kind: model, incident_response: { register: r.md }', 'AIGOV559'), []);
    assert.deepEqual(await f('nist-ai-rmf', 'kind: model, incident_response: { register: r.md }', 'AIGOV559', ', AIGOV102: off'), ['contacts.incident']);
    assert.deepEqual(await f('iso-42001', 'kind: model', 'AIGOV560'), []);
    assert.deepEqual(await f('iso-42001', 'kind: model', 'AIGOV560', ', AIGOV101: off'), ['risk.assessment.path']);
    const iso = 'kind: model, docs: { instructions_for_use: i.md }';
    assert.deepEqual(await f('iso-42001', iso, 'AIGOV565'), []);
    assert.deepEqual(await f('iso-42001', iso, 'AIGOV565', ', AIGOV102: off'), ['contacts.incident']);
    assert.deepEqual(await f('iso-42001', 'kind: model', 'AIGOV566'), []);
    assert.deepEqual(await f('iso-42001', 'kind: model', 'AIGOV566', ', AIGOV108: off'), ['intended_purpose']);
    const kr = 'roles: [provider], jurisdictions: [kr], risk: { kr_high_impact: true }, human_oversight: { assignee: ops }, records: { retention_years: 5 }';
    assert.deepEqual(await f('kr-ai-basic-act', kr, 'AIGOV572'), []);
    assert.deepEqual(await f('kr-ai-basic-act', kr, 'AIGOV572', ', AIGOV101: off'), ['risk.assessment.path']);
    const co = 'kind: model, roles: [provider], jurisdictions: [us-co], consequential_decision: true, data: { sources: [s] }, model: { card: c.md }';
    assert.deepEqual(await f('us-co-adm', co, 'AIGOV580'), []);
    assert.deepEqual(await f('us-co-adm', co, 'AIGOV580', ', AIGOV108: off'), ['intended_purpose']);
  });

  it('NIST: each human-oversight field counts; AIGOV554 concerns components with upstream models', async () => {
    for (const k of ['assignee: ops', 'measures: [review]', 'stop_mechanism: kill switch', 'review_path: r.md']) {
      assert.deepEqual(await f('nist-ai-rmf', `kind: model, model: { card: c.md }, human_oversight: { ${k} }`, 'AIGOV553'), [], k);
    }
    const [c] = (await run(reg('nist-ai-rmf', 'kind: model'))).model.components;
    assert.equal(aigov554.evaluate(c!, TODAY).status, 'n.a.');
  });

  it('ISO: the impact assessment\'s date once linked; data provenance of models, datasets and components with data', async () => {
    assert.deepEqual(await f('iso-42001', 'kind: model, impact_assessment: { path: i.md }', 'AIGOV561'), ['impact_assessment.date']);
    assert.deepEqual(await f('iso-42001', 'kind: model', 'AIGOV564'), ['data.sources', 'data.provenance']);
    assert.deepEqual(await f('iso-42001', 'kind: dataset', 'AIGOV564'), ['data.sources', 'data.provenance']);
    assert.deepEqual(await f('iso-42001', 'kind: llm-app', 'AIGOV564'), []);
    assert.deepEqual(await f('iso-42001', 'kind: llm-app, data: ~', 'AIGOV564'), []);
    assert.deepEqual(await f('iso-42001', 'kind: llm-app, data: { sources: [s] }', 'AIGOV564'), ['data.provenance']);
  });

  it('Korea: notices and labels of operators, compute above 10^26 FLOP, a representative of developers', async () => {
    const kr = (c: string): string => `roles: [provider], jurisdictions: [kr], ${c}`;
    assert.deepEqual(await f('kr-ai-basic-act', kr('kind: model, capabilities: []'), 'AIGOV571'), []);
    assert.deepEqual(await f('kr-ai-basic-act', 'roles: [provider], jurisdictions: [jp], kind: llm-app', 'AIGOV571'), []);
    assert.deepEqual(await f('kr-ai-basic-act', kr('kind: llm-app'), 'AIGOV571'), ['labeling', 'transparency.user_notice']);
    assert.deepEqual(await f('kr-ai-basic-act', kr('kind: llm-app, labeling: { visible: true }'), 'AIGOV571'), ['transparency.user_notice']);
    assert.deepEqual(await f('kr-ai-basic-act', kr('kind: llm-app, labeling: { machine_readable: true }'), 'AIGOV571'), ['transparency.user_notice']);
    assert.deepEqual(await f('kr-ai-basic-act', kr('gpai: { compute_flops: 1.0e26 }'), 'AIGOV574'), []);
    assert.deepEqual(await f('kr-ai-basic-act', kr('gpai: { compute_flops: 1.1e26 }'), 'AIGOV574'), ['gpai.compute_flops']);
    assert.deepEqual(await f('kr-ai-basic-act', kr('gpai: { open_source: true }'), 'AIGOV574'), ['gpai.compute_flops']);
    assert.deepEqual(await f('kr-ai-basic-act', kr('gpai: ~'), 'AIGOV574'), []);
    assert.deepEqual(await f('kr-ai-basic-act', 'roles: [developer], jurisdictions: [kr]', 'AIGOV575'), ['contacts.legal_rep']);
  });

  it('Colorado: developers and providers document, deployers notify and review', async () => {
    const co = (roles: string): string => `kind: model, roles: ${roles}, jurisdictions: [us-co], consequential_decision: true, intended_purpose: x, data: { sources: [s] }`;
    assert.deepEqual(await f('us-co-adm', co('[provider]'), 'AIGOV580'), ['model.card']);
    assert.deepEqual(await f('us-co-adm', co('[provider]'), 'AIGOV581'), []);
    assert.deepEqual(await f('us-co-adm', co('[provider]'), 'AIGOV582'), []);
    assert.equal((await f('us-co-adm', co('[deployer]'), 'AIGOV581')).length, 1);
  });

  it('China: labels presumed from the kind say so; unlabelled output of a generative provider only', async () => {
    const cn = (c: string): string => `kind: llm-app, roles: [provider], jurisdictions: [cn], ${c}`;
    const e = await run(reg('cn-labeling', cn('logging: { enabled: true, retention_days: 200 }')));
    for (const code of ['AIGOV590', 'AIGOV591']) {
      const [x] = e.findings().filter((y) => y.code === code);
      assert.match(x!.message, /presumed from kind 'llm-app'/, code);
    }
    const visible = cn('labeling: { visible: true }, logging: { enabled: true, retention_days: 200 }');
    assert.deepEqual(await f('cn-labeling', visible, 'AIGOV593', ', AIGOV592: off'), []);
    const model = 'kind: model, capabilities: [], roles: [provider], jurisdictions: [cn], labeling: { visible: false }';
    assert.deepEqual(await f('cn-labeling', model, 'AIGOV593', ', AIGOV592: off'), []);
  });

  it('AIGOV601 quotes the policy\'s message without its final stops; AIGOV602 checks the condition keys', async () => {
    const yaml = `version: 1
policy:
  require:
    - when: { kind: model }
      fields: [owner]
      message: "Every model has an owner. . "
    - when: { risk.levle: high }
      fields: [owner]
      message: Owners
components:
  - { id: a, kind: model }
`;
    const e = await run(yaml);
    const [p] = e.findings().filter((x) => x.code === 'AIGOV601');
    assert.equal(p!.message, "Every model has an owner: 'a' has no owner.");
    const cond = e.findings().filter((x) => x.code === 'AIGOV602');
    assert.deepEqual(cond.map((x) => x.data), [{ field: 'risk.levle' }]);
    assert.deepEqual(cond[0]!.range, e.model.registries[0]!.locate(['policy', 'require', 1, 'when', 'risk.levle'], 'key'));
  });
});
