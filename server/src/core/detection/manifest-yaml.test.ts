import { strict as assert } from 'node:assert';
import { yamlFlowLine } from './manifest-yaml.js';
import type { YamlFlow } from './manifest-yaml.js';

/** The entries of a flow collection read over `lines`, each `value@line:column` (0-based), and whether it closed. */
function read(lines: string[]): { entries: string[]; closed: boolean } {
  const flow: YamlFlow = { open: [], value: false, quote: 0 };
  const entries: string[] = [];
  let closed = false;
  lines.forEach((line, n) => {
    if (closed) return;
    const found: { value: string; offsets: number[] }[] = [];
    closed = yamlFlowLine(line, 0, flow, found);
    for (const e of found) entries.push(`${e.value}@${n}:${e.offsets[0]}-${e.offsets[e.offsets.length - 1]}`);
  });
  return { entries, closed };
}

describe('detection: YAML flow collections in manifests', () => {
  it('reads plain and quoted entries of sequences, the end of each after its last character', () => {
    assert.deepEqual(read(['[a, "b c" , \'d\'\'e\',f ]']), { entries: ['a@0:1-2', 'b c@0:5-8', "d'e@0:13-17", 'f@0:19-20'], closed: true });
    assert.deepEqual(read(['[a', ',b]', 'c']), { entries: ['a@0:1-2', 'b@1:1-2'], closed: true });
  });

  it('skips keys and values of mappings, quoted keys with or without a blank before the value', () => {
    assert.deepEqual(read(['["a":b, "c" : d, e:f, g: h, {i: j, k}, [l]]']), { entries: ['e:f@0:17-20', 'l@0:40-41'], closed: true });
    assert.deepEqual(read(['[a:', 'b, c]']), { entries: ['c@1:3-4'], closed: true });
  });

  it('a `#` after a blank or where a scalar starts begins a comment; one inside a scalar does not', () => {
    assert.deepEqual(read(['[a#b, c #d, e]', 'f]']), { entries: ['a#b@0:1-4', 'c@0:6-7', 'f@1:0-1'], closed: true });
    assert.deepEqual(read(['[#a', 'b]']), { entries: ['b@1:0-1'], closed: true });
  });

  it('a quoted scalar over lines names nothing, and the reading goes on after it', () => {
    assert.deepEqual(read(['[a, "b', 'c\\" ] d", e]']), { entries: ['a@0:1-2', 'e@1:10-11'], closed: true });
    assert.deepEqual(read(["['b", "c'' ] d', e]"]), { entries: ['e@1:10-11'], closed: true });
    assert.deepEqual(read(['[a, "b', 'c', 'd']), { entries: ['a@0:1-2'], closed: false });
    // An escape YAML does not have: no entry, and the scalar still ends at its quote.
    assert.deepEqual(read(['["\\q", b]']), { entries: ['b@0:7-8'], closed: true });
  });

  it('ends at the outermost collection, whatever follows it', () => {
    assert.deepEqual(read(['[a] [b]', '[c]']), { entries: ['a@0:1-2'], closed: true });
    assert.deepEqual(read(['{a: [b]} , c']), { entries: ['b@0:5-6'], closed: true });
  });
});
