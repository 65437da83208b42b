import assert from 'node:assert/strict';
import { SourceFile } from '../text/source-file.js';
import { detectInSource } from './index.js';
import { serviceClientsIn } from './source.js';
import { DEFAULT_DETECTION_CONFIG, type Detection, type DetectionConfig } from './types.js';

function detect(path: string, text: string, config: DetectionConfig = DEFAULT_DETECTION_CONFIG): Detection[] {
  return detectInSource(new SourceFile(path, text), undefined, config);
}

/** `kind:library/provider@line` of each detection, in the order given. */
function summary(ds: readonly Detection[]): string[] {
  return ds.map((d) => `${d.kind}:${d.library}/${d.provider}@${d.range.start.line + 1}`);
}

function notebook(cells: string[][]): string {
  return JSON.stringify({ cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, outputs: [], source })), metadata: { language_info: { name: 'python' } } }, null, 1);
}

const MODEL_IDS: DetectionConfig = { extraLibraries: [], modelIds: true };

describe('detection in code: what each detection holds', () => {
  it('lists the detections of a file in text order, model ids among imports and calls', () => {
    const text = 'MODEL = "gpt-4o"\nimport openai\nopenai.chat.completions.create(model=MODEL)\nOTHER = "claude-3-5-sonnet-latest"\n';
    assert.deepEqual(summary(detect('a.py', text, MODEL_IDS)), [
      'model-id:gpt-4o/openai@1',
      'import:openai/openai@2',
      'call:openai/openai@3',
      'model-id:claude-3-5-sonnet-latest/anthropic@4',
    ]);
  });

  it('reports a model id as a vendor\'s model of an LLM app, and only when model ids are on', () => {
    const text = 'import openai\nMODEL = "gpt-4o"\n';
    assert.deepEqual(summary(detect('a.py', text)), ['import:openai/openai@1']);
    const id = detect('a.py', text, MODEL_IDS).find((d) => d.kind === 'model-id');
    assert.deepEqual(id && { family: id.family, vendor: id.vendor, componentKind: id.componentKind, confidence: id.confidence, extra: id.extra }, {
      family: 'openai model id',
      vendor: true,
      componentKind: 'llm-app',
      confidence: 'low',
      extra: undefined,
    });
  });

  it('quotes the line of a detection, trimmed, and cuts a line longer than 200 characters', () => {
    assert.equal(detect('a.py', '    import openai   \n')[0]?.evidence, 'import openai');
    const at200 = `import openai  # ${'x'.repeat(200 - 17)}`;
    assert.equal(at200.length, 200);
    assert.equal(detect('a.py', `${at200}\n`)[0]?.evidence, at200);
    const long = `import openai  # ${'x'.repeat(250)}`;
    assert.equal(detect('a.py', `${long}\n`)[0]?.evidence, `${long.slice(0, 197)}...`);
  });

  it('names the local module a Python import could be shadowed by (its first segment), and no other language\'s', () => {
    assert.deepEqual(
      detect('a.py', 'import openai.types\n').map((d) => d.localModule),
      ['openai'],
    );
    assert.deepEqual(
      detect('a.ts', "import OpenAI from 'openai';\n").map((d) => d.localModule),
      [undefined],
    );
  });

  it('takes a call of a library from the first import of that library, not a type-only one', () => {
    const text = 'from langchain_openai import ChatOpenAI\nfrom langchain_anthropic import ChatAnthropic\nllm.invoke("hi")\n';
    assert.deepEqual(summary(detect('a.py', text)), [
      'import:langchain_openai/openai@1',
      'import:langchain_anthropic/anthropic@2',
      'call:langchain_openai/openai@3',
    ]);
    assert.deepEqual(summary(detect('a.ts', "import type OpenAI from 'openai';\nclient.chat.completions.create({});\n")), ['import:openai/openai@1']);
  });

  it('marks the manifest dependencies that come from extra libraries, with the line trimmed and cut at 200', () => {
    const config: DetectionConfig = { extraLibraries: [{ name: 'acme-llm', provider: 'acme' }], modelIds: false };
    const ds = detect('requirements.txt', `   acme-llm==1.0   \nopenai==1.2  # ${'x'.repeat(250)}\n`, config);
    assert.deepEqual(ds.map((d) => `${d.library}:${String(d.extra === true)}:${d.evidence.length}`), ['acme-llm:true:13', 'openai:false:200']);
    assert.equal(ds[0]?.evidence, 'acme-llm==1.0');
  });
});

