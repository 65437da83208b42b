import { strict as assert } from 'node:assert';
import { SourceFile } from '../text/source-file.js';
import * as model from '../../../../test/support/model-bytes.js';
import { artefactFormat, detectArtefact, detectArtefactBytes, detectInSource, isDetectionCandidate, sniffCandidate, SNIFF_HEAD, SNIFF_TAIL } from './index.js';
import { libraryUses, pythonSourceRoot, shadowedByLocalModule, suggestComponentId } from './reconcile.js';
import { LIBRARIES, PROVIDER_ALIASES, PROVIDER_TOKENS } from './libraries.js';
import { providerFromName, tableFor } from './table.js';
import { DEFAULT_DETECTION_CONFIG, type Detection, type DetectionConfig } from './types.js';

const NONE = new Set<string>();

function detect(path: string, text: string, config: DetectionConfig = DEFAULT_DETECTION_CONFIG): Detection[] {
  return detectInSource(new SourceFile(path, text), undefined, config);
}

/** `library@line:col-col` of the import detections (1-based), type-only ones marked. */
function imports(path: string, text: string, config?: DetectionConfig): string[] {
  return detect(path, text, config)
    .filter((d) => d.kind === 'import' || d.kind === 'manifest')
    .map((d) => `${d.library}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1}${d.typeOnly ? ' type' : ''}`);
}

/** What AIGOV301 would report for a file: `library:line`. */
function uses(path: string, text: string, exists: (p: string) => boolean = () => false): string[] {
  return libraryUses(path, detect(path, text), { exists, modelIds: false, extras: NONE }).map((u) => `${u.anchor.library}:${u.anchor.range.start.line + 1}`);
}

