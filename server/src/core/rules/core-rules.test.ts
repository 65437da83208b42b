import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import type { FileStat } from '../workspace.js';

/** Findings of `code` in a workspace held in memory: `file line:col message data`. */
async function findings(code: string, files: Record<string, string>): Promise<string[]> {
  const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === code)
    .map((f) => `${f.file} ${f.range.start.line}:${f.range.start.character} ${f.severity} ${f.message} ${JSON.stringify(f.data ?? null)}`);
}

const reg = (components: string, head = ''): string => `version: 1\n${head}components:\n${components}`;

describe('AIGOV003 duplicate-component-id', () => {
  it('the second of exactly two components with one id is reported, pointing at the first', async () => {
    assert.deepEqual(await findings('AIGOV003', { '.aigov.yaml': reg('  - id: bot\n  - id: other\n  - id: bot\n') }), [
      `.aigov.yaml 4:8 error Component id 'bot' is already used in .aigov.yaml:3. Ids must be unique in the workspace. {"id":"bot"}`,
    ]);
  });
});

describe('AIGOV105 missing-owner', () => {
  it('an organisation owner covers every component; one that is only spaces covers none', async () => {
    assert.deepEqual(await findings('AIGOV105', { '.aigov.yaml': reg('  - id: bot\n', 'organization:\n  owner: ai-team@example.co.jp\n') }), []);
    assert.deepEqual(await findings('AIGOV105', { '.aigov.yaml': reg('  - id: bot\n  - id: scorer\n    owner: a@example.co.jp\n', 'organization:\n  owner: "  "\n') }), [
      `.aigov.yaml 4:4 warning Component 'bot' has no owner. Someone must be accountable for it. {"id":"bot"}`,
    ]);
  });
});

describe('AIGOV106 risk-unassessed', () => {
  it('a dataset needs no risk level; a misspelt level is left to AIGOV002; a classified level passes', async () => {
    const out = await findings('AIGOV106', {
      '.aigov.yaml': reg('  - id: data\n    kind: dataset\n  - id: typo\n    risk: { level: hgh }\n  - id: ok\n    risk: { level: minimal }\n  - id: open\n    risk: { level: unassessed }\n'),
    });
    assert.deepEqual(out, [`.aigov.yaml 9:19 warning Component 'open' has risk level 'unassessed'. Classify it (prohibited, high, limited or minimal) so the right obligations apply. {"id":"open"}`]);
  });
});

describe('AIGOV108 missing-intended-purpose', () => {
  it('each component without intended_purpose is reported, those with one are not', async () => {
    assert.deepEqual(await findings('AIGOV108', { '.aigov.yaml': reg('  - id: bot\n    intended_purpose: Answers questions.\n  - id: scorer\n') }), [
      `.aigov.yaml 4:4 warning Component 'scorer' does not state its intended purpose; risk is judged against it. {"id":"scorer"}`,
    ]);
  });
});

describe('AIGOV109 path-leaves-workspace', () => {
  it('a paths glob that climbs out with a backslash, or is absolute, is reported; `..` inside a name is not climbing', async () => {
    const out = await findings('AIGOV109', { '.aigov.yaml': reg('  - id: bot\n    paths: ["src\\\\..\\\\..\\\\x/**", "/abs/**", "a..b/**", "src/**"]\n') });
    assert.deepEqual(out, [
      `.aigov.yaml 3:12 error paths glob 'src\\..\\..\\x/**' of 'bot' leaves the folder of this registry; globs are relative to it and cannot climb out. {"id":"bot","field":"paths"}`,
      `.aigov.yaml 3:33 error paths glob '/abs/**' of 'bot' leaves the folder of this registry; globs are relative to it and cannot climb out. {"id":"bot","field":"paths"}`,
    ]);
  });
});

/** A workspace where `docs/outside` is a symbolic link that leads out of the workspace (to a folder). */
class EscapingWorkspace extends InMemoryWorkspace {
  override async stat(path: string): Promise<FileStat | undefined> {
    if (path === 'docs/outside') return { type: 'other', size: 0, mtimeMs: 0, escapes: true };
    return super.stat(path);
  }
}

