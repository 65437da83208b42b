import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import type { Finding, FixProposal } from '../finding.js';
import { applyEdits } from '../fixes/yaml-edit.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { annexIiiPoint, annexRoute } from './packs/eu.js';
import { recordIncidentFix } from './packs/incidents.js';
import { unknownFieldProblem } from './packs/policy.js';
import { formatMessage, type Message } from '../i18n/format.js';
import { capability } from './packs/scope.js';

const TODAY = '2026-11-25';

async function engineOf(yaml: string, extra: Record<string, string> = {}): Promise<Engine> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml, ...extra }), { today: TODAY });
  await e.indexAll();
  return e;
}

const english = (m: Message | undefined): string => (m ? formatMessage(m, 'en') : '');

function only(e: Engine, code: string): Finding[] {
  return e.findings().filter((f) => f.code === code);
}

function apply(text: string, fix: FixProposal): string {
  return applyEdits(text, fix.edits.filter((x) => x.kind === 'replace'));
}

const HR = `version: 1
# incidents are kept below
frameworks: [eu-ai-act]
components:
  - id: scorer
    kind: model
    roles: [provider]
    jurisdictions: [eu]
    risk: { level: high, basis: Annex III 5(b) }   # credit
    incidents:
      - id: INC-2026-001
        detected: 2026-11-20
        severity: serious
        reported: null   # not yet
        status: open
`;

describe('pack helpers', () => {
  it('reads the Annex III point and the route from the area or the basis', async () => {
    const e = await engineOf(`version: 1
components:
  - { id: a, risk: { annex_iii_area: "5(b)" } }
  - { id: b, risk: { basis: "Annex III, point 5 (c) insurance" } }
  - { id: c, risk: { basis: "Annex I machinery" } }
  - { id: d, risk: { basis: "Annex III 4a" } }
`);
    const [a, b, c, d] = e.model.components;
    assert.equal(annexIiiPoint(a!), '5(b)');
    assert.equal(annexIiiPoint(b!), '5(c)');
    assert.equal(annexIiiPoint(c!), undefined);
    assert.equal(annexIiiPoint(d!), '4(a)');
    assert.equal(annexRoute(c!), 'annex-i');
    assert.equal(annexRoute(b!), 'annex-iii');
  });

  it('presumes capabilities from the kind only when none are declared', async () => {
    const e = await engineOf(`version: 1
components:
  - { id: a, kind: llm-app }
  - { id: b, kind: llm-app, capabilities: [] }
  - { id: c, kind: model }
`);
    const [a, b, c] = e.model.components;
    assert.deepEqual(capability(a!, 'generates-content'), { has: true, presumed: true });
    assert.deepEqual(capability(b!, 'generates-content'), { has: false, presumed: false });
    assert.equal(capability(c!, 'interacts-with-people').has, false);
  });

  it('names unknown policy fields with a suggestion and accepts x- keys and list paths', () => {
    assert.match(english(unknownFieldProblem('human_oversight.asignee')), /Did you mean 'assignee'/);
    assert.match(english(unknownFieldProblem('owner.name')), /has no sub-fields/);
    assert.equal(unknownFieldProblem('upstream_models[].license'), undefined);
    assert.equal(unknownFieldProblem('x-cost-centre'), undefined);
    assert.equal(unknownFieldProblem('risk.assessment.next_review'), undefined);
  });
});

