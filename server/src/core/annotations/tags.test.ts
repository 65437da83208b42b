import assert from 'node:assert/strict';
import { SourceFile } from '../text/source-file.js';
import { scanAnnotations, type FileAnnotations } from './annotations.js';
import { toKebab } from './tags.js';

function scan(path: string, text: string): FileAnnotations {
  return scanAnnotations(new SourceFile(path, text));
}

/** `messageId@line:from-to` of each malformed tag (0-based line, characters). */
function malformed(path: string, text: string): string[] {
  return scan(path, text).malformed.map((m) => `${m.messageId}@${m.range.start.line}:${m.range.start.character}-${m.range.end.character}`);
}

describe('@aigov tags: the words of a tag', () => {
  it('takes an em dash as the reason separator, and a double dash only as a word of its own', () => {
    assert.deepEqual(scan('a.py', '# @aigov-ignore AIGOV301 \u2014 vetted by legal\nimport openai').suppressions[0]?.reason, 'vetted by legal');
    assert.deepEqual(scan('a.py', '# @aigov-ignore AIGOV301,-- after a comma\nimport openai').suppressions[0]?.reason, 'after a comma');
    // Three dashes are no separator: the reason is read without one, and said so.
    const triple = scan('a.py', '# @aigov-ignore AIGOV301 --- why\nimport openai');
    assert.deepEqual(
      triple.suppressions.map((s) => [s.codes, s.reason]),
      [[['AIGOV301'], '--- why']],
    );
    assert.deepEqual(malformed('a.py', '# @aigov-ignore AIGOV301 --- why\nimport openai'), ['AIGOV202.reasonSeparator@0:25-32']);
    // Glued to the code, `--` is part of a word that is no code.
    assert.deepEqual(malformed('a.py', '# @aigov-ignore AIGOV301--why\nimport openai'), ['AIGOV202.notACode@0:16-29']);
  });

  it('reads codes separated by commas with or without spaces, once each', () => {
    const [s] = scan('a.py', '# @aigov-ignore AIGOV301,AIGOV302 , AIGOV301 -- r\nimport openai').suppressions;
    assert.deepEqual(s?.codes, ['AIGOV301', 'AIGOV302']);
  });

  it('reports `@aigov:` with the tag it meant, over the whole tag', () => {
    const result = scan('a.py', '# @aigov: fraud-scorer\n');
    assert.deepEqual(result.annotations, []);
    assert.deepEqual(malformed('a.py', '# @aigov: fraud-scorer\n'), ['AIGOV202.colon@0:2-22']);
    assert.deepEqual(result.malformed[0]?.data, { suggestion: '@aigov fraud-scorer' });
    assert.equal(scan('a.py', '# @aigov:\n').malformed[0]?.data, undefined);
  });

  it('takes a tag after comment decoration, never one glued to a word', () => {
    assert.deepEqual(scan('a.ts', '/**@aigov fraud-scorer */\nexport {};').annotations.map((a) => a.id), ['fraud-scorer']);
    assert.deepEqual(scan('a.py', '#@aigov fraud-scorer\n').annotations.map((a) => a.id), ['fraud-scorer']);
    assert.deepEqual(scan('a.py', '# (@aigov fraud-scorer )\n').annotations.map((a) => a.id), ['fraud-scorer']);
    const glued = scan('a.py', '# write to team@aigov fraud-scorer\n');
    assert.deepEqual([glued.annotations, glued.malformed], [[], []]);
  });

  it('suggests the tag name a misspelt one meant', () => {
    const result = scan('a.py', '# @aigov-ignorefile AIGOV301 -- r\n');
    assert.deepEqual(malformed('a.py', '# @aigov-ignorefile AIGOV301 -- r\n'), ['AIGOV202.unknownTag@0:2-19']);
    assert.deepEqual(result.malformed[0]?.data, { suggestion: '@aigov-ignore-file' });
    assert.deepEqual(scan('a.py', '# @aigov-ignore-fil AIGOV301 -- r\n').malformed[0]?.data, { suggestion: '@aigov-ignore-file' });
    assert.deepEqual(scan('a.py', '# @aigov- x\n').malformed, []);
  });

  it('reads one tag per line: a second one on the line is a word of the first', () => {
    const result = scan('a.py', '# @aigov first-one @aigov second-one\n');
    assert.deepEqual(result.annotations.map((a) => a.id), ['first-one']);
    assert.deepEqual(malformed('a.py', '# @aigov first-one @aigov second-one\n'), ['AIGOV202.unexpected@0:19-25', 'AIGOV202.unexpected@0:26-36']);
  });

  it('reports an option without a name or a scope without a value', () => {
    assert.deepEqual(malformed('a.py', '# @aigov chat-bot =block scope=\n'), ['AIGOV202.unexpected@0:18-24', 'AIGOV202.unknownScope@0:25-31']);
    assert.deepEqual(scan('a.py', '# @aigov chat-bot scope=block\nx = 1\n').annotations[0]?.scope, 'block');
  });

  it('cuts a long word to 60 characters in the message', () => {
    const long = `A${'b'.repeat(80)}`;
    const [m] = scan('a.py', `# @aigov ${long}\n`).malformed;
    assert.equal(m?.messageId, 'AIGOV202.notKebab');
    assert.equal(m?.args?.id, `${long.slice(0, 57)}...`);
    const [u] = scan('a.py', `# @aigov chat-bot ${'x'.repeat(60)}\n`).malformed;
    assert.equal(u?.args?.token, 'x'.repeat(60));
    const [v] = scan('a.py', `# @aigov chat-bot ${'x'.repeat(61)}\n`).malformed;
    assert.equal(v?.args?.token, `${'x'.repeat(57)}...`);
  });

  it('takes a tab, form feed, vertical tab or no-break space between the words of a tag', () => {
    for (const ws of ['\t', '\f', '\v', '\u00a0']) {
      const result = scan('a.py', `# @aigov${ws}chat-bot${ws}scope=block\nx = 1\n# @aigov-ignore${ws}AIGOV301${ws}--${ws}vetted\nimport openai\n`);
      assert.deepEqual(result.annotations.map((a) => [a.id, a.scope]), [['chat-bot', 'block']], JSON.stringify(ws));
      assert.deepEqual(result.suppressions.map((x) => [x.codes, x.reason]), [[['AIGOV301'], 'vetted']], JSON.stringify(ws));
      assert.deepEqual(result.malformed, [], JSON.stringify(ws));
    }
  });

  it('reads an id whose first part is one letter, and a lone dash as a word', () => {
    assert.deepEqual(scan('a.py', '# @aigov x-ray scope=file\n').annotations.map((a) => [a.id, a.scope]), [['x-ray', 'file']]);
    assert.deepEqual(malformed('a.py', '# @aigov x-ray scope=file\n'), []);
    // A single dash is no separator: the reason is read without one, and said so.
    const text = '# @aigov-ignore AIGOV301 - legacy code\nimport openai\n';
    assert.deepEqual(scan('a.py', text).suppressions[0]?.reason, '- legacy code');
    assert.deepEqual(malformed('a.py', text), ['AIGOV202.reasonSeparator@0:25-38']);
    // Commas split only the codes of a suppression, never the words of an annotation.
    assert.deepEqual(malformed('a.py', '# @aigov a,b\n'), ['AIGOV202.notKebab@0:9-12']);
  });

  it('tells a word shaped like a code from the start of a reason', () => {
    const words = (w: string): string[] => malformed('a.py', `# @aigov-ignore AIGOV301 ${w}\nimport openai\n`).map((m) => m.split('@')[0] ?? '');
    for (const w of ['AB12', 'sec7', 'Rule101']) assert.deepEqual(words(w), ['AIGOV202.notACode'], w);
    for (const w of ['see-note1', 'py3k', '12ab', 'because']) assert.deepEqual(words(w), ['AIGOV202.reasonSeparator'], w);
    const [m] = scan('a.py', '# @aigov-ignore AIGOV301,AIGOV302 legacy\nimport openai\n').malformed;
    assert.deepEqual(m?.args, { tag: '@aigov-ignore', codes: 'AIGOV301,AIGOV302' });
  });

  it('names the tag it read in the messages of a suppression', () => {
    assert.deepEqual(scan('a.py', '# @aigov-ignore-file\n').malformed.map((m) => [m.messageId, m.args]), [['AIGOV202.noCode', { tag: '@aigov-ignore-file' }]]);
    assert.deepEqual(scan('a.py', '# @aigov-ignore\nimport openai\n').malformed.map((m) => [m.messageId, m.args]), [['AIGOV202.noCode', { tag: '@aigov-ignore' }]]);
    assert.deepEqual(scan('a.py', '# @aigov-ignore-file AIGOV301 why\n').malformed[0]?.args?.tag, '@aigov-ignore-file');
  });

  it('suggests a known scope as a whole option', () => {
    const [m] = scan('a.py', '# @aigov chat-bot scope=blok\n').malformed;
    assert.equal(m?.messageId, 'AIGOV202.unknownScope');
    assert.deepEqual(m?.args?.didYouMean, { messageId: 'common.didYouMean', args: { suggestion: 'scope=block' } });
    assert.deepEqual(m?.data, { suggestion: 'scope=block' });
  });

  it('reads tags on lines broken by a lone CR inside a block comment', () => {
    const result = scan('a.js', '/* note\r@aigov first-one\r@aigov second-one scope=block */\nf();\n');
    assert.deepEqual(result.annotations.map((a) => a.id), ['first-one', 'second-one']);
    assert.deepEqual(result.malformed, []);
  });

  it('reports a misspelt tag at a line end or before a colon, and skips what is no tag', () => {
    assert.deepEqual(malformed('a.py', '# @aigov-ingore\nimport openai\n'), ['AIGOV202.unknownTag@0:2-15']);
    assert.deepEqual(malformed('a.py', '# @aigov-ingore: AIGOV301\nimport openai\n'), ['AIGOV202.unknownTag@0:2-15']);
    // `@aigov-v2` is not a tag (a digit follows the name): the rest of the line is still read.
    const after = scan('a.py', '# @aigov-v2 @aigov chat-bot\n');
    assert.deepEqual([after.annotations.map((a) => a.id), after.malformed], [['chat-bot'], []]);
    const word = scan('a.py', '# @aigovernance @aigov chat-bot\n');
    assert.deepEqual([word.annotations.map((a) => a.id), word.malformed], [['chat-bot'], []]);
  });

  it('takes the rest of the line after a misspelt tag or `@aigov:` as part of it', () => {
    const misspelt = scan('a.py', '# @aigov-ingore AIGOV301 -- see @aigov chat-bot\n');
    assert.deepEqual([misspelt.annotations, misspelt.malformed.map((m) => m.messageId)], [[], ['AIGOV202.unknownTag']]);
    const colon = scan('a.py', '# @aigov: chat-bot @aigov other-bot\n');
    assert.deepEqual([colon.annotations, colon.malformed.map((m) => m.messageId)], [[], ['AIGOV202.colon']]);
  });

  it('makes kebab case of capitals at either end of the alphabet and at the end of an id', () => {
    assert.equal(toKebab('dataA'), 'data-a');
    assert.equal(toKebab('sizeZ'), 'size-z');
    assert.equal(toKebab('getHTTP'), 'get-http');
    assert.equal(toKebab(`Model${'x'.repeat(200)}`), `model${'x'.repeat(115)}`);
  });
});
