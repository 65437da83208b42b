import { EU_GENERAL_FROM, EU_PACK, euCitation, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { capability, hasRole, needTrue, presumedNote, q } from './packs/scope.js';

export const aigov539 = obligationRule({
  code: 'AIGOV539',
  slug: 'eu-synthetic-content-marking',
  title: 'Machine-readable marking of output',
  pack: EU_PACK,
  summary: 'Generated content is not marked in a machine-readable way',
  description:
    'Providers of systems that generate synthetic audio, image, video or text mark the outputs in a machine-readable format, detectable as artificially generated (EU AI Act Art 50(2)). The rule applies to provider components with the capability `generates-content` (presumed for kinds `llm-app` and `agent`) and asks for `labeling.machine_readable: true`. Art 50 applies from 2 Aug 2026. A single source reports that the Digital Omnibus gives generative systems already on the market until 2 Dec 2026 (Art 111(4)); that point is unverified, so the rule does not use it.',
  citation: euCitation('Art 50(2)'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  howToFix: 'Mark outputs (metadata, watermark or similar) and record `labeling: { machine_readable: true }`. If the system generates no content, declare `capabilities` without `generates-content`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && capability(c, 'generates-content').has,
  gaps: (c) =>
    needTrue(
      c,
      'labeling.machine_readable',
      `Component ${q(c)} generates content${presumedNote(c, capability(c, 'generates-content'))} but does not record machine-readable marking of its outputs (labeling.machine_readable). Art 50(2) requires it.`,
    ),
});
