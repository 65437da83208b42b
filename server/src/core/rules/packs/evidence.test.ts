import { strict as assert } from 'node:assert';
import { Engine } from '../../engine.js';
import { msg } from '../../i18n/format.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { getField } from '../../model/doc-paths.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { aigov523 } from '../aigov523-eu-risk-management.js';
import { draftDocuments, draftEvidenceOf } from './evidence.js';
import type { Gap } from './scope.js';

// Which linked documents that are still unfilled templates a met obligation rests on.

const DRAFT = '<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->\n# Risk\n\n## Hazards\n\nTODO\n';
const WRITTEN = '# Risk\n\n## Hazards\n\nFloods.\n';

async function component(roles: string, docs: Record<string, string>, own = ''): Promise<{ c: ComponentEntry; e: Engine }> {
  const yaml = `version: 1
frameworks: [eu-ai-act]
components:
  - id: s
    roles: ${roles}
    jurisdictions: [eu]
    risk: { level: high, annex_iii_area: "5(b)", assessment: { path: docs/risk.md, date: 2026-01-01, next_review: 2027-01-01 } }
    model: { card: docs/card.md }
    evaluations: [{ path: docs/eval.md }]
${own}`;
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml, ...docs }), { today: '2027-12-02' });
  await e.indexAll();
  return { c: e.model.components[0]!, e };
}

const byField = (xs: { field: string; path: string }[]): string[] => xs.map((x) => `${x.field} ${x.path}`).sort();

describe('draft evidence of obligations', () => {
  it('lists the linked documents that are drafts, but not the items of a list', async () => {
    const { c, e } = await component('[provider]', { 'docs/risk.md': DRAFT, 'docs/card.md': DRAFT, 'docs/eval.md': DRAFT });
    assert.deepEqual(byField(draftDocuments(c, e.model)), ['model.card docs/card.md', 'risk.assessment.path docs/risk.md']);
    const written = await component('[provider]', { 'docs/risk.md': WRITTEN, 'docs/card.md': DRAFT, 'docs/eval.md': DRAFT });
    assert.deepEqual(byField(draftDocuments(written.c, written.e.model)), ['model.card docs/card.md']);
  });

  it('an obligation rests on the drafts whose removal would open one of its gaps', async () => {
    const { c, e } = await component('[provider]', { 'docs/risk.md': DRAFT, 'docs/card.md': DRAFT });
    assert.deepEqual(byField(draftEvidenceOf(aigov523.obligation, c, e.model)), ['risk.assessment.path docs/risk.md']);
    // The component and its data are left as they were.
    assert.equal(getField(c.raw, 'risk.assessment.path'), 'docs/risk.md');
    assert.equal(c.data.risk?.assessment?.path, 'docs/risk.md');
  });

  it('taking one document away leaves every other field of the component as it was', async () => {
    const { c, e } = await component('[provider]', { 'docs/risk.md': DRAFT, 'docs/card.md': WRITTEN });
    // Met while either document is linked: the draft is no evidence while the written card stays.
    const either = {
      appliesTo: () => true,
      gaps: (x: ComponentEntry): Gap[] =>
        getField(x.raw, 'risk.assessment.path') || getField(x.raw, 'model.card') || getField(x.data, 'model.card') ? [] : [{ field: 'risk.assessment.path', message: msg('pack.upstreamModel', { n: 1 }) }],
    };
    assert.deepEqual(draftEvidenceOf(either, c, e.model), [], 'the card is still there');
    // Met while the assessment's date stays beside the path taken away.
    const dated = {
      appliesTo: () => true,
      gaps: (x: ComponentEntry): Gap[] => (getField(x.raw, 'risk.assessment.path') && getField(x.raw, 'risk.assessment.date') && getField(x.raw, 'risk.level') ? [] : [{ field: 'risk.assessment.path', message: msg('pack.upstreamModel', { n: 1 }) }]),
    };
    assert.deepEqual(byField(draftEvidenceOf(dated, c, e.model)), ['risk.assessment.path docs/risk.md']);
    const keptBeside = {
      appliesTo: () => true,
      gaps: (x: ComponentEntry): Gap[] => (getField(x.raw, 'risk.assessment.date') && getField(x.raw, 'risk.level') && getField(x.data, 'risk.level') ? [] : [{ field: 'risk.assessment.path', message: msg('pack.upstreamModel', { n: 1 }) }]),
    };
    assert.deepEqual(draftEvidenceOf(keptBeside, c, e.model), [], 'the date and the level stay when the path goes');
  });

  it('a gap on a parent field counts for the document under it', async () => {
    const { c, e } = await component('[provider]', { 'docs/risk.md': DRAFT, 'docs/card.md': DRAFT });
    const parent = {
      appliesTo: () => true,
      gaps: (x: ComponentEntry): Gap[] => (getField(x.data, 'model.card') ? [] : [{ field: 'model', message: msg('pack.upstreamModel', { n: 1 }) }]),
    };
    assert.deepEqual(byField(draftEvidenceOf(parent, c, e.model)), ['model.card docs/card.md']);
    const sibling = { ...parent, gaps: (x: ComponentEntry): Gap[] => (getField(x.data, 'model.card') ? [] : [{ field: 'mode', message: msg('pack.upstreamModel', { n: 1 }) }]) };
    assert.deepEqual(draftEvidenceOf(sibling, c, e.model), [], 'a field whose name only starts the same');
  });

  it('a component whose own keys hold themselves or nest thousands of levels deep: the same drafts, and its data untouched', async () => {
    // 20 anchors of 250 nested lists, each holding the one before: 5,000 levels.
    const chain = Array.from({ length: 20 }, (_, i) => `      - &a${i} ${'['.repeat(250)}${i === 0 ? '1' : `*a${i - 1}`}${']'.repeat(250)}`).join('\n');
    const { c, e } = await component('[provider]', { 'docs/risk.md': DRAFT, 'docs/card.md': DRAFT }, `    x-self: &t { up: *t }\n    x-deep:\n${chain}\n`);
    assert.deepEqual(byField(draftEvidenceOf(aigov523.obligation, c, e.model)), ['risk.assessment.path docs/risk.md']);
    assert.equal(getField(c.raw, 'risk.assessment.path'), 'docs/risk.md');
    assert.equal(getField(c.raw, 'x-self.up'), c.raw['x-self']);
  });

  it('nothing when the obligation does not apply or no document is a draft', async () => {
    const deployer = await component('[deployer]', { 'docs/risk.md': DRAFT });
    assert.deepEqual(draftEvidenceOf(aigov523.obligation, deployer.c, deployer.e.model), []);
    const written = await component('[provider]', { 'docs/risk.md': WRITTEN, 'docs/card.md': WRITTEN });
    assert.deepEqual(draftEvidenceOf(aigov523.obligation, written.c, written.e.model), []);
  });
});
