import type { Citation } from '../../finding.js';

/**
 * ISO/IEC 42001:2023. The standard is paywalled and FRAMEWORKS.md takes clause and control titles
 * from secondary listings ("verify"), so every citation is marked unverified and reported at info.
 */
export const ISO = 'ISO/IEC 42001:2023';
export const ISO_PACK = 'iso-42001';
export const ISO_FROM = '2023-12-18';

export function isoCitation(article: string): Citation {
  return { framework: ISO, article, unverified: true };
}

export const ISO_NOTE = 'Clause and control titles come from secondary listings, so the rule reports at info level and labels its findings unverified.';
