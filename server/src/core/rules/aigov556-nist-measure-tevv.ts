import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { needList, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov556 = voluntary(
  obligationRule({
    code: 'AIGOV556',
    slug: 'nist-measure-tevv',
    title: 'Test, evaluation, verification, validation',
    pack: NIST_PACK,
    summary: 'No test, evaluation, verification or validation is recorded (MEASURE 2)',
    description:
      'NIST AI RMF MEASURE 2 asks that AI systems be evaluated for trustworthy characteristics (test, evaluation, verification and validation). aigov asks for at least one entry in `evaluations`. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MEASURE 2'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Record evaluations: `evaluations: [{ name: red-team-2026-q3, path: docs/eval/red-team.md, date: 2026-09-30 }]`.',
    appliesTo: notDataset,
    gaps: (c) => needList(c, 'evaluations', msg('AIGOV556.evaluations', { id: c.id })),
  }),
);
