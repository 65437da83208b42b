import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

async function findings(registry: string): Promise<string[]> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === 'AIGOV107' || f.code === 'AIGOV009')
    .map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code} ${f.severity} ${f.message} ${JSON.stringify(f.data ?? null)}`);
}

/** AIGOV107 on a component's owner set to `value` (a YAML scalar): the message, or undefined when it is a usable address. */
async function ownerProblem(value: string): Promise<string | undefined> {
  const out = await findings(`version: 1\ncomponents:\n  - id: chatbot\n    owner: ${value}\n`);
  assert.ok(out.length <= 1, out.join('\n'));
  return out[0];
}

describe('AIGOV107 malformed-contact', () => {
  for (const ok of ['team@example.co.jp', '"  team@example.co.jp  "', 'https://example.co.jp/ai-incidents', 'HTTP://intra/x', 'mailto:ai@example.co.jp', 'tel:+81 3-1234-5678', 'mastodon@example.co.jp', 'gotodo@example.co.jp', 'todolist@example.co.jp']) {
    it(`${ok} is a usable address`, async () => {
      assert.equal(await ownerProblem(ok), undefined);
    });
  }

  for (const bad of ['call Bob', 'team@example', 'team @example.co.jp', '<team@example.co.jp>', 'https://', 'mailto:team', 'tel:12', 'ftp://example.co.jp/x', 'x team@example.co.jp', 'team@example.co.jp y']) {
    it(`${JSON.stringify(bad)} is not an address`, async () => {
      assert.equal(
        await ownerProblem(bad),
        `3:11 AIGOV107 warning owner of 'chatbot' ('${bad}') is neither an e-mail address nor an http(s), mailto: or tel: URL. {"id":"chatbot","field":"owner"}`,
      );
    });
  }

  for (const placeholder of ['TODO', 'todo-team@example.co.jp', 'ai.tbd@example.co.jp', 'team@example.com', 'team@example.org', 'team@example.net', 'team@corp.invalid', 'FIXME', 'changeme', 'xxx@example.co.jp']) {
    it(`${placeholder} is a placeholder`, async () => {
      assert.equal(await ownerProblem(placeholder), `3:11 AIGOV107 warning owner of 'chatbot' ('${placeholder}') looks like a placeholder. {"id":"chatbot","field":"owner"}`);
    });
  }

  it("checks the organisation's owner and each of its contacts, and skips a contact that is not text", async () => {
    const out = await findings('version: 1\norganization:\n  owner: Bob\n  contacts:\n    incident: 42\n    privacy: TODO\ncomponents: []\n');
    assert.deepEqual(out, [
      `2:9 AIGOV107 warning organization.owner 'Bob' is neither an e-mail address nor an http(s), mailto: or tel: URL. {"field":"organization.owner"}`,
      `5:13 AIGOV107 warning organization.contacts.privacy 'TODO' looks like a placeholder. {"field":"organization.contacts.privacy"}`,
    ]);
  });
});
