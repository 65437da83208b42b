import { CN_FROM, CN_PACK, cnCitation, cnGenerative } from './packs/cn.js';
import { obligationRule } from './packs/obligation.js';
import { capability, needTrue, presumedNote } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov591 = obligationRule({
  code: 'AIGOV591',
  slug: 'cn-metadata-label',
  title: 'Metadata labels',
  pack: CN_PACK,
  summary: 'Generated content carries no metadata label',
  description:
    'Providers add implicit labels to the metadata of generated files: the content attribute, the provider\'s name or code, and a content ID (Labeling Measures Art 5; in force 1 Sep 2025). aigov asks generative provider components for `labeling.machine_readable: true`.',
  citation: cnCitation('Art 5'),
  defaultSeverity: 'warning',
  appliesFrom: CN_FROM,
  howToFix: 'Write the metadata label into generated files and record `labeling: { machine_readable: true }`.',
  appliesTo: cnGenerative,
  gaps: (c) =>
    needTrue(c, 'labeling.machine_readable', msg('AIGOV591.metadata', { id: c.id, presumed: presumedNote(c, capability(c, 'generates-content')) })),
});
