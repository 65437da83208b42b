import { ALL_RULES } from '../rules/index.js';

/**
 * A finding code that no rule has, for tests of unknown codes and of throwing stand-in rules.
 * Taken from the rule table (the highest free number) rather than written down, so it can never
 * collide with a real code nor count as a code without a docs page.
 */
export function unusedCode(): string {
  const used = new Set(ALL_RULES.map((r) => r.code));
  for (let n = 999; n > 0; n--) {
    const code = `AIGOV${String(n).padStart(3, '0')}`;
    if (!used.has(code)) return code;
  }
  throw new Error('every finding code is in use');
}
