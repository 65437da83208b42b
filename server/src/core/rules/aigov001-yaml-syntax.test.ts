import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { ParsedRegistry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';

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
    assert.match(f!.message, /^YAML syntax error: Unexpected flow-seq-end token in YAML stream: "\]"\. The parser reports \d+ more errors after this one, most likely caused by it; fix this one first\. Until the file parses, its components are not checked, and AI use in the files it governs is not reported/);
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
    assert.match(f?.message ?? '', /^YAML syntax error: The YAML expands too far: .*plus 10,000\)\. Until the file parses, its components are not checked, and AI use in the files it governs is not reported/);
  });
});

describe('AIGOV001: the coverage of the files a broken registry governs', () => {
  const GOOD = `version: 1
detection: { ignore: ["vendor/**"] }
components:
  - id: chatbot
    name: Support bot
    kind: llm-app
    owner: team@example.com
    paths: ["svc/**"]
    upstream_models: [{ provider: openai, name: gpt-4o }]
`;
  const BROKEN = GOOD.replace('name: Support bot', 'name: "Support bot');
  const FILES = {
    '.aigov.yaml': BROKEN,
    'svc/bot.py': 'import openai\n',
    'svc/model.onnx': 'ONNX',
    'vendor/lib.py': 'import anthropic\n',
    'tools/agent.py': '# @aigov chatbot\nimport torch\n',
    'tools/ghost.py': '# @aigov ghost\nimport torch\n',
    'tools/loose.py': 'import openai\n',
    // Governed by a registry that parses: its findings stand.
    'sub/.aigov.yaml': 'version: 1\ncomponents: []\n',
    'sub/x.py': 'import cohere\n',
  };
  const codes = (e: Engine) =>
    e
      .findings()
      .filter((f) => /^AIGOV(001|201|30\d)$/.test(f.code))
      .map((f) => `${f.file} ${f.code}`);

  it('without a last good parse (the CLI): holds back AIGOV301/302 under it and says so, keeps them where a parsing registry governs', async () => {
    const e = new Engine(new InMemoryWorkspace(FILES), { today: '2026-11-25' });
    await e.indexAll();
    assert.deepEqual(codes(e), ['.aigov.yaml AIGOV001', 'sub/x.py AIGOV301']);
    const f = e.findings().find((x) => x.code === 'AIGOV001')!;
    assert.equal(f.data?.coverage, 'held-back');
    assert.match(f.message, /AI use in the files it governs is not reported \(AIGOV301–304\), since which component covers them is unknown\.$/);
  });

  it('an annotation naming an id no parsing registry declares is held back too, wherever the file is', async () => {
    const e = new Engine(new InMemoryWorkspace({ ...FILES, 'sub/named.py': '# @aigov chatbot\nimport openai\n' }), { today: '2026-11-25' });
    await e.indexAll();
    assert.ok(!codes(e).includes('sub/named.py AIGOV301'), codes(e).join('\n'));
  });

  it('with a last good parse (the editor): the files keep its coverage, detection settings and rules; uncovered AI use is still reported', async () => {
    const good = new ParsedRegistry(new SourceFile('.aigov.yaml', GOOD));
    const e = new Engine(new InMemoryWorkspace(FILES), { today: '2026-11-25', lastGood: (p) => (p === '.aigov.yaml' ? good : undefined) });
    await e.indexAll();
    assert.deepEqual(codes(e), ['.aigov.yaml AIGOV001', 'sub/x.py AIGOV301', 'tools/ghost.py AIGOV301', 'tools/loose.py AIGOV301']);
    const f = e.findings().find((x) => x.code === 'AIGOV001')!;
    assert.equal(f.data?.coverage, 'last-good');
    assert.match(f.message, /the files it governs keep the coverage of its last parse without errors\.$/);
  });

  it('a registry that parses is its own coverage: no stand-in is used', async () => {
    const other = new ParsedRegistry(new SourceFile('.aigov.yaml', GOOD.replace('svc/**', 'nothing/**')));
    const e = new Engine(new InMemoryWorkspace({ ...FILES, '.aigov.yaml': GOOD }), { today: '2026-11-25', lastGood: () => other });
    await e.indexAll();
    assert.deepEqual(codes(e), ['sub/x.py AIGOV301', 'tools/ghost.py AIGOV201', 'tools/ghost.py AIGOV301', 'tools/loose.py AIGOV301']);
  });
});
