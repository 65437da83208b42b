import type { Citation } from '../../finding.js';

/**
 * ISO/IEC 42001:2023. The clause and Annex A control numbers are public (the standard's table of
 * contents), so findings cite them plainly; the standard's own text is paywalled, which the docs
 * pages say once (ISO_SOURCE_NOTE) rather than every message.
 */
export const ISO = 'ISO/IEC 42001:2023';
export const ISO_PACK = 'iso-42001';
export const ISO_FROM = '2023-12-18';

/** A citation of a clause ('clause 6.1.2') or of Annex A controls ('control A.9.4'). */
export function isoCitation(article: string): Citation {
  return { framework: ISO, article };
}

/** The pack is voluntary (certifiable): selecting it opts in. */
export const ISO_NOTE = 'ISO/IEC 42001 is a voluntary, certifiable standard; selecting the pack opts in.';

/** For the docs pages: where the clause and control numbers come from, and what to check. */
export const ISO_SOURCE_NOTE =
  "The clause and Annex A control numbers are those of the standard's public table of contents. The standard's own text is paywalled, and the control titles and the mapping to registry fields are aigov's reading of secondary listings: check them against your copy of ISO/IEC 42001:2023 before an audit relies on them.";