describe('detection: Python', () => {
  it('reads import and from-import forms, with exact ranges', () => {
    assert.deepEqual(imports('a.py', 'import os, openai as oa\nfrom anthropic.types import (\n  Message,\n)\n'), ['openai@1:12-18', 'anthropic@2:6-21']);
    assert.deepEqual(imports('a.py', 'from google.cloud import storage, aiplatform\n'), ['google.cloud.aiplatform@1:6-45']);
    assert.deepEqual(imports('a.py', 'try: import torch\nexcept ImportError: torch = None\n'), ['torch@1:13-18']);
  });

  it('never counts comments, strings, relative imports or look-alikes', () => {
    const text = [
      '# import openai',
      '"""',
      'from anthropic import Anthropic',
      '"""',
      "x = 'import torch'",
      'from . import openai',
      'from .transformers import pipeline',
      'import openaiish, torchlight, transformers_utils',
      'self.openai = importlib',
    ].join('\n');
    assert.deepEqual(imports('a.py', text), []);
  });

  it('counts positions in UTF-16 code units', () => {
    assert.deepEqual(imports('a.py', 's = "日本語🙂"; import openai\n'), ['openai@1:21-27']);
  });

  it('takes a sibling module or the enclosing package named like the SDK as local code', () => {
    const files = new Set(['pkg/openai.py', 'sdk/openai/__init__.py', 'sdk/openai/_client.py']);
    const exists = (p: string): boolean => files.has(p);
    assert.equal(shadowedByLocalModule('pkg/run.py', 'openai', exists), true);
    assert.equal(shadowedByLocalModule('pkg/openai.py', 'openai', () => false), false);
    assert.equal(shadowedByLocalModule('sdk/openai/_client.py', 'openai', exists), true);
    assert.equal(shadowedByLocalModule('other/run.py', 'openai', exists), false);
    assert.deepEqual(uses('pkg/run.py', 'import openai\n', exists), []);
    assert.deepEqual(uses('other/run.py', 'import openai\n', exists), ['openai:1']);
    // Several imports of one file: each is judged against the file's own source root.
    // (`src/app` is a package, so its `openai.py` is `app.openai`; `src/anthropic.py` is top level.)
    const nested = new Set(['src/app/__init__.py', 'src/app/openai.py', 'src/anthropic.py']);
    assert.deepEqual(uses('src/app/run.py', 'import openai\nimport anthropic\nimport torch\n', (p) => nested.has(p)), ['openai:1', 'torch:3']);
  });

  it('Python 3 imports are absolute: a sub-package named like the SDK deeper in the tree is not local', () => {
    const files = new Set([
      'python/pyproject.toml',
      'python/sk/__init__.py',
      'python/sk/connectors/__init__.py',
      'python/sk/connectors/ollama/__init__.py',
      'python/sk/connectors/ollama/services/__init__.py',
      'python/sk/connectors/ollama/services/chat.py',
      'src/diff/__init__.py',
      'src/diff/models/__init__.py',
      'src/diff/models/lora.py',
      'src/diff/models/transformers/__init__.py',
      'src/diff/models/peft.py',
    ]);
    const exists = (p: string): boolean => files.has(p);
    // Inside a package whose sub-package is named `ollama`: the SDK.
    assert.equal(shadowedByLocalModule('python/sk/connectors/ollama/services/chat.py', 'ollama', exists), false);
    // A sibling package or module inside a package is `sk.models.x`, not `x`.
    assert.equal(shadowedByLocalModule('src/diff/models/lora.py', 'transformers', exists), false);
    assert.equal(shadowedByLocalModule('src/diff/models/lora.py', 'peft', exists), false);
    assert.deepEqual(uses('python/sk/connectors/ollama/services/chat.py', 'from ollama import AsyncClient\n', exists), ['ollama:1']);
    assert.equal(pythonSourceRoot('python/sk/connectors/ollama/services/chat.py', exists), 'python');
  });

  it('a top-level package in the source root is local: the folder holding the top package, or a script\'s folder', () => {
    const files = new Set([
      'sdk/pyproject.toml',
      'sdk/src/openai/__init__.py',
      'sdk/src/openai/_client.py',
      'sdk/tests/test_client.py',
      'app/anthropic.py',
      'app/main.py',
      'lib/pkg/__init__.py',
      'lib/pkg/mod.py',
      'lib/ollama/__init__.py',
    ]);
    const exists = (p: string): boolean => files.has(p);
    assert.equal(shadowedByLocalModule('sdk/src/openai/_client.py', 'openai', exists), true);
    assert.equal(shadowedByLocalModule('app/main.py', 'anthropic', exists), true);
    assert.equal(shadowedByLocalModule('lib/pkg/mod.py', 'ollama', exists), true);
    assert.equal(shadowedByLocalModule('app/main.py', 'openai', exists), false);
    // A test or sample outside the package uses the SDK as installed.
    assert.equal(shadowedByLocalModule('sdk/tests/test_client.py', 'openai', exists), false);
  });

  it('counts boto3 only where it makes a client for an AI service, with that service\'s provider', () => {
    const providers = (text: string): string[] =>
      libraryUses('a.py', detect('a.py', text), { exists: () => false, modelIds: false, extras: NONE }).map((u) => `${u.anchor.library}:${u.anchor.range.start.line + 1}:${u.anchor.provider}`);
    assert.deepEqual(uses('a.py', 'import boto3\nc = boto3.client("s3")\n'), []);
    assert.deepEqual(providers('import boto3\nc = boto3.client(service_name="bedrock-runtime")\n'), ['boto3:1:aws-bedrock']);
    assert.deepEqual(providers('import boto3\nc = boto3.Session().client(\n    "bedrock-agent-runtime", region_name=r)\n'), ['boto3:1:aws-bedrock']);
    assert.deepEqual(providers('import aioboto3\nasync with session.client("sagemaker-runtime") as c:\n    pass\n'), ['aioboto3:1:aws-sagemaker']);
    assert.deepEqual(providers('import boto3\nb = boto3.client("bedrock")\ns = boto3.client("sagemaker-runtime")\n'), ['boto3:1:aws-bedrock', 'boto3:1:aws-sagemaker']);
    // Weak evidence: a call named like a Bedrock operation, or the word in a string elsewhere.
    assert.deepEqual(uses('a.py', 'import boto3\nc.converse(modelId=m)\n'), []);
    assert.deepEqual(uses('a.py', 'import boto3\nlog.info("bedrock")\nMODELS = {"bedrock": 1}\nx = "bedrock-runtime"\nc = boto3.client("s3")\n'), []);
    assert.deepEqual(uses('a.py', 'import boto3\nif service == "bedrock-runtime":\n    pass\n'), []);
  });
});

describe('detection: JavaScript and TypeScript', () => {
  it('reads ESM, re-exports, require and dynamic import', () => {
    const text = "import OpenAI from 'openai';\nexport * from \"@langchain/openai\";\nconst a = require('@anthropic-ai/sdk');\nconst o = await import(`ollama`);\nimport 'openai/shims/node';\n";
    assert.deepEqual(imports('a.ts', text), ['openai@1:21-27', '@langchain/openai@2:16-33', '@anthropic-ai/sdk@3:20-37', 'ollama@4:25-31', 'openai@5:9-26']);
  });

  it('marks type-only imports, which give no use', () => {
    const text = "import type { A } from 'openai';\nimport { type B, type C } from 'openai';\nexport type { D } from 'openai';\ntype E = typeof import('openai');\n";
    assert.deepEqual(imports('a.ts', text), ['openai@1:25-31 type', 'openai@2:33-39 type', 'openai@3:25-31 type', 'openai@4:25-31 type']);
    assert.deepEqual(uses('a.ts', text), []);
    assert.deepEqual(uses('a.ts', "import type { A } from 'openai';\nimport OpenAI, { type B } from 'openai';\n"), ['openai:2']);
    assert.deepEqual(uses('x.d.ts', "import { OpenAI } from 'openai';\n"), []);
  });

  it('ignores relative paths, member calls, module declarations and JSX text', () => {
    const text = "import a from './openai';\njest.mock('openai');\nx.require('openai');\ndeclare module 'openai' {}\nconst p = <p>\n  import X from 'openai'\n</p>;\n";
    assert.deepEqual(imports('a.tsx', text), []);
  });

  it('reads a multi-line import on the line of its specifier', () => {
    assert.deepEqual(uses('a.ts', "import {\n  ChatOpenAI,\n} from '@langchain/openai';\n"), ['@langchain/openai:3']);
  });
});

