import { ISO_SOURCE_NOTE } from './rules/packs/iso.js';

/** Rule packs a registry can select with `frameworks:`. "core" is always on. */
export interface PackInfo {
  id: string;
  title: string;
  /** What the docs pages of the pack's rules say about the sources they cite. */
  sourceNote?: string;
}

export const PACKS: readonly PackInfo[] = [
  { id: 'core', title: 'aigov core checks' },
  { id: 'jp-ai-promotion-act', title: 'Japan AI Promotion Act (Act No. 53 of 2025)' },
  { id: 'jp-ai-guidelines', title: 'Japan AI Guidelines for Business (METI/MIC)' },
  { id: 'eu-ai-act', title: 'EU AI Act (Regulation (EU) 2024/1689)' },
  { id: 'nist-ai-rmf', title: 'NIST AI RMF 1.0 and GenAI Profile' },
  { id: 'iso-42001', title: 'ISO/IEC 42001:2023', sourceNote: ISO_SOURCE_NOTE },
  { id: 'kr-ai-basic-act', title: 'Korea AI Basic Act (Act No. 20676)' },
  { id: 'us-co-adm', title: 'Colorado SB 26-189 (automated decision-making)' },
  { id: 'cn-labeling', title: 'China Measures for Labeling AI-Generated Synthetic Content' },
];

export const PACK_IDS: readonly string[] = PACKS.map((p) => p.id);