describe('a linked document that leads outside the workspace (AIGOV109, AIGOV103)', () => {
  it('is AIGOV109, saying it is a link, and not also AIGOV103', async () => {
    const e = new Engine(new EscapingWorkspace({ '.aigov.yaml': reg('  - id: bot\n    model: { card: docs/outside }\n') }), { today: '2026-11-25' });
    await e.indexAll();
    const out = e
      .findings()
      .filter((f) => f.code === 'AIGOV109' || f.code === 'AIGOV103')
      .map((f) => `${f.code} ${f.severity} ${f.message}`);
    assert.deepEqual(out, [
      "AIGOV109 error model.card of 'bot' ('docs/outside') is a symbolic link to a place outside the workspace; it was not read. Keep evidence inside the repository.",
    ]);
  });
});

describe('AIGOV103 document-not-found', () => {
  it('a path to a folder says it is a folder, not that it does not exist, and offers no file to create', async () => {
    const files = {
      '.aigov.yaml': reg('  - id: bot\n    model: { card: . }\n    docs: { technical: docs }\n    data: { bias_review: docs/missing.md }\n'),
      'docs/readme.md': '# Docs\n',
      'sub/.aigov.yaml': reg('  - id: sub-bot\n    model: { card: . }\n'),
      'sub/code.py': 'x = 1\n',
    };
    assert.deepEqual(await findings('AIGOV103', files), [
      `.aigov.yaml 3:19 warning model.card of 'bot' points at '.', which is a folder, not a document: name the file itself. {"id":"bot","field":"model.card","target":"","folder":true}`,
      `.aigov.yaml 4:23 warning docs.technical of 'bot' points at 'docs', which is a folder, not a document: name the file itself. {"id":"bot","field":"docs.technical","target":"docs","folder":true}`,
      `.aigov.yaml 5:25 warning data.bias_review of 'bot' points at 'docs/missing.md', which does not exist (looked for docs/missing.md). {"id":"bot","field":"data.bias_review","target":"docs/missing.md"}`,
      `sub/.aigov.yaml 3:19 warning model.card of 'sub-bot' points at '.', which is a folder, not a document: name the file itself. {"id":"sub-bot","field":"model.card","target":"sub","folder":true}`,
    ]);
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await e.indexAll();
    const fixes = e
      .findings()
      .filter((f) => f.code === 'AIGOV103')
      .map((f) => e.fixesFor(f).filter((x) => x.kind !== 'suppress').map((x) => x.title));
    assert.deepEqual(fixes, [[], [], ['Create docs/missing.md from a template'], []]);
  });
});

describe('AIGOV104 assessment-overdue', () => {
  it('an overdue impact assessment gets its own message and both fixes', async () => {
    const e = new Engine(
      new InMemoryWorkspace({
        '.aigov.yaml': reg('  - id: bot\n    impact_assessment: { path: docs/fria.md, date: 2024-01-01 }\n', 'policy: { review_interval_days: 365 }\n'),
        'docs/fria.md': '# FRIA\n',
      }),
      { today: '2026-11-25' },
    );
    await e.indexAll();
    const f = e.findings().find((x) => x.code === 'AIGOV104');
    assert.ok(f);
    assert.equal(f.message, "The impact_assessment of 'bot' dates from 2024-01-01, older than the policy's review interval of 365 days (due 2024-12-31).");
    assert.deepEqual(f.data, { id: 'bot', field: 'impact_assessment', due: '2024-12-31' });
    assert.deepEqual(
      e.fixesFor(f).filter((x) => x.kind !== 'suppress').map((x) => x.title),
      ['Create the next review docs/impact/bot-2026-11-25.md from the template and link it', 'Record a review of docs/fria.md today (date 2026-11-25)'],
    );
  });
});

describe('AIGOV303 provider-not-declared', () => {
  it('a provider that one of the covering components names is declared', async () => {
    const files = {
      '.aigov.yaml': reg('  - id: bot\n    paths: ["**"]\n  - id: agent\n    kind: llm-app\n    upstream_models: [{ provider: anthropic }]\n    paths: ["b/**"]\n'),
      'a/x.py': 'import anthropic\n',
      'b/y.py': 'import anthropic\n',
    };
    const out = await findings('AIGOV303', files);
    assert.deepEqual(
      out.map((l) => l.split(' ')[0]),
      ['a/x.py'],
    );
  });
});

describe('AIGOV301 suggested component id', () => {
  it('is made unique against the ids already declared', async () => {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': reg('  - id: app\n    paths: ["lib/**"]\n'), 'app.py': 'import openai\n' }), { today: '2026-11-25' });
    await e.indexAll();
    const f = e.findings().find((x) => x.code === 'AIGOV301');
    assert.equal(f?.data?.suggestedId, 'app-2');
  });
});

