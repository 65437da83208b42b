/**
 * The report writers on registries with arbitrary strings in every field: the Markdown, HTML
 * and JUnit outputs stay well-formed, show no raw control character and link nowhere but to
 * relative paths and web pages.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse as parseHtml } from 'parse5';
import { stringify } from 'yaml';
import { formatJunit } from '../../server/src/cli/reporters/junit.js';
import { formatText } from '../../server/src/cli/reporters/text.js';
import { collect } from '../../server/src/cli/results.js';
import { Engine } from '../../server/src/core/engine.js';
import { renderHtml } from '../../server/src/core/report/html.js';
import { renderMarkdown } from '../../server/src/core/report/markdown.js';
import { buildReport } from '../../server/src/core/report/model.js';
import { isActiveLink, markdownLinks, permissiveMarkdown, rawControls, xmlErrors } from '../support/outputs.js';
import { check, fuzzTimeout, MemoryWorkspace } from './support.js';

/** Any string: arbitrary code units (control characters, lone surrogates), or markup and link tricks. */
const s = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.constantFrom('`', '``', '|', '\\', '<', '>', '&', '"', "'", '[', ']', '(', ')', '#', '*', '_', '~', '!', '\n', '\r', '\t', '\u001b[31m', '\u0000', '\u0085', '\u2028', '\u202e', 'javascript:', 'data:text/html,', 'JaVaScRiPt:', 'http://x', '//evil', '<script>', '<img src=x onerror=alert(1)>', '-->', ']]>', '&#0;', 'docs/a.md', '../x', 'a', ' '), { maxLength: 12 })
    .map((a) => a.join('')),
);
const date = fc.oneof(fc.constantFrom('2026-01-01', '2026-11-20', '2027-03-01'), s);

const component = fc.record({
  id: fc.constantFrom('bot', 'scorer', 'a-b-1'),
  name: s,
  kind: fc.oneof(fc.constantFrom('model', 'llm-app', 'agent', 'dataset', 'api-integration'), s),
  owner: s,
  roles: fc.array(fc.oneof(fc.constantFrom('provider', 'deployer'), s), { maxLength: 2 }),
  jurisdictions: fc.array(fc.oneof(fc.constantFrom('eu', 'jp'), s), { maxLength: 2 }),
  intended_purpose: s,
  paths: fc.array(s, { maxLength: 2 }),
  risk: fc.record({ level: fc.oneof(fc.constantFrom('high', 'limited', 'minimal'), s), basis: s, assessment: fc.record({ path: s, date, next_review: date }) }),
  impact_assessment: fc.record({ path: s, date }),
  contacts: fc.record({ incident: s, escalation: s }),
  registrations: fc.array(fc.record({ registry: s, id: s, date, status: s }), { maxLength: 2 }),
  model: fc.record({ provider: s, name: s, version: s, card: s }),
  upstream_models: fc.array(fc.record({ provider: s, name: s, license: s }), { maxLength: 2 }),
  data: fc.record({ sources: fc.array(s, { maxLength: 2 }), personal_data: fc.boolean(), bias_review: s }),
  human_oversight: fc.record({ assignee: s, stop_mechanism: s }),
  monitoring: fc.record({ plan: s }),
  transparency: fc.record({ user_notice: s }),
  incidents: fc.array(fc.record({ id: s, title: s, detected: date, severity: fc.oneof(fc.constantFrom('serious', 'minor'), s), reported: fc.option(date, { nil: null }), status: fc.oneof(fc.constant('open'), s) }), { maxLength: 2 }),
  [`x-${'note'}`]: s,
});

const registry = fc.record({
  organization: fc.record({ name: s, contacts: fc.record({ incident: s }) }),
  frameworks: fc.array(fc.oneof(fc.constantFrom('eu-ai-act', 'jp-ai-guidelines', 'nist-ai-rmf'), s), { maxLength: 3 }),
  components: fc.array(component, { minLength: 1, maxLength: 2 }),
  folder: s,
});

/** Table lines (from `|` to `|`) of one table have the same number of cell separators. */
function assertTablesIntact(md: string): void {
  let expected: number | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('| ')) {
      expected = undefined;
      continue;
    }
    // Unescaped pipes: a backslash escapes the next character.
    let pipes = 0;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '|') pipes++;
    }
    expected ??= pipes;
    assert.equal(pipes, expected, `a table row was broken: ${JSON.stringify(line)}`);
  }
}

const HTML_TAGS = new Set(['html', 'head', 'body', 'meta', 'title', 'style', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'strong', 'code', 'span', 'section', 'div', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'ul', 'li']);
const HTML_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'id', 'href']);

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
}

function assertHtmlSafe(html: string): void {
  const errors: string[] = [];
  const doc = parseHtml(html, { onParseError: (e) => void errors.push(e.code) }) as unknown as HtmlNode;
  assert.deepEqual(errors, [], 'the HTML parses without an error');
  const walk = (n: HtmlNode): void => {
    if (n.tagName) {
      assert.ok(HTML_TAGS.has(n.tagName), `unexpected element <${n.tagName}>`);
      for (const a of n.attrs ?? []) {
        assert.ok(HTML_ATTRIBUTES.has(a.name), `unexpected attribute ${a.name}`);
        if (a.name === 'href') assert.ok(!isActiveLink(a.value) && !a.value.startsWith('//'), `active link ${a.value}`);
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(doc);
}

describe('fuzz: report writers', function () {
  fuzzTimeout(this);

  it('Markdown, HTML, JUnit and text outputs stay well-formed with arbitrary strings in every registry field', async () =>
    check(
      fc.asyncProperty(registry, async ({ folder, ...reg }) => {
        const files = new Map<string, string>([['.aigov.yaml', stringify({ version: 1, ...reg })], ['docs/a.md', '# a\n']]);
        const engine = new Engine(new MemoryWorkspace(files), { today: '2026-11-25' });
        await engine.indexAll();
        const data = buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today: engine.today, workspace: folder, generator: 'aigov test' });

        const md = renderMarkdown(data);
        assert.deepEqual(rawControls(md), [], 'no raw control character in Markdown');
        const { hrefs, html } = markdownLinks(permissiveMarkdown(), md);
        assert.deepEqual(hrefs.filter((h) => isActiveLink(h) || h.startsWith('//')), [], 'no active link');
        assert.deepEqual(html.filter((h) => !/^(?:<a id="component-[a-z0-9-]+">|<\/a>)$/.test(h.trim())), [], 'no raw HTML but the anchors');
        assertTablesIntact(md);

        assertHtmlSafe(renderHtml(data));

        const run = { findings: await collect(engine, ''), rules: engine.allRules, roots: ['/ws'], skipped: [], today: engine.today };
        assert.deepEqual(xmlErrors(formatJunit(run)), [], 'JUnit is well-formed XML');
        const text = formatText(run, { color: false, baseline: false });
        assert.deepEqual(rawControls(text), [], 'no raw control character in text');
        assert.equal(text.split('\n').filter((l) => /^\d+ findings? \(/.test(l)).length, 1, 'one summary line');
      }),
      0.3,
    ));
});
