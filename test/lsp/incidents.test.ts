import assert from 'node:assert/strict';
import type { ListComponentsResult, MarkReportedResult, RecordIncidentResult } from '../../server/src/protocol/methods';
import { copyFixture, TestClient } from './harness';

/** "Record Incident" and "Mark Incident Reported" run on the server: the editor asks, the server edits. */
describe('lsp: incident commands (workspace/executeCommand → workspace/applyEdit)', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('records an incident with the title, severity and date of awareness given, keeping comments; the deadline counts from that date', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const r = await c.request<RecordIncidentResult>('workspace/executeCommand', {
      command: 'aigov.server.recordIncident',
      arguments: [{ registryUri: reg, componentId: 'chat-bot', title: 'Answered with another customer\'s order', severity: 'widespread', detected: '2026-05-31' }],
    });
    assert.deepEqual(r, { incidentId: 'INC-2026-002' });
    const text = c.textOf(reg);
    assert.match(text, /# No risk assessment yet\./);
    assert.match(text, /incidents:\n\s+- id: INC-2026-002\n\s+title: Answered with another customer's order\n\s+detected: 2026-05-31\n\s+severity: widespread\n\s+reported: null\n\s+authority: null\n\s+status: open/);
    const list = await c.request<ListComponentsResult>('aigov/listComponents', {});
    const inc = list.folders[0]!.registries[0]!.components.find((x) => x.id === 'chat-bot')!.incidents[0]!;
    assert.deepEqual([inc.id, inc.deadline, inc.daysLeft], ['INC-2026-002', '2026-06-02', 1]);
  });

  it('refuses what the editor should have caught: an unknown severity, a date that is not YYYY-MM-DD, a missing title', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const reg = await c.open('.aigov.yaml', 'yaml');
    const before = c.textOf(reg);
    const ask = (args: object) => c.request<RecordIncidentResult>('workspace/executeCommand', { command: 'aigov.server.recordIncident', arguments: [{ registryUri: reg, componentId: 'chat-bot', title: 't', severity: 'serious', detected: '2026-05-31', ...args }] });
    assert.match((await ask({ severity: 'bad' })).error ?? '', /unknown severity/);
    assert.match((await ask({ detected: '31.5.2026' })).error ?? '', /YYYY-MM-DD/);
    assert.match((await ask({ title: ' ' })).error ?? '', /title/);
    assert.match((await ask({ componentId: 'nope' })).error ?? '', /no component 'nope'/);
    assert.equal(c.textOf(reg), before);
  });

  it('marks an incident reported with the date and authority given', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const reg = await c.open('.aigov.yaml', 'yaml');
    const r = await c.request<MarkReportedResult>('workspace/executeCommand', {
      command: 'aigov.server.markIncidentReported',
      arguments: [{ registryUri: reg, componentId: 'fraud-scorer', incidentId: 'INC-2026-001', reported: '2026-05-30', authority: 'Market surveillance authority, ref. MS-42' }],
    });
    assert.deepEqual(r, { ok: true });
    assert.match(c.textOf(reg), /- id: INC-2026-001\n(?:\s+\w+: .*\n)*?\s+reported: 2026-05-30\n/);
    assert.match(c.textOf(reg), /authority: Market surveillance authority, ref\. MS-42/);
    const wrong = await c.request<MarkReportedResult>('workspace/executeCommand', {
      command: 'aigov.server.markIncidentReported',
      arguments: [{ registryUri: reg, componentId: 'fraud-scorer', incidentId: 'INC-9', reported: '2026-05-30' }],
    });
    assert.equal(wrong.ok, false);
  });
});
