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

/**
 * How many names, values and marks (`-`, `:`, `,`, brackets, anchors, aliases, tags, `---`) a
 * file that is read may hold. Each costs the parser, the document and every later step some work
 * and memory: a file under the 2 MiB limit holds up to two million, and took tens of seconds and
 * gigabytes to read or reject. A component written out in full, as in the example workspace,
 * takes about 130; 10,000 components of four lines (id, owner, paths, risk) take 190,000.
 */
export const MAX_YAML_TOKENS = 250_000;

type YamlOptions = DocumentOptions & ParseOptions & SchemaOptions;

/** A file nested deeper than MAX_YAML_DEPTH: where the first list or mapping too deep starts. */
interface TooDeep {
  tooDeep: number;
}

/** A file of more than MAX_YAML_TOKENS tokens: where the first token past the limit starts. */
interface TooLarge {
  tooLarge: number;
}

/** The syntax tree of a file (of the part read). */
interface Tokens {
  tokens: CST.Token[];
}

/** Whether a lexeme counts against MAX_YAML_TOKENS: not blanks, a line break, a comment or a marker of the lexer's own. */
function counts(lexeme: string): boolean {
  const c = lexeme.charCodeAt(0);
  return c > 32 && c !== 35 /* # */ && c !== 0xfeff;
}

/**
 * The first document of `text`, as `parseDocument` gives it (a second one is a MULTIPLE_DOCS
 * error), or where it holds too many tokens or nests too deep (see `boundedTokens`).
 */
export function parseBounded(text: string, options: YamlOptions): Document.Parsed | TooDeep | TooLarge {
  const read = boundedTokens(text, false);
  if (!('tokens' in read)) return read;
  let doc: Document.Parsed | undefined;
  for (const next of new (yaml().Composer)(options).compose(read.tokens, true, text.length)) {
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

/**
 * Every document of `text`, as `parseAllDocuments` gives them (at least one, if empty), read up
 * to the first token past MAX_YAML_TOKENS as if the file ended there; or where the part read
 * nests too deep.
 */
export function parseBoundedAll(text: string, options: YamlOptions): Document.Parsed[] | TooDeep {
  const read = boundedTokens(text, true);
  return 'tooDeep' in read ? read : [...new (yaml().Composer)(options).compose(read.tokens, true, text.length)];
}

/**
 * The syntax tree of `text`, or where it holds too many tokens or nests too deep. The file is
 * read into its syntax tree, and the reading stops at the first token past the limit, or as soon
 * as the lists and mappings open at once are more than the depth allows: the parser would build
 * each level by a recursion (thousands of levels of `- - -` ran out of stack). Its depth is then
 * measured with a stack of our own, and only a file within both limits becomes documents. With
 * `upToLimit`, a file of too many tokens is read as if it ended before the first one past it.
 */
function boundedTokens(text: string, upToLimit: true): Tokens | TooDeep;
function boundedTokens(text: string, upToLimit: false): Tokens | TooDeep | TooLarge;
function boundedTokens(text: string, upToLimit: boolean): Tokens | TooDeep | TooLarge {
  const tokens: CST.Token[] = [];
  const parser = new (yaml().Parser)();
  let count = 0;
  let stopped: number | undefined;
  for (const lexeme of new (yaml().Lexer)().lex(text)) {
    if (counts(lexeme) && ++count > MAX_YAML_TOKENS) {
      if (!upToLimit) return { tooLarge: parser.offset };
      break;
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The document, then more lists and mappings than the depth allows (and a scalar, perhaps):
    // what has been read already holds one too deep, and no part of the file is read as data.
    if (parser.stack.length > MAX_YAML_DEPTH + 2) {
      stopped = parser.offset;
      break;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const deep = tooDeepAt(tokens) ?? stopped;
  if (deep !== undefined) return { tooDeep: deep };
  return { tokens };
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
