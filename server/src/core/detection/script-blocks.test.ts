import assert from 'node:assert/strict';
import { scriptBlocks } from './script-blocks.js';

/** Each block as `language:code` (the text between the tags, or of the frontmatter). */
function blocks(text: string, frontmatter = false): string[] {
  return scriptBlocks(text, frontmatter).map((b) => `${b.languageId}:${text.slice(b.span.start, b.span.end)}`);
}

/** The language of a `<script …>` element with the given attributes, or `none`. */
function language(attrs: string): string {
  return scriptBlocks(`<script ${attrs}>x</script>`)[0]?.languageId ?? 'none';
}

describe('script blocks of component files', () => {
  it('reads Astro frontmatter between two lines of ---, with a byte-order mark, blanks and CRLF', () => {
    assert.deepEqual(blocks('---\nimport a\n---\n<p/>\n', true), ['typescript:import a\n']);
    assert.deepEqual(blocks('\uFEFF--- \t\r\nimport a\r\n---  \r\n', true), ['typescript:import a\r\n']);
    assert.deepEqual(blocks('---\nx ---\n---x\n---\n', true), ['typescript:x ---\n---x\n']);
    assert.deepEqual(blocks('---\nimport a\n---\n', false), []);
    assert.deepEqual(blocks('---\nimport a\n', true), []);
    assert.deepEqual(blocks('<p/>\n---\nimport a\n---\n', true), []);
  });

  it('takes no script tag inside the frontmatter for an element, and reads those after it', () => {
    assert.deepEqual(blocks('---\nconst s = "<script>x</script>"\n---\n<script>y</script>\n', true), ['typescript:const s = "<script>x</script>"\n', 'javascript:y']);
  });

  it('skips HTML comments, and stops at one that is not closed', () => {
    assert.deepEqual(blocks('<!-- <script>a</script> --><script>b</script>'), ['javascript:b']);
    assert.deepEqual(blocks('<!--><script>a</script>--><script>b</script>'), ['javascript:b']);
    assert.deepEqual(blocks('<!-- x <script>a</script> --><script>b</script>'), ['javascript:b']);
    assert.deepEqual(blocks('<!-- a <!--><script>b</script>'), ['javascript:b']);
    assert.deepEqual(blocks('<script>a</script><!-- <script>b</script>'), ['javascript:a']);
  });

  it('reads an element to its closing tag, or to the end of an unclosed file', () => {
    assert.deepEqual(blocks('<script>a</script>b<script>c'), ['javascript:a', 'javascript:c']);
    assert.deepEqual(blocks('<Script>a</SCRIPT  ><script\n>b</script>'), ['javascript:a', 'javascript:b']);
  });

  it('takes a > inside a quoted attribute value as part of the tag, and no self-closing element', () => {
    assert.deepEqual(blocks('<script generic="A<B>" lang=\'t>s\'>a</script>'), []);
    assert.deepEqual(blocks('<script generic="A<B>">a</script>'), ['javascript:a']);
    assert.deepEqual(blocks('<script lang="ts" src="x.ts" />'), []);
    assert.deepEqual(blocks('<script/>'), []);
  });

  it('reads an opening tag of up to 8,000 characters', () => {
    const tag = (n: number) => `<script x="${'a'.repeat(n)}">c</script><script>d</script>`;
    // `<script` is followed by ` x="`, the value, `"` and `>`: 8,000 characters are ` x="` + 7,994 + `">`.
    assert.deepEqual(blocks(tag(7994)), ['javascript:c', 'javascript:d']);
    assert.deepEqual(blocks(tag(7995)), ['javascript:d']);
  });

  it('tells the language from lang, else from type', () => {
    for (const a of ['lang="ts"', 'lang="tsx"', "lang='TypeScript'", 'LANG=TS', 'lang=" ts "', 'lang="ts" type="text/javascript"']) assert.equal(language(a), 'typescript', a);
    for (const a of ['lang="js"', 'lang="jsx"', 'lang="javascript"', 'lang=""', '', 'type=""', 'type="module"', 'type="text/javascript"', 'type="application/ecmascript"', 'type="text/babel"', 'lang="" type="application/json"', 'xlang="ts"']) assert.equal(language(a), 'javascript', a);
    for (const a of ['type="text/typescript"', 'type="application/typescript"']) assert.equal(language(a), 'typescript', a);
    for (const a of ['lang="coffee"', 'type="application/json"', 'type="text/x-template"', 'type="text/javascript1"', 'type="xtext/javascript"', 'type="module" lang="coffee"']) assert.equal(language(a), 'none', a);
  });
});
