import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod';
import { registryJsonSchemaText } from '../server/src/core/manifest/json-schema.js';
import { buildSchemas } from '../server/src/core/manifest/schema-build.js';
import { ROOT } from './support/workspace.js';

describe('generated JSON Schema', () => {
  it('schemas/aigov.schema.json is up to date with the zod schema (npm run compile regenerates it)', async () => {
    const checkedIn = await fs.readFile(path.join(ROOT, 'schemas', 'aigov.schema.json'), 'utf8');
    assert.equal(checkedIn, registryJsonSchemaText());
  });

  it('is what the zod schema builds, with x- keys allowed and a header added', async () => {
    // A build of its own: the engine builds the schemas once and keeps them (schema.ts).
    const built = z.toJSONSchema(buildSchemas().registry, { target: 'draft-7', unrepresentable: 'any' });
    const committed = JSON.parse(await fs.readFile(path.join(ROOT, 'schemas', 'aigov.schema.json'), 'utf8')) as Record<string, unknown>;
    const withoutXKeys = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as { patternProperties?: Record<string, unknown> };
      if (o.patternProperties) {
        delete o.patternProperties['^x-'];
        if (Object.keys(o.patternProperties).length === 0) delete o.patternProperties;
      }
      for (const v of Object.values(o)) withoutXKeys(v);
    };
    withoutXKeys(committed);
    const { $id, title, description, required, ...rest } = committed;
    assert.deepEqual([$id, title, typeof description, required], ['aigov.schema.json', 'aigov registry (.aigov.yaml)', 'string', ['version']]);
    assert.deepEqual(rest, built);
  });

  it('says in its own words what a component id, a jurisdiction and a rule key look like', () => {
    // A build of its own, as above: the messages are not part of the JSON Schema.
    const r = buildSchemas().registry.safeParse({ rules: { AIGOV101: 'off', aigov1: 'off' }, components: [{ id: 'Not Kebab', jurisdictions: ['eu', 'EU'] }] });
    const messages = (issues: readonly z.core.$ZodIssue[]): string[][] =>
      issues.flatMap((i) => [[i.path.join('.'), i.message], ...(i.code === 'invalid_key' ? messages(i.issues) : [])]);
    assert.deepEqual(messages(r.error?.issues ?? []), [
      ['rules.aigov1', 'Invalid key in record'],
      ['', 'Rule keys are finding codes like AIGOV101, or a family such as AIGOV5*'],
      ['components.0.id', 'Component ids are kebab-case: lower-case letters, digits and single hyphens'],
      ['components.0.jurisdictions.1', 'Jurisdictions are codes like jp, eu, kr, us-co, cn'],
    ]);
  });

  it('is draft-07 and allows x- keys', () => {
    const s = JSON.parse(registryJsonSchemaText()) as { $schema: string; patternProperties?: Record<string, unknown> };
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(s.patternProperties?.['^x-']);
  });
});