describe('detection: Java, Kotlin, Go, C#, Rust', () => {
  it('Java and Kotlin imports by package prefix, with the provider of integration packages', () => {
    const d = detect('A.java', 'import dev.langchain4j.model.anthropic.AnthropicChatModel;\nimport static com.openai.client.X.y;\n// import com.anthropic.X;\n');
    assert.deepEqual(d.map((x) => `${x.library}/${x.provider}`), ['dev.langchain4j/anthropic', 'com.openai/openai']);
    assert.deepEqual(imports('A.kt', 'import com.anthropic.client.okhttp.AnthropicOkHttpClient as C\n'), ['com.anthropic@1:8-57']);
  });

  it('Go single, aliased, blank and grouped imports', () => {
    const text = 'package x\n\nimport oa "github.com/sashabaranov/go-openai"\nimport (\n\t"fmt"\n\t_ "google.golang.org/genai"\n\t// "github.com/ollama/ollama/api"\n)\nvar s = "github.com/anthropics/anthropic-sdk-go"\n';
    assert.deepEqual(imports('a.go', text), ['github.com/sashabaranov/go-openai@3:12-45', 'google.golang.org/genai@6:5-28']);
  });

  it('C# using directives, not using statements', () => {
    const text = 'global using OpenAI;\nusing Ai = Microsoft.Extensions.AI;\nusing static Tensorflow.Binding;\nusing (var c = new OpenAIClient()) {}\nusing var d = x;\n';
    assert.deepEqual(imports('a.cs', text), ['OpenAI@1:14-20', 'Microsoft.Extensions.AI@2:12-35', 'Tensorflow@3:14-32']);
  });

  it('Rust use, groups, extern crate and paths; a local mod shadows a crate', () => {
    assert.deepEqual(imports('a.rs', 'use {async_openai::Client, serde::X};\nextern crate tch;\nfn f() { ort::init(); }\n'), ['async_openai@1:6-18', 'tch@2:14-17', 'ort@3:10-13']);
    assert.deepEqual(imports('a.rs', 'mod ort;\nuse ort::X;\nuse crate::tch::Y;\n'), []);
    assert.equal(detect('a.rs', 'fn f() { ort::init(); }\n')[0]?.confidence, 'medium');
  });
});

