import { aigov550 } from './aigov550-nist-govern-incident-identification.js';
import { aigov551 } from './aigov551-nist-govern-third-party.js';
import { aigov552 } from './aigov552-nist-map-context.js';
import { aigov553 } from './aigov553-nist-map-limits-oversight.js';
import { aigov554 } from './aigov554-nist-map-component-legal-risk.js';
import { aigov555 } from './aigov555-nist-map-impacts.js';
import { aigov556 } from './aigov556-nist-measure-tevv.js';
import { aigov557 } from './aigov557-nist-manage-deactivation.js';
import { aigov558 } from './aigov558-nist-manage-monitoring.js';
import { aigov559 } from './aigov559-nist-manage-incidents.js';
import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { summaryRule } from './packs/voluntary.js';

export const aigov549 = summaryRule({
  code: 'AIGOV549',
  slug: 'nist-ai-rmf-summary',
  messageId: 'AIGOV549.missing',
  pack: NIST_PACK,
  summary: 'NIST AI RMF practices a component does not record (one finding per component)',
  description:
    "The NIST AI RMF is voluntary. Its per-subcategory checks (AIGOV550–559) fill the coverage report row by row, but in the editor and the CLI a component's open gaps under the framework are one info finding, listing each missing field with its subcategory, so that they do not bury the findings about duties (a missing risk assessment or incident contact, undeclared AI use, an overdue review, a deadline). The quick-fix adds every missing field at once: documents from their templates, text fields as `TODO:` placeholders to fill in. To report a subcategory on its own and at a severity of your choice, set its code (`rules: { AIGOV556: warning }`, or the family `AIGOV55*`); a field your `policy.require` asks for is reported by AIGOV601 instead.",
  citation: nistCitation('GOVERN, MAP, MEASURE, MANAGE'),
  appliesFrom: NIST_FROM,
  obligations: () => [aigov550, aigov551, aigov552, aigov553, aigov554, aigov555, aigov556, aigov557, aigov558, aigov559],
});