describe('pack rules', () => {
  it('a pack rule stays silent on a gap a core rule reports, unless the registry turns that rule off', async () => {
    const yaml = `version: 1
frameworks: [jp-ai-guidelines]
components:
  - { id: a, kind: model, roles: [provider], jurisdictions: [jp], intended_purpose: x }
`;
    assert.equal(only(await engineOf(yaml), 'AIGOV516').length, 0);
    // (AIGOV516 is a practice of a voluntary pack: set, it reports on its own.)
    assert.equal(only(await engineOf(yaml.replace('frameworks:', 'rules: { AIGOV516: warning }\nframeworks:')), 'AIGOV516').length, 0);
    const off = yaml.replace('frameworks:', 'rules: { AIGOV102: off, AIGOV105: off, AIGOV516: warning }\nframeworks:');
    assert.equal(only(await engineOf(off), 'AIGOV516').length, 2);
  });

  it('runs only for registries that select the pack, and only for components in scope', async () => {
    const yaml = HR.replace('frameworks: [eu-ai-act]', 'frameworks: []');
    assert.equal(only(await engineOf(yaml), 'AIGOV535').length, 0);
    assert.equal(only(await engineOf(HR.replace('jurisdictions: [eu]', 'jurisdictions: [jp]')), 'AIGOV535').length, 0);
    assert.equal(only(await engineOf(HR.replace('roles: [provider]', 'roles: [deployer]')), 'AIGOV535').length, 0);
    assert.equal(only(await engineOf(HR), 'AIGOV535').length, 1);
  });

  it('policy: when matches values and lists, [] paths check every item, organisation defaults count', async () => {
    const e = await engineOf(`version: 1
organization: { contacts: { incident: ai@example.co.jp } }
policy:
  require:
    - when: { jurisdictions: eu, kind: [llm-app, agent] }
      fields: ["upstream_models[].license", contacts.incident, owner]
      message: Licences and contacts
      severity: error
components:
  - id: a
    kind: agent
    jurisdictions: [jp, eu]
    upstream_models: [{ provider: p1, license: mit }, { provider: p2 }]
  - { id: b, kind: model, jurisdictions: [eu] }
  - { id: c, kind: llm-app, jurisdictions: [jp] }
`);
    const fs = only(e, 'AIGOV601');
    assert.deepEqual(fs.map((f) => `${f.data?.id} ${f.data?.field} ${f.severity}`), ['a owner error', 'a upstream_models[].license error']);
    assert.equal(fs[0]!.related?.[0]?.message, 'required by this policy');
  });
});

/** One EU component (after the high-risk date, so findings have their own severity). */
async function euOn(component: string, today = '2027-12-02'): Promise<Engine> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': `version: 1\nframeworks: [eu-ai-act]\ncomponents:\n${component}` }), { today });
  await e.indexAll();
  return e;
}

