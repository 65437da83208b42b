// Bundles the engine, the Node workspace and the AI-library table with the same esbuild
// settings as `npm run compile`, so the in-process numbers come from the code that ships.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { bundleOptions } from '../esbuild-options.mjs';

export async function buildEngineBundle(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'engine.cjs');
  const lines = [
    "export { Engine } from './server/src/core/engine.ts';",
    "export { NodeWorkspace } from './server/src/node/fs-workspace.ts';",
    "export { DEFAULT_EXCLUDES } from './server/src/core/excludes.ts';",
    "export { WorkerHelpers, findWorkerScript, defaultWorkerCount } from './server/src/node/worker-helpers.ts';",
    // For the phase experiments (scripts/bench/phases.mjs).
    "export { decodeText, SourceFile } from './server/src/core/text/source-file.ts';",
    "export { scanAnnotations } from './server/src/core/annotations/annotations.ts';",
    "export { detectInSource, detectArtefact } from './server/src/core/detection/index.ts';",
    "export { DEFAULT_DETECTION_CONFIG } from './server/src/core/detection/types.ts';",
  ];
  if (existsSync(path.join(root, 'server/src/core/detection/libraries.ts'))) lines.push("export { LIBRARIES } from './server/src/core/detection/libraries.ts';");
  await esbuild.build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    ...bundleOptions('bench'),
    logLevel: 'error',
    outfile,
  });
  return outfile;
}

const FALLBACK_NAMES = ['openai', 'anthropic', '@anthropic-ai', 'transformers', 'huggingface', 'torch', 'tensorflow', 'langchain', 'llama_index', 'ollama', 'google.genai', 'generativeai', '@google/genai', 'vertexai', 'bedrockruntime', 'bedrock-runtime', 'sklearn', 'onnxruntime', 'mistralai', 'cohere', 'groq', 'semantic_kernel', 'litellm', 'langchain4j', 'go-openai', 'anthropic-sdk-go', 'langchaingo', 'Microsoft.Extensions.AI', 'Azure.AI.OpenAI', 'async_openai', 'candle_core'];

/**
 * The detection pattern for `rg`: an alternation of every library name in the table (import
 * names, packages, namespaces, crates in their `_` spelling), longest first, regex-escaped.
 */
export function detectionPattern(libraries) {
  const names = new Set();
  const addName = (n) => {
    let s = String(n).replace(/\/\*$/, '/').replace(/\*$/, '');
    if (s.length < 2) return;
    names.add(s);
  };
  if (Array.isArray(libraries) && libraries.length > 0) {
    for (const e of libraries) {
      for (const key of ['python', 'npm', 'jvm', 'go', 'dotnet']) for (const n of e[key] ?? []) addName(n);
      for (const n of e.crates ?? []) addName(n.replace(/-/g, '_'));
    }
  } else {
    for (const n of FALLBACK_NAMES) addName(n);
  }
  const sorted = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { names: sorted.length, pattern: sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') };
}
