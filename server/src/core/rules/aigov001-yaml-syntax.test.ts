import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

const REGISTRY = `version: 1
frameworks: [eu-ai-act]
policy:
  review_interval_days: 365
components:
  - id: chatbot
    name: Support bot
    kind: llm-app
    owner: team@example.com
  - id: scorer
    name: Scorer
`;

async function findings(text: string) {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': text }), { today: '2026-11-25' });
  await e.indexAll();
  return e.findings().filter((f) => f.code === 'AIGOV001');
}

describe('AIGOV001 yaml-syntax', () => {
  it('reports one stray bracket once, at the bracket, with the count of the errors after it', async () => {
    const broken = REGISTRY.replace('frameworks: [eu-ai-act]', 'frameworks: [eu-ai-act]]');
    const fs = await findings(broken);
    assert.equal(fs.length, 1);
    const [f] = fs;
    assert.deepEqual(f!.range.start, { line: 1, character: 23 });
    assert.match(f!.message, /^YAML syntax error: Unexpected flow-seq-end token in YAML stream: "\]"\. The parser reports \d+ more errors after this one, most likely caused by it; fix this one first\. Until the file parses, its components are not checked\.$/);
    const more = f!.data?.more;
    assert.ok(typeof more === 'number' && more > 10, `counted ${String(more)} errors after the first`);
  });

  it('says nothing about more errors when there is only one', async () => {
    const [f, ...rest] = await findings(REGISTRY.replace('    kind: llm-app\n', '    kind: llm-app\n    kind: agent\n'));
    assert.equal(rest.length, 0);
    assert.equal(f!.data?.more, 0);
    assert.doesNotMatch(f!.message, /more error/);
  });

  it('a second YAML document is explained in the registry\'s terms, at its `---`, not with the parser\'s API hint', async () => {
    const [f, ...rest] = await findings(`${REGISTRY}---\nversion: 1\ncomponents: []\n`);
    assert.equal(rest.length, 0);
    assert.deepEqual(f!.range.start, { line: 11, character: 0 }, 'at the --- that starts it');
    assert.equal(f!.data?.yamlCode, 'MULTIPLE_DOCS');
    assert.match(f!.message, /^YAML syntax error: the file holds a second YAML document from this `---` on\. A registry is one document: put every component in its one `components` list, or a separate part of the repository in the \.aigov\.yaml of its own folder\. Until the file parses/);
    assert.doesNotMatch(f!.message, /parseAllDocuments/);
    // A `---` before the one document is not a second one.
    assert.deepEqual(await findings(`---\n${REGISTRY}`), []);
  });

  it('is quiet on a registry that parses', async () => {
    assert.deepEqual(await findings(REGISTRY), []);
  });

  it('a message that ends with a full stop does not get a second one', async () => {
    // Aliases that expand beyond the limit: the model's message ends with "10,000).".
    const bomb = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) => `${'bcdefg'[i]}: &${'bcdefg'[i]} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`), ''].join('\n');
    const [f, ...rest] = await findings(bomb);
    assert.equal(rest.length, 0);
    assert.equal(f?.data?.yamlCode, 'ALIAS_LIMIT');
    assert.match(f?.message ?? '', /^YAML syntax error: The YAML expands too far: .*plus 10,000\)\. Until the file parses, its components are not checked\.$/);
  });
});

