import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The committed mutation results and the pages that explain their survivors stay in step: a run
 * that leaves a new survivor fails here until its page says why it is left (docs/testing.md).
 */

const ROOT = path.resolve(__dirname, '..');

type Pages = { unnamedSurvivors(root: string): string[]; PAGES: Record<string, string> };
const pages = (): Promise<Pages> => import(path.join(ROOT, 'scripts', 'mutation-pages.mjs')) as Promise<Pages>;

describe('mutation survivors and their pages', () => {
  it('names every surviving or uncovered mutant of the committed results on its page', async () => {
    assert.deepEqual((await pages()).unnamedSurvivors(ROOT), []);
  });

  it('reports a survivor its page does not name, or names only among the kills', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'aigov-mutation-pages-'));
    try {
      mkdirSync(path.join(root, 'test', 'mutation'), { recursive: true });
      mkdirSync(path.join(root, 'docs', 'mutation'), { recursive: true });
      const mutant = (line: number, column: number, status: string) => ({ status, mutatorName: 'ConditionalExpression', location: { start: { line, column }, end: { line, column: column + 1 } } });
      const results = { files: { 'server/src/core/x.ts': { mutants: [mutant(3, 12, 'Survived'), mutant(4, 2, 'NoCoverage'), mutant(5, 7, 'Survived'), mutant(6, 1, 'Killed'), mutant(7, 9, 'Survived')] } } };
      writeFileSync(path.join(root, 'test', 'mutation', 'engine.json'), JSON.stringify(results));
      const page = ['# x', '', '- Equivalent: `i <= n` at 3:12, and 4:2 (no coverage).', '- Killed since: 5:7, by a test.', '- Accepted: x.ts:17:9 and 113:12.', ''].join('\n');
      writeFileSync(path.join(root, 'docs', 'mutation', (await pages()).PAGES.engine!), page);
      assert.deepEqual((await pages()).unnamedSurvivors(root), ['engine engine.md server/src/core/x.ts:5:7 ConditionalExpression', 'engine engine.md server/src/core/x.ts:7:9 ConditionalExpression']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
