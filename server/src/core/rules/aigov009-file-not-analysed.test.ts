import { strict as assert } from 'node:assert';
import type { SkippedFile } from '../workspace.js';
import { aigov009 } from './aigov009-file-not-analysed.js';
import type { Report, SourceRuleContext } from './types.js';

/** What AIGOV009 reports for one file skipped for `reason`: message id, shown path, data. */
function reportsFor(path: string, reason: SkippedFile['reason']): string[] {
  const out: string[] = [];
  const ctx = {
    facts: { path, kind: 'source', annotations: { tags: [], malformed: [] }, detections: [], skipped: reason },
    report: (r: Report) => out.push(`${r.file}:${r.range.start.line}:${r.range.start.character} ${r.messageId} ${JSON.stringify(r.args)} ${JSON.stringify(r.data)}`),
  } as unknown as SourceRuleContext;
  aigov009.check(ctx);
  return out;
}

describe('AIGOV009 file-not-analysed', () => {
  it('a name that is not UTF-8 and an unreadable file each get their own message, on line 1 of the file', () => {
    assert.deepEqual(reportsFor('src/legacy.py', 'name-not-utf8'), ['src/legacy.py:0:0 AIGOV009.nameNotUtf8 {"path":"src/legacy.py"} {"reason":"name-not-utf8"}']);
    assert.deepEqual(reportsFor('src/locked.py', 'unreadable'), ['src/locked.py:0:0 AIGOV009.unreadable {"path":"src/locked.py"} {"reason":"unreadable"}']);
  });

  it('the other skips are only counted, and an unreadable registry is left to AIGOV008', () => {
    for (const reason of ['binary', 'too-large', 'not-utf8', 'symlink-loop', 'outside-workspace', 'not-a-file'] as const) {
      assert.deepEqual(reportsFor('src/x.py', reason), [], reason);
    }
    assert.deepEqual(reportsFor('team/.aigov.yaml', 'unreadable'), []);
  });
});
