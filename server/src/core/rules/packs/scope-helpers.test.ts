import { strict as assert } from 'node:assert';
import { Engine } from '../../engine.js';
import { formatMessage, msg } from '../../i18n/format.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { cnGenerative } from './cn.js';
import { jpGuidelinesScope, jpHasRole } from './jp.js';
import { krOperator } from './kr.js';
import { upstreamDeclared, upstreamItemGaps } from './nist.js';
import { coConsequential } from './us-co.js';

// Who is in scope of each jurisdiction's pack, and which upstream models a NIST rule asks about.

async function components(...flows: string[]): Promise<ComponentEntry[]> {
  const yaml = `version: 1\ncomponents:\n${flows.map((f, i) => `  - { id: c${i}, ${f} }\n`).join('')}`;
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: '2026-11-25' });
  await e.indexAll();
  return [...e.model.components];
}

describe('the scope of each pack', () => {
  it('the AI Guidelines: every role when none is declared; a deployer is a business user; importers and distributors are out', async () => {
    const [none, empty, deployer, user, importer] = await components('jurisdictions: [jp]', 'jurisdictions: [jp], roles: []', 'roles: [deployer]', 'roles: [business-user]', 'roles: [importer, distributor]');
    assert.equal(jpGuidelinesScope(none!), true);
    assert.equal(jpHasRole(none!, 'developer'), true);
    assert.equal(jpGuidelinesScope(empty!), true);
    assert.equal(jpHasRole(empty!, 'provider'), true);
    assert.equal(jpHasRole(deployer!, 'business-user'), true);
    assert.equal(jpHasRole(deployer!, 'provider'), false);
    assert.equal(jpHasRole(user!, 'business-user'), true);
    assert.equal(jpGuidelinesScope(importer!), false);
  });

  it('Korea: providers, developers and deployers in Korea; Colorado: consequential decisions in Colorado; China: generative providers in China', async () => {
    const [krDeployer, krImporter, coNo, coElsewhere, coYes] = await components(
      'jurisdictions: [kr], roles: [deployer]',
      'jurisdictions: [kr], roles: [importer]',
      'jurisdictions: [us-co], consequential_decision: false',
      'jurisdictions: [eu], consequential_decision: true',
      'jurisdictions: [us-co], consequential_decision: true',
    );
    assert.equal(krOperator(krDeployer!), true);
    assert.equal(krOperator(krImporter!), false);
    assert.deepEqual([coNo, coElsewhere, coYes].map((c) => coConsequential(c!)), [false, false, true]);
    const cn = await components(
      'kind: llm-app, roles: [provider], jurisdictions: [cn]',
      'kind: llm-app, roles: [deployer], jurisdictions: [cn]',
      'kind: llm-app, roles: [provider], jurisdictions: [eu]',
      'kind: model, roles: [provider], jurisdictions: [cn]',
    );
    assert.deepEqual(cn.map((c) => cnGenerative(c)), [true, false, false, false]);
  });
});

describe('upstream models (NIST)', () => {
  const why = msg('AIGOV551.why');

  it('asks apps, agents and API integrations without a declared model for one', async () => {
    const [model, app, withList, withProvider] = await components('kind: model', 'kind: llm-app', 'kind: agent, upstream_models: [{ provider: acme }]', 'kind: api-integration, model: { provider: acme }');
    assert.deepEqual(upstreamDeclared(model!, why), []);
    assert.deepEqual(upstreamDeclared(app!, why).map((g) => g.field), ['upstream_models']);
    assert.deepEqual(upstreamDeclared(withList!, why), []);
    assert.deepEqual(upstreamDeclared(withProvider!, why), []);
  });

  it('reports each third-party model without the field, named by provider and name, or by place', async () => {
    const [c, none] = await components(
      'upstream_models: [{ provider: " in-house " }, { provider: acme, license: "  " }, { provider: acme, name: m1, license: 2 }, ~, { license: mit }, { name: x }]',
      'kind: model',
    );
    const gaps = upstreamItemGaps(c!, 'license', () => msg('pack.upstreamModel', { n: 0 }));
    assert.deepEqual(gaps.map((g) => g.path), [['upstream_models', 1, 'license'], ['upstream_models', 3, 'license'], ['upstream_models', 5, 'license']]);
    const labels: string[] = [];
    upstreamItemGaps(c!, 'license', (label) => {
      labels.push(typeof label === 'string' ? label : formatMessage(label as ReturnType<typeof msg>, 'en'));
      return msg('pack.upstreamModel', { n: 0 });
    });
    assert.deepEqual(labels, ['acme', 'upstream model 4', 'x']);
    assert.deepEqual(upstreamItemGaps(none!, 'license', () => msg('pack.upstreamModel', { n: 0 })), []);
  });
});
