/* eslint-disable @typescript-eslint/no-explicit-any -- the BOM is plain JSON, inspected loosely */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import type { Locale } from '../i18n/messages.js';
import { buildBom } from './cyclonedx.js';
import { sha1, toHex, uuidV5 } from './uuid.js';

const REGISTRY = `version: 1
organization:
  name: Example KK
  contacts: { incident: ai-incidents@example.co.jp }
frameworks: [eu-ai-act]
components:
  - id: fraud-scorer
    name: Fraud scoring
    kind: model
    version: 3.2.0
    owner: team-risk@example.co.jp
    roles: [provider]
    jurisdictions: [jp, eu]
    intended_purpose: Score card transactions for fraud
    foreseeable_misuse: Scoring customers for marketing
    risk:
      level: high
      basis: Annex III 5(b)
      assessment: { path: docs/risk.md, date: 2026-03-01, next_review: 2027-03-01 }
    registrations:
      - { registry: eu-ai-database, id: EU-DB-0042, status: registered }
    model: { provider: in-house, name: fraud-gbm, version: 3.2.0, card: docs/card.md }
    data: { sources: [card-transactions-2025, chargebacks], personal_data: true, provenance: Own ledger, bias_review: docs/bias.md }
    human_oversight: { measures: Analysts review every block, stop_mechanism: feature flag FRAUD_OFF }
    evaluations:
      - { name: holdout, metric: AUC, value: 0.91 }
    incidents:
      - { id: INC-1, detected: 2026-11-20, severity: serious, status: open }
  - id: support-chatbot
    kind: llm-app
    roles: [deployer]
    intended_purpose: Answer customer questions
    upstream_models:
      - { provider: openai, name: gpt-4o-mini, version: 2024-07-18, license: proprietary }
      - { provider: anthropic }
    data: { sources: [chargebacks] }
  - id: transactions
    kind: dataset
    data: { personal_data: true, provenance: Card network feed }
`;

async function bomOf(files: Record<string, string>, serialNumber?: string, locale?: Locale): Promise<Record<string, unknown>> {
  const engine = new Engine(new InMemoryWorkspace(files, 'shop'), { today: '2026-11-25' });
  await engine.indexAll();
  return buildBom({ model: engine.model, today: '2026-11-25', workspace: 'shop', toolVersion: '0.1.0', ...(serialNumber ? { serialNumber } : {}), ...(locale ? { locale } : {}) });
}

async function validate(bom: unknown): Promise<void> {
  const validator = new Validation.JsonValidator(Spec.Version.v1dot6);
  const errors = await validator.validate(JSON.stringify(bom));
  assert.equal(errors, null, JSON.stringify(errors, null, 2));
}

