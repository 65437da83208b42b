import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { ListComponentsResult } from '../../server/src/protocol/methods';
import { copyFixture, REPO, TestClient, TODAY } from './harness';

describe('lsp: the pinned date (--today, AIGOV_TODAY)', () => {
  let client: TestClient | undefined;
  afterEach(async () => client?.dispose());

  it('a server given a date that is not YYYY-MM-DD does not start: exit 2, the reason on stderr', () => {
    const server = path.join(REPO, 'dist', 'server.js');
    const bad = spawnSync(process.execPath, [server, '--stdio', '--today', '2026-02-30'], { encoding: 'utf8', input: '', env: { ...process.env, AIGOV_TODAY: '' }, timeout: 20_000 });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--today must be a date written YYYY-MM-DD, got '2026-02-30'/);
    const env = spawnSync(process.execPath, [server, '--stdio'], { encoding: 'utf8', input: '', env: { ...process.env, AIGOV_TODAY: 'tomorrow' }, timeout: 20_000 });
    assert.equal(env.status, 2);
    assert.match(env.stderr, /got 'tomorrow'/);
  });

  it('aigov lsp with a bad date is a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'lsp', '--stdio', '--today=2026-13-01'], { encoding: 'utf8', input: '', env: { ...process.env, AIGOV_TODAY: '' }, timeout: 20_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--today must be a date written YYYY-MM-DD, got '2026-13-01'/);
  });

  it('a tree request about no folder answers the pinned date, as an engine would', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { via: 'cli' });
    const r = await client.request<ListComponentsResult>('aigov/listComponents', { folderUri: 'file:///no/such/folder' });
    assert.deepEqual(r, { today: TODAY, folders: [] });
  });
});