describe('EU scope of registration (Art 49) and FRIA (Art 27)', () => {
  const provider = (risk: string): string => `  - id: s\n    roles: [provider]\n    jurisdictions: [eu]\n    risk: ${risk}\n`;
  const deployer = (risk: string, extra = ''): string => `  - id: s\n    roles: [deployer]\n    jurisdictions: [eu]\n    risk: ${risk}\n${extra}`;

  it('AIGOV533: Annex III providers register, except point 2 (national) and Annex I systems', async () => {
    assert.equal(only(await euOn(provider('{ level: high, basis: "Annex III 5(b) creditworthiness" }')), 'AIGOV533').length, 1);
    assert.equal(only(await euOn(provider('{ level: high, basis: "Annex III 4(a) recruitment" }')), 'AIGOV533').length, 1);
    assert.equal(only(await euOn(provider('{ level: high }')), 'AIGOV533').length, 1, 'no Annex named: Annex III assumed, as for the dates');
    assert.equal(only(await euOn(provider('{ level: high, basis: "Annex III point 2, water supply" }')), 'AIGOV533').length, 0);
    assert.equal(only(await euOn(provider('{ level: high, annex_iii_area: "2" }')), 'AIGOV533').length, 0);
    assert.equal(only(await euOn(provider('{ level: high, basis: "Annex I, medical device" }'), '2028-08-02'), 'AIGOV533').length, 0);
    const [f] = only(await euOn(provider('{ level: high, basis: "Annex III 5(b)" }')), 'AIGOV533');
    assert.match(f!.message, /Art 49\(1\) requires the provider to register an Annex III system/);
  });

  it('AIGOV533: a public-authority deployer registers its use of a high-risk system, never of a limited-risk one', async () => {
    const [f] = only(await euOn(deployer('{ level: high, basis: "Annex III 5(a) public benefits" }', '    public_sector: authority\n')), 'AIGOV533');
    assert.ok(f);
    assert.match(f.message, /Art 49\(3\) requires a deployer that is a public authority to register its use/);
    assert.deepEqual(only(await euOn(deployer('{ level: limited, basis: "Annex III 5(a) public benefits" }', '    public_sector: authority\n')), 'AIGOV533'), []);
    assert.deepEqual(only(await euOn(deployer('{ level: high, basis: "Annex III 5(a)" }', '    public_sector: public-service\n')), 'AIGOV533'), [], 'Art 49(3) names public authorities');
    assert.deepEqual(only(await euOn(deployer('{ level: high, basis: "Annex III 5(a)" }')), 'AIGOV533'), []);
  });

  it('AIGOV534: public bodies and public-service deployers of Annex III systems (not point 2), and every 5(b)/5(c) deployer', async () => {
    const fria = async (risk: string, extra = ''): Promise<number> => only(await euOn(deployer(risk, extra)), 'AIGOV534').length;
    assert.equal(await fria('{ level: high, basis: "Annex III 4(a) recruitment" }', '    public_sector: authority\n'), 1, 'public authority');
    assert.equal(await fria('{ level: high, basis: "Annex III 3(b) exam scoring" }', '    public_sector: public-service\n'), 1, 'private entity providing a public service');
    assert.equal(await fria('{ level: high, basis: "Annex III 4(a) recruitment" }'), 0, 'a private deployer outside 5(b)/(c)');
    assert.equal(await fria('{ level: high, basis: "Annex III 5(c) life insurance pricing" }'), 1, '5(c), any deployer');
    assert.equal(await fria('{ level: high, annex_iii_area: "5(b)" }'), 1, '5(b), any deployer');
    assert.equal(await fria('{ level: high, basis: "Annex III 2 electricity grid" }', '    public_sector: authority\n'), 0, 'point 2 is excepted');
    assert.equal(await fria('{ level: high, basis: "Annex I, medical device" }', '    public_sector: authority\n'), 0, 'Annex I systems are not covered');
    assert.equal(await fria('{ level: limited, basis: "Annex III 5(c)" }', '    public_sector: authority\n'), 0, 'not high-risk');
  });

  it('a basis that puts the system outside Annex III (fraud detection) takes it out of the Annex III rules', async () => {
    const fraud = `  - id: fraud\n    roles: [provider]\n    jurisdictions: [eu]\n    risk: { level: minimal, basis: "Not high-risk: fraud detection is excepted from Annex III 5(b)" }\n`;
    const e = await euOn(fraud);
    assert.deepEqual(e.findings().filter((f) => f.code.startsWith('AIGOV52') || f.code.startsWith('AIGOV53') || f.code === 'AIGOV544').map((f) => f.code), []);
    const [c] = e.model.components;
    assert.equal(annexIiiPoint(c!), undefined);
    const claimed = await euOn(fraud.replace('Not high-risk: fraud detection is excepted from Annex III 5(b)', 'Annex III 5(b), Art 6(3)(d) preparatory task'));
    assert.deepEqual(claimed.findings().filter((f) => f.code === 'AIGOV522').length, 1);
  });
});

