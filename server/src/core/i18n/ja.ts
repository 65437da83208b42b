import { JA_PACKS } from './ja-packs.js';
import type { CatalogEntry } from './catalog-entry.js';

/**
 * Japanese messages of the rules that do not report `{ messageId, args }` yet, rebuilt from the
 * finding's data; without a template, the Japanese summary plus the English detail. Every other
 * rule's Japanese is in catalog/ja.ts. Pack rules (AIGOV5xx) are in ja-packs.ts.
 */
export const JA_CATALOG: Record<string, CatalogEntry> = {
  ...JA_PACKS,
};
