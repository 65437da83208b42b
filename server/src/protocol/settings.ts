import * as z from 'zod';

/**
 * The `aigov.*` settings, read per resource (`workspace/configuration` with a scopeUri).
 * The single source of truth: package.json's `contributes.configuration` must match it.
 * Every field falls back to its default on a bad value, so one typo never disables the rest.
 */

export const SETTINGS_SECTION = 'aigov';

export const SEVERITY_OVERRIDES = ['off', 'error', 'warning', 'info', 'hint'] as const;

/** A key of `aigov.rules`: a finding code, or a family of codes (`AIGOV5*`). The core's RULE_KEY, copied (a test checks). */
export const RULE_KEY = /^AIGOV(?:\d{3}|\d{0,2}\*)$/;

/** The packs `aigov.frameworks` can turn off or set the severity of (every pack but core). The core's PACK_IDS, copied (a test checks). */
export const FRAMEWORK_PACKS = ['jp-ai-promotion-act', 'jp-ai-guidelines', 'eu-ai-act', 'nist-ai-rmf', 'iso-42001', 'kr-ai-basic-act', 'us-co-adm', 'cn-labeling'] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const settingsSchema = z.object({
  /** The date deadlines and reviews are computed against; empty means the real date. */
  today: z
    .string()
    .regex(isoDate)
    .optional()
    .catch(undefined)
    .describe('Date (YYYY-MM-DD) that deadlines and reviews are computed against; empty for today'),
  /** Per-code (or per-family) severity overrides; a registry's own `rules:` wins over them. */
  rules: z
    .record(z.string().regex(RULE_KEY), z.enum(SEVERITY_OVERRIDES))
    .catch({})
    .default({})
    .describe('Severity per finding code or family, e.g. { "AIGOV203": "off", "AIGOV55*": "warning" }'),
  /** Per pack: off, or the severity of its findings; code settings win. */
  frameworks: z
    .partialRecord(z.enum(FRAMEWORK_PACKS), z.enum(SEVERITY_OVERRIDES))
    .catch({})
    .default({})
    .describe('Per framework pack: "off" (never checked, whatever a registry selects) or the severity of its findings, e.g. { "nist-ai-rmf": "off" }'),
  detection: z
    .object({
      /** Report model-id strings such as "gpt-4o" (low confidence). */
      modelIds: z.boolean().catch(false).default(false),
    })
    .catch({ modelIds: false })
    .default({ modelIds: false }),
  trace: z
    .object({ server: z.enum(['off', 'messages', 'verbose']).catch('off').default('off') })
    .catch({ server: 'off' })
    .default({ server: 'off' })
    .describe('Client-side: traces the communication with the server'),
});

export type AigovSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: AigovSettings = settingsSchema.parse({});

/** Reads whatever the client returned (null, a partial object, wrong types) into full settings. */
export function parseSettings(value: unknown): AigovSettings {
  const input: Record<string, unknown> = value !== null && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
  // One bad entry in `rules` or `frameworks` drops only that entry.
  const keep = (table: unknown, key: (k: string) => boolean): unknown =>
    table !== null && typeof table === 'object'
      ? Object.fromEntries(Object.entries(table).filter(([k, v]) => key(k) && (SEVERITY_OVERRIDES as readonly unknown[]).includes(v)))
      : table;
  input.rules = keep(input.rules, (k) => RULE_KEY.test(k));
  input.frameworks = keep(input.frameworks, (k) => (FRAMEWORK_PACKS as readonly string[]).includes(k));
  const r = settingsSchema.safeParse(input);
  return r.success ? r.data : DEFAULT_SETTINGS;
}
