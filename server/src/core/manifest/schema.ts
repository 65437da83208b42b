import type * as z from 'zod';
import type * as Build from './schema-build.js';
import type * as Walk from './zod-walk.js';

/**
 * What the rest of the engine needs of the `.aigov.yaml` schema without loading zod: the id
 * pattern, the paths of documents and contacts, the data types, and the zod schemas themselves
 * (schema-build.ts) with the functions that walk them (zod-walk.ts), both loaded on first use. A
 * check of a folder without a registry never validates one, and evaluating zod and building the
 * schemas was a good part of every run's start-up.
 */

export { COMPONENT_ID } from './component-id.js';

type Schemas = ReturnType<typeof Build.buildSchemas>;
let built: Schemas | undefined;
let walk: typeof Walk | undefined;

/** The registry's zod schemas: `registry` (a whole file), `component` (one item of `components`). */
export function schemas(): Schemas {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
  built ??= (require('./schema-build.js') as typeof Build).buildSchemas();
  return built;
}

/** The functions that walk the schemas (zod-walk.ts), loaded with them. */
export function schemaWalk(): typeof Walk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
  walk ??= require('./zod-walk.js') as typeof Walk;
  return walk;
}

export type RegistryData = z.infer<Schemas['registry']>;
export type ComponentData = z.infer<Schemas['component']>;
export type PolicyRequire = z.infer<Schemas['policyRequire']>;

/**
 * Dotted paths (within a component) whose values are document paths; `[]` marks an array.
 * AIGOV103 and AIGOV109 check them, document links and the report use them.
 */
export const COMPONENT_DOC_PATHS: readonly string[] = [
  'risk.assessment.path',
  'impact_assessment.path',
  'model.card',
  'upstream_models[].annex_xii_docs',
  'data.bias_review',
  'monitoring.plan',
  'transparency.user_notice',
  'transparency.deepfake_disclosure',
  'docs.technical',
  'docs.instructions_for_use',
  'docs.terms',
  'security.review',
  'training.records',
  'conformity.doc_path',
  'gpai.technical_docs',
  'gpai.copyright_policy',
  'gpai.training_data_summary',
  'gpai.incidents',
  'evaluations[].path',
  'incident_response.procedure',
  'incident_response.register',
  'incidents[].report',
];

/** Paths of contact values, within a component. */
export const COMPONENT_CONTACT_PATHS: readonly string[] = [
  'owner',
  'contacts.incident',
  'contacts.escalation',
  'contacts.provider',
  'contacts.legal_rep',
  'contacts.privacy',
  'human_oversight.assignee',
];
