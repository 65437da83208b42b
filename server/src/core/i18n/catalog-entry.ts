import type { Finding } from '../finding.js';

/** A catalog entry: the rule's one-line summary, and a full message built from the finding's data. */
export interface CatalogEntry {
  summary: string;
  message?: (data: Record<string, unknown>, f: Finding) => string | undefined;
}