describe('detection: component files and fully qualified names', () => {
  it('reads the script blocks of Vue and Svelte files, in their lang, and Astro frontmatter', () => {
    const vue = [
      '<template>',
      "  <p>import x from 'openai'</p>",
      "  <!-- <script>import 'anthropic'</script> -->",
      '</template>',
      '<script setup lang="ts" generic="T extends Record<string, X>">',
      "import type { A } from 'openai'",
      "import { ChatOpenAI } from '@langchain/openai'",
      '</script>',
      '<script type="application/json">{"import": "ollama"}</script>',
      '<script lang="coffee">',
      "import 'groq-sdk'",
      '</script>',
      '<SCRIPT>',
      "const c = require('@anthropic-ai/sdk')",
      '</script >',
    ].join('\n');
    assert.deepEqual(imports('a.vue', vue), ['openai@6:25-31 type', '@langchain/openai@7:29-46', '@anthropic-ai/sdk@14:20-37']);
    assert.deepEqual(uses('a.vue', vue), ['@langchain/openai:7', '@anthropic-ai/sdk:14']);
    const svelte = '<script context="module" lang="ts">\n  import { Ollama } from "ollama";\n</script>\n<h1>{name}</h1>\n';
    assert.deepEqual(imports('a.svelte', svelte), ['ollama@2:27-33']);
    assert.deepEqual(imports('a.astro', '---\nimport OpenAI from "openai";\n---\n<h1>x</h1>\n<script>import "ollama";</script>\n'), ['openai@2:21-27', 'ollama@5:17-23']);
    assert.ok(isDetectionCandidate('c/App.vue') && isDetectionCandidate('c/App.svelte'));
    assert.deepEqual(imports('a.vue', `<script${' x="'.repeat(20_000)}`), []);
    assert.deepEqual(imports('a.vue', `<script x="${'a'.repeat(9000)}">\n</script>\n<script>import 'openai'</script>`), ['openai@3:17-23']);
  });

  it('reads past many unfinished script tags in linear time', () => {
    const t0 = performance.now();
    assert.deepEqual(imports('a.vue', `${'<script x="'.repeat(100_000)}\n<script>import 'openai'</script>`), ['openai@2:17-23']);
    assert.ok(performance.now() - t0 < 3000, 'many unfinished script tags');
  });

  it('finds fully qualified Java/Kotlin and C# names used without an import', () => {
    const cs = [
      'namespace Microsoft.SemanticKernel.Demo;',
      '// Azure.AI.OpenAI.Client in a comment',
      'public class C {',
      '  string s = "Azure.AI.OpenAI.Client";',
      '  object c = new global::Azure.AI.OpenAI.AzureOpenAIClient(uri, key);',
      '  object k = Microsoft.SemanticKernel.Kernel.CreateBuilder();',
      '  object x = foo.Amazon.BedrockRuntime.Bar;',
      '  object o = OpenAI.Chat.ChatClient;',
      '}',
    ].join('\n');
    assert.deepEqual(uses('a.cs', cs), ['Azure.AI.OpenAI:5', 'Microsoft.SemanticKernel:6']);
    const java = 'package org.example;\n\nclass A {\n  dev.langchain4j.model.openai.OpenAiChatModel m =\n      dev.langchain4j.model.openai.OpenAiChatModel.builder().build();\n  String s = "com.openai.client";\n}\n';
    assert.deepEqual(uses('A.java', java), ['dev.langchain4j:4']);
    assert.equal(detect('A.java', java).find((d) => d.kind === 'import')?.provider, 'openai');
    assert.deepEqual(uses('A.java', 'package com.openai.client;\nimport java.util.List;\n'), []);
    assert.deepEqual(uses('A.kt', 'val c = com.anthropic.client.okhttp.AnthropicOkHttpClient.fromEnv()\n'), ['com.anthropic:1']);
  });
});

describe('detection: notebooks', () => {
  it('takes a client made in one cell as backing the SDK imported in another (one namespace)', () => {
    const nb = (cells: string[][]): string => JSON.stringify({ cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, outputs: [], source })), metadata: { language_info: { name: 'python' } } }, null, 1);
    const found = (text: string): string[] => libraryUses('n.ipynb', detect('n.ipynb', text), { exists: () => false, modelIds: false, extras: NONE }).map((u) => `${u.anchor.library}/${u.anchor.provider}`);
    assert.deepEqual(found(nb([['import boto3\n', 'import json\n'], ['rt = boto3.client("bedrock-runtime")\n']])), ['boto3/aws-bedrock']);
    assert.deepEqual(found(nb([['import boto3\n'], ['s3 = boto3.client("s3")\n'], ['print("bedrock-runtime")\n']])), []);
  });

  it('reads code cells only, with ranges in the raw .ipynb text', () => {
    const nb = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['import openai\n'] },
          { cell_type: 'code', metadata: {}, outputs: [], source: ['# import anthropic\n', 'x = "\\u00e9"; from transformers import pipeline\n'] },
        ],
        metadata: { language_info: { name: 'python' } },
      },
      null,
      1,
    );
    const d = detect('n.ipynb', nb).filter((x) => x.kind === 'import');
    assert.equal(d.length, 1);
    const r = d[0]!.range;
    const line = nb.split('\n')[r.start.line]!;
    assert.equal(line.slice(r.start.character, r.end.character), 'transformers');
  });
});

