import assert from 'node:assert/strict';
import { lex } from '../annotations/scanner.js';
import { languageForId } from '../annotations/languages.js';
import { codeOnly } from '../annotations/blank.js';
import { findCalls, findModelIds, findServiceClients } from './calls.js';

/** `needle@start-end` of each call found in `code` (a string is code without comments here). */
function calls(code: string, needles: readonly string[]): string[] {
  return findCalls(code, needles).map((h) => `${h.needle}@${h.span.start}-${h.span.end}`);
}

/** The lexed Python text, its blanked code and its string spans. */
function python(text: string): { code: string; strings: ReturnType<typeof lex>['strings'] } {
  const lexed = lex(text, languageForId('python')!.syntax);
  return { code: codeOnly(text, lexed), strings: lexed.strings };
}

function clients(text: string, services: readonly string[]): string[] {
  const { code, strings } = python(text);
  return findServiceClients(text, code, strings, services).map((h) => `${h.needle}@${h.span.start}`);
}

function modelIds(text: string): string[] {
  return findModelIds(text, python(text).strings).map((h) => `${h.provider}:${h.id}`);
}

describe('client calls', () => {
  it('finds a call shape as a whole word at its word edges, also at the very start of the code', () => {
    assert.deepEqual(calls('OpenAI()', ['OpenAI(']), ['OpenAI(@0-7']);
    assert.deepEqual(calls('MyOpenAI(); OpenAI()', ['OpenAI(']), ['OpenAI(@12-19']);
    assert.deepEqual(calls('x.generate_content_async; x.generate_content', ['.generate_content']), ['.generate_content@27-44']);
    // A shape that starts with a dot follows a name: the name before it is no word edge.
    assert.deepEqual(calls('client.messages.create(', ['.messages.create(']), ['.messages.create(@6-23']);
  });

  it('does not count one place for two shapes that overlap, but counts shapes that only touch', () => {
    assert.deepEqual(calls('a.chat.completions.create(); b.completions.create()', ['.chat.completions.create(', '.completions.create(']), [
      '.chat.completions.create(@1-26',
      '.completions.create(@30-50',
    ]);
    assert.deepEqual(calls('foo(bar(', ['foo(', 'bar(']), ['foo(@0-4', 'bar(@4-8']);
    assert.deepEqual(calls('foo(bar(', ['bar(', 'foo(']), ['foo(@0-4', 'bar(@4-8']);
  });

  it('keeps the first three shapes found, in text order', () => {
    assert.deepEqual(calls('d(); c(); b(); a();', ['a(', 'b(', 'c(', 'd(']), ['c(@5-7', 'b(@10-12', 'a(@15-17']);
  });
});

describe('clients of a cloud SDK for a named service', () => {
  it('takes the first argument of a client factory or its service_name keyword', () => {
    assert.deepEqual(clients('c = boto3.client("bedrock-runtime")\n', ['bedrock-runtime']), ['bedrock-runtime@18']);
    assert.deepEqual(clients('c = session.client(service_name="bedrock")\n', ['bedrock']), ['bedrock@33']);
  });

  it('takes no comparison, argument list or other call for a client', () => {
    assert.deepEqual(clients('if service_name == "bedrock":\n    pass\n', ['bedrock']), []);
    assert.deepEqual(clients('f(service_name, "bedrock")\n', ['bedrock']), []);
    assert.deepEqual(clients('log("bedrock")\n', ['bedrock']), []);
  });

  it('keeps three clients at most', () => {
    const text = 'a = client("bedrock")\nb = client("bedrock")\nc = client("bedrock")\nd = client("bedrock")\n';
    assert.equal(clients(text, ['bedrock']).length, 3);
  });
});

describe('model ids', () => {
  it('reads ids of up to 80 characters', () => {
    const id80 = `claude-3-${'x'.repeat(71)}`;
    assert.equal(id80.length, 80);
    assert.deepEqual(modelIds(`m = "${id80}"\n`), [`anthropic:${id80}`]);
    assert.deepEqual(modelIds(`m = "${id80}y"\n`), []);
  });
});
