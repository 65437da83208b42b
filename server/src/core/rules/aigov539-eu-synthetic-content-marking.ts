import { EU_ART50_2_LEGACY_BY, EU_GENERAL_FROM, EU_PACK, art50MarkingFrom, euCitation, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { capability, hasRole, needTrue, presumedNote } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov539 = obligationRule({
  code: 'AIGOV539',
  slug: 'eu-synthetic-content-marking',
  title: 'Machine-readable marking of output',
  pack: EU_PACK,
  summary: 'Generated content is not marked in a machine-readable way',
  description: `Providers of systems that generate synthetic audio, image, video or text mark the outputs in a machine-readable format, detectable as artificially generated (EU AI Act Art 50(2)). The duty does not apply where the system performs an assistive function for standard editing, or does not substantially alter the input data or its semantics, or where the law authorises it to detect, prevent, investigate or prosecute criminal offences; such a system declares \`capabilities\` without \`generates-content\`. The rule applies to provider components with the capability \`generates-content\` (presumed for kinds \`llm-app\` and \`agent\`) and asks for \`labeling.machine_readable: true\`. Art 50 applies from ${EU_GENERAL_FROM}; a generative system placed on the market before that date (\`placed_on_market\`) has until ${EU_ART50_2_LEGACY_BY} (Art 111(4), Digital Omnibus).`,
  citation: euCitation('Art 50(2)'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  appliesFromFor: art50MarkingFrom,
  howToFix: 'Mark outputs (metadata, watermark or similar) and record `labeling: { machine_readable: true }`. If the system generates no content, or only assists standard editing without substantially altering the input, declare `capabilities` without `generates-content`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && capability(c, 'generates-content').has,
  gaps: (c) =>
    needTrue(
      c,
      'labeling.machine_readable',
      msg('AIGOV539.marking', { id: c.id, presumed: presumedNote(c, capability(c, 'generates-content')) }),
    ),
});