describe('detection: .NET polyglot notebooks', () => {
  const csharpCell = (source: string[], metadata: object): object => ({ cell_type: 'code', execution_count: null, metadata, outputs: [], source });
  const polyglot = (cells: object[], metadata: object = { kernelspec: { display_name: '.NET (C#)', language: 'C#', name: '.net-csharp' }, language_info: { name: 'polyglot-notebook' } }): string => JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 2 }, null, 1);
  const libs = (nb: string): string[] => detect('n.ipynb', nb).filter((x) => x.kind === 'import').map((x) => `${x.library}/${x.language}`);

  it('reads C# cells of a notebook whose language_info is polyglot-notebook', () => {
    const nb = polyglot([
      { cell_type: 'markdown', metadata: {}, source: ['using OpenAI;'] },
      csharpCell(['#r "nuget: Microsoft.SemanticKernel, 1.23.0"\n', 'using Microsoft.SemanticKernel;'], { dotnet_interactive: { language: 'csharp' }, polyglot_notebook: { kernelName: 'csharp' } }),
    ]);
    assert.deepEqual(libs(nb), ['Microsoft.SemanticKernel/csharp']);
  });

  it('takes each cell\'s language from a #! magic, then its metadata, before the notebook\'s', () => {
    const nb = polyglot(
      [
        csharpCell(['#!csharp\n', 'using Azure.AI.OpenAI;\n'], {}),
        csharpCell(['using OpenAI;\n'], { dotnet_interactive: { language: 'csharp' } }),
        csharpCell(['import openai\n'], { polyglot_notebook: { kernelName: 'csharp' } }),
        csharpCell(['#!pwsh\n', 'using OpenAI;\n'], { polyglot_notebook: { kernelName: 'csharp' } }),
        csharpCell(['#!kql\n', 'using OpenAI;\n'], {}),
        csharpCell(['using Microsoft.Extensions.AI;\n'], { vscode: { languageId: 'dotnet-interactive.csharp' } }),
        csharpCell(['import anthropic\n'], { vscode: { languageId: 'python' } }),
      ],
      { kernelspec: { display_name: '.NET (C#)', language: 'C#', name: '.net-csharp' }, language_info: { name: 'polyglot-notebook' } },
    );
    assert.deepEqual(libs(nb), ['Azure.AI.OpenAI/csharp', 'OpenAI/csharp', 'Microsoft.Extensions.AI/csharp', 'anthropic/python']);
  });

  it('finds the notebook language from the polyglot default kernel or the kernelspec name', () => {
    const cell = csharpCell(['using OpenAI;\n'], {});
    assert.deepEqual(libs(polyglot([cell], { language_info: { name: 'polyglot-notebook' }, polyglot_notebook: { kernelInfo: { defaultKernelName: 'csharp', items: [{ name: 'csharp' }] } } })), ['OpenAI/csharp']);
    assert.deepEqual(libs(polyglot([cell], { kernelspec: { name: '.net-csharp' }, language_info: { name: 'polyglot-notebook' } })), ['OpenAI/csharp']);
    // A polyglot notebook that names no kernel runs C#.
    assert.deepEqual(libs(polyglot([csharpCell(['import openai\n', 'using OpenAI;\n'], {})], { language_info: { name: 'polyglot-notebook' } })), ['OpenAI/csharp']);
  });
});

describe('detection: client calls and model ids', () => {
  it('counts calls only for imported libraries', () => {
    assert.deepEqual(detect('a.py', 'client.chat.completions.create(model="x")\n'), []);
    const d = detect('a.py', 'import openai\nopenai.chat.completions.create(model="x")\n# client.messages.create()\n');
    assert.deepEqual(d.map((x) => `${x.kind}:${x.evidence}`), ['import:import openai', 'call:openai.chat.completions.create(model="x")']);
  });

  it('reports model ids only when enabled, at low confidence', () => {
    const text = 'MODEL = "gpt-4o-mini"\nOTHER = "claude-3-5-sonnet-latest"\nNOT = "o1"\n';
    assert.deepEqual(detect('a.py', text), []);
    const on = detect('a.py', text, { extraLibraries: [], modelIds: true });
    assert.deepEqual(on.map((d) => `${d.library}/${d.provider}/${d.confidence}`), ['gpt-4o-mini/openai/low', 'claude-3-5-sonnet-latest/anthropic/low']);
  });

  it('extends the table with detection.libraries.extra', () => {
    const config: DetectionConfig = { extraLibraries: [{ name: 'acme_llm', provider: 'acme' }, { name: '@acme/llm' }], modelIds: false };
    assert.deepEqual(detect('a.py', 'import acme_llm.chat\n', config).map((d) => `${d.library}/${d.provider}/${String(d.extra)}`), ['acme_llm/acme/true']);
    assert.deepEqual(imports('a.ts', "import x from '@acme/llm';\n", config), ['@acme/llm@1:16-25']);
    assert.deepEqual(imports('a.py', 'import acme_llm\n'), []);
  });
});

