import assert from 'node:assert/strict';
import { SourceFile } from '../text/source-file.js';
import { scanAnnotations, type FileAnnotations } from './annotations.js';

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
});
