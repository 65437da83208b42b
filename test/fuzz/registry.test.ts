import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Engine } from '../../server/src/core/engine.js';
import { formatMessage } from '../../server/src/core/i18n/format.js';
import { ParsedRegistry } from '../../server/src/core/manifest/registry.js';
import { SourceFile } from '../../server/src/core/text/source-file.js';
import { anyText, assertRangeInside, check, fuzzTimeout, MemoryWorkspace, recordingLogger } from './support.js';
import { mutate, mutation, plainKey, REGISTRY_KEYS, render, yamlDoc } from './yaml-gen.js';

/** Registry-shaped documents: schema keys mostly, some unknown ones. */
const registryKeys = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...REGISTRY_KEYS) }, { weight: 1, arbitrary: plainKey });
const registryDoc = yamlDoc(registryKeys, 5).map((m) => render(m));

/** Hand-written shapes around the real schema, so that deep validation paths run too. */
const plausibleRegistry = fc
  .record({
    ids: fc.array(fc.oneof(fc.constantFrom('fraud-scorer', 'chat-bot', 'Not Kebab', 'a', ''), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/)), { maxLength: 6 }),
    level: fc.constantFrom('high', 'limited', 'minimal', 'prohibited', 'unassessed', 'hgh', '1', '[]'),
    date: fc.constantFrom('2026-01-01', '2026-02-30', 'yesterday', '2026-1-1', '0000-00-00', '9999-12-31', '"2026-03-01"'),
    doc: fc.constantFrom('docs/r.md', '../outside.md', '/etc/passwd', 'C:\\x.md', 'https://example.com/x', '', '.', '..', 'a/../../b'),
    glob: fc.constantFrom('src/**', '**', '[', '{a,b', '!x', '../x/**', '/abs/**', '***', '\\\\', 'a/**/b/**/c/**'),
    frameworks: fc.constantFrom('[eu-ai-act]', '[jp-ai-guidelines, eu-ai-act, nist-ai-rmf, iso-42001, kr-ai-basic-act, us-co-adm, cn-labeling, jp-ai-promotion-act]', '[nope]', 'eu-ai-act', '[]'),
    policy: fc.constantFrom('', 'policy:\n  review_interval_days: 30\n  require:\n    - when: { risk.level: high }\n      fields: [human_oversight.assignee, nope.field]\n', 'policy: 3\n'),
  })
  .map(
    (r) =>
      `version: 1\nframeworks: ${r.frameworks}\n${r.policy}components:\n` +
      r.ids
        .map(
          (id) =>
            `  - id: ${id || '""'}\n    kind: llm-app\n    owner: someone@example.com\n    paths: ["${r.glob.replace(/"/g, '\\"').replace(/\\/g, '\\\\')}"]\n    risk:\n      level: ${r.level}\n      assessment: { path: "${r.doc.replace(/\\/g, '\\\\')}", date: ${r.date}, next_review: ${r.date} }\n    incidents:\n      - { id: INC-1, title: t, detected: ${r.date}, severity: death, status: open, reported: null }\n    contacts: { incident: "not-an-email" }`,
        )
        .join('\n') +
      '\n',
  );

function assertSane(text: string): ParsedRegistry {
  const r = new ParsedRegistry(new SourceFile('sub/.aigov.yaml', text));
  for (const p of [...r.syntaxErrors, ...r.schemaProblems]) {
    const message = 'messageId' in p ? formatMessage(p, 'en') : p.message;
    assert.equal(typeof message, 'string');
    assert.ok(message.length > 0, 'a problem says what is wrong');
    assertRangeInside(p.range, text, `problem '${message}'`);
  }
  for (const c of r.components) {
    assert.equal(typeof c.id, 'string');
    assertRangeInside(c.idRange, text, `id range of ${c.id}`);
    assertRangeInside(c.range, text, `range of ${c.id}`);
  }
  // Lookups on paths that may or may not exist.
  for (const path of [['components', 0, 'risk', 'level'], ['organization', 'contacts', 'incident'], ['components', 99], [], ['x', 0, 'y']] as (string | number)[][]) {
    assertRangeInside(r.locate(path), text, `locate ${path.join('.')}`);
    assert.equal(typeof r.has(path), 'boolean');
  }
  return r;
}

describe('fuzz: registry parser', function () {
  fuzzTimeout(this);

  it('never throws on arbitrary text, and every range it reports is inside the file', () => check(fc.property(anyText, (t) => void assertSane(t)), 3));

  it('never throws on YAML-shaped documents, whole or damaged, and prints no warnings', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      await check(
        fc.property(registryDoc, mutation, fc.constantFrom('', '? {a: 1}\n: b\n', '? [x]\n: y\n'), (doc, muts, complexKey) => {
          assertSane(doc);
          assertSane(mutate(doc, muts));
          assertSane(complexKey + doc);
        }),
        2,
      );
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, [], 'bad input becomes findings, not process warnings on stderr');
  });

  it('handles registry-shaped documents with odd values', () =>
    check(
      fc.property(plausibleRegistry, mutation, (doc, muts) => {
        const r = assertSane(doc);
        assert.equal(r.syntaxErrors.length, 0, r.syntaxErrors[0]?.message);
        assertSane(mutate(doc, muts));
      }),
      1,
    ));

  it('stops alias expansion (billion laughs) with a syntax problem, not a hang', () =>
    check(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 3, max: 9 }), (levels, fan) => {
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: fan }, () => `*a${i - 1}`).join(', ')}]`);
        const text = `version: 1\n${lines.join('\n')}\ncomponents: []\n`;
        const start = Date.now();
        const r = assertSane(text);
        assert.ok(Date.now() - start < 5000, 'alias expansion is bounded');
        // Values the aliases repeat: level i repeats `fan` times the whole of level i - 1.
        let size = 10;
        let repeated = 0;
        for (let i = 1; i <= levels; i++) {
          repeated += fan * size;
          size = 1 + fan * size;
        }
        const refused = r.syntaxErrors.some((e) => e.data?.yamlCode === 'ALIAS_LIMIT');
        if (repeated > 1_000_000) assert.ok(refused, 'a large expansion is refused');
        if (repeated < 10_000) assert.ok(!refused, 'a small one is allowed');
      }),
      0.2,
    ));
});

describe('fuzz: engine over random registries and sources', function () {
  fuzzTimeout(this);

  it('indexes, reports and offers fixes without throwing or logging an error', async () =>
    check(
      fc.asyncProperty(fc.oneof(registryDoc, plausibleRegistry), fc.oneof(registryDoc, plausibleRegistry, anyText), anyText, fc.constantFrom('py', 'ts', 'go', 'md', 'ipynb', 'txt'), async (rootDoc, subDoc, src, ext) => {
        const files = new Map<string, string>([
          ['.aigov.yaml', rootDoc],
          ['sub/.aigov.yml', subDoc],
          [`sub/src/main.${ext}`, `# @aigov fraud-scorer\n// @aigov-ignore AIGOV301\n${src}\nimport openai\n`],
          ['docs/r.md', '# risk\n'],
        ]);
        const logger = recordingLogger();
        const engine = new Engine(new MemoryWorkspace(files), { today: '2026-11-25', logger });
        await engine.indexAll();
        const findings = engine.findings();
        for (const f of findings) {
          const text = files.get(f.file);
          if (text !== undefined) assertRangeInside(f.range, text, `${f.code} in ${f.file}`);
          engine.fixesFor(f);
        }
        assert.deepEqual(logger.errors, []);
      }),
      0.25,
    ));
});
