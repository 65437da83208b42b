import { fixContextOf } from '../testing/fix-context.js';
import { strict as assert } from 'node:assert';
import type { FileEdit, FixProposal } from '../finding.js';
import { firstAssessmentFix, hasAssessment, nextReviewFix, renewDatesFix } from './assessment.js';
import { applyEdits } from './yaml-edit.js';

const REGISTRY = `version: 1
components:
  - id: bot
  - id: scorer
    risk:
      assessment:
        path: docs/risk/scorer.md
        date: 2025-01-10
        next_review: 2026-01-10
    impact_assessment:
      path: docs/impact/scorer.md
      date: 2025-01-10
`;

async function setup(extra: Record<string, string> = {}) {
  return fixContextOf({ '.aigov.yaml': REGISTRY, 'docs/risk/scorer.md': '# Risk\n', 'docs/impact/scorer.md': '# Impact\n', ...extra });
}

function registryAfter(fix: FixProposal | undefined): string {
  assert.ok(fix, 'a fix');
  return applyEdits(REGISTRY, fix.edits.filter((e) => e.kind === 'replace' && e.file === '.aigov.yaml'));
}

function created(fix: FixProposal | undefined): string[] {
  return (fix?.edits ?? []).filter((e): e is Extract<FileEdit, { kind: 'create' }> => e.kind === 'create').map((e) => e.file);
}

describe('fixes/assessment: first assessment, next review, renewed dates', () => {
  it('tells which components link an assessment, per field', async () => {
    const { component } = await setup();
    assert.equal(hasAssessment(component('bot')), false);
    assert.equal(hasAssessment(component('scorer')), true);
    assert.equal(hasAssessment(component('scorer'), 'impact_assessment'), true);
  });

  it('creates the first assessment at a free path and links it, safe and preferred; no next review for an impact assessment', async () => {
    const { ctx, component } = await setup({ 'docs/risk/bot.md': 'taken\n' });
    const risk = firstAssessmentFix(ctx, component('bot'), 'AIGOV101');
    assert.deepEqual(created(risk), ['docs/risk/bot-2.md'], 'docs/risk/bot.md exists');
    assert.equal(risk?.title, 'Create docs/risk/bot-2.md from a template and link it');
    assert.equal(risk?.safe, true);
    assert.equal(risk?.isPreferred, true);
    assert.ok(registryAfter(risk).includes('  - id: bot\n    risk:\n      assessment:\n        path: docs/risk/bot-2.md\n        date: 2026-11-25\n        next_review: 2027-11-25\n'), registryAfter(risk));
    const impact = firstAssessmentFix(ctx, component('bot'), 'AIGOV101', 'impact_assessment');
    assert.deepEqual(created(impact), ['docs/impact/bot.md']);
    const impactText = (impact?.edits.find((e) => e.kind === 'create') as Extract<FileEdit, { kind: 'create' }>).text;
    const riskText = (risk?.edits.find((e) => e.kind === 'create') as Extract<FileEdit, { kind: 'create' }>).text;
    assert.equal(riskText.split('\n')[2], '# AI risk assessment: bot');
    assert.equal(impactText.split('\n')[2], '# Impact assessment: bot', 'an impact assessment is not written from the risk template');
    assert.ok(registryAfter(impact).includes('  - id: bot\n    impact_assessment:\n      path: docs/impact/bot.md\n      date: 2026-11-25\n  - id: scorer\n'), registryAfter(impact));
  });

  it('numbers the document past every taken path, and gives up after -99', async () => {
    const taken: Record<string, string> = { 'docs/risk/bot.md': 'x\n' };
    for (let n = 2; n <= 50; n++) taken[`docs/risk/bot-${n}.md`] = 'x\n';
    const half = await setup(taken);
    assert.deepEqual(created(firstAssessmentFix(half.ctx, half.component('bot'), 'AIGOV101')), ['docs/risk/bot-51.md']);
    for (let n = 51; n < 100; n++) taken[`docs/risk/bot-${n}.md`] = 'x\n';
    const full = await setup(taken);
    assert.equal(firstAssessmentFix(full.ctx, full.component('bot'), 'AIGOV101'), undefined);
  });

  it('links the next review, never automatically applied, and only for a component with a document', async () => {
    const { ctx, component } = await setup();
    const next = nextReviewFix(ctx, component('scorer'), 'AIGOV104');
    assert.equal(next?.safe, false);
    assert.equal(next?.isPreferred, true);
    assert.deepEqual(created(next), ['docs/risk/scorer-2026-11-25.md']);
    assert.equal(nextReviewFix(ctx, component('bot'), 'AIGOV104'), undefined, 'nothing linked yet');
  });

  it('records a review in the existing document: a title per field, never automatic', async () => {
    const { ctx, component } = await setup();
    const risk = renewDatesFix(ctx, component('scorer'), 'AIGOV104');
    assert.equal(risk?.title, 'Record a review of docs/risk/scorer.md today (date 2026-11-25, next review 2027-11-25)');
    assert.equal(risk?.safe, false);
    assert.equal(risk?.isPreferred, undefined);
    const impact = renewDatesFix(ctx, component('scorer'), 'AIGOV104', 'impact_assessment');
    assert.equal(impact?.title, 'Record a review of docs/impact/scorer.md today (date 2026-11-25)');
    assert.ok(registryAfter(impact).endsWith('    impact_assessment:\n      path: docs/impact/scorer.md\n      date: 2026-11-25\n'), 'no next_review for an impact assessment');
    const nextImpact = nextReviewFix(ctx, component('scorer'), 'AIGOV104', 'impact_assessment');
    assert.ok(registryAfter(nextImpact).endsWith('    impact_assessment:\n      path: docs/impact/scorer-2026-11-25.md\n      date: 2026-11-25\n'), registryAfter(nextImpact));
    assert.equal(renewDatesFix(ctx, component('bot'), 'AIGOV104'), undefined);
  });
});
