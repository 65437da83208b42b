import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { msg, type Message, type MessageArg } from '../../i18n/format.js';
import type { Gap } from './scope.js';

/** NIST AI RMF 1.0 (AI 100-1, Jan 2023): voluntary; checks per component from FRAMEWORKS.md §3. */
export const NIST = 'NIST AI RMF 1.0 (AI 100-1)';
export const NIST_PACK = 'nist-ai-rmf';
export const NIST_FROM = '2023-01-26';

export function nistCitation(article: string): Citation {
  return { framework: NIST, article };
}

/** Kinds that run on someone's model: they should say whose. */
const USES_MODELS = ['llm-app', 'agent', 'api-integration'];

/** Gaps for components that build on models but declare none. */
export function upstreamDeclared(c: ComponentEntry, why: Message): Gap[] {
  if (!c.data.kind || !USES_MODELS.includes(c.data.kind)) return [];
  if ((c.data.upstream_models ?? []).length > 0 || c.data.model?.provider) return [];
  return [{ field: 'upstream_models', message: msg('pack.noUpstream', { id: c.id, kind: c.data.kind, why }) }];
}

/** Providers that are the organisation itself: not a third party. */
const IN_HOUSE = /^(?:in[- ]?house|internal|self|ours?)$/i;

/** One gap per third-party `upstream_models` item that lacks `key`. */
export function upstreamItemGaps(c: ComponentEntry, key: string, message: (label: MessageArg) => Message): Gap[] {
  const raw = Array.isArray(c.raw.upstream_models) ? (c.raw.upstream_models as unknown[]) : [];
  const out: Gap[] = [];
  raw.forEach((m, i) => {
    const rec = m !== null && typeof m === 'object' ? (m as Record<string, unknown>) : {};
    if (typeof rec.provider === 'string' && IN_HOUSE.test(rec.provider.trim())) return;
    const v = rec[key];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return;
    const label = [rec.provider, rec.name].filter((x) => typeof x === 'string').join('/') || msg('pack.upstreamModel', { n: i + 1 });
    out.push({ field: `upstream_models.${key}`, path: ['upstream_models', i, key], message: message(label) });
  });
  return out;
}
