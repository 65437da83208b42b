import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { Span } from '../text/line-index.js';

export type YamlPath = readonly (string | number)[];

function keyOf(pair: Pair): unknown {
  return yaml().isScalar(pair.key) ? pair.key.value : pair.key;
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

interface Located {
  /** The span found: the key (or value) at the path, or the nearest ancestor's key. */
  span: Span;
  /** True when the full path exists. */
  exact: boolean;
}

/**
 * The first pair of each key in a mapping, indexed on first use: a lookup costs the same in a
 * mapping of ten keys and one of a hundred thousand. For documents that are not changed after.
 */
export class KeyIndex {
  private readonly maps = new WeakMap<YAMLMap, Map<unknown, Pair>>();

  pair(map: YAMLMap, key: unknown): Pair | undefined {
    // A handful of keys are found faster by looking than by indexing.
    if (map.items.length <= 8) return map.items.find((p) => keyOf(p) === key);
    let index = this.maps.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const k = keyOf(p);
        if (!index.has(k)) index.set(k, p);
      }
      this.maps.set(map, index);
    }
    return index.get(key);
  }
}

function findPair(map: YAMLMap, key: unknown, index: KeyIndex | undefined): Pair | undefined {
  return index ? index.pair(map, key) : map.items.find((p) => keyOf(p) === key);
}

/** The pair's key span, or the `id` key of a sequence item map, used as an item's anchor. */
function itemAnchor(node: Node, index: KeyIndex | undefined): Span | undefined {
  if (yaml().isMap(node)) {
    const idPair = findPair(node, 'id', index) ?? node.items[0];
    if (idPair) return spanOf(idPair.key as Node) ?? spanOf(node);
  }
  return spanOf(node);
}

/**
 * Resolves a path in a YAML document to a span. `which` picks the key or the value of the
 * final pair. When a segment is missing, the nearest existing ancestor's key is returned
 * (for a sequence item, its `id` key), so findings land on the parent, never on line 0. With an
 * `index`, each mapping's keys are looked up in it instead of searched one by one.
 */
export function locate(doc: Document, path: YamlPath, which: 'key' | 'value' = 'key', index?: KeyIndex): Located {
  let node: unknown = doc.contents;
  let anchor: Span = spanOf(doc.contents as Node) ?? { start: 0, end: 0 };
  if (yaml().isMap(node) && node.items[0]) anchor = spanOf(node.items[0].key as Node) ?? anchor;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (yaml().isMap(node) && typeof seg === 'string') {
      const pair = findPair(node, seg, index);
      if (!pair) return { span: anchor, exact: false };
      const keySpan = spanOf(pair.key as Node);
      if (last) {
        const valueSpan = spanOf(pair.value as Node);
        const span = which === 'value' ? valueSpan ?? keySpan : keySpan;
        return { span: span ?? anchor, exact: true };
      }
      anchor = keySpan ?? anchor;
      node = pair.value;
    } else if (yaml().isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined || item === null || yaml().isPair(item)) return { span: anchor, exact: false };
      const itemNode = item as Node;
      if (last) {
        return { span: (which === 'value' ? spanOf(itemNode) : itemAnchor(itemNode, index)) ?? anchor, exact: true };
      }
      anchor = itemAnchor(itemNode, index) ?? anchor;
      node = itemNode;
    } else {
      return { span: anchor, exact: false };
    }
  }
  return { span: anchor, exact: true };
}