describe('detection: manifests', () => {
  it('finds AI dependencies on their exact line, not in comments', () => {
    assert.deepEqual(imports('requirements.txt', '# openai\nOpenAI[datalib] >= 1 ; python_version > "3.8"\n-r base.txt\nlangchain_openai\n'), ['OpenAI@2:1-7', 'langchain_openai@4:1-17']);
    assert.deepEqual(imports('svc/package.json', '{ "dependencies": { "openai": "4" }, "scripts": { "ollama": "x" } }'), ['openai@1:22-28']);
    assert.deepEqual(imports('Cargo.toml', '[dependencies]\noai = { package = "async-openai", version = "1" }\n[target.\'cfg(unix)\'.dependencies]\ntch = "0.1"\n'), ['async-openai@2:20-32', 'tch@4:1-4']);
    assert.deepEqual(imports('libs.versions.toml', '[libraries]\noai = { module = "com.openai:openai-java", version = "1" }\n'), ['com.openai:openai-java@2:19-41']);
    assert.deepEqual(imports('Directory.Packages.props', '<Project><ItemGroup>\n<PackageVersion Include="Microsoft.SemanticKernel" Version="1" />\n</ItemGroup></Project>'), ['Microsoft.SemanticKernel@2:26-50']);
  });

  it('derives the provider of integration packages', () => {
    assert.equal(providerFromName('langchain-google-genai'), 'google');
    assert.equal(providerFromName('.model.azure.AzureOpenAiChatModel'), 'azure-openai');
    assert.equal(providerFromName('core'), undefined);
    assert.equal(tableFor(DEFAULT_DETECTION_CONFIG).lookupMaven('dev.langchain4j', 'langchain4j-ollama')?.provider, 'ollama');
  });
});

describe('detection: the library table', () => {
  const table = tableFor(DEFAULT_DETECTION_CONFIG);
  const who = (eco: Parameters<typeof table.lookup>[0], name: string): string => {
    const m = table.lookup(eco, name);
    return m ? `${m.entry.family}/${m.provider}/${m.entry.kind}` : '-';
  };

  it('records a provider and a kind for every entry, and names every model vendor for AIGOV303', () => {
    for (const e of LIBRARIES) {
      assert.ok(e.provider !== '' && e.kind !== undefined, e.family);
      if (e.vendor) assert.ok(PROVIDER_ALIASES[e.provider], `${e.family}: no aliases for ${e.provider}`);
      for (const sv of e.services ?? []) assert.ok(PROVIDER_ALIASES[sv.provider], `${sv.name}: no aliases for ${sv.provider}`);
    }
    for (const [, provider] of PROVIDER_TOKENS) assert.ok(PROVIDER_ALIASES[provider], provider);
  });

  it('knows the cloud providers\' AI SDKs in every language', () => {
    assert.equal(who('go', 'github.com/aws/aws-sdk-go/service/sagemakerruntime'), 'Amazon SageMaker/aws-sagemaker/model');
    assert.equal(who('go', 'github.com/aws/aws-sdk-go-v2/service/bedrock/types'), 'AWS Bedrock/aws-bedrock/llm-app');
    assert.equal(who('dotnet', 'Amazon.BedrockAgentRuntime.Model'), 'AWS Bedrock/aws-bedrock/llm-app');
    assert.equal(who('dotnet', 'Amazon.BedrockAgent'), 'AWS Bedrock/aws-bedrock/llm-app');
    assert.equal(who('npm', '@ibm-cloud/watsonx-ai'), 'IBM watsonx/ibm-watsonx/llm-app');
    assert.equal(who('go', 'github.com/IBM/watsonx-go/pkg/models'), 'IBM watsonx/ibm-watsonx/llm-app');
    assert.equal(who('python', 'ibm_watsonx_ai.foundation_models'), 'IBM watsonx/ibm-watsonx/llm-app');
    assert.equal(who('python', 'oci.generative_ai_inference.models'), 'OCI Generative AI/oci-genai/llm-app');
    assert.equal(who('python', 'oci.object_storage'), '-');
    assert.equal(who('jvm', 'com.oracle.bmc.generativeaiinference.GenerativeAiInferenceClient'), 'OCI Generative AI/oci-genai/llm-app');
    assert.equal(who('dotnet', 'Azure.AI.Agents.Persistent'), 'Azure OpenAI/azure-openai/llm-app');
    assert.equal(who('dotnet', 'Microsoft.Agents.CopilotStudio.Client'), 'Microsoft Copilot Studio/copilot-studio/agent');
    assert.equal(who('python', 'a2a.server.apps'), 'Agent2Agent (A2A)/a2a/agent');
    assert.equal(who('dotnet', 'A2A'), 'Agent2Agent (A2A)/a2a/agent');
    assert.equal(who('python', 'promptflow.core'), 'Prompt flow/promptflow/llm-app');
    assert.equal(who('python', 'promptflow.connections'), 'Prompt flow/promptflow/llm-app');
    assert.equal(who('python', 'onnxruntime_genai'), 'ONNX Runtime/onnx/model');
    assert.equal(who('dotnet', 'Microsoft.ML.OnnxRuntimeGenAI'), 'ONNX Runtime/onnx/model');
    assert.equal(who('python', 'tensorrt'), 'NVIDIA TensorRT/nvidia-tensorrt/model');
    assert.equal(who('python', 'tensorrt_llm.runtime'), 'NVIDIA TensorRT/nvidia-tensorrt/model');
    assert.equal(who('go', 'github.com/gomlx/go-huggingface/hub'), 'Hugging Face/huggingface/model');
    assert.equal(who('go', 'github.com/hupe1980/go-huggingface'), 'Hugging Face Inference/huggingface/llm-app');
    assert.equal(who('python', 'google.adk.agents'), 'Google Agent Development Kit/google/agent');
  });

  it('reads Go import paths with any major-version segment', () => {
    assert.equal(who('go', 'github.com/cohere-ai/cohere-go/v2/client'), 'Cohere/cohere/llm-app');
    assert.equal(who('go', 'github.com/oracle/oci-go-sdk/v65/generativeaiinference'), 'OCI Generative AI/oci-genai/llm-app');
    assert.equal(who('go', 'github.com/oracle/oci-go-sdk/v65/common'), '-');
    // The library is the table's module path, whatever version the code imports.
    assert.equal(table.lookup('go', 'github.com/cohere-ai/cohere-go/v2/client')?.library, 'github.com/cohere-ai/cohere-go');
    assert.equal(table.lookup('go', 'github.com/oracle/oci-go-sdk/v65/generativeai/x')?.library, 'github.com/oracle/oci-go-sdk/v65/generativeai');
    assert.equal(who('go', 'github.com/v2/cohere-go'), '-');
  });

  it('lists the AI packages of a scope, never its tooling', () => {
    for (const tool of ['@langchain/build', '@langchain/eslint', '@langchain/scripts', '@langchain/tsconfig', '@langchain/standard-tests', '@ai-sdk/codemod', '@anthropic-ai/mcpb', '@openai/codex-sdk-build', '@tensorflow/eslint-config']) {
      assert.equal(who('npm', tool), '-', tool);
    }
    assert.equal(who('npm', '@langchain/google-genai'), 'LangChain/google/llm-app');
    assert.equal(who('npm', '@langchain/langgraph'), 'LangChain/langchain/llm-app');
    assert.equal(who('npm', '@langchain/langgraph-checkpoint'), 'LangChain/langchain/llm-app');
    assert.equal(who('npm', '@langchain/core'), 'LangChain/langchain/llm-app');
    assert.equal(who('npm', '@ai-sdk/amazon-bedrock'), 'Vercel AI SDK/aws-bedrock/llm-app');
    assert.equal(who('npm', '@ai-sdk/openai'), 'Vercel AI SDK/openai/llm-app');
    assert.equal(who('npm', '@anthropic-ai/sdk'), 'Anthropic/anthropic/llm-app');
    assert.equal(who('npm', '@tensorflow/tfjs-node'), 'TensorFlow/tensorflow/model');
    assert.deepEqual(uses('a.ts', "import { build } from '@langchain/build';\nimport { ChatOpenAI } from '@langchain/openai';\n"), ['@langchain/openai:2']);
  });
});