describe('AIGOV201 unknown-component', () => {
  it('while any registry does not parse, no annotation is reported unknown', async () => {
    const files = { '.aigov.yaml': reg('  - id: bot\n'), 'sub/.aigov.yaml': 'components: [\n', 'app.py': '# @aigov nobody\n' };
    assert.deepEqual(await findings('AIGOV201', files), []);
    assert.equal((await findings('AIGOV201', { ...files, 'sub/.aigov.yaml': reg('  - id: other\n') })).length, 1);
  });
});

describe('AIGOV203 component-without-code', () => {
  it('a dataset needs no code; a component whose paths match a file has code', async () => {
    const out = await findings('AIGOV203', {
      '.aigov.yaml': reg('  - id: data\n    kind: dataset\n  - id: bot\n    paths: ["src/**"]\n  - id: empty\n    paths: ["none/**"]\n  - id: bare\n    paths: []\n'),
      'src/app.py': 'print(1)\n',
    });
    assert.deepEqual(out, [
      `.aigov.yaml 6:8 info No file matches the paths of 'empty' and no annotation names it. {"id":"empty"}`,
      `.aigov.yaml 8:8 info Component 'bare' has no paths and no annotation names it, so no code is linked to it. {"id":"bare"}`,
    ]);
  });
});

describe('AIGOV204 suppression-without-reason', () => {
  it('a reason of spaces only is no reason; a reason of words is one', async () => {
    const out = await findings('AIGOV204', {
      '.aigov.yaml': reg('  - id: bot\n    paths: ["**"]\n'),
      'app.py': '# @aigov-ignore AIGOV303 --   \nimport openai\n# @aigov-ignore-file AIGOV301 -- reviewed by legal\n',
    });
    assert.deepEqual(out, [`app.py 0:2 warning This suppression of AIGOV303 has no reason, so it is not applied. Write why after ' -- '. {"codes":["AIGOV303"]}`]);
  });
});

describe('detection findings: what the data and fixes carry (AIGOV301, AIGOV302, AIGOV304)', () => {
  const files = {
    '.aigov.yaml': reg('  - id: models-ranker-model\n    paths: ["zz/**"]\n'),
    'models/ranker.onnx': 'x',
    'models/data.pkl': 'x',
    'pyproject.toml': '[project]\nname = "x"\ndependencies = ["openai>=1"]\n',
    'app.py': 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o")\n',
  };

  it('AIGOV301 lists the evidence of each client call', async () => {
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await e.indexAll();
    assert.deepEqual(e.findings().find((f) => f.code === 'AIGOV301')?.data?.calls, ['client.chat.completions.create(model="gpt-4o")']);
  });

  it('AIGOV302 leaves out a low-confidence artefact, and suggests an id no component has', async () => {
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await e.indexAll();
    const found = e.findings().filter((f) => f.code === 'AIGOV302');
    assert.deepEqual(
      found.map((f) => `${f.file} ${String(f.data?.suggestedId)}`),
      ['models/ranker.onnx models-ranker-model-2'],
    );
  });

  it('AIGOV304 links a manifest by adding it to the paths, never by an annotation in it, even where comments are allowed', async () => {
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await e.indexAll();
    const f = e.findings().find((x) => x.code === 'AIGOV304' && x.file === 'pyproject.toml');
    assert.ok(f);
    const fixes = e.fixesFor(f).filter((x) => x.kind !== 'suppress');
    assert.deepEqual(
      fixes.map((x) => `${x.title} ${x.edits.map((y) => y.file).join(',')}`),
      ["Register new component 'pyproject' in .aigov.yaml .aigov.yaml", "Link to existing component 'models-ranker-model' (add to its paths); records provider 'openai' .aigov.yaml"],
    );
  });
});

describe('where a finding about a missing field lands', () => {
  it('AIGOV106 on a risk block without a level lands on `risk`, not on the component', async () => {
    assert.deepEqual(await findings('AIGOV106', { '.aigov.yaml': reg('  - id: bot\n    risk: { basis: internal use only }\n') }), [
      `.aigov.yaml 3:4 warning Component 'bot' has no risk level. Classify it (prohibited, high, limited or minimal) so the right obligations apply. {"id":"bot"}`,
    ]);
  });

  it('AIGOV004 on `version: ~` after other keys lands on `version`', async () => {
    assert.deepEqual(
      (await findings('AIGOV004', { '.aigov.yaml': 'components: []\nversion: ~\n' })).map((l) => l.split(' ').slice(0, 2).join(' ')),
      ['.aigov.yaml 1:0'],
    );
  });
});

