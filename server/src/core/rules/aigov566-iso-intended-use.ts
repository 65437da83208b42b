import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov566 = voluntary(
  obligationRule({
    code: 'AIGOV566',
    slug: 'iso-intended-use',
    title: 'Intended use',
    pack: ISO_PACK,
    summary: 'The intended use is not recorded (A.9.4)',
    description: `ISO/IEC 42001 control A.9.4 asks that AI systems be used according to their intended use and documentation. aigov asks for \`intended_purpose\`, which the core rule AIGOV108 already reports; this rule reports only when the registry turns AIGOV108 off, and fills the pack's row of the coverage report. ${ISO_NOTE}`,
    citation: isoCitation('control A.9.4'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'State the intended use in `intended_purpose`.',
    appliesTo: () => true,
    gaps: (c) => need(c, 'intended_purpose', msg('AIGOV566.intendedUse', { id: c.id }), 'AIGOV108'),
  }),
);