describe('detection: model artefacts by their bytes', () => {
  const of = (bytes: Uint8Array, path = 'm/model.bin'): string => {
    const d = detectArtefactBytes(path, { head: bytes.subarray(0, SNIFF_HEAD), tail: bytes.subarray(Math.max(0, bytes.length - SNIFF_TAIL)), size: bytes.length });
    return d ? `${d.library}/${d.confidence}` : '-';
  };

  it('recognises GGML, GGUF, safetensors, ONNX, TFLite and PyTorch archives by their signature', () => {
    assert.equal(of(model.ggml('lmgg'), 'models/for-tests-ggml-tiny.bin'), 'ggml/high');
    assert.equal(of(model.ggml('tjgg')), 'ggml/high');
    assert.equal(of(model.ggml('fmgg')), 'ggml/high');
    assert.equal(of(model.ggml('GGUF')), 'gguf/high');
    assert.equal(of(model.safetensors()), 'safetensors/high');
    assert.equal(of(model.onnx()), 'onnx/high');
    assert.equal(of(model.tflite()), 'tflite/high');
    assert.equal(of(model.torchscript(), 'vad.zip'), 'torchscript/high');
    // The directory starts before the sampled tail: its entries in the tail still count.
    const many = model.zip({ ...Object.fromEntries([...Array(3000).keys()].map((i) => [`archive/data/${i}`, 'x'])), 'archive/data.pkl': 'p', 'archive/version': '3' });
    assert.equal(of(many, 'w.zip'), 'pytorch/high');
  });

  it('takes nothing else for a model: other zips, text, images, data, truncated headers', () => {
    assert.equal(of(model.zip({ 'docs/readme.md': '# x', 'data.csv': 'a,b' }), 'a.zip'), '-');
    assert.equal(of(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\n')), '-');
    assert.equal(of(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])), '-');
    assert.equal(of(Buffer.from([0x08, 0x01, 0x10, 0x05, 0xff, 0xff])), '-');
    assert.equal(of(Buffer.from('lmg')), '-');
    assert.equal(of(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x7b, 0x22])), '-');
    assert.equal(of(Buffer.from('PK\u0005\u0006')), '-');
    assert.equal(of(new Uint8Array(0)), '-');
  });

  it('samples only files that a name cannot judge, and knows TorchScript .jit by name', () => {
    for (const p of ['a.bin', 'w/model.dat', 'x.zip', 'm.weights', 'pytorch_model.bin']) assert.ok(sniffCandidate(p), p);
    for (const p of ['a.onnx', 'a.py', 'a.png', 'a.safetensors', 'README']) assert.ok(!sniffCandidate(p), p);
    assert.equal(artefactFormat('src/silero_vad/data/silero_vad.jit')?.format, 'torchscript');
  });
});

