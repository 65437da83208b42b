import { aigov560 } from './aigov560-iso-risk-assessment.js';
import { aigov561 } from './aigov561-iso-impact-assessment.js';
import { aigov562 } from './aigov562-iso-lifecycle-documentation.js';
import { aigov563 } from './aigov563-iso-monitoring-event-logs.js';
import { aigov564 } from './aigov564-iso-data-quality-provenance.js';
import { aigov565 } from './aigov565-iso-user-information-incidents.js';
import { aigov566 } from './aigov566-iso-intended-use.js';
import { aigov567 } from './aigov567-iso-suppliers.js';
import { ISO_FROM, ISO_PACK, isoCitation } from './packs/iso.js';
import { summaryRule } from './packs/voluntary.js';

export const aigov569 = summaryRule({
  code: 'AIGOV569',
  slug: 'iso-42001-summary',
  messageId: 'AIGOV569.missing',
  pack: ISO_PACK,
  summary: 'ISO/IEC 42001 records a component does not have (one finding per component)',
  description:
    "ISO/IEC 42001 is a voluntary, certifiable standard. Its per-clause and per-control checks (AIGOV560–567) fill the coverage report row by row, but in the editor and the CLI a component's open gaps under the standard are one info finding, listing each missing field with its clause or control, so that they do not bury the findings about duties (a missing risk assessment or incident contact, undeclared AI use, an overdue review, a deadline). The quick-fix adds every missing field at once: documents from their templates, text fields as `TODO:` placeholders to fill in. To report a clause or control on its own and at a severity of your choice, set its code (`rules: { AIGOV562: warning }`, or the family `AIGOV56*`); a field your `policy.require` asks for is reported by AIGOV601 instead.",
  citation: isoCitation('clauses 6.1.2–6.1.4, Annex A'),
  appliesFrom: ISO_FROM,
  obligations: () => [aigov560, aigov561, aigov562, aigov563, aigov564, aigov565, aigov566, aigov567],
});
