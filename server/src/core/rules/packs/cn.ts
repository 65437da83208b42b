import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { capability, hasRole, inJurisdiction } from './scope.js';

/** China: Measures for Labeling AI-Generated Synthetic Content (CAC, MIIT, MPS, NRTA), in force 1 Sep 2025. */
export const CN = 'China Measures for Labeling AI-Generated Synthetic Content';
export const CN_PACK = 'cn-labeling';
export const CN_FROM = '2025-09-01';

export function cnCitation(article: string): Citation {
  return { framework: CN, article };
}

/** A provider of a generation service in Chinese scope. */
export const cnGenerative = (c: ComponentEntry): boolean => inJurisdiction(c, 'cn') && hasRole(c, 'provider') && capability(c, 'generates-content').has;
