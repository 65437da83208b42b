import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { registryJsonSchemaText } from '../server/src/core/manifest/json-schema.js';
import { ROOT } from './support/workspace.js';

describe('generated JSON Schema', () => {
  it('schemas/aigov.schema.json is up to date with the zod schema (npm run compile regenerates it)', async () => {
    const checkedIn = await fs.readFile(path.join(ROOT, 'schemas', 'aigov.schema.json'), 'utf8');
    assert.equal(checkedIn, registryJsonSchemaText());
  });

  it('is draft-07 and allows x- keys', () => {
    const s = JSON.parse(registryJsonSchemaText()) as { $schema: string; patternProperties?: Record<string, unknown> };
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(s.patternProperties?.['^x-']);
  });
});
