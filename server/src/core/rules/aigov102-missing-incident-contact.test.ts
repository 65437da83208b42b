import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

async function aigov102(registry: string): Promise<string[]> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: '2026-11-25' });
  await e.indexAll();
  return e.findings().filter((f) => f.code === 'AIGOV102').map((f) => `${f.range.start.line} ${String(f.data?.id)}`);
}

const registry = (incident: string): string => `version: 1
organization:
  contacts: { incident: ${incident} }
components:
  - id: chatbot
    owner: team@example.co.jp
  - id: scorer
    contacts: { incident: oncall@example.co.jp }
  - id: summarizer
`;

describe('AIGOV102 missing-incident-contact', () => {
  it('an organisation default that names someone covers every component', async () => {
    assert.deepEqual(await aigov102(registry('ai-incidents@example.co.jp')), []);
  });

  for (const [what, value] of [
    ['only spaces', '"  "'],
    ['only a tab and a line break', '"\\t\\n"'],
    ['empty', '""'],
  ] as const) {
    it(`an organisation default that is ${what} names nobody: each component without its own contact is reported`, async () => {
      assert.deepEqual(await aigov102(registry(value)), ['4 chatbot', '8 summarizer']);
    });
  }

  it('without an organisation default, each component without its own contact is reported', async () => {
    assert.deepEqual(await aigov102('version: 1\ncomponents:\n  - id: chatbot\n  - id: scorer\n    contacts: { incident: oncall@example.co.jp }\n'), ['2 chatbot']);
  });

  it('offers the owner as incident contact only when the owner is an e-mail address', async () => {
    const e = new Engine(
      new InMemoryWorkspace({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: chatbot\n    owner: team@example.co.jp\n  - id: scorer\n    owner: Platform team\n' }),
      { today: '2026-11-25' },
    );
    await e.indexAll();
    const fixes = Object.fromEntries(
      e
        .findings()
        .filter((f) => f.code === 'AIGOV102')
        .map((f) => [String(f.data?.id), e.fixesFor(f).filter((x) => x.kind !== 'suppress').map((x) => `${x.isPreferred ? '* ' : ''}${x.title}`)]),
    );
    assert.deepEqual(fixes, {
      chatbot: [
        '* Use the owner team@example.co.jp as incident contact',
        "Add an incident contact to 'chatbot' (fill in the address)",
        'Add an organization default incident contact (fill in the address)',
      ],
      scorer: ["Add an incident contact to 'scorer' (fill in the address)", 'Add an organization default incident contact (fill in the address)'],
    });
  });
});
