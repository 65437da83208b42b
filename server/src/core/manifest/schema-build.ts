import * as z from 'zod';
import { RULE_KEY } from '../severity.js';
import { COMPONENT_ID } from './component-id.js';

/**
 * The `.aigov.yaml` schema (v1) in zod: the single source of truth. The JSON Schema in
 * `schemas/aigov.schema.json` is generated from it by `scripts/gen-schema.ts`.
 * Objects are strict: unknown keys are findings, except `x-` keys, which are the
 * organisation's own. Loaded with zod when a registry is first validated (`schemas()` in
 * schema.ts): a check of a folder without a registry never needs either.
 */

const RISK_LEVELS = ['prohibited', 'high', 'limited', 'minimal', 'unassessed'] as const;
const COMPONENT_KINDS = ['model', 'llm-app', 'agent', 'dataset', 'api-integration'] as const;
const ROLES = ['provider', 'deployer', 'importer', 'distributor', 'developer', 'business-user'] as const;
const INCIDENT_SEVERITIES = ['minor', 'serious', 'death', 'widespread', 'critical-infrastructure'] as const;
const INCIDENT_STATUSES = ['open', 'investigating', 'mitigated', 'closed'] as const;
const REGISTRATION_STATUSES = ['planned', 'submitted', 'registered', 'withdrawn', 'not-required'] as const;
const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'info', 'hint'] as const;
/** What a system does that triggers transparency duties (EU AI Act Art 50, Art 6(3); KR Art 31; CN labeling). */
const CAPABILITIES = ['interacts-with-people', 'generates-content', 'deepfakes', 'public-interest-text', 'emotion-recognition', 'biometric-categorisation', 'profiling'] as const;
const PUBLIC_SECTOR = ['authority', 'public-service'] as const;

/**
 * Builds the schemas. Called once, on first use: building them is a good part of the start-up of a
 * check, and a check of a folder without a registry never needs them.
 */