describe('detection in code: general cloud SDKs', () => {
  it('reports a boto3 import once per provider of the AI services it makes clients for, other imports as they are', () => {
    const text = ['import boto3', 'import openai', 'a = boto3.client("bedrock-runtime")', 'b = boto3.client("bedrock-agent-runtime")', 'c = boto3.client("sagemaker-runtime")', ''].join('\n');
    assert.deepEqual(summary(detect('a.py', text).filter((d) => d.kind === 'import')), [
      'import:boto3/aws-bedrock@1',
      'import:boto3/aws-sagemaker@1',
      'import:openai/openai@2',
    ]);
  });

  it('takes the clients of other notebook cells only when the cell makes none itself, once per provider', () => {
    const imports = (cells: string[][]): string[] => detect('n.ipynb', notebook(cells)).filter((d) => d.kind === 'import').map((d) => `${d.library}/${d.provider}`);
    assert.deepEqual(imports([['a = boto3.client("bedrock-runtime")\n', 'b = boto3.client("bedrock-agent-runtime")\n'], ['import boto3\n', 'import openai\n']]), [
      'boto3/aws-bedrock',
      'openai/openai',
    ]);
    assert.deepEqual(imports([['a = boto3.client("bedrock-runtime")\n'], ['import boto3\n', 'c = boto3.client("sagemaker-runtime")\n']]), ['boto3/aws-sagemaker']);
    assert.deepEqual(imports([['a = boto3.client("bedrock-runtime")\n', 'b = boto3.client("sagemaker-runtime")\n'], ['import boto3\n']]), ['boto3/aws-bedrock', 'boto3/aws-sagemaker']);
  });

  it('lists the AI services a piece of code makes clients for', () => {
    assert.deepEqual(serviceClientsIn('import boto3\ns3 = boto3.client("s3")\n', 'python'), []);
    assert.deepEqual(serviceClientsIn('rt = boto3.client("bedrock-runtime")\n', 'python'), ['bedrock-runtime']);
    assert.deepEqual(serviceClientsIn('rt = boto3.client("bedrock-runtime")\n', 'no-such-language'), []);
  });
});

describe('detection in files: which files and how', () => {
  it('reads frontmatter as code only in Astro components', () => {
    const text = "---\nimport OpenAI from 'openai';\n---\n<p>hi</p>\n";
    assert.deepEqual(summary(detect('a.astro', text)), ['import:openai/openai@2']);
    assert.deepEqual(summary(detect('a.svelte', text)), []);
  });

  it('takes every import of a declaration file or a Python stub as type-only, and only theirs', () => {
    const typeOnly = (path: string, text: string): boolean[] => detect(path, text).map((d) => d.typeOnly === true);
    assert.deepEqual(typeOnly('types.d.ts', "import OpenAI from 'openai';\n"), [true]);
    assert.deepEqual(typeOnly('types.d.mts', "import OpenAI from 'openai';\n"), [true]);
    assert.deepEqual(typeOnly('types.d.cts', "import OpenAI from 'openai';\n"), [true]);
    assert.deepEqual(typeOnly('stubs/client.pyi', 'import openai\n'), [true]);
    assert.deepEqual(typeOnly('view.d.tsx', "import OpenAI from 'openai';\n"), [false]);
    assert.deepEqual(typeOnly('tools/app.pyinstaller.py', 'import openai\n'), [false]);
  });
});
