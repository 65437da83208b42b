import { fixContextOf } from '../testing/fix-context.js';
import { strict as assert } from 'node:assert';
import { addIncident, freeIncidentId, setReported } from './incident-entry.js';
import { applyChange, type TextChange } from './yaml-edit.js';

const REGISTRY = `version: 1
components:
  - id: bot
    incidents:
      - id: INC-2026-007
        title: Wrong refund amounts
        detected: 2026-03-02
        severity: serious
        reported: null
  - id: scorer
    incidents:
      - id: INC-2026-012
        title: Drift
        authority: BNetzA
      - id: INC-2025-040
      - id: inc-2026-099
      - id: INC-2026-13x
      - id: X-INC-2026-050
      - { title: no id }
  - id: empty
`;

async function setup(text = REGISTRY) {
  return fixContextOf({ '.aigov.yaml': text });
}

function edited(text: string, change: TextChange | undefined): string {
  assert.ok(change, 'an edit');
  return applyChange(text, change);
}

describe('fixes/incident-entry: the editor\'s incident commands', () => {
  it('numbers a new incident after the highest of its year across every component', async () => {
    const { ctx } = await setup();
    assert.equal(freeIncidentId(ctx, '2026-11-20'), 'INC-2026-013', 'INC-2026-012 of another component counts; inc-…, INC-2026-13x and X-INC-2026-050 do not');
    assert.equal(freeIncidentId(ctx, '2025-01-05'), 'INC-2025-041');
    assert.equal(freeIncidentId(ctx, '2024-06-30'), 'INC-2024-001', 'the first of a year');
  });

  it('appends an open incident with what the user told, creating the list when missing', async () => {
    const { component } = await setup();
    const text = edited(REGISTRY, addIncident(REGISTRY, component('empty'), 'INC-2026-013', { title: 'Leak', severity: 'critical', detected: '2026-11-20' }));
    assert.ok(
      text.endsWith('  - id: empty\n    incidents:\n      - id: INC-2026-013\n        title: Leak\n        detected: 2026-11-20\n        severity: critical\n        reported: null\n        authority: null\n        status: open\n'),
      text,
    );
    const second = edited(REGISTRY, addIncident(REGISTRY, component('bot'), 'INC-2026-014', { title: 'Again', severity: 'minor', detected: '2026-11-21' }));
    assert.ok(second.includes('        reported: null\n      - id: INC-2026-014\n        title: Again\n'), second);
  });

  it('marks an incident reported, setting or adding the authority when one is given', async () => {
    const { component } = await setup();
    const bot = component('bot');
    const reported = edited(REGISTRY, setReported(REGISTRY, bot, 'INC-2026-007', '2026-03-04', '  Bundesnetzagentur '));
    assert.ok(reported.includes('        reported: 2026-03-04\n        authority: Bundesnetzagentur\n  - id: scorer\n'), reported);
    const withoutAuthority = edited(REGISTRY, setReported(REGISTRY, bot, 'INC-2026-007', '2026-03-04', '   '));
    assert.ok(withoutAuthority.includes('        reported: 2026-03-04\n  - id: scorer\n'), 'a blank authority is not written');
    const scorer = component('scorer');
    const replaced = edited(REGISTRY, setReported(REGISTRY, scorer, 'INC-2026-012', '2026-05-01', 'CNIL'));
    assert.ok(replaced.includes('        title: Drift\n        authority: CNIL\n        reported: 2026-05-01\n'), replaced);
    assert.equal(setReported(REGISTRY, scorer, 'INC-2026-999', '2026-05-01'), undefined, 'no such incident');
    assert.equal(setReported(REGISTRY, component('empty'), 'INC-2026-007', '2026-05-01'), undefined, 'a component without incidents');
  });
});
