import type { Document, Node, Pair } from 'yaml';
import { yaml } from './yaml-lib.js';

/**
 * The plain data of a parsed registry in one pass: maps become objects, sequences arrays, scalars
 * their values, as `Document.toJS()` gives them. Aliases are resolved through the anchors met so
 * far on the way (an alias names the last anchor before it), where `toJS()` searches the whole
 * document for each alias: quadratic with thousands of them.
 *
 * An alias shares the value of its anchor. Whoever walks the result walks each repetition again,
 * so the values aliases repeat are counted and limited: a file of a few lines must not grow into
 * billions of values ("billion laughs").
 */

/** Values that aliases may repeat: this many, plus ALIAS_REPEATS_PER_VALUE for each value written. */
const ALIAS_REPEATS_BASE = 10_000;
const ALIAS_REPEATS_PER_VALUE = 10;

export class AliasLimitError extends Error {
  constructor(readonly limit: number) {
    super(`aliases repeat more than ${limit} values`);
  }
}

class UnresolvedAliasError extends Error {
  constructor(readonly alias: string) {
    super(`the alias *${alias} has no anchor &${alias} before it`);
  }
}

type Plain = unknown;

class Converter {
  /** The node each anchor name last stood for, in document order. */
  private readonly anchors = new Map<string, Node>();
  /** Converted nodes that carry an anchor, and how many values each stands for. */
  private readonly done = new Map<Node, { value: Plain; size: number }>();
  private repeated = 0;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  /** The value of `node` and the number of values it stands for (itself and everything below). */
  convert(node: unknown): { value: Plain; size: number } {
    if (yaml().isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (!target) throw new UnresolvedAliasError(node.source);
      // An anchor on a collection that holds this alias is still being converted: its value is
      // shared as it is (a cycle, as toJS makes it), and counts as one value.
      const seen = this.done.get(target);
      const size = seen?.size ?? 1;
      this.repeated += size;
      if (this.repeated > this.limit) throw new AliasLimitError(this.limit);
      return { value: seen?.value, size };
    }
    if (yaml().isScalar(node)) {
      const value = node.value;
      if (node.anchor) {
        this.anchors.set(node.anchor, node);
        this.done.set(node, { value, size: 1 });
      }
      return { value, size: 1 };
    }
    if (yaml().isMap(node) || yaml().isSeq(node)) {
      const value: Plain = yaml().isMap(node) ? {} : [];
      const entry = { value, size: 1 };
      if (node.anchor) {
        this.anchors.set(node.anchor, node);
        this.done.set(node, entry);
        // Until it is complete, an alias to it counts one value (see above).
        entry.size = 1;
      }
      let size = 1;
      for (const item of node.items as unknown[]) {
        if (yaml().isMap(node)) size += this.addPair(value as Record<string, Plain>, item as Pair);
        else if (yaml().isPair(item)) {
          const single: Record<string, Plain> = {};
          size += this.addPair(single, item);
          (value as Plain[]).push(single);
        } else {
          const c = this.convert(item);
          size += c.size;
          (value as Plain[]).push(c.value);
        }
      }
      entry.size = size;
      return entry;
    }
    return { value: null, size: 1 };
  }

  private addPair(target: Record<string, Plain>, pair: Pair): number {
    const key = this.convert(pair.key);
    const name = this.keyName(pair.key, key.value);
    const value = pair.value === null || pair.value === undefined ? { value: null, size: 1 } : this.convert(pair.value);
    // `__proto__` and repeated names become own properties, as toJS makes them.
    if (name in target) Object.defineProperty(target, name, { value: value.value, writable: true, enumerable: true, configurable: true });
    else target[name] = value.value;
    return key.size + value.size;
  }

  /** The property name of a key: its scalar value as text; a collection key as written. */
  private keyName(node: unknown, value: Plain): string {
    if (value === null || value === undefined) return '';
    if (typeof value !== 'object') return String(value);
    if (yaml().isAlias(node)) return `*${node.source}`;
    const range = (node as Node | null)?.range;
    return range ? this.text.slice(range[0], range[1]).trim() : JSON.stringify(value) ?? '';
  }
}

/** The number of nodes written in the document (aliases count one each). */
function writtenValues(node: unknown): number {
  let n = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const x = stack.pop();
    n++;
    if (yaml().isMap(x) || yaml().isSeq(x)) {
      for (const item of x.items as unknown[]) {
        if (yaml().isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return n;
}

/**
 * The document's data. Throws AliasLimitError when aliases would repeat more values than the
 * limit allows, UnresolvedAliasError for an alias with no anchor before it.
 */
export function toPlain(doc: Document.Parsed, text: string): unknown {
  const limit = ALIAS_REPEATS_BASE + ALIAS_REPEATS_PER_VALUE * writtenValues(doc.contents);
  return new Converter(text, limit).convert(doc.contents).value;
}