export function buildSchemas() {
  const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
  const text = z.string().min(1);
  /** A path to a document, relative to the folder of the registry file. */
  const docPath = z.string().min(1).describe('Path to a document, relative to this .aigov.yaml');
  /** An e-mail address, an http(s)/mailto/tel URL. Format is checked by AIGOV107, not here. */
  const contact = z.string().min(1).describe('E-mail address or URL of a monitored channel');

  const contacts = z
    .strictObject({
      incident: contact.optional(),
      escalation: contact.optional(),
      provider: contact.optional(),
      legal_rep: contact.optional(),
      privacy: contact.optional(),
    })
    .describe('Who to reach');

  const documentRef = z.strictObject({
    path: docPath,
    date: isoDate.optional(),
    next_review: isoDate.optional(),
  });

  const risk = z.strictObject({
    level: z.enum(RISK_LEVELS).optional(),
    basis: text.optional().describe('Why this level, e.g. "Annex III 5(b)"'),
    annex_iii_area: text.optional(),
    kr_high_impact: z.boolean().optional(),
    assessment: documentRef.optional(),
  });

  const registration = z.strictObject({
    registry: text.describe('e.g. eu-ai-database'),
    id: text.optional(),
    date: isoDate.optional(),
    status: z.enum(REGISTRATION_STATUSES).optional(),
  });

  const upstreamModel = z.strictObject({
    provider: text,
    name: text.optional(),
    version: z.union([text, z.number()]).optional(),
    license: text.optional(),
    annex_xii_docs: docPath.optional(),
  });

  const incident = z.strictObject({
    id: text,
    title: text.optional(),
    detected: isoDate.describe('The date the provider or deployer became aware of the incident: the EU AI Act Art 73 reporting period runs from it'),
    severity: z.enum(INCIDENT_SEVERITIES).optional(),
    reported: isoDate.nullable().optional().describe('The date the authority was told (a report after the Art 73 limit is reported as late)'),
    authority: text.nullable().optional(),
    status: z.enum(INCIDENT_STATUSES).optional(),
    report: docPath.nullable().optional(),
  });

  const evaluation = z.strictObject({
    name: text,
    path: docPath.optional(),
    date: isoDate.optional(),
    metric: text.optional(),
    value: z.union([z.number(), text]).optional(),
  });

  const componentSchema = z.strictObject({
    id: z.string().regex(COMPONENT_ID, 'Component ids are kebab-case: lower-case letters, digits and single hyphens'),
    name: text.optional(),
    version: z.union([text, z.number()]).optional(),
    kind: z.enum(COMPONENT_KINDS).optional(),
    owner: contact.optional(),
    roles: z.array(z.enum(ROLES)).optional(),
    jurisdictions: z.array(z.string().regex(/^[a-z]{2}(?:-[a-z]{2})?$/, 'Jurisdictions are codes like jp, eu, kr, us-co, cn')).optional(),
    intended_purpose: text.optional(),
    foreseeable_misuse: text.optional(),
    consequential_decision: z.boolean().optional(),
    capabilities: z.array(z.enum(CAPABILITIES)).optional().describe('What the system does: triggers transparency duties (EU AI Act Art 50, KR Art 31, CN labeling)'),
    public_sector: z
      .enum(PUBLIC_SECTOR)
      .optional()
      .describe('Deployed by a public authority, or by a body governed by public law or a private entity providing public services (EU AI Act Art 27(1), Art 49)'),
    for_public_authorities: z
      .boolean()
      .optional()
      .describe('The system is intended to be used by public authorities (EU AI Act Art 111(2): a high-risk system placed on the market before its high-risk date complies by 2 Aug 2030)'),
    placed_on_market: isoDate
      .optional()
      .describe('The date the system was first placed on the EU market or put into service (EU AI Act Art 111: decides when the high-risk, Art 50(2) and GPAI duties bind)'),
    significant_change: isoDate
      .optional()
      .describe('The date of the latest significant change in the design of the system (EU AI Act Art 111(2): brings a system placed on the market before its high-risk date under the high-risk duties)'),
    paths: z.array(text).optional().describe('Globs of the code that belongs to this component, relative to this file'),
    risk: risk.optional(),
    impact_assessment: z.strictObject({ path: docPath, date: isoDate.optional() }).optional(),
    contacts: contacts.optional(),
    registrations: z.array(registration).optional(),
    model: z
      .strictObject({
        provider: text.optional(),
        name: text.optional(),
        version: z.union([text, z.number()]).optional(),
        card: docPath.optional(),
      })
      .optional(),
    upstream_models: z.array(upstreamModel).optional(),
    data: z
      .strictObject({
        sources: z.array(text).optional(),
        provenance: text.optional(),
        personal_data: z.boolean().optional(),
        bias_review: docPath.optional(),
      })
      .optional(),
    human_oversight: z
      .strictObject({
        assignee: contact.optional(),
        measures: text.optional(),
        stop_mechanism: text.optional(),
        review_path: text.optional(),
      })
      .optional(),
    logging: z.strictObject({ enabled: z.boolean().optional(), retention_days: z.number().int().nonnegative().optional() }).optional(),
    monitoring: z.strictObject({ plan: docPath.optional() }).optional(),
    transparency: z.strictObject({ user_notice: docPath.optional(), deepfake_disclosure: docPath.optional() }).optional(),
    labeling: z.strictObject({ visible: z.boolean().optional(), machine_readable: z.boolean().optional() }).optional(),
    docs: z
      .strictObject({
        technical: docPath.optional(),
        instructions_for_use: docPath.optional(),
        terms: docPath.optional(),
      })
      .optional(),
    records: z.strictObject({ retention_years: z.number().nonnegative().optional() }).optional(),
    security: z.strictObject({ review: docPath.optional() }).optional(),
    training: z.strictObject({ records: docPath.optional() }).optional(),
    conformity: z.strictObject({ doc_path: docPath.optional(), ce_marking: z.boolean().optional() }).optional(),
    gpai: z
      .strictObject({
        compute_flops: z.number().nonnegative().optional(),
        systemic_risk: z.boolean().optional(),
        open_source: z
          .boolean()
          .optional()
          .describe('Released under a free and open-source licence with public parameters (EU AI Act Art 53(2): exempts the Art 53(1)(a)–(b) documentation unless the model has systemic risk)'),
        technical_docs: docPath.optional(),
        copyright_policy: docPath.optional(),
        training_data_summary: docPath.optional(),
        incidents: docPath.optional().describe('How serious incidents reach the AI Office (EU AI Act Art 55)'),
      })
      .optional(),
    evaluations: z.array(evaluation).optional(),
    incident_response: z.strictObject({ procedure: docPath.optional(), register: docPath.optional() }).optional(),
    incidents: z.array(incident).optional(),
  });

  const policyRequire = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
    when: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))])).optional(),
    fields: z.array(text).min(1),
    message: text,
    severity: z.enum(['error', 'warning', 'info', 'hint']).optional(),
    framework: text.optional(),
    article: text.optional(),
  });

  const registrySchema = z.strictObject({
    version: z.number().optional().describe('Schema version; 1 (required: AIGOV004 reports it when missing)'),
    organization: z
      .strictObject({
        name: text.optional(),
        owner: contact.optional(),
        contacts: contacts.optional(),
      })
      .optional(),
    frameworks: z.array(text).optional().describe('Rule packs to apply; "core" is always on'),
    policy: z
      .strictObject({
        review_interval_days: z.number().int().positive().optional(),
        require: z.array(policyRequire).optional(),
      })
      .optional(),
    rules: z
      .record(z.string().regex(RULE_KEY, 'Rule keys are finding codes like AIGOV101, or a family such as AIGOV5*'), z.enum(SEVERITY_SETTINGS))
      .optional()
      .describe('Severity per finding code (AIGOV104: error) or family (AIGOV5*: info): the exact code wins, then the longest family'),
    detection: z
      .strictObject({
        ignore: z.array(text).optional().describe('Globs, relative to this file, of files and folders whose AI use is not reported (a trailing / is a folder, ./ this whole folder)'),
        model_ids: z.boolean().optional(),
        libraries: z
          .strictObject({
            extra: z
              .array(
                z.union([
                  text,
                  z.strictObject({ name: text, provider: text.optional(), language: text.optional() }),
                ]),
              )
              .optional(),
          })
          .optional(),
      })
      .optional(),
    components: z.array(componentSchema).optional(),
  });

  return { component: componentSchema, registry: registrySchema, policyRequire };
}
