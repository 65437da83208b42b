/** The AI-BOM keeps every distinct data source and model: references are unique and stable per name. */
import { strict as assert } from 'node:assert';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { runCli } from './support/cli.js';
import { removeTrees, tree } from './support/temp-tree.js';

interface Bom {
  components: { 'bom-ref': string; name: string; type: string; supplier?: { name: string } }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

const REGISTRY = `version: 1
components:
  - id: scorer
    kind: model
    owner: t@example.com
    data: { sources: [顧客データ, 購買履歴, Customer DB, customer-db, customer db, "customer/db", "a~b"] }
    upstream_models:
      - { provider: 株式会社A, name: モデル甲 }
      - { provider: 株式会社A, name: モデル乙 }
      - { provider: OpenAI, name: GPT-4o }
      - { provider: openai, name: gpt-4o }
      - { provider: a/b, name: c }
      - { provider: a, name: b/c }
  - id: bot
    kind: llm-app
    owner: t@example.com
    data: { sources: [購買履歴, customer-db] }
    upstream_models: [{ provider: openai, name: gpt-4o }, { provider: 株式会社A, name: モデル乙 }]
`;

describe('hostile: AI-BOM references', function () {
  this.timeout(60_000);
  after(removeTrees);

  it('data sources and models whose names differ only in case or non-ASCII characters each keep their entry', async () => {
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    const r = await runCli(['bom', '.', '--today', '2026-11-25'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await new Validation.JsonValidator(Spec.Version.v1dot6).validate(r.stdout), null, 'the BOM validates');
    const bom = JSON.parse(r.stdout) as Bom;
    const refs = bom.components.map((c) => c['bom-ref']);
    assert.equal(new Set(refs).size, refs.length, `unique refs: ${refs.join(' ')}`);
    const data = bom.components.filter((c) => c['bom-ref'].startsWith('aigov:data:')).map((c) => c.name).sort();
    assert.deepEqual(data, ['Customer DB', 'a~b', 'customer db', 'customer-db', 'customer/db', '購買履歴', '顧客データ'].sort());
    const models = bom.components.filter((c) => c['bom-ref'].startsWith('aigov:model:')).map((c) => `${c.supplier?.name}/${c.name}`).sort();
    assert.deepEqual(models, ['OpenAI/GPT-4o', 'a/b/c', 'a/b/c', 'openai/gpt-4o', '株式会社A/モデル乙', '株式会社A/モデル甲'].sort());
    // A plain lower-case name keeps its readable ref; the shared ones are reused, not duplicated.
    assert.ok(refs.includes('aigov:data:customer-db'));
    assert.ok(refs.includes('aigov:model:openai/gpt-4o'));
    const bot = bom.dependencies.find((d) => d.ref === 'aigov:component:bot');
    const scorer = bom.dependencies.find((d) => d.ref === 'aigov:component:scorer');
    for (const ref of bot?.dependsOn ?? []) assert.ok(scorer?.dependsOn?.includes(ref), `${ref} is the same entry for both components`);
    // Stable: the same registry gives the same refs.
    const again = JSON.parse((await runCli(['bom', '.', '--today', '2026-11-25'], dir)).stdout) as Bom;
    assert.deepEqual(again.components.map((c) => c['bom-ref']), refs);
  });
});
