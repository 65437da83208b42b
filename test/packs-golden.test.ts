import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { buildBom } from '../server/src/core/bom/cyclonedx.js';
import { renderMarkdown } from '../server/src/core/report/markdown.js';
import { buildReport } from '../server/src/core/report/model.js';
import { engineFor, FIXTURES, TODAY } from './support/workspace.js';

/**
 * Golden workspaces of the framework packs (test-fixtures/workspaces/frameworks-*): the findings
 * over the real file system with the date fixed, in the `path:L:C-L:C CODE severity message`
 * format, plus the markdown report and the AI-BOM. AIGOV_UPDATE_GOLDENS=1 rewrites them.
 */

const WORKSPACES = path.join(FIXTURES, 'workspaces');
const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

async function golden(file: string, actual: string): Promise<void> {
  if (UPDATE || !existsSync(file)) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, actual);
    if (!UPDATE) assert.fail(`wrote ${path.relative(FIXTURES, file)}; check it and run again`);
    return;
  }
  assert.equal(actual, await fs.readFile(file, 'utf8'), `${path.relative(FIXTURES, file)} (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
}

const names = existsSync(WORKSPACES) ? readdirSync(WORKSPACES).filter((n) => n.startsWith('frameworks-')).sort() : [];

describe('framework golden workspaces', function () {
  this.timeout(60_000);
  for (const name of names) {
    const root = path.join(WORKSPACES, name);
    describe(name, () => {
      it('findings match expected/findings.txt', async () => {
        const engine = await engineFor(root);
        const text = engine
          .findings()
          .map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code} ${f.severity} ${f.message}`)
          .join('\n');
        await golden(path.join(root, 'expected', 'findings.txt'), text ? `${text}\n` : '');
      });

      it('the markdown report matches expected/report.md', async () => {
        const engine = await engineFor(root);
        const md = renderMarkdown(buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today: TODAY, workspace: name, generator: 'aigov (test)' }));
        await golden(path.join(root, 'expected', 'report.md'), md);
      });

      it('the AI-BOM matches expected/bom.cdx.json', async () => {
        const engine = await engineFor(root);
        const bom = buildBom({ model: engine.model, today: TODAY, workspace: name, toolVersion: '0.0.0-test' });
        await golden(path.join(root, 'expected', 'bom.cdx.json'), `${JSON.stringify(bom, null, 2)}\n`);
      });
    });
  }

  it('a workspace declaring jp-ai-guidelines and eu-ai-act with a high-risk EU component gets the cited findings', async () => {
    const engine = await engineFor(path.join(WORKSPACES, 'frameworks-eu-jp'));
    const fs = engine.findings();
    const codes = new Set(fs.map((f) => f.code));
    for (const code of ['AIGOV401', 'AIGOV519', 'AIGOV524', 'AIGOV526', 'AIGOV532', 'AIGOV533', 'AIGOV535', 'AIGOV536', 'AIGOV539', 'AIGOV601']) assert.ok(codes.has(code), code);
    const hr = fs.filter((f) => f.code.startsWith('AIGOV5') && f.data?.id === 'credit-scorer');
    for (const f of hr) assert.ok(f.citation?.framework && f.citation.article, `${f.code} carries its citation`);
    // Before the high-risk date (2027-12-02) Art 73 does not bind yet: a passed limit is good practice, a readiness note.
    const overdue = fs.find((f) => f.code === 'AIGOV401' && f.data?.incidentId === 'INC-2026-008');
    assert.equal(overdue?.severity, 'info');
    assert.match(overdue?.message ?? '', /^Good practice: /);
    for (const f of hr.filter((x) => x.code >= 'AIGOV520' && x.code <= 'AIGOV545')) assert.equal(f.severity, 'info', `${f.code} is readiness before 2027-12-02`);
  });
});
