import assert from 'node:assert/strict';
import { SourceFile } from '../text/source-file.js';
import { scanAnnotations } from './annotations.js';

/** The lines (first, last) of each `scope=block` annotation's block, in the order written. */
function blocks(path: string, lines: readonly string[]): ([number, number] | undefined)[] {
  const result = scanAnnotations(new SourceFile(path, lines.join('\n')));
  return result.annotations.map((a) => (a.blockRange ? [a.blockRange.start.line, a.blockRange.end.line] : undefined));
}

/** The line each `@aigov-ignore` applies to, in the order written. */
function targets(path: string, lines: readonly string[]): (number | undefined)[] {
  return scanAnnotations(new SourceFile(path, lines.join('\n'))).suppressions.map((s) => s.targetLine);
}

describe('scanAnnotations: the lines of a scope=block block', () => {
  it('reads past brackets: semicolons and braces inside them belong to the header', () => {
    const loop = ['// @aigov batcher scope=block', 'for (let i = start(); i < n; i++) {', '  ask(i);', '}', 'done();'];
    assert.deepEqual(blocks('a.ts', loop), [[1, 3]]);
    const routes = ['// @aigov routes scope=block', "const routes = [{ path: '/a' },", "  { path: '/b' }];", 'export default routes;'];
    assert.deepEqual(blocks('a.ts', routes), [[1, 2]]);
    const call = ['// @aigov setup scope=block', 'configure({', '  key: 1,', '}, () => {', '  body();', '});', 'after();'];
    assert.deepEqual(blocks('a.js', call), [[1, 5]]);
  });

  it('takes a list whose items are not indented whole, to its closing bracket', () => {
    const prompts = ['# @aigov prompts scope=block', 'PROMPTS = [', '"You are a helpful assistant.",', '"Answer briefly.",', ']', 'print(PROMPTS)'];
    assert.deepEqual(blocks('a.py', prompts), [[1, 4]]);
  });

  it('follows a brace block to its closing brace, whatever the indentation inside', () => {
    const prompt = ['// @aigov prompt scope=block', 'function prompt() {', '  return `', 'You are a helpful bot.', '`;', '}', 'after();'];
    assert.deepEqual(blocks('a.js', prompt), [[1, 5]]);
  });

  it('ends a statement at its semicolon even when the next line is indented deeper', () => {
    const ts = ['// @aigov client scope=block', 'const client = makeClient(); const retries =', '    3;'];
    assert.deepEqual(blocks('a.ts', ts), [[1, 1]]);
  });

  it('does not take a next line that only ends with a brace for an Allman brace', () => {
    const go = ['package main', '// @aigov client scope=block', 'client := openai.NewClient()', 'if err != nil {', '\treturn err', '}'];
    assert.deepEqual(blocks('a.go', go), [[2, 2]]);
  });

  it('finds an indented Allman brace and an indented decorator', () => {
    const cs = ['class A', '{', '    // @aigov scorer scope=block', '    public int Score()', '    {', '        return 1;', '    }', '    int y;', '}'];
    assert.deepEqual(blocks('a.cs', cs), [[3, 6]]);
    const py = ['class Bot:', '    # @aigov bot scope=block', '    @retry', '    def ask(self):', '        return 1', '', '    def other(self):', '        pass'];
    assert.deepEqual(blocks('a.py', py), [[2, 4]]);
  });

  it('passes a blank line between an attribute and what it decorates', () => {
    const cs = ['// @aigov scorer scope=block', '[Obsolete]', '', 'public int Score()', '{', '  return 1;', '}', 'int y;'];
    assert.deepEqual(blocks('a.cs', cs), [[1, 6]]);
  });

  it('counts tab indentation, as in a Makefile recipe', () => {
    const make = ['# @aigov trainer scope=block', 'train:', '\tpython train.py', '\tpython eval.py', '', 'deploy:', '\t./deploy.sh'];
    assert.deepEqual(blocks('Makefile', make), [[1, 3]]);
  });

  it('ends an indented block at an `end` of its own indent, not at one of an outer block', () => {
    const rb = ['class Bot', '  # @aigov bot scope=block', '  def ask', '    1', '  end', '', '  # @aigov client scope=block', '  attr_reader :client', 'end'];
    assert.deepEqual(blocks('a.rb', rb), [
      [2, 4],
      [7, 7],
    ]);
  });

  it('takes only a whole closer word for the end of a block', () => {
    const py = ['# @aigov worker scope=block', 'def work():', '    run()', '_done = True'];
    assert.deepEqual(blocks('a.py', py), [[1, 2]]);
  });

  it('runs a bracket or brace left open to the last line with code', () => {
    const py = ['import os', '# @aigov table scope=block', 'DATA = [', '    1,', '    2,', '# trailing comment'];
    assert.deepEqual(blocks('a.py', py), [[2, 4]]);
    const js = ['// @aigov handler scope=block', 'function handle() {', '  ask();', '// the end'];
    assert.deepEqual(blocks('a.js', js), [[1, 2]]);
  });

  it('stops looking for the end of a header after 200 lines', () => {
    const items = Array.from({ length: 199 }, (_, i) => `    ${i},`);
    // The bracket closes on the 201st line of the header: too far, the block is its first line.
    const long = ['# @aigov table scope=block', 'DATA = [', ...items, ']', 'print(DATA)'];
    assert.equal(long[201], ']');
    assert.deepEqual(blocks('a.py', long), [[1, 1]]);
    // One item fewer: the bracket closes on the 200th line, which is read.
    const short = ['# @aigov table scope=block', 'DATA = [', ...items.slice(1), ']', 'print(DATA)'];
    assert.deepEqual(blocks('a.py', short), [[1, 200]]);
  });
});

describe('scanAnnotations: the line a suppression applies to', () => {
  it('passes comment lines indented with tabs, and lines of tabs and form feeds', () => {
    const go = ['func main() {', '\t// @aigov-ignore AIGOV301 -- reviewed', '\t// the client below', '\t\f', '\t\v', '\tclient := openai.NewClient()', '}'];
    assert.deepEqual(targets('a.go', go), [5]);
  });

  it('applies to nothing when the comment is the last line and no line break follows', () => {
    assert.deepEqual(targets('a.py', ['x = 1', '# @aigov-ignore AIGOV301 -- nothing below']), [undefined]);
  });
});
