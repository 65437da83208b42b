import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { KeyIndex, locate, type YamlPath } from './locate.js';

/** The text `locate` lands on, and whether the whole path exists. */
function at(text: string, path: YamlPath, which: 'key' | 'value' = 'key', index?: KeyIndex): [string, boolean] {
  const r = locate(parseDocument(text), path, which, index);
  return [text.slice(r.span.start, r.span.end), r.exact];
}

const REGISTRY = `version: 1
components:
  - name: Chat bot
    id: chat-bot
    risk:
      level: high
  - id: scorer
  - plain item
  - name: no id here
`;

describe('locate', () => {
  for (const index of [undefined, new KeyIndex()]) {
    const how = index ? 'with a key index' : 'searching';
    describe(how, () => {
      it('lands on the key, or with `value` on the value, of a path that exists', () => {
        assert.deepEqual(at(REGISTRY, ['components', 0, 'risk', 'level'], 'key', index), ['level', true]);
        assert.deepEqual(at(REGISTRY, ['components', 0, 'risk', 'level'], 'value', index), ['high', true]);
        assert.deepEqual(at(REGISTRY, ['version'], 'value', index), ['1', true]);
      });

      it('lands a sequence item on its id key, not its first key; with `value` on the whole item', () => {
        assert.deepEqual(at(REGISTRY, ['components', 0], 'key', index), ['id', true]);
        assert.deepEqual(at(REGISTRY, ['components', 1], 'value', index), ['id: scorer\n', true]);
        assert.deepEqual(at(REGISTRY, ['components', 2], 'key', index), ['plain item', true]);
        // No id: its first key.
        assert.deepEqual(at(REGISTRY, ['components', 3], 'key', index), ['name', true]);
      });

      it('lands a missing segment on the nearest ancestor that exists', () => {
        assert.deepEqual(at(REGISTRY, ['components', 0, 'risk', 'basis'], 'key', index), ['risk', false]);
        // Below a sequence item: the item's id key.
        assert.deepEqual(at(REGISTRY, ['components', 0, 'owner'], 'value', index), ['id', false]);
        assert.deepEqual(at(REGISTRY, ['components', 9], 'key', index), ['components', false]);
        assert.deepEqual(at(REGISTRY, ['components', 1, 'id', 'deeper'], 'key', index), ['id', false]);
        // A missing top-level key: the document's first key, never offset 0 of an empty span.
        assert.deepEqual(at(`# comment\n${REGISTRY}`, ['nope'], 'key', index), ['version', false]);
      });

      it('does not take a number for a key or a name for an index', () => {
        assert.deepEqual(at(REGISTRY, ['components', 'id'], 'key', index), ['components', false]);
        assert.deepEqual(at(REGISTRY, [0], 'key', index), ['version', false]);
        assert.deepEqual(at('- a\n- b\n', ['a'], 'key', index), ['- a\n- b\n', false]);
        // A number is an index, never a key, even of a mapping whose key reads as that number.
        assert.deepEqual(at('0: zero\n1: one\n', [1], 'value', index), ['0', false]);
      });

      it('falls back to the key when the pair has no value node', () => {
        assert.deepEqual(at('? owner\nname: x\n', ['owner'], 'value', index), ['owner', true]);
      });

      it('lands a path that ends on a sequence item on its anchor, and the empty path on the first key', () => {
        assert.deepEqual(at(REGISTRY, [], 'key', index), ['version', true]);
        assert.deepEqual(at('just text\n', [], 'key', index), ['just text', true]);
        assert.deepEqual(at('', ['version'], 'key', index), ['', false]);
      });

      it('does not enter a key-value pair held as a sequence item (!!pairs)', () => {
        assert.deepEqual(at('list: !!pairs\n  - a: 1\n', ['list', 0, 'a'], 'key', index), ['list', false]);
        assert.deepEqual(at('list: !!pairs\n  - a: 1\n', ['list', 0], 'value', index), ['list', false]);
        assert.deepEqual(at('list: [a: 1, b]\n', ['list', 1], 'key', index), ['b', true]);
      });
    });
  }

  it('finds the first of repeated keys in a large mapping, and the id of a large item', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}: ${i}`);
    const text = `${keys.join('\n')}\nk3: again\nitems:\n  - ${keys.join('\n    ')}\n    id: late\n`;
    const doc = parseDocument(text, { uniqueKeys: false });
    const index = new KeyIndex();
    const found = (path: YamlPath, which: 'key' | 'value', i?: KeyIndex): [string, boolean] => {
      const r = locate(doc, path, which, i);
      return [text.slice(r.span.start, r.span.end), r.exact];
    };
    // The second round with the same index reads the keys it indexed in the first.
    for (const i of [undefined, index, index]) {
      assert.deepEqual(found(['k3'], 'value', i), ['3', true]);
      assert.deepEqual(found(['k11'], 'value', i), ['11', true]);
      assert.deepEqual(found(['k12'], 'value', i), ['k0', false]);
      assert.deepEqual(found(['items', 0, 'id'], 'value', i), ['late', true]);
      assert.deepEqual(found(['items', 0], 'key', i), ['id', true]);
    }
  });

});
