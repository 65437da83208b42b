import assert from 'node:assert/strict';
import { LibraryTable, providerFromName, tableFor } from './table.js';
import type { DetectionConfig } from './types.js';

// Each test builds its own table: `tableFor` keeps one per list of extras, so a table built once
// would hide a broken build from every later test.

type Eco = Parameters<LibraryTable['lookup']>[0];

/** `library provider` of a lookup, or undefined. */
function found(t: LibraryTable, eco: Eco, name: string): string | undefined {
  const m = t.lookup(eco, name);
  return m ? `${m.library} ${m.provider}` : undefined;
}

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0]);
}

describe('library table', () => {
  it('finds the built-in names of every ecosystem, not marked as extras', () => {
    const t = new LibraryTable();
    assert.equal(found(t, 'python', 'openai'), 'openai openai');
    assert.equal(found(t, 'npm', 'openai'), 'openai openai');
    assert.equal(found(t, 'jvm', 'com.openai.client'), 'com.openai openai');
    assert.equal(found(t, 'go', 'github.com/openai/openai-go'), 'github.com/openai/openai-go openai');
    assert.equal(found(t, 'dotnet', 'OpenAI.Chat'), 'OpenAI openai');
    assert.equal(found(t, 'crates', 'async_openai'), 'async_openai openai');
    assert.equal(found(t, 'pypi', 'openai'), 'openai openai');
    assert.equal(found(t, 'nuget', 'openai'), 'openai openai');
    assert.equal(t.lookupMaven('com.openai', 'openai-java')?.library, 'com.openai:openai-java');
    assert.equal(t.lookup('python', 'openai')?.extra, false);
    assert.equal(t.lookup('python', 'openai')?.vendor, true);
  });

  it('matches a name or its submodules at a segment boundary, never a longer name', () => {
    const t = new LibraryTable();
    assert.equal(found(t, 'python', 'openai.types.chat'), 'openai openai');
    assert.equal(found(t, 'python', 'openaix'), undefined);
    assert.equal(found(t, 'npm', 'openaix'), undefined);
    assert.equal(found(t, 'npm', 'openai/resources'), 'openai openai');
    assert.equal(found(t, 'jvm', 'com.openaix.Client'), undefined);
    assert.equal(found(t, 'go', 'github.com/openai/openai-gox'), undefined);
    assert.equal(found(t, 'dotnet', 'OpenAIX'), undefined);
    assert.equal(found(t, 'crates', 'async_openaix'), undefined);
    assert.equal(found(t, 'pypi', 'openaix'), undefined);
    assert.equal(found(t, 'nuget', 'OpenAIX'), undefined);
    // A name that starts with the separator matches nothing (and the search ends).
    assert.equal(found(t, 'python', '.openai'), undefined);
  });

  it('reads a wildcard entry as a name prefix, and an integration package names its vendor', () => {
    const t = new LibraryTable();
    assert.equal(found(t, 'python', 'langchain_openai.chat_models'), 'langchain_openai openai');
    assert.equal(found(t, 'python', 'langchain_community'), 'langchain_community langchain');
    assert.equal(found(t, 'python', 'langchain'), 'langchain langchain');
    // Only the prefix before the star: `lxml` is no LangChain package.
    assert.equal(found(t, 'python', 'lxml'), undefined);
    assert.equal(found(t, 'npm', '@openai/agents-core'), '@openai/agents-core openai');
  });

  it('normalises PyPI names as PEP 503 does, runs of separators included', () => {
    const t = new LibraryTable();
    assert.equal(t.lookup('pypi', 'Llama__Index')?.entry.family, 'LlamaIndex');
    assert.equal(t.lookup('pypi', 'llama.index')?.entry.family, 'LlamaIndex');
  });

  it('leaves out the major-version segments of a Go path, and only those, and only in Go', () => {
    const t = new LibraryTable();
    assert.equal(found(t, 'go', 'github.com/cohere-ai/cohere-go/v2/client'), 'github.com/cohere-ai/cohere-go cohere');
    assert.equal(t.lookup('go', 'github.com/oracle/oci-go-sdk/v65/generativeai')?.library, 'github.com/oracle/oci-go-sdk/v65/generativeai');
    assert.equal(found(t, 'go', 'github.com/oracle/oci-go-sdk/xv65/generativeai'), undefined);
    assert.equal(found(t, 'go', 'github.com/oracle/oci-go-sdk/v65beta/generativeai'), undefined);
    assert.equal(found(t, 'npm', 'github.com/oracle/oci-go-sdk/v65/generativeai'), undefined);
  });

  it('matches Maven coordinates by group and subgroup, exact artifact and artifact prefix', () => {
    const t = new LibraryTable();
    assert.equal(t.lookupMaven('com.openai.sub', 'x')?.library, 'com.openai.sub:x');
    assert.equal(t.lookupMaven('sub.com.openai', 'x'), undefined);
    assert.equal(t.lookupMaven('com.azure', 'azure-ai-openai')?.provider, 'azure-openai');
    assert.equal(t.lookupMaven('com.azure', 'azure-ai-agents-persistent')?.library, 'com.azure:azure-ai-agents-persistent');
    assert.equal(t.lookupMaven('com.azure', 'azure-storage-blob'), undefined);
    assert.equal(t.lookupMaven('com.azure', 'azure-ai-openaix'), undefined);
    assert.equal(t.lookupMaven('com.azure', 'x-azure-ai-agents'), undefined);
    assert.equal(t.lookupMaven('com.azurex', 'azure-ai-openai'), undefined);
    assert.equal(t.lookupMaven('software.amazon.awssdk', 'bedrockruntime')?.provider, 'aws-bedrock');
  });

  it('keeps the Rust crate names as code writes them', () => {
    const t = new LibraryTable();
    assert.ok(t.rustNames.has('async_openai'));
    assert.ok(t.rustNames.has('langchain_rust'));
    assert.ok(t.pythonRoots.exact.has('openai'));
  });

  it('compiles fully qualified JVM and .NET names of two segments or more, longest first', () => {
    const t = new LibraryTable();
    assert.deepEqual(matches(t.qualified.jvm, 'var m = dev.langchain4j.model.Chat; x.dev.langchain4j.y.Z;'), ['dev.langchain4j']);
    assert.deepEqual(matches(t.qualified.dotnet, 'new Azure.AI.OpenAI.Client(); OpenAI.Chat.Client'), ['Azure.AI.OpenAI']);
    assert.deepEqual(matches(t.qualified.dotnet, 'Microsoft.ML.OnnxRuntime.InferenceSession'), ['Microsoft.ML.OnnxRuntime']);
    // Followed by a member, not the end of the name.
    assert.deepEqual(matches(t.qualified.dotnet, 'Azure.AI.OpenAI;'), []);
    // An extra name that extends a built-in one comes after it in the table, and still wins.
    const extra = new LibraryTable([{ name: 'Azure.AI.OpenAI.Assistants' }]);
    assert.deepEqual(matches(extra.qualified.dotnet, 'Azure.AI.OpenAI.Assistants.Client'), ['Azure.AI.OpenAI.Assistants']);
  });

  describe('extra libraries', () => {
    it('are trimmed, never override a built-in name, and name their provider when given', () => {
      const t = new LibraryTable([{ name: '  acme_ai ' }, { name: 'openai', provider: 'acme' }, { name: 'corp_llm', provider: 'corp' }, { name: '   ' }]);
      const acme = t.lookup('python', 'acme_ai');
      assert.deepEqual(acme && { library: acme.library, provider: acme.provider, vendor: acme.vendor, extra: acme.extra }, { library: 'acme_ai', provider: 'acme_ai', vendor: false, extra: true });
      const corp = t.lookup('python', 'corp_llm');
      assert.deepEqual(corp && { provider: corp.provider, vendor: corp.vendor }, { provider: 'corp', vendor: true });
      const openai = t.lookup('python', 'openai');
      assert.deepEqual(openai && { provider: openai.provider, extra: openai.extra }, { provider: 'openai', extra: false });
    });

    it('go into every ecosystem whose names they fit', () => {
      const t = new LibraryTable([{ name: 'acme_ai' }, { name: 'com.acme.ai' }, { name: 'github.com/acme/ai-go' }, { name: '@acme/ai' }, { name: '_lowline' }, { name: 'acme+ai' }]);
      assert.equal(found(t, 'python', 'acme_ai'), 'acme_ai acme_ai');
      assert.equal(found(t, 'pypi', 'Acme-AI'), 'Acme-AI acme_ai');
      assert.equal(found(t, 'npm', 'acme_ai'), 'acme_ai acme_ai');
      assert.equal(found(t, 'crates', 'acme_ai'), 'acme_ai acme_ai');
      assert.equal(found(t, 'dotnet', 'acme_ai'), 'acme_ai acme_ai');
      assert.equal(found(t, 'nuget', 'acme_ai'), 'acme_ai acme_ai');
      // One segment is no JVM package or Maven group, and no Go path.
      assert.equal(found(t, 'jvm', 'acme_ai'), undefined);
      assert.equal(t.lookupMaven('acme_ai', 'x'), undefined);
      assert.equal(found(t, 'go', 'acme_ai'), undefined);
      assert.equal(found(t, 'jvm', 'com.acme.ai.Client'), 'com.acme.ai com.acme.ai');
      assert.equal(t.lookupMaven('com.acme.ai', 'sdk')?.library, 'com.acme.ai:sdk');
      assert.equal(found(t, 'go', 'github.com/acme/ai-go'), 'github.com/acme/ai-go github.com/acme/ai-go');
      assert.equal(found(t, 'npm', '@acme/ai'), '@acme/ai @acme/ai');
      assert.equal(found(t, 'go', '@acme/ai'), undefined);
      // A PyPI name starts with a letter or digit and holds nothing but letters, digits, `._-`.
      assert.equal(found(t, 'python', '_lowline'), '_lowline _lowline');
      assert.equal(found(t, 'pypi', '_lowline'), undefined);
      assert.equal(found(t, 'pypi', 'acme+ai'), undefined);
    });

    it('go only into the ecosystems of their language, named in any case', () => {
      const t = new LibraryTable([{ name: 'acme_ai', language: ' TypeScript ' }]);
      assert.equal(found(t, 'npm', 'acme_ai'), 'acme_ai acme_ai');
      assert.equal(found(t, 'python', 'acme_ai'), undefined);
      assert.equal(found(t, 'pypi', 'acme_ai'), undefined);
    });
  });

  it('reads the vendor of an integration package from its name, separators left out', () => {
    assert.equal(providerFromName('langchain-google-vertexai'), 'google');
    assert.equal(providerFromName('@langchain/open-ai'), 'openai');
    assert.equal(providerFromName('llama_index.llms.hugging_face'), 'huggingface');
    assert.equal(providerFromName('langchain_core'), undefined);
    assert.equal(providerFromName(''), undefined);
  });

  it('gives the same table for the same extras', () => {
    const config = (extraLibraries: DetectionConfig['extraLibraries']): DetectionConfig => ({ extraLibraries, modelIds: false });
    assert.equal(tableFor(config([])), tableFor(config([])));
    assert.equal(tableFor(config([{ name: 'acme_ai' }])), tableFor(config([{ name: 'acme_ai' }])));
    assert.notEqual(tableFor(config([{ name: 'acme_ai' }])), tableFor(config([])));
    assert.ok(tableFor(config([{ name: 'acme_ai' }])).lookup('python', 'acme_ai'));
  });
});
