import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov564 = voluntary(
  obligationRule({
    code: 'AIGOV564',
    slug: 'iso-data-quality-provenance',
    title: 'Data quality and provenance',
    pack: ISO_PACK,
    summary: 'Data sources or provenance are not recorded (A.7.2–A.7.6)',
    description: `ISO/IEC 42001 controls A.7.2–A.7.6 cover data for development, acquisition, quality, provenance and preparation. aigov asks models, datasets and components with a \`data\` block for \`data.sources\` and \`data.provenance\`. ${ISO_NOTE}`,
    citation: isoCitation('controls A.7.2–A.7.6'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'List the data sets in `data.sources` and describe where they come from in `data.provenance`.',
    appliesTo: (c) => c.data.kind === 'model' || c.data.kind === 'dataset' || (c.raw.data !== undefined && c.raw.data !== null),
    gaps: (c) => [
      ...need(c, 'data.sources', msg('AIGOV564.sources', { id: c.id })),
      ...need(c, 'data.provenance', msg('AIGOV564.provenance', { id: c.id })),
    ],
  }),
);
