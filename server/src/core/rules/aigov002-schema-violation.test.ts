import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { applyEdits } from '../fixes/yaml-edit.js';
import type { Finding } from '../finding.js';
import { localizedMessage } from '../i18n/messages.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

const COMPONENT = `  - id: bot
    name: Bot
    kind: llm-app
    owner: team@example.com
    paths: ["bot/**"]
`;

async function run(registry: string): Promise<{ engine: Engine; found: Finding[] }> {
  const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: '2026-11-25' });
  await engine.indexAll();
  return { engine, found: engine.findings().filter((f) => f.code === 'AIGOV002') };
}

/** The fixes of a finding other than its suppressions. */
const ownFixes = (engine: Engine, f: Finding) => engine.fixesFor(f).filter((x) => x.kind !== 'suppress');

/** The registry after the preferred fix of the one AIGOV002 finding. */
function fixed(engine: Engine, f: Finding, text: string): string {
  const [fix, ...more] = ownFixes(engine, f);
  assert.equal(more.length, 0);
  assert.equal(fix?.isPreferred, true);
  return applyEdits(text, fix!.edits);
}

describe('AIGOV002 schema-violation: a number or a boolean written as text', () => {
  it('`version: "1"` asks for the number without quotes, and the fix drops them', async () => {
    const text = `version: "1"\ncomponents:\n${COMPONENT}`;
    const { engine, found } = await run(text);
    assert.deepEqual(
      found.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.message}`),
      ["0:9-12 version: Expected a number, got the text '1' (in quotes): write 1 without quotes."],
    );
    assert.equal(fixed(engine, found[0]!, text), `version: 1\ncomponents:\n${COMPONENT}`);
  });

  it('a quoted true or false under a boolean key, in a component', async () => {
    const text = `version: 1\ncomponents:\n${COMPONENT}    logging: { enabled: 'true', retention_days: " 30" }\n`;
    const { engine, found } = await run(text);
    assert.deepEqual(
      found.map((f) => f.message),
      [
        "components[0].logging.enabled: Expected true or false, got the text 'true' (in quotes): write true without quotes.",
        "components[0].logging.retention_days: Expected a number, got the text ' 30' (in quotes): write 30 without quotes.",
      ],
    );
    assert.equal(fixed(engine, found[0]!, text), text.replace("'true'", 'true'));
    assert.equal(fixed(engine, found[1]!, text), text.replace('" 30"', '30'));
  });

  it('text that is not a number or a boolean keeps the general message and has no fix', async () => {
    const text = `version: 1\ncomponents:\n${COMPONENT}    logging: { enabled: "yes", retention_days: "30 days" }\n`;
    const { engine, found } = await run(text);
    assert.equal(found.length, 2);
    for (const f of found) {
      assert.doesNotMatch(f.message, /without quotes/);
      assert.deepEqual(ownFixes(engine, f), []);
    }
  });

  it('in Japanese', async () => {
    const { found } = await run(`version: "1"\ncomponents:\n${COMPONENT}`);
    assert.deepEqual(
      found.map((f) => localizedMessage(f, 'ja')),
      ["version: 数値を指定してください。'1' は引用符で囲まれた文字列です。引用符を付けずに 1 と書いてください。"],
    );
  });
});
