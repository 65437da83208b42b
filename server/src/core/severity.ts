import type { SeveritySetting } from './finding.js';

/**
 * Severity settings by finding code, from a registry's `rules:` or the editor's `aigov.rules`. A key
 * is a code (`AIGOV104`) or a family of codes written as a prefix and `*` (`AIGOV5*`, `AIGOV55*`,
 * `AIGOV*`). The exact code wins, then the longest matching prefix.
 */

/** A key of a severity table. Kept equal to the protocol's copy (a test checks). */
export const RULE_KEY = /^AIGOV(?:\d{3}|\d{0,2}\*)$/;

export function isWildcard(key: string): boolean {
  return key.endsWith('*');
}

/** Whether a key (a code or a family) applies to a code. */
export function keyMatches(key: string, code: string): boolean {
  return isWildcard(key) ? code.startsWith(key.slice(0, -1)) : key === code;
}

/** The setting a table gives a code: the exact key, else the most specific family, else undefined. */
export function settingFor(code: string, table: Readonly<Record<string, SeveritySetting>> | undefined): SeveritySetting | undefined {
  if (!table) return undefined;
  const exact = table[code];
  if (exact !== undefined) return exact;
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (!isWildcard(key) || !keyMatches(key, code)) continue;
    if (best === undefined || key.length > best.length) best = key;
  }
  return best === undefined ? undefined : table[best];
}
