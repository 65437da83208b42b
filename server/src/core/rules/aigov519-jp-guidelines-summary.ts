import { aigov510 } from './aigov510-jp-guideline-human-centric.js';
import { aigov511 } from './aigov511-jp-guideline-safety.js';
import { aigov512 } from './aigov512-jp-guideline-fairness.js';
import { aigov513 } from './aigov513-jp-guideline-privacy.js';
import { aigov514 } from './aigov514-jp-guideline-security.js';
import { aigov515 } from './aigov515-jp-guideline-transparency.js';
import { aigov516 } from './aigov516-jp-guideline-accountability.js';
import { aigov517 } from './aigov517-jp-guideline-literacy.js';
import { aigov518 } from './aigov518-jp-guideline-agents.js';
import { JP_GUIDELINES, JP_GUIDELINES_FROM, JP_GUIDELINES_PACK } from './packs/jp.js';
import { summaryRule } from './packs/voluntary.js';

export const aigov519 = summaryRule({
  code: 'AIGOV519',
  slug: 'jp-guidelines-summary',
  messageId: 'AIGOV519.missing',
  pack: JP_GUIDELINES_PACK,
  summary: 'Practices of the AI Guidelines for Business a component does not record (one finding per component)',
  description:
    "The AI Guidelines for Business are voluntary. Their per-principle checks (AIGOV510–518) fill the coverage report row by row, but in the editor and the CLI a component's open gaps under the Guidelines are one info finding, listing each missing field with its principle, so that they do not bury the findings about duties (a missing risk assessment or incident contact, undeclared AI use, an overdue review, a deadline). The quick-fix adds every missing field at once: documents from their templates, text fields as `TODO:` placeholders to fill in. To report a principle on its own and at a severity of your choice, set its code (`rules: { AIGOV512: warning }`, or the family `AIGOV51*`); a field your `policy.require` asks for is reported by AIGOV601 instead.",
  citation: { framework: JP_GUIDELINES, article: 'Part 2, common guiding principles' },
  appliesFrom: JP_GUIDELINES_FROM,
  obligations: () => [aigov510, aigov511, aigov512, aigov513, aigov514, aigov515, aigov516, aigov517, aigov518],
});
