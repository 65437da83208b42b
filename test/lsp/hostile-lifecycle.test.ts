import assert from 'node:assert/strict';
import { copyFixture, TestClient } from './harness';

describe('lsp: hostile lifecycle', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('a second initialize is refused with InvalidRequest and changes nothing', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const again = c.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: c.uri('src'), name: 'src' }] });
    await assert.rejects(again, (err: { code?: number; message?: string }) => {
      assert.equal(err.code, -32600);
      assert.match(err.message ?? '', /only be sent once/);
      return true;
    });
    // The first session goes on: the same folder, answering requests, no second set of features.
    const r = await c.request<{ folders: { uri: string }[] }>('aigov/listComponents', {});
    assert.deepEqual(r.folders.map((f) => f.uri), [c.uri('')]);
    const uri = await c.open('src/legacy.ts', 'typescript');
    assert.ok((await c.pullItems(uri)).length > 0);
    assert.equal(c.child.exitCode, null);
  });
});
