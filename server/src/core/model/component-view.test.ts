import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { buildReport } from '../report/model.js';
import { assessmentOf, contactsOf, isOpenIncident } from './component-view.js';
import { ParsedRegistry, type ComponentEntry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';
import type { DraftInfo } from './drafts.js';

const TODAY = '2026-11-25';

async function componentsOf(yaml: string): Promise<{ engine: Engine; components: readonly ComponentEntry[] }> {
  const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: TODAY });
  await engine.indexAll();
  return { engine, components: engine.model.components };
}

describe('component view', () => {
  it('an incident is open unless mitigated or closed', () => {
    assert.deepEqual(
      [undefined, 'open', 'investigating', 'mitigated', 'closed'].map((s) => isOpenIncident(s)),
      [true, true, true, false, false],
    );
  });

  it('assessment state: overdue by next_review or by the policy interval, undated, missing', async () => {
    const { components } = await componentsOf(`version: 1
policy: { review_interval_days: 30 }
components:
  - id: by-next
    risk: { assessment: { path: r.md, date: 2026-11-01, next_review: 2026-11-20 } }
  - id: by-interval
    risk: { assessment: { path: r.md, date: 2026-10-01 } }
  - id: fresh
    risk: { assessment: { path: r.md, date: 2026-11-20 } }
  - id: undated
    risk: { assessment: { path: r.md } }
  - id: none
    impact_assessment: { path: i.md, date: 2026-01-01 }
`);
    const [byNext, byInterval, fresh, undated, none] = components.map((c) => assessmentOf(c, 'risk', TODAY));
    assert.deepEqual(byNext, { state: 'overdue', path: 'r.md', date: '2026-11-01', nextReview: '2026-11-20', due: '2026-11-20' });
    assert.deepEqual(byInterval, { state: 'overdue', path: 'r.md', date: '2026-10-01', due: '2026-10-31' });
    assert.deepEqual(fresh, { state: 'ok', path: 'r.md', date: '2026-11-20' });
    assert.deepEqual(undated, { state: 'undated', path: 'r.md' });
    assert.deepEqual(none, { state: 'missing' });
    assert.deepEqual(assessmentOf(components[4]!, 'impact', TODAY), { state: 'overdue', path: 'i.md', date: '2026-01-01', due: '2026-01-31' });
  });

  it('contacts: the component own value, else the organisation default; the assignee is never inherited', async () => {
    const { components } = await componentsOf(`version: 1
organization: { owner: org@example.com, contacts: { incident: org-inc@example.com, privacy: dpo@example.com } }
components:
  - id: own
    owner: me@example.com
    contacts: { incident: me-inc@example.com, escalation: boss@example.com }
    human_oversight: { assignee: reviewer@example.com }
  - id: bare
`);
    assert.deepEqual(contactsOf(components[0]!), {
      owner: { role: 'owner', value: 'me@example.com', inherited: false },
      contacts: [
        { role: 'incident', value: 'me-inc@example.com', inherited: false },
        { role: 'escalation', value: 'boss@example.com', inherited: false },
        { role: 'privacy', value: 'dpo@example.com', inherited: true },
        { role: 'oversight', value: 'reviewer@example.com', inherited: false },
      ],
    });
    assert.deepEqual(contactsOf(components[1]!), {
      owner: { role: 'owner', value: 'org@example.com', inherited: true },
      contacts: [
        { role: 'incident', value: 'org-inc@example.com', inherited: true },
        { role: 'privacy', value: 'dpo@example.com', inherited: true },
      ],
    });
  });

  it('the report counts open incidents as the language server does: mitigated ones are not open', async () => {
    const { engine } = await componentsOf(`version: 1
organization: { contacts: { incident: a@example.com } }
components:
  - id: svc
    incidents:
      - { id: INC-1, detected: 2026-11-20, severity: minor, status: open }
      - { id: INC-2, detected: 2026-11-20, severity: minor, status: investigating }
      - { id: INC-3, detected: 2026-11-20, severity: minor, status: mitigated }
      - { id: INC-4, detected: 2026-11-20, severity: minor, status: closed }
`);
    const report = buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today: TODAY, workspace: 'ws' });
    assert.equal(report.totals.openIncidents, 2);
  });
});

describe('component view: edges', () => {
  function parsed(text: string, path = 'sub/.aigov.yaml'): readonly ComponentEntry[] {
    return new ParsedRegistry(new SourceFile(path, text)).components;
  }

  it('a blank path is missing; a date that is not one is undated; an impact assessment has no next review', () => {
    const [blank, badDate, impact] = parsed(`version: 1
components:
  - id: blank
    risk: { assessment: { path: "  ", date: 2026-11-01 } }
  - id: bad-date
    risk: { assessment: { path: r.md, date: "soon", next_review: "later" } }
  - id: impact
    impact_assessment: { path: i.md, date: 2026-11-01, next_review: 2026-11-02 }
`);
    assert.deepEqual(assessmentOf(blank!, 'risk', TODAY), { state: 'missing', date: '2026-11-01' });
    assert.deepEqual(assessmentOf(badDate!, 'risk', TODAY), { state: 'undated', path: 'r.md' });
    assert.deepEqual(assessmentOf(impact!, 'impact', TODAY), { state: 'ok', path: 'i.md', date: '2026-11-01' });
    assert.deepEqual(assessmentOf(impact!, 'risk', TODAY), { state: 'missing' });
  });

  it('a linked unfilled template is a draft, with its TODO count, whatever its dates', () => {
    const [overdue, fresh, other] = parsed(`version: 1
components:
  - id: overdue
    risk: { assessment: { path: docs/r.md, date: 2026-01-01, next_review: 2026-02-01 } }
  - id: fresh
    impact_assessment: { path: ./docs/i.md }
  - id: other
    risk: { assessment: { path: docs/written.md, date: 2026-11-20 } }
`);
    const asked: string[] = [];
    const draftOf = (p: string): DraftInfo | undefined => {
      asked.push(p);
      return p === 'sub/docs/written.md' ? undefined : { sections: ['A', 'B'], total: 5 };
    };
    assert.deepEqual(assessmentOf(overdue!, 'risk', TODAY, draftOf), {
      state: 'draft',
      path: 'docs/r.md',
      date: '2026-01-01',
      nextReview: '2026-02-01',
      due: '2026-02-01',
      todo: 2,
    });
    assert.deepEqual(assessmentOf(fresh!, 'impact', TODAY, draftOf), { state: 'draft', path: './docs/i.md', todo: 2 });
    assert.deepEqual(assessmentOf(other!, 'risk', TODAY, draftOf), { state: 'ok', path: 'docs/written.md', date: '2026-11-20' });
    // Asked by workspace path, resolved from the registry's folder; never without a path.
    assert.deepEqual(asked, ['sub/docs/r.md', 'sub/docs/i.md', 'sub/docs/written.md']);
    assert.deepEqual(assessmentOf(other!, 'impact', TODAY, draftOf), { state: 'missing' });
    assert.equal(asked.length, 3);
  });

  it('contacts without an organisation, and an organisation without contacts', () => {
    const [bare] = parsed('version: 1\ncomponents:\n  - id: bare\n');
    assert.deepEqual(contactsOf(bare!), { contacts: [] });
    const [named] = parsed('version: 1\norganization: { name: Org }\ncomponents:\n  - id: named\n    contacts: { legal_rep: rep@example.com }\n');
    assert.deepEqual(contactsOf(named!), { contacts: [{ role: 'legal_rep', value: 'rep@example.com', inherited: false }] });
  });
});
