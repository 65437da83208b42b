import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
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

interface Converted {
  value: Plain;
  /** The number of values it stands for: itself and everything below. */
  size: number;
}

/** A collection being converted, and where its conversion stands. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  entry: Converted;
  size: number;
  /** The item being converted. */
  item: number;
  /** The converted key of that item, when it is a pair whose value comes next. */
  key?: Converted;
}

/**
 * Walks the document with its own stack of open collections, never the call stack: how deep a
 * document the parser gives depends on the stack it is given, and a document it read must not
 * fail here for its depth.
 */
class Converter {
  /** The node each anchor name last stood for, in document order. */
  private readonly anchors = new Map<string, Node>();
  /** Converted nodes that carry an anchor, and how many values each stands for. */
  private readonly done = new Map<Node, Converted>();
  private repeated = 0;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  /** The value of `root` and the number of values it stands for. */
  convert(root: unknown): Converted {
    const stack: Frame[] = [];
    let result = this.open(root, stack);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (result) this.take(frame, result);
      const items = frame.node.items as unknown[];
      if (frame.item === items.length) {
        stack.pop();
        frame.entry.size = frame.size;
        result = frame.entry;
        continue;
      }
      const item = items[frame.item];
      result = this.open(yaml().isPair(item) ? (frame.key ? item.value : item.key) : item, stack);
    }
    return result!;
  }

  /** The value of a scalar or an alias; for a collection, its frame (on the stack) and undefined. */
  private open(node: unknown, stack: Frame[]): Converted | undefined {
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
      // Until it is complete, an alias to it counts one value (see above).
      const entry: Converted = { value: yaml().isMap(node) ? {} : [], size: 1 };
      if (node.anchor) {
        this.anchors.set(node.anchor, node);
        this.done.set(node, entry);
      }
      stack.push({ node, entry, size: 1, item: 0 });
      return undefined;
    }
    return { value: null, size: 1 };
  }

  /** Puts a converted key, value or item in its collection. */
  private take(frame: Frame, c: Converted): void {
    const item = (frame.node.items as unknown[])[frame.item];
    if (!yaml().isPair(item)) {
      (frame.entry.value as Plain[]).push(c.value);
      frame.size += c.size;
      frame.item++;
      return;
    }
    if (!frame.key) {
      frame.key = c;
      return;
    }
    // A pair held as a sequence item becomes a one-key mapping.
    const target = yaml().isMap(frame.node) ? (frame.entry.value as Record<string, Plain>) : {};
    const name = this.keyName(item.key, frame.key.value);
    // `__proto__` and repeated names become own properties, as toJS makes them.
    if (name in target) Object.defineProperty(target, name, { value: c.value, writable: true, enumerable: true, configurable: true });
    else target[name] = c.value;
    if (yaml().isSeq(frame.node)) (frame.entry.value as Plain[]).push(target);
    frame.size += frame.key.size + c.size;
    frame.key = undefined;
    frame.item++;
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
