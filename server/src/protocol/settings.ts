import * as z from 'zod';

/**
 * The `aigov.*` settings, read per resource (`workspace/configuration` with a scopeUri).
 * The single source of truth: package.json's `contributes.configuration` must match it.
 * Every field falls back to its default on a bad value, so one typo never disables the rest.
 */

export const SETTINGS_SECTION = 'aigov';

export const SEVERITY_OVERRIDES = ['off', 'error', 'warning', 'info', 'hint'] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const settingsSchema = z.object({
  /** The date deadlines and reviews are computed against; empty means the real date. */
  today: z
    .string()
    .regex(isoDate)
    .optional()
    .catch(undefined)
    .describe('Date (YYYY-MM-DD) that deadlines and reviews are computed against; empty for today'),
  /** Per-code severity overrides; a registry's own `rules:` wins over them. */
  rules: z
    .record(z.string().regex(/^AIGOV\d{3}$/), z.enum(SEVERITY_OVERRIDES))
    .catch({})
    .default({})
    .describe('Severity per finding code, e.g. { "AIGOV203": "off" }'),
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
  // One bad entry in `rules` drops only that entry.
  const rules = input.rules;
  if (rules !== null && typeof rules === 'object') {
    input.rules = Object.fromEntries(
      Object.entries(rules).filter(([k, v]) => /^AIGOV\d{3}$/.test(k) && (SEVERITY_OVERRIDES as readonly unknown[]).includes(v)),
    );
  }
  const r = settingsSchema.safeParse(input);
  return r.success ? r.data : DEFAULT_SETTINGS;
}
