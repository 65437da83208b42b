/**
 * Hostile registry values in the human-facing outputs: terminal text, Markdown and HTML reports,
 * JUnit XML. Control characters are shown as escapes, never passed raw; a report links only to
 * relative paths and http(s); code spans cannot be closed from inside; XML stays well-formed.
 */
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runCli } from './support/cli.js';
import { isActiveLink, markdownLinks, permissiveMarkdown, rawControls, xmlErrors } from './support/outputs.js';
import { removeTrees, tree } from './support/temp-tree.js';

const TODAY = '2026-11-25';

// A control sequence that retitles a terminal, one that clears the screen, a forged summary line.
const ESC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const FORGED = '\n0 findings (0 errors, 0 warnings, 0 info)\n';

describe('hostile: user text in human-facing outputs', function () {
  this.timeout(120_000);
  after(removeTrees);

  it('text output shows control characters from registry values and file names as escapes; no line is forged', async () => {
    const key = JSON.stringify(`x${ESC_TITLE}${CLEAR}${FORGED}\u202e\u0085\u009b31m`);
    const dir = await tree({
      '.aigov.yaml': `version: 1\ncomponents:\n  - id: bot\n    owner: t@example.com\n    ${key}: 1\n`,
      [`src/a${CLEAR}\r.py`]: '# @aigov no-such-component\n',
    });
    const r = await runCli(['check', '.', '--format', 'text', '--no-color', '--fail-on', 'never', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rawControls(r.stdout), [], 'no raw control character');
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.filter((l) => /^\d+ findings? \(/.test(l)).length, 1, `one summary line:\n${r.stdout}`);
    assert.match(lines[lines.length - 1]!, /^\d+ findings? \(/, 'the summary is the last line');
    assert.ok(r.stdout.includes('\\x1b]0;pwned\\x07'), 'the sequence is shown, escaped');
    assert.ok(r.stdout.includes('\\n0 findings (0 errors'), 'the forged line is shown inside its finding');
    assert.ok(r.stdout.includes('src/a\\x1b[2J\\x1b[H\\r.py:1:'), 'the file name is shown escaped');
  });

  it('Markdown and HTML reports: control characters are escaped in titles, names and cells', async () => {
    const dir = await tree({
      'ws/.aigov.yaml': `version: 1\ncomponents:\n  - id: bot\n    name: ${JSON.stringify(`Bot${ESC_TITLE}${FORGED}`)}\n    owner: ${JSON.stringify(`o${CLEAR}@example.com`)}\n    risk: { level: minimal }\n`,
    });
    const ws = path.join(dir, 'ws');
    const md = await runCli(['report', '.', '--today', TODAY], ws);
    assert.equal(md.code, 0, md.stderr);
    assert.deepEqual(rawControls(md.stdout), []);
    assert.ok(md.stdout.includes('Bot\\\\x1b\\]0;pwned\\\\x07'), 'escaped, with markdown-escaped backslashes');
    const odd = path.join(dir, `w${ESC_TITLE}\nx`);
    await fs.rename(ws, odd);
    const html = await runCli(['report', '.', '--format', 'html', '--today', TODAY], odd);
    assert.equal(html.code, 0, html.stderr);
    assert.deepEqual(rawControls(html.stdout), []);
    assert.match(html.stdout, /<title>AI governance report: w\\x1b\]0;pwned\\x07\\nx<\/title>/);
  });

  it('the Markdown report links only to relative paths and web pages, and code spans cannot be closed from inside', async () => {
    const folder = 'a``<img src=x onerror=alert(1)>``b';
    const dir = await tree({
      '.aigov.yaml': [
        'version: 1',
        'components:',
        '  - id: bot',
        '    owner: t@example.com',
        '    risk:',
        '      level: high',
        '      assessment: { path: "javascript:alert(document.domain)", date: 2026-01-01 }',
        '    impact_assessment: { path: "data:text/html,<script>alert(1)</script>" }',
        '    model: { card: "JavaScript:alert(2)" }',
        '    monitoring: { plan: "vbscript:msgbox" }',
        '',
      ].join('\n'),
      [`${folder}/.aigov.yaml`]: 'version: 1\ncomponents:\n  - id: other\n    owner: t@example.com\n',
    });
    const r = await runCli(['report', '.', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    const { hrefs, html } = markdownLinks(permissiveMarkdown(), r.stdout);
    assert.deepEqual(html.filter((h) => !/^(?:<a id="component-[a-z0-9-]+">|<\/a>)$/.test(h.trim())), [], 'no raw HTML but the anchors');
    assert.ok(hrefs.length >= 4, JSON.stringify(hrefs));
    assert.deepEqual(hrefs.filter(isActiveLink), [], JSON.stringify(hrefs));
    assert.ok(hrefs.includes('./javascript:alert%28document.domain%29'), JSON.stringify(hrefs));
    assert.ok(r.stdout.includes(`\`\`\` ${folder}/.aigov.yaml \`\`\``), 'the fence is longer than the backtick runs inside');
  });

  it('JUnit output stays well-formed XML with characters XML 1.0 forbids in values', async () => {
    const dir = await tree({
      '.aigov.yaml': `version: 1\ncomponents:\n  - id: bot\n    owner: t@example.com\n    ${JSON.stringify('k\u0001\u000b\u001b\u0000\ud800\ufffe"<&>')}: 1\n`,
      'src/b\u0001.py': '# @aigov no-such\n',
    });
    const r = await runCli(['check', '.', '--format', 'junit', '--fail-on', 'never', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(xmlErrors(r.stdout), []);
    assert.ok(r.stdout.includes('k\\x01\\x0b\\x1b\\x00\\ud800'), 'shown as escapes');
  });
});
