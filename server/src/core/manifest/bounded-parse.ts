import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { yaml } from './yaml-lib.js';

/**
 * How deep lists and mappings may nest in a file that is read: a registry needs a handful of
 * levels. The parser builds each level of the document by recursion, and where the stack runs
 * out depends on the stack left to it and on how far V8 has optimised it (about 800 levels in a
 * fresh process, 2,000 later). Near that edge V8 may also compile a regular expression, and a
 * compilation that runs out of stack ends the process ("RegExpCompiler Allocation failed"): the
 * parser must never get there. Writing a document out again takes about twice the stack for each
 * level, so this limit stays well under half the least the parser reads.
 */
export const MAX_YAML_DEPTH = 256;

type YamlOptions = DocumentOptions & ParseOptions & SchemaOptions;

/** A file nested deeper than MAX_YAML_DEPTH: where the first list or mapping too deep starts. */
interface TooDeep {
  tooDeep: number;
}

/**
 * The first document of `text`, as `parseDocument` gives it (a second one is a MULTIPLE_DOCS
 * error), or where it nests too deep. The file is first read into its syntax tree, its depth
 * measured with a stack of our own, and only a file within the limit becomes a document. The
 * syntax tree of block lists is built by a recursion too, but one that uses no regular
 * expression: thousands of levels of `- - -` run out of stack there, with an exception (the start
 * of the file is then given as the place).
 */
export function parseBounded(text: string, options: YamlOptions): Document.Parsed | TooDeep {
  let tokens: CST.Token[];
  try {
    tokens = Array.from(new (yaml().Parser)().parse(text));
  } catch (err) {
    if (err instanceof RangeError) return { tooDeep: 0 };
    throw err;
  }
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { tooDeep: deep };
  let doc: Document.Parsed | undefined;
  for (const next of new (yaml().Composer)(options).compose(tokens, true, text.length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    doc.errors.push(new (yaml().YAMLParseError)([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
    break;
  }
  // compose(…, true) ends with a document, if an empty one.
  return doc!;
}

/** The offset of the first list or mapping (in the order written) nested deeper than MAX_YAML_DEPTH. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  // Taken from the end: what is written first is pushed last.
  const stack: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token?.type === 'document') stack.push({ token: token.value, depth });
    else if (token?.type === 'block-map' || token?.type === 'block-seq' || token?.type === 'flow-collection') {
      if (depth === MAX_YAML_DEPTH) return token.offset;
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i]!;
        stack.push({ token: item.value, depth: depth + 1 }, { token: item.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
