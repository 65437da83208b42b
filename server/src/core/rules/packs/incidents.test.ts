import { strict as assert } from 'node:assert';
import { Engine } from '../../engine.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { art73Binding, incidentsOf } from './incidents.js';

// The incidents of a component as AIGOV401 and AIGOV402 read them from the YAML as written.

async function component(fields: string): Promise<ComponentEntry> {
  const yaml = `version: 1\ncomponents:\n  - id: scorer\n    risk: { level: high }\n    roles: [provider]\n    jurisdictions: [eu]\n${fields}`;
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: '2028-01-10' });
  await e.indexAll();
  return [...e.model.components][0]!;
}

describe('incidents of a component', () => {
  it('skips entries that are not mappings, and names an entry without an id by its place', async () => {
    const c = await component('    incidents:\n      - just text\n      - null\n      - [1, 2]\n      - { id: " ", detected: 2028-01-02 }\n      - { id: INC-9, detected: 2028-01-03 }\n');
    assert.deepEqual(
      incidentsOf(c, '2028-01-10').map((i) => `${i.index}:${i.id}`),
      ['3:#4', '4:INC-9'],
    );
  });

  it('keeps what is written, and gives a minor incident no limit', async () => {
    const c = await component('    incidents:\n      - { id: A, detected: 2028-01-02, severity: minor, authority: "Market surveillance" }\n');
    const [a] = incidentsOf(c, '2028-01-10');
    assert.equal(a?.authority, 'Market surveillance');
    assert.equal(a?.state, 'not-serious');
    assert.equal(a?.assumed, false);
    assert.equal(a?.days, undefined);
    assert.equal(a?.deadline, undefined);
  });

  it('counts a report on the deadline as on time, and an incident without a date as undated', async () => {
    // 2028-01-03 + 15 days = Tuesday 2028-01-18.
    const c = await component('    incidents:\n      - { id: A, detected: 2028-01-03, severity: serious, reported: 2028-01-18 }\n      - { id: B, detected: 2028-01-03, severity: serious, reported: 2028-01-19 }\n      - { id: C, severity: serious }\n');
    const [a, b, u] = incidentsOf(c, '2028-01-25');
    assert.equal(a?.deadline, '2028-01-18');
    assert.equal(a?.lateBy, undefined);
    assert.equal(b?.lateBy, 1);
    assert.equal(u?.state, 'undated');
  });

  it('Art 73 does not bind before the system\'s high-risk date, whether or not the incident has a date', async () => {
    const c = await component('');
    assert.deepEqual(art73Binding(c, undefined, '2027-12-01'), { legal: false, reason: 'before', from: '2027-12-02' });
    assert.deepEqual(art73Binding(c, undefined, '2027-12-02'), { legal: true, from: '2027-12-02' });
    assert.deepEqual(art73Binding(c, '2027-12-01', '2028-01-10'), { legal: false, reason: 'before', from: '2027-12-02' });
  });
});
