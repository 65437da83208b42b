import * as z from 'zod';
import { schemas } from './schema.js';

type Json = Record<string, unknown>;

/** Lets `x-` keys through wherever the schema forbids unknown keys. */
function allowXKeys(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(allowXKeys);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Json;
  if (o.type === 'object' && o.additionalProperties === false && o.properties) {
    o.patternProperties = { ...(o.patternProperties as Json | undefined), '^x-': {} };
  }
  for (const v of Object.values(o)) allowXKeys(v);
}

/** The draft-07 JSON Schema of `.aigov.yaml`, generated from the zod schema. */
function registryJsonSchema(): Json {
  const schema = z.toJSONSchema(schemas().registry, { target: 'draft-7', unrepresentable: 'any' }) as Json;
  allowXKeys(schema);
  return {
    ...schema,
    $id: 'aigov.schema.json',
    title: 'aigov registry (.aigov.yaml)',
    description: 'AI components of a repository and the governance facts about them. Generated from the zod schema; do not edit.',
    required: ['version'],
  };
}

export function registryJsonSchemaText(): string {
  return `${JSON.stringify(registryJsonSchema(), null, 2)}\n`;
}