describe('conditions of the other packs', () => {
  it('AIGOV541: an open-source GPAI model without systemic risk skips the Annex XI/XII documentation (Art 53(2)), not the rest', async () => {
    const gpai = (g: string): string => `  - id: m\n    roles: [provider]\n    jurisdictions: [eu]\n    gpai: ${g}\n`;
    const fields = async (g: string): Promise<unknown[]> => only(await euOn(gpai(g), '2026-12-05'), 'AIGOV541').map((f) => f.data?.field);
    assert.deepEqual(await fields('{ open_source: true }'), ['gpai.copyright_policy', 'gpai.training_data_summary']);
    assert.deepEqual(await fields('{ open_source: false }'), ['gpai.technical_docs', 'gpai.copyright_policy', 'gpai.training_data_summary']);
    assert.deepEqual(await fields('{ open_source: true, systemic_risk: true }'), ['gpai.technical_docs', 'gpai.copyright_policy', 'gpai.training_data_summary']);
    assert.deepEqual(await fields('{ open_source: true, compute_flops: 2.0e25 }'), ['gpai.technical_docs', 'gpai.copyright_policy', 'gpai.training_data_summary']);
  });

  it('AIGOV593: unlabeled output needs a user agreement (Art 9); AIGOV592 reports it first', async () => {
    const cn = `version: 1\nframeworks: [cn-labeling]\ncomponents:\n  - id: g\n    kind: llm-app\n    roles: [provider]\n    jurisdictions: [cn]\n    labeling: { visible: false, machine_readable: true }\n    logging: { enabled: true, retention_days: 200 }\n`;
    const e = await engineOf(cn);
    assert.equal(only(e, 'AIGOV592').length, 1);
    assert.deepEqual(only(e, 'AIGOV593'), []);
    const off = await engineOf(cn.replace('components:', 'rules: { AIGOV592: off }\ncomponents:'));
    const [f] = only(off, 'AIGOV593');
    assert.match(f!.message, /Art 9 allows it only after the user agreement sets out the user's labelling duty/);
  });

  it("AIGOV575: a component that lists no jurisdictions is in Korea's scope, as in every pack", async () => {
    const kr = (j: string): string => `version: 1\nframeworks: [kr-ai-basic-act]\ncomponents:\n  - id: k\n    roles: [provider]\n${j}`;
    assert.equal(only(await engineOf(kr('')), 'AIGOV575').length, 1);
    assert.equal(only(await engineOf(kr('    jurisdictions: []\n')), 'AIGOV575').length, 1);
    assert.equal(only(await engineOf(kr('    jurisdictions: [jp]\n')), 'AIGOV575').length, 0);
  });
});

describe('incident fixes', () => {
  it('"Mark reported today" replaces only the reported value, keeping comments', async () => {
    const e = await engineOf(HR);
    const f = only(e, 'AIGOV401')[0]!;
    const fix = e.fixesFor(f).find((p) => p.title.startsWith('Mark incident'))!;
    assert.equal(fix.title, `Mark incident INC-2026-001 reported today (${TODAY})`);
    const after = apply(HR, fix);
    assert.equal(after, HR.replace('reported: null   # not yet', `reported: ${TODAY}   # not yet`));
    const again = await engineOf(after);
    assert.deepEqual(only(again, 'AIGOV401'), []);
  });

  it('AIGOV401 offers only "Mark reported" (recording another incident is not a fix for this one)', async () => {
    const e = await engineOf(HR);
    const titles = e.fixesFor(only(e, 'AIGOV401')[0]!).map((p) => p.title);
    assert.ok(titles.some((t) => t.startsWith('Mark incident INC-2026-001 reported today')), titles.join('; '));
    assert.ok(!titles.some((t) => t.startsWith('Record incident')), titles.join('; '));
  });

  it('"Record incident" appends an entry from the template with the next free id', async () => {
    const e = await engineOf(HR);
    const fix = recordIncidentFix(e.fixContext(), 'scorer')!;
    assert.equal(fix.title, "Record incident INC-2026-002 for 'scorer'");
    const after = apply(HR, fix);
    assert.ok(after.startsWith(HR.trimEnd()), 'nothing before is changed');
    assert.match(after, /- id: INC-2026-002\n {8}title: "TODO: what happened"\n {8}detected: 2026-11-25\n {8}severity: serious\n {8}reported: null\n {8}authority: null\n {8}status: open\n$/);
    const again = await engineOf(after);
    assert.equal(only(again, 'AIGOV401').length, 2);
  });

  it('"Record incident" is a fix of AIGOV401 that is not applied unasked, in the registry it is asked for', async () => {
    const e = await engineOf(HR, { 'sub/.aigov.yaml': HR });
    const fix = recordIncidentFix(e.fixContext(), 'scorer', 'sub/.aigov.yaml')!;
    assert.equal(fix.code, 'AIGOV401');
    assert.equal(fix.safe, false);
    assert.deepEqual(fix.edits.map((x) => x.file), ['sub/.aigov.yaml']);
  });

  it('"Mark reported" names the incident of its own finding', async () => {
    const two = `${HR}      - id: INC-2026-002\n        detected: 2026-11-21\n        severity: serious\n        status: open\n`;
    const e = await engineOf(two);
    const titles = only(e, 'AIGOV401').map((f) => e.fixesFor(f).map((p) => p.title).find((t) => t.startsWith('Mark incident')));
    assert.equal(titles.length, 2);
    assert.match(titles[0] ?? '', /INC-2026-001/);
    assert.match(titles[1] ?? '', /INC-2026-002/);
  });

  it('"Record incident" writes its placeholder title in the run\'s language', async () => {
    const e = await engineOf(HR);
    const fix = recordIncidentFix({ ...e.fixContext(), locale: 'ja' }, 'scorer')!;
    assert.match(apply(HR, fix), /- id: INC-2026-002\n {8}title: "TODO: 何が起きたか"\n/);
  });

  it('the voluntary summary fix writes its TODO placeholders in the run\'s language', async () => {
    const e = await engineOf(`version: 1
frameworks: [jp-ai-guidelines]
components:
  - id: a
    kind: model
    roles: [provider]
    jurisdictions: [jp]
    owner: a@example.co.jp
`);
    const [f] = only(e, 'AIGOV519');
    const text = (locale: 'en' | 'ja'): string => {
      const fix = e.fixesFor(f!, locale).find((p) => p.isPreferred)!;
      return applyEdits(e.fixContext().textOf('.aigov.yaml')!, fix.edits.filter((x) => x.kind === 'replace' && x.file === '.aigov.yaml'));
    };
    assert.match(text('en'), /foreseeable_misuse: "TODO: how the system could be misused, and what guards against it"/);
    const ja = text('ja');
    assert.match(ja, /foreseeable_misuse: "TODO: システムがどのように誤用されうるか、それを何が防ぐか"/);
    assert.match(ja, /measures: "TODO: 人がシステムをどのように監督し、その判断を覆すか"/);
    assert.doesNotMatch(ja, /TODO: [a-z]/, 'no English placeholder left');
  });

  it('the voluntary summary fix adds a block and a key inside it (an agent\'s human_oversight) as one entry', async () => {
    const yaml = `version: 1
frameworks: [jp-ai-guidelines]
components:
  - id: helper
    kind: agent
    roles: [provider]
    jurisdictions: [jp]
    owner: ml@example.co.jp
`;
    const e = await engineOf(yaml);
    const [f] = only(e, 'AIGOV519');
    const fields = ((f!.data?.gaps ?? []) as { field: string }[]).map((g) => g.field);
    assert.ok(fields.includes('human_oversight') && fields.includes('human_oversight.measures'), fields.join(', '));
    const fix = e.fixesFor(f!).find((p) => p.isPreferred);
    assert.ok(fix, 'a fix is offered');
    const after = applyEdits(yaml, fix.edits.filter((x) => x.kind === 'replace' && x.file === '.aigov.yaml'));
    assert.equal(after.match(/human_oversight:/g)?.length, 1, after);
    assert.match(after, /\n {4}human_oversight:\n {6}measures: "TODO: [^"]+"\n/);
    const again = await engineOf(after);
    assert.deepEqual(only(again, 'AIGOV001'), []);
  });

  it('"Record incident" creates the list when the component has none', async () => {
    const yaml = HR.slice(0, HR.indexOf('    incidents:'));
    const e = await engineOf(yaml);
    const after = apply(yaml, recordIncidentFix(e.fixContext(), 'scorer')!);
    assert.match(after, /risk: \{ level: high, basis: Annex III 5\(b\) \} {3}# credit\n {4}incidents:\n {6}- id: INC-2026-001\n/);
  });

  it('AIGOV402 offers the owner as incident contact', async () => {
    const yaml = HR.replace('roles: [provider]', 'roles: [provider]\n    owner: team@example.co.jp');
    const e = await engineOf(yaml);
    const f = only(e, 'AIGOV402')[0]!;
    const after = apply(yaml, e.fixesFor(f)[0]!);
    assert.ok(after.includes('contacts:\n      incident: team@example.co.jp'));
    assert.deepEqual(only(await engineOf(after), 'AIGOV402'), []);
  });

  it('AIGOV402 names its fixes in the run\'s language', async () => {
    const owned = HR.replace('roles: [provider]', 'roles: [provider]\n    owner: team@example.co.jp');
    const titles = async (yaml: string, locale: 'en' | 'ja') => {
      const e = await engineOf(yaml);
      return e.fixesFor(only(e, 'AIGOV402')[0]!, locale).map((p) => p.title).filter((t) => !/^Suppress|抑制/.test(t));
    };
    assert.deepEqual(await titles(owned, 'en'), ["Use the owner team@example.co.jp as incident contact of 'scorer'"]);
    assert.deepEqual(await titles(owned, 'ja'), ["責任者 team@example.co.jp を 'scorer' のインシデント連絡先にする"]);
    assert.deepEqual(await titles(HR, 'ja'), ["'scorer' にインシデント連絡先を追加する（アドレスを記入してください）"]);
  });
});

describe('document fixes of pack findings', () => {
  it('creates the document from a template and links it, never over an existing file', async () => {
    const e = await engineOf(HR);
    const f = only(e, 'AIGOV535')[0]!;
    const fix = e.fixesFor(f)[0]!;
    assert.equal(fix.title, 'Create docs/monitoring/scorer.md from a template and link it as monitoring.plan');
    const created = fix.edits.find((x) => x.kind === 'create')!;
    assert.equal(created.kind === 'create' && created.file, 'docs/monitoring/scorer.md');
    assert.ok(created.kind === 'create' && created.text.includes('EU AI Act (Regulation (EU) 2024/1689) Art 72'));
    assert.match(apply(HR, fix), /monitoring:\n {6}plan: docs\/monitoring\/scorer.md\n/);
    const taken = await engineOf(HR, { 'docs/monitoring/scorer.md': 'mine' });
    const fix2 = taken.fixesFor(only(taken, 'AIGOV535')[0]!)[0]!;
    assert.ok(fix2.edits.some((x) => x.kind === 'create' && x.file === 'docs/monitoring/scorer-2.md'));
  });

  it('takes the next free name when several are taken', async () => {
    const taken = await engineOf(HR, { 'docs/monitoring/scorer.md': 'mine', 'docs/monitoring/scorer-2.md': 'mine too' });
    const fix = taken.fixesFor(only(taken, 'AIGOV535')[0]!)[0]!;
    assert.deepEqual(fix.edits.filter((x) => x.kind === 'create').map((x) => x.file), ['docs/monitoring/scorer-3.md']);
  });

  it('a new impact assessment block gets the date too; an existing one only its path', async () => {
    const fria = (block: string): string => `version: 1
frameworks: [eu-ai-act]
components:
  - id: credit
    roles: [deployer]
    jurisdictions: [eu]
    risk: { level: high, annex_iii_area: "5(b)" }
${block}`;
    const after = async (yaml: string): Promise<string> => {
      const e = await engineOf(yaml);
      return apply(yaml, e.fixesFor(only(e, 'AIGOV534')[0]!)[0]!);
    };
    assert.match(await after(fria('')), /impact_assessment:\n {6}path: (\S+)\n {6}date: 2026-11-25\n/);
    assert.match(await after(fria('    impact_assessment: ~\n')), /impact_assessment:\n {6}path: (\S+)\n {6}date: 2026-11-25\n/);
    const kept = await after(fria('    impact_assessment:\n      date: 2026-01-05\n'));
    assert.match(kept, /impact_assessment:\n {6}date: 2026-01-05\n {6}path: \S+\n/);
    assert.equal(kept.match(/date:/g)?.length, 1);
  });

  it('AIGOV502 adds jp-ai-guidelines to a block or flow frameworks list', async () => {
    for (const list of ['frameworks: [jp-ai-promotion-act]', 'frameworks:\n  - jp-ai-promotion-act']) {
      const yaml = `version: 1\n${list}\ncomponents: []\n`;
      const e = await engineOf(yaml);
      const after = apply(yaml, e.fixesFor(only(e, 'AIGOV502')[0]!)[0]!);
      assert.deepEqual(only(await engineOf(after), 'AIGOV502'), [], after);
    }
  });
});
