import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov510 = voluntary(
  obligationRule({
    code: 'AIGOV510',
    slug: 'jp-guideline-human-centric',
    title: 'Human-centric: purpose and foreseeable misuse',
    pack: JP_GUIDELINES_PACK,
    summary: 'The intended purpose or foreseeable misuse is not recorded (human-centric principle)',
    description:
      'The first common guiding principle of the AI Guidelines for Business (Part 2) is human-centric use: developers, providers and business users consider how a system serves people and how it could be misused. aigov maps it to `intended_purpose` (reported by AIGOV108) and `foreseeable_misuse`, for every role. The Guidelines are voluntary; selecting the pack opts in.',
    citation: principle(1, 'human-centric'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'State what the system is for in `intended_purpose` and the misuse you foresee (and guard against) in `foreseeable_misuse`.',
    appliesTo: jpGuidelinesScope,
    gaps: (c) => [
      ...need(c, 'intended_purpose', msg('pack.noPurpose', { id: c.id }), 'AIGOV108'),
      ...need(c, 'foreseeable_misuse', msg('AIGOV510.misuse', { id: c.id })),
    ],
  }),
);