describe('SHA-1 and version-5 UUIDs', () => {
  it('SHA-1 agrees with node:crypto on several lengths', () => {
    for (const s of ['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), '日本語のテキスト'.repeat(40)]) {
      assert.equal(toHex(sha1(new TextEncoder().encode(s))), createHash('sha1').update(s, 'utf8').digest('hex'));
    }
  });

  it('matches the RFC 9562 example (www.example.com in the DNS namespace)', () => {
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('AI-BOM (CycloneDX 1.6)', () => {
  it('maps components, model cards, datasets, upstream models and dependencies', async () => {
    const bom = await bomOf({ '.aigov.yaml': REGISTRY });
    const comps = bom.components as Record<string, any>[];
    const byRef = new Map(comps.map((c) => [c['bom-ref'], c]));
    const model = byRef.get('aigov:component:fraud-scorer')!;
    assert.equal(model.type, 'machine-learning-model');
    assert.equal(model.version, '3.2.0');
    assert.deepEqual(model.modelCard.considerations.useCases, ['Score card transactions for fraud']);
    assert.equal(model.modelCard.considerations.fairnessAssessments[0].mitigationStrategy, 'Bias review: docs/bias.md');
    assert.deepEqual(model.modelCard.modelParameters.datasets, [{ ref: 'aigov:data:card-transactions-2025' }, { ref: 'aigov:data:chargebacks' }]);
    assert.deepEqual(model.modelCard.quantitativeAnalysis.performanceMetrics, [{ type: 'AUC', value: '0.91', slice: 'holdout' }]);
    assert.ok(model.externalReferences.some((r: any) => r.type === 'model-card' && r.url === 'docs/card.md'));
    assert.equal(byRef.get('aigov:component:support-chatbot')!.type, 'application');
    assert.equal(byRef.get('aigov:component:transactions')!.type, 'data');
    const data = byRef.get('aigov:data:chargebacks')!;
    assert.equal(data.type, 'data');
    assert.equal(data.data[0].type, 'dataset');
    const gpt = byRef.get('aigov:model:openai/gpt-4o-mini@2024-07-18')!;
    assert.deepEqual(gpt.supplier, { name: 'openai' });
    assert.deepEqual(gpt.licenses, [{ license: { name: 'proprietary' } }]);
    const deps = new Map((bom.dependencies as any[]).map((d) => [d.ref, d.dependsOn ?? []]));
    assert.deepEqual(deps.get('aigov:component:support-chatbot'), ['aigov:model:openai/gpt-4o-mini@2024-07-18', 'aigov:model:anthropic/anthropic', 'aigov:data:chargebacks']);
    assert.deepEqual(deps.get('aigov:workspace'), ['aigov:component:fraud-scorer', 'aigov:component:support-chatbot', 'aigov:component:transactions']);
    for (const d of bom.dependencies as any[]) for (const r of d.dependsOn ?? []) assert.ok(byRef.has(r), `${r} is a component`);
  });

  it('writes the properties, considerations, references and maker of each component', async () => {
    const bom = await bomOf({ '.aigov.yaml': REGISTRY });
    const byRef = new Map((bom.components as Record<string, any>[]).map((c) => [c['bom-ref'], c]));
    const model = byRef.get('aigov:component:fraud-scorer')!;
    assert.deepEqual(model.manufacturer, { name: 'Example KK', contact: [{ email: 'team-risk@example.co.jp' }] });
    assert.deepEqual(model.modelCard.considerations, {
      useCases: ['Score card transactions for fraud'],
      users: ['role: provider'],
      ethicalConsiderations: [
        { name: 'Foreseeable misuse: Scoring customers for marketing', mitigationStrategy: 'Analysts review every block' },
        { name: 'Risk level: high (Annex III 5(b))', mitigationStrategy: 'Risk assessment: docs/risk.md' },
        { name: 'Processes personal data' },
      ],
      fairnessAssessments: [{ mitigationStrategy: 'Bias review: docs/bias.md' }],
      technicalLimitations: ['Stop mechanism: feature flag FRAUD_OFF'],
    });
    assert.deepEqual(model.externalReferences, [
      { type: 'risk-assessment', url: 'docs/risk.md', comment: 'risk.assessment.path' },
      { type: 'model-card', url: 'docs/card.md', comment: 'model.card' },
      { type: 'documentation', url: 'docs/bias.md', comment: 'data.bias_review' },
    ]);
    assert.deepEqual(model.properties, [
      { name: 'aigov:id', value: 'fraud-scorer' },
      { name: 'aigov:kind', value: 'model' },
      { name: 'aigov:registry', value: '.aigov.yaml' },
      { name: 'aigov:risk.level', value: 'high' },
      { name: 'aigov:risk.basis', value: 'Annex III 5(b)' },
      { name: 'aigov:risk.assessment.date', value: '2026-03-01' },
      { name: 'aigov:risk.assessment.next_review', value: '2027-03-01' },
      { name: 'aigov:role', value: 'provider' },
      { name: 'aigov:jurisdiction', value: 'jp' },
      { name: 'aigov:jurisdiction', value: 'eu' },
      { name: 'aigov:owner', value: 'team-risk@example.co.jp' },
      { name: 'aigov:contacts.incident', value: 'ai-incidents@example.co.jp' },
      { name: 'aigov:registration:eu-ai-database', value: 'EU-DB-0042 registered' },
      { name: 'aigov:incident', value: 'INC-1 serious open detected 2026-11-20' },
    ]);
    const chatbot = byRef.get('aigov:component:support-chatbot')!;
    assert.deepEqual(chatbot.manufacturer, { name: 'Example KK' });
    assert.deepEqual(chatbot.modelCard, { modelParameters: { datasets: [{ ref: 'aigov:data:chargebacks' }] }, considerations: { useCases: ['Answer customer questions'], users: ['role: deployer'] } });
    assert.deepEqual(byRef.get('aigov:component:transactions')!.data, [{ type: 'dataset', name: 'transactions', description: 'Card network feed', sensitiveData: ['personal data'] }]);
    assert.equal(byRef.get('aigov:component:transactions')!.modelCard, undefined);
    assert.deepEqual(byRef.get('aigov:data:card-transactions-2025'), {
      type: 'data',
      'bom-ref': 'aigov:data:card-transactions-2025',
      name: 'card-transactions-2025',
      data: [{ type: 'dataset', name: 'card-transactions-2025', sensitiveData: ['personal data'], description: 'Own ledger' }],
    });
    assert.deepEqual(byRef.get('aigov:model:anthropic/anthropic'), { type: 'machine-learning-model', 'bom-ref': 'aigov:model:anthropic/anthropic', supplier: { name: 'anthropic' }, name: 'anthropic' });
    assert.deepEqual(bom.metadata, {
      timestamp: '2026-11-25T00:00:00Z',
      tools: { components: [{ type: 'application', name: 'aigov', version: '0.1.0' }] },
      component: { type: 'application', 'bom-ref': 'aigov:workspace', name: 'shop' },
      properties: [{ name: 'aigov:frameworks', value: 'core,eu-ai-act' }],
    });
    assert.deepEqual(Object.keys(bom), ['bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata', 'components', 'dependencies']);
    assert.deepEqual([bom.bomFormat, bom.specVersion, bom.version], ['CycloneDX', '1.6', 1]);
  });

  it('maps the optional parts as they are given: own models, references by kind, maker, a repeated id', async () => {
    const edges = `version: 1
frameworks: [jp-ai-guidelines]
components:
  - id: bot
    kind: llm-app
    version: 2
    owner: https://chat.example.com/ai
    foreseeable_misuse: Spam
    model: { provider: OpenAI, name: gpt-4o }
    risk: { level: limited }
    impact_assessment: { path: docs/fria.md }
    evaluations:
      - { name: red-team, path: docs/eval.md }
      - { name: accuracy, value: 0.8 }
    conformity: { doc_path: docs/doc.md }
    incident_response: { register: docs/register.md }
    incidents:
      - { id: INC-2, detected: 2026-10-01, reported: 2026-10-03, report: docs/inc2.md }
    registrations:
      - { registry: national }
      - { registry: eu-ai-database, date: 2026-01-05, status: submitted }
    human_oversight: { assignee: ops@example.com }
    data: { personal_data: true, sources: [Logs] }
  - id: helper
    kind: agent
    model: { provider: In House, version: 1 }
    upstream_models:
      - { provider: OpenAI, name: gpt-4o }
  - id: tuned
    kind: model
    model: { provider: Meta, name: llama-3, version: 3 }
`;
    const sub = `version: 1
organization: { owner: team@example.com }
components:
  - id: bot
    kind: dataset
    owner: data@example.com
`;
    const bom = await bomOf({ '.aigov.yaml': edges, 'sub/.aigov.yaml': sub });
    const gpt = 'aigov:model:openai/gpt-4o~287c4cc5163a3d33';
    const logs = 'aigov:data:logs~4551e952f0dc47fb';
    assert.deepEqual(bom.components, [
      {
        type: 'application',
        'bom-ref': 'aigov:component:bot',
        name: 'bot',
        version: '2',
        manufacturer: { name: 'https://chat.example.com/ai' },
        modelCard: {
          modelParameters: { datasets: [{ ref: logs }] },
          quantitativeAnalysis: { performanceMetrics: [{ type: 'accuracy', value: '0.8', slice: 'accuracy' }] },
          considerations: { ethicalConsiderations: [{ name: 'Foreseeable misuse: Spam' }, { name: 'Risk level: limited' }, { name: 'Processes personal data' }] },
        },
        externalReferences: [
          { type: 'risk-assessment', url: 'docs/fria.md', comment: 'impact_assessment.path' },
          { type: 'certification-report', url: 'docs/doc.md', comment: 'conformity.doc_path' },
          { type: 'quality-metrics', url: 'docs/eval.md', comment: 'evaluations.path' },
          { type: 'evidence', url: 'docs/register.md', comment: 'incident_response.register' },
          { type: 'evidence', url: 'docs/inc2.md', comment: 'incidents.report' },
        ],
        properties: [
          { name: 'aigov:id', value: 'bot' },
          { name: 'aigov:kind', value: 'llm-app' },
          { name: 'aigov:registry', value: '.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'limited' },
          { name: 'aigov:owner', value: 'https://chat.example.com/ai' },
          { name: 'aigov:human_oversight.assignee', value: 'ops@example.com' },
          { name: 'aigov:registration:national', value: 'recorded' },
          { name: 'aigov:registration:eu-ai-database', value: 'submitted 2026-01-05' },
          { name: 'aigov:incident', value: 'INC-2 unset open detected 2026-10-01 reported 2026-10-03' },
        ],
      },
      {
        type: 'application',
        'bom-ref': 'aigov:component:helper',
        name: 'helper',
        version: '1',
        properties: [
          { name: 'aigov:id', value: 'helper' },
          { name: 'aigov:kind', value: 'agent' },
          { name: 'aigov:registry', value: '.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'unassessed' },
        ],
      },
      {
        type: 'machine-learning-model',
        'bom-ref': 'aigov:component:tuned',
        name: 'tuned',
        version: '3',
        properties: [
          { name: 'aigov:id', value: 'tuned' },
          { name: 'aigov:kind', value: 'model' },
          { name: 'aigov:registry', value: '.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'unassessed' },
        ],
      },
      {
        type: 'data',
        'bom-ref': 'aigov:component:bot~2',
        name: 'bot',
        manufacturer: { name: 'data@example.com', contact: [{ email: 'data@example.com' }] },
        data: [{ type: 'dataset', name: 'bot' }],
        properties: [
          { name: 'aigov:id', value: 'bot' },
          { name: 'aigov:kind', value: 'dataset' },
          { name: 'aigov:registry', value: 'sub/.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'unassessed' },
          { name: 'aigov:owner', value: 'data@example.com' },
        ],
      },
      { type: 'data', 'bom-ref': logs, name: 'Logs', data: [{ type: 'dataset', name: 'Logs', sensitiveData: ['personal data'] }] },
      { type: 'machine-learning-model', 'bom-ref': gpt, supplier: { name: 'OpenAI' }, name: 'gpt-4o' },
    ]);
    assert.deepEqual(bom.dependencies, [
      { ref: 'aigov:workspace', dependsOn: ['aigov:component:bot', 'aigov:component:helper', 'aigov:component:tuned', 'aigov:component:bot~2'] },
      { ref: 'aigov:component:bot', dependsOn: [gpt, logs] },
      { ref: 'aigov:component:helper', dependsOn: [gpt] },
      { ref: 'aigov:component:tuned' },
      { ref: 'aigov:component:bot~2' },
      { ref: logs },
      { ref: gpt },
    ]);
  });

  it('leaves out empty fields and absolute paths; keeps versions, the first description of a shared source, a sorted order', async () => {
    const registry = `version: 1
frameworks: [kr-ai-basic-act, eu-ai-act]
components:
  - id: writer
    kind: llm-app
    intended_purpose: Drafts letters
    owner: ""
    risk: { level: high, basis: ~ }
    contacts: { privacy: dpo@example.com }
    model: { provider: Mistral, name: mistral-small, version: 2409, card: /srv/cards/writer.md }
    upstream_models:
      - { provider: zeta, name: z1, version: 7 }
    data: { sources: [letters, archive], personal_data: true, provenance: Customer mail }
  - id: indexer
    kind: agent
    data: { sources: [archive, public-web], provenance: Crawl }
`;
    const bom = await bomOf({ '.aigov.yaml': registry });
    const mistral = 'aigov:model:mistral/mistral-small@2409~3243246e149767b5';
    const dataset = (name: string, extra: Record<string, unknown>): Record<string, unknown> => ({ type: 'data', 'bom-ref': `aigov:data:${name}`, name, data: [{ type: 'dataset', name, ...extra }] });
    assert.deepEqual(bom.components, [
      {
        type: 'application',
        'bom-ref': 'aigov:component:writer',
        name: 'writer',
        version: '2409',
        description: 'Drafts letters',
        modelCard: {
          modelParameters: { datasets: [{ ref: 'aigov:data:letters' }, { ref: 'aigov:data:archive' }] },
          considerations: {
            useCases: ['Drafts letters'],
            ethicalConsiderations: [{ name: 'Risk level: high' }, { name: 'Processes personal data', mitigationStrategy: 'Privacy contact: dpo@example.com' }],
          },
        },
        properties: [
          { name: 'aigov:id', value: 'writer' },
          { name: 'aigov:kind', value: 'llm-app' },
          { name: 'aigov:registry', value: '.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'high' },
        ],
      },
      {
        type: 'application',
        'bom-ref': 'aigov:component:indexer',
        name: 'indexer',
        modelCard: { modelParameters: { datasets: [{ ref: 'aigov:data:archive' }, { ref: 'aigov:data:public-web' }] } },
        properties: [
          { name: 'aigov:id', value: 'indexer' },
          { name: 'aigov:kind', value: 'agent' },
          { name: 'aigov:registry', value: '.aigov.yaml' },
          { name: 'aigov:risk.level', value: 'unassessed' },
        ],
      },
      dataset('archive', { sensitiveData: ['personal data'], description: 'Customer mail' }),
      dataset('letters', { sensitiveData: ['personal data'], description: 'Customer mail' }),
      dataset('public-web', { description: 'Crawl' }),
      { type: 'machine-learning-model', 'bom-ref': mistral, supplier: { name: 'Mistral' }, name: 'mistral-small', version: '2409' },
      { type: 'machine-learning-model', 'bom-ref': 'aigov:model:zeta/z1@7', supplier: { name: 'zeta' }, name: 'z1', version: '7' },
    ]);
    assert.deepEqual((bom.metadata as any).properties, [{ name: 'aigov:frameworks', value: 'core,eu-ai-act,kr-ai-basic-act' }]);
    assert.deepEqual((bom.dependencies as any[]).slice(3).map((d) => d.ref), ['aigov:data:archive', 'aigov:data:letters', 'aigov:data:public-web', mistral, 'aigov:model:zeta/z1@7']);
  });

  it('is deterministic: the serial number is derived from the content, unless one is given', async () => {
    const a = await bomOf({ '.aigov.yaml': REGISTRY });
    const b = await bomOf({ '.aigov.yaml': REGISTRY });
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.match(String(a.serialNumber), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const changed = await bomOf({ '.aigov.yaml': REGISTRY.replace('version: 3.2.0', 'version: 3.3.0') });
    assert.notEqual(changed.serialNumber, a.serialNumber);
    const given = await bomOf({ '.aigov.yaml': REGISTRY }, 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79');
    assert.equal(given.serialNumber, 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79');
    assert.equal((a.metadata as any).timestamp, '2026-11-25T00:00:00Z');
  });

  it('passes the official CycloneDX 1.6 JSON schema', async () => {
    await validate(await bomOf({ '.aigov.yaml': REGISTRY }));
  });

  it('an empty workspace gives a valid, empty BOM', async () => {
    const bom = await bomOf({});
    await validate(bom);
    assert.deepEqual(bom.components, []);
  });

  it('writes the model cards\' human-readable descriptions in Japanese with locale ja, and still validates', async () => {
    const en = JSON.stringify(await bomOf({ '.aigov.yaml': REGISTRY }));
    const bom = await bomOf({ '.aigov.yaml': REGISTRY }, undefined, 'ja');
    await validate(bom);
    const text = JSON.stringify(bom);
    for (const ja of ['予見可能な誤用: Scoring customers for marketing', 'リスクレベル: ', '個人データを扱います', 'バイアスレビュー: docs/bias.md', '停止の仕組み: feature flag FRAUD_OFF', '"sensitiveData":["個人データ"]']) assert.ok(text.includes(ja), ja);
    assert.doesNotMatch(text, /Foreseeable misuse|Processes personal data|Stop mechanism|Bias review/);
    assert.match(en, /Foreseeable misuse: Scoring customers for marketing/);
  });

  it('escapes nothing it should not: odd names still validate', async () => {
    const odd = REGISTRY.replace('name: Fraud scoring', 'name: "Fraud <scoring> & \\"co\\""').replace('owner: team-risk@example.co.jp', 'owner: https://chat.example.co.jp/risk');
    await validate(await bomOf({ '.aigov.yaml': odd }));
  });
});