describe('detection: model artefacts', () => {
  it('judges generic extensions by name and place', () => {
    const f = (p: string): string => {
      const a = artefactFormat(p);
      return a ? `${a.format}/${a.confidence}` : '-';
    };
    assert.equal(f('m/model.onnx'), 'onnx/high');
    assert.equal(f('export/saved_model/saved_model.pb'), 'tensorflow/high');
    assert.equal(f('export/saved_model/x.pb'), 'tensorflow/high');
    assert.equal(f('proto/message.pb'), 'tensorflow/low');
    assert.equal(f('out/classifier.pkl'), 'pickle/medium');
    assert.equal(f('data/cache.pkl'), 'pickle/low');
    assert.equal(f('hf/pytorch_model-00001-of-00002.bin'), 'weights/medium');
    assert.equal(f('firmware/blob.bin'), '-');
    assert.equal(f('data/emb.npy'), '-');
    assert.equal(f('ios/Model.mlpackage/Data/weights.bin'), 'coreml/high');
    assert.equal(detectArtefact('src/main.py'), undefined);
  });

  it('tells which files detection reads', () => {
    for (const p of ['a.py', 'b.tsx', 'c.go', 'go.mod', 'pom.xml', 'x/requirements-dev.txt', 'n.ipynb', 'Cargo.toml']) assert.ok(isDetectionCandidate(p), p);
    for (const p of ['README.md', 'notes.txt', 'style.css']) assert.ok(!isDetectionCandidate(p), p);
  });
});

describe('detection: suggested ids', () => {
  it('builds a kebab-case id from the nearest meaningful folder and the provider', () => {
    const none = (): boolean => false;
    assert.equal(suggestComponentId('services/support/src/bot.py', 'openai', none), 'support-openai');
    assert.equal(suggestComponentId('src/main.py', 'pytorch', none), 'pytorch');
    assert.equal(suggestComponentId('chatBot/index.ts', 'anthropic', (id) => id === 'chat-bot-anthropic'), 'chat-bot-anthropic-2');
  });
});

describe('detection: robustness', () => {
  it('stays linear on adversarial input and never throws', () => {
    const cases: [string, string][] = [
      ['a.py', `import ${'a.'.repeat(50_000)}openai\n`],
      ['a.py', `from ${'('.repeat(50_000)} import openai\n`],
      ['a.ts', `${"from '".repeat(30_000)}openai'\n`],
      ['a.ts', `import {${' type x,'.repeat(20_000)}} from 'openai'\n`],
      ['a.go', `import (${'\n"x"'.repeat(30_000)}\n"github.com/openai/openai-go"\n`],
      ['a.go', `${'import (/*'.repeat(10_000)}\n"github.com/openai/openai-go"\n`],
      ['a.go', `${'import ("'.repeat(10_000)}\n"github.com/openai/openai-go"\n`],
      ['a.py', `${'importlib.import_module(# (\n'.repeat(10_000)}"openai")\n`],
      ['a.py', `${'__import__(' + '"'.repeat(3)}${'x'.repeat(100_000)}"openai")\n`],
      ['a.rs', `use {${'{'.repeat(30_000)}async_openai::X;\n`],
      ['a.cs', `using ${'A.'.repeat(40_000)}OpenAI;\n`],
      ['requirements.txt', `${'openai'.repeat(100_000)}\n`],
      ['pom.xml', `${'<dependency>'.repeat(20_000)}`],
      ['x.csproj', `<PackageReference ${'a'.repeat(100_000)}`],
    ];
    for (const [path, text] of cases) {
      const t0 = performance.now();
      detect(path, text);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${path} took ${ms.toFixed(0)} ms`);
    }
  });

  it('skips files without AI names quickly', () => {
    const text = `import os\nimport json\n${'def f(x):\n    return x * 2  # important: from here\n'.repeat(40_000)}`;
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) assert.deepEqual(detect('big.py', text), []);
    assert.ok(performance.now() - t0 < 2000);
  });
});
