import type { Citation } from './finding.js';
import { CN } from './rules/packs/cn.js';
import { EU } from './rules/packs/eu.js';
import { ISO, ISO_SOURCE_NOTE } from './rules/packs/iso.js';
import { JP_ACT, JP_GUIDELINES } from './rules/packs/jp.js';
import { KR } from './rules/packs/kr.js';
import { NIST } from './rules/packs/nist.js';
import { CO } from './rules/packs/us-co.js';

/** Rule packs a registry can select with `frameworks:`. "core" is always on. */
interface PackInfo {
  id: string;
  title: string;
  /** A few words that name the framework in lists and in the diagnostic source ('EU AI Act'). */
  short: string;
  /** What a finding's citation calls the framework (`Citation.framework`), when the pack cites one. */
  framework?: string;
  /**
   * A voluntary framework (guidelines, a standard): its gaps are reported once per component at
   * info level, unless the organisation raises them (see the summary rules).
   */
  voluntary?: boolean;
  /** One line for completion lists and settings: what selecting the pack means. */
  description: string;
  /** What the docs pages of the pack's rules say about the sources they cite. */
  sourceNote?: string;
}

export const PACKS: readonly PackInfo[] = [
  { id: 'core', title: 'aigov core checks', short: 'core', description: 'Completeness, annotations, undeclared AI use and incidents; always on.' },
  {
    id: 'jp-ai-promotion-act',
    title: 'Japan AI Promotion Act (Act No. 53 of 2025)',
    short: 'JP AI Promotion Act',
    framework: JP_ACT,
    description: 'Japan: cooperation with State measures (Art 7); no registration, reporting or assessment duty; info only.',
  },
  {
    id: 'jp-ai-guidelines',
    title: 'Japan AI Guidelines for Business (METI/MIC)',
    short: 'JP AI Guidelines',
    framework: JP_GUIDELINES,
    voluntary: true,
    description: 'Japan: the voluntary AI Guidelines for Business (v1.2), by role: developer, provider, business user.',
  },
  { id: 'eu-ai-act', title: 'EU AI Act (Regulation (EU) 2024/1689)', short: 'EU AI Act', framework: EU, description: 'EU: prohibited practices, high-risk duties, transparency (Art 50), GPAI, with their application dates.' },
  { id: 'nist-ai-rmf', title: 'NIST AI RMF 1.0 and GenAI Profile', short: 'NIST AI RMF', framework: NIST, voluntary: true, description: 'US: the voluntary NIST AI Risk Management Framework (GOVERN, MAP, MEASURE, MANAGE).' },
  { id: 'iso-42001', title: 'ISO/IEC 42001:2023', short: 'ISO/IEC 42001', framework: ISO, voluntary: true, description: 'The certifiable AI management system standard: risk and impact assessment, Annex A controls.', sourceNote: ISO_SOURCE_NOTE },
  { id: 'kr-ai-basic-act', title: 'Korea AI Basic Act (Act No. 20676)', short: 'Korea AI Basic Act', framework: KR, description: 'Korea: high-impact and generative AI duties, in force from 22 Jan 2026.' },
  { id: 'us-co-adm', title: 'Colorado SB 26-189 (automated decision-making)', short: 'Colorado ADM', framework: CO, description: 'Colorado: automated decision-making in consequential decisions (SB 26-189).' },
  { id: 'cn-labeling', title: 'China Measures for Labeling AI-Generated Synthetic Content', short: 'China labelling', framework: CN, description: 'China: visible and metadata labels on AI-generated content.' },
];

export const PACK_IDS: readonly string[] = PACKS.map((p) => p.id);

export function packInfo(id: string): PackInfo | undefined {
  return PACKS.find((p) => p.id === id);
}

/**
 * The framework a finding belongs to, in a few words: its pack's, else (a core rule that cites a
 * framework, such as the incident deadlines of EU AI Act Art 73, or a policy requirement that
 * names one) the cited framework's, else 'core'.
 */
export function frameworkLabel(pack: string | undefined, citation: Citation | undefined): string {
  if (pack && pack !== 'core') return packInfo(pack)?.short ?? pack;
  if (citation) return PACKS.find((p) => p.framework === citation.framework)?.short ?? citation.framework;
  return 'core';
}
