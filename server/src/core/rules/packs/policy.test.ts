import { strict as assert } from 'node:assert';
import { Engine } from '../../engine.js';
import { formatMessage, msg } from '../../i18n/format.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { unknownFieldProblem } from './policy.js';
import { hasRole, needList, present } from './scope.js';

// What the organisation's policy (AIGOV601, AIGOV602) and the packs count as present, and where
// and how a missing field is reported.

async function engineOf(yaml: string): Promise<Engine> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: '2026-11-25' });
  await e.indexAll();
  return e;
}

const ORG = 'organization: { name: Acme, owner: lead@acme.example, contacts: { incident: ir@acme.example } }\n';

function policy(require: string): string {
  return `version: 1\n${ORG}policy:\n  require:\n${require}components:\n  - id: a\n    kind: model\n`;
}

async function missing(require: string): Promise<{ fields: string[]; lines: number[]; messages: string[]; citations: string[] }> {
  const e = await engineOf(policy(require));
  const found = e.findings().filter((f) => f.code === 'AIGOV601');
  return {
    fields: found.map((f) => String(f.data?.field)),
    lines: found.map((f) => f.range.start.line),
    messages: found.map((f) => f.message),
    citations: found.map((f) => (f.citation ? `${f.citation.framework} / ${f.citation.article}` : '')),
  };
}

describe('policy requirements and organisation defaults', () => {
  it('organisation defaults count for owner and contacts.*, and for no other field', async () => {
    const r = await missing('    - { fields: [owner, contacts.incident, name], message: Named }\n');
    assert.deepEqual(r.fields, ['name']);
    const [c] = [...(await engineOf(policy(''))).model.components] as ComponentEntry[];
    assert.equal(present(c!, 'owner'), true);
    assert.equal(present(c!, 'contacts.incident'), true);
    assert.equal(present(c!, 'name'), false);
  });

  it('a missing list, or a field under a value that is not a mapping, is reported at the component', async () => {
    const e = await engineOf(`version: 1\npolicy:\n  require:\n    - { fields: ["upstream_models[].license", "model.provider"], message: Licensed }\ncomponents:\n  - id: a\n    kind: model\n    model: ~\n`);
    const found = e.findings().filter((f) => f.code === 'AIGOV601');
    assert.deepEqual(found.map((f) => f.data?.field), ['upstream_models[].license', 'model.provider']);
    assert.equal(found[0]?.range.start.line, 5, 'on the component, not the top of the file');
  });

  it('a requirement with only a framework label is cited by its id, or as "policy"', async () => {
    const r = await missing('    - { id: sec-1, fields: [intended_purpose], message: Purpose, framework: ACME }\n    - { fields: [intended_purpose], message: Again, framework: ACME }\n');
    assert.deepEqual([...r.citations].sort(), ['ACME / policy', 'ACME / sec-1']);
    assert.ok(r.messages.some((m) => m.endsWith('[ACME sec-1]')), r.messages.join('; '));
  });

  it('names the parent of an unknown field as written, dotted and without list indexes', () => {
    const en = (dotted: string): string => formatMessage(unknownFieldProblem(dotted)!, 'en');
    assert.equal(en('bogus'), "'bogus' is not a component field.");
    assert.match(en('upstream_models[].bogus'), /is not a component field under 'upstream_models'\./);
    assert.match(en('risk.assessment.bogus'), /is not a component field under 'risk\.assessment'\./);
  });
});

describe('the scope helpers of the packs', () => {
  it('a component that declares no roles, or an empty list, has every role', async () => {
    const e = await engineOf('version: 1\ncomponents:\n  - { id: a, kind: model }\n  - { id: b, kind: model, roles: [] }\n  - { id: c, kind: model, roles: [deployer] }\n');
    const [a, b, c] = [...e.model.components];
    assert.deepEqual([a!, b!, c!].map((x) => hasRole(x, 'provider')), [true, true, false]);
  });

  it('an empty list is still a gap', async () => {
    const e = await engineOf('version: 1\ncomponents:\n  - { id: a, kind: model, evaluations: [] }\n  - { id: b, kind: model, evaluations: [{ name: x }] }\n');
    const [a, b] = [...e.model.components];
    const why = msg('AIGOV551.why');
    assert.deepEqual(needList(a!, 'evaluations', why).map((g) => g.field), ['evaluations']);
    assert.deepEqual(needList(b!, 'evaluations', why), []);
  });
});
