// File contents for the generated benchmark monorepo: plausible code in several languages,
// some of it importing AI libraries, built from a seeded random source so that every run of the
// generator writes the same bytes.

/** mulberry32: small, fast, good enough for test data; deterministic for a given seed. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** Log-normal file size in bytes around `median`, clamped. */
    size: (median, lo, hi) => {
      const u = Math.max(1e-9, next());
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(lo, Math.min(hi, Math.round(median * Math.exp(0.9 * z))));
    },
    bytes: (n) => {
      const b = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i += 4) b.writeUInt32LE(Math.floor(next() * 4294967296), Math.min(i, n - 4));
      return b;
    },
  };
  return rng;
}

export const WORDS = [
  'account', 'audit', 'batch', 'billing', 'cache', 'cart', 'catalog', 'checkout', 'claim', 'client', 'config', 'customer',
  'delivery', 'device', 'event', 'export', 'feature', 'feed', 'filter', 'gateway', 'health', 'import', 'index', 'invoice',
  'job', 'ledger', 'limit', 'loader', 'merchant', 'metric', 'order', 'payment', 'policy', 'price', 'profile', 'queue',
  'quota', 'rank', 'record', 'refund', 'report', 'request', 'route', 'schedule', 'search', 'session', 'shipment', 'signal',
  'source', 'stock', 'store', 'stream', 'tenant', 'ticket', 'token', 'tracker', 'user', 'venue', 'window', 'worker',
];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (rng) => rng.pick(WORDS) + cap(rng.pick(WORDS));
const pascal = (rng) => cap(rng.pick(WORDS)) + cap(rng.pick(WORDS));
const snake = (rng) => `${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
const sentence = (rng, n) => {
  const w = [];
  for (let i = 0; i < n; i++) w.push(rng.pick(WORDS));
  return cap(w.join(' ')) + '.';
};

/** AI imports per language: [import line(s), a call that uses it]. */
const AI = {
  python: [
    ['from openai import OpenAI', 'client = OpenAI()\n    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])\n    return reply.choices[0].message.content'],
    ['import anthropic', 'client = anthropic.Anthropic()\n    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=256, messages=[{"role": "user", "content": text}])\n    return msg.content[0].text'],
    ['from transformers import pipeline', 'classifier = pipeline("sentiment-analysis")\n    return classifier(text)[0]["label"]'],
    ['import torch', 'weights = torch.tensor([float(len(text))])\n    return str(torch.sigmoid(weights).item())'],
    ['from langchain_openai import ChatOpenAI', 'llm = ChatOpenAI(model="gpt-4o")\n    return llm.invoke(text).content'],
    ['from google import genai', 'client = genai.Client()\n    return client.models.generate_content(model="gemini-2.0-flash", contents=text).text'],
    ['import ollama', 'return ollama.chat(model="llama3", messages=[{"role": "user", "content": text}])["message"]["content"]'],
  ],
  typescript: [
    ["import OpenAI from 'openai';", "const client = new OpenAI();\n  const r = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });\n  return r.choices[0]?.message.content ?? '';"],
    ["import Anthropic from '@anthropic-ai/sdk';", "const client = new Anthropic();\n  const m = await client.messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 256, messages: [{ role: 'user', content: text }] });\n  return JSON.stringify(m.content);"],
    ["import { ChatOpenAI } from '@langchain/openai';", "const llm = new ChatOpenAI({ model: 'gpt-4o' });\n  return String((await llm.invoke(text)).content);"],
    ["import { GoogleGenerativeAI } from '@google/generative-ai';", "const model = new GoogleGenerativeAI(process.env.KEY ?? '').getGenerativeModel({ model: 'gemini-1.5-flash' });\n  return (await model.generateContent(text)).response.text();"],
    ["import * as tf from '@tensorflow/tfjs';", 'const t = tf.tensor([text.length]);\n  return String(t.dataSync()[0]);'],
  ],
  go: [
    ['openai "github.com/sashabaranov/go-openai"', 'c := openai.NewClient("")\n\tresp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4oMini})\n\tif err != nil {\n\t\treturn "", err\n\t}\n\treturn resp.Choices[0].Message.Content, nil'],
    ['"github.com/anthropics/anthropic-sdk-go"', 'c := anthropic.NewClient()\n\t_ = c\n\treturn text, nil'],
    ['"github.com/tmc/langchaingo/llms"', 'var m llms.Model\n\treturn llms.GenerateFromSinglePrompt(ctx, m, text)'],
  ],
  java: [
    ['import com.openai.client.OpenAIClient;\nimport com.openai.client.okhttp.OpenAIOkHttpClient;', 'OpenAIClient client = OpenAIOkHttpClient.fromEnv();\n        return client.toString() + text;'],
    ['import dev.langchain4j.model.chat.ChatLanguageModel;', 'ChatLanguageModel model = null;\n        return model.generate(text);'],
    ['import com.anthropic.client.AnthropicClient;', 'AnthropicClient client = null;\n        return String.valueOf(client) + text;'],
  ],
  rust: [
    ['use async_openai::Client;', 'let client = Client::new();\n    let _ = client;\n    text.to_string()'],
    ['use candle_core::{Device, Tensor};', 'let t = Tensor::new(&[text.len() as f32], &Device::Cpu).unwrap();\n    format!("{:?}", t)'],
    ['use ollama_rs::Ollama;', 'let o = Ollama::default();\n    format!("{:?} {}", o, text)'],
  ],
  csharp: [
    ['using OpenAI.Chat;', 'var client = new ChatClient("gpt-4o-mini", "key");\n            return client.CompleteChat(text).Value.Content[0].Text;'],
    ['using Azure.AI.OpenAI;', 'var client = new AzureOpenAIClient(new Uri("https://x"), null);\n            return client.ToString() + text;'],
    ['using Microsoft.Extensions.AI;', 'IChatClient chat = null;\n            return chat.ToString() + text;'],
  ],
};
AI.javascript = AI.typescript.map(([imp, use]) => [imp.replace(/^import (.+) from (.+);$/, 'const $1 = require($2);').replace('* as tf', 'tf'), use]);

const LANG = {
  python: {
    ext: '.py',
    comment: '#',
    head: (rng, ai) => `"""${sentence(rng, 6)}"""\nfrom __future__ import annotations\n\nimport json\nimport logging\nfrom dataclasses import dataclass\n${ai ? ai[0] + '\n' : ''}\nlogger = logging.getLogger(__name__)\n`,
    unit: (rng) => {
      const a = snake(rng);
      const f = rng.pick(WORDS);
      return `\n\n@dataclass\nclass ${pascal(rng)}:\n    ${f}: int = ${rng.int(0, 99)}\n    ${rng.pick(WORDS)}_name: str = "${rng.pick(WORDS)}"\n\n\ndef ${a}(items: list, limit: int = ${rng.int(1, 500)}) -> dict:\n    """${sentence(rng, 8)}"""\n    result = {}\n    for item in items:\n        if getattr(item, "${f}", 0) > limit:\n            result[item.${f}] = item\n    logger.debug("%s: %d items", "${a}", len(result))\n    return json.loads(json.dumps({k: str(v) for k, v in result.items()}))\n`;
    },
    aiUnit: (rng, ai) => `\n\ndef ${snake(rng)}(text: str) -> str:\n    """${sentence(rng, 5)}"""\n    ${ai[1]}\n`,
  },
  typescript: {
    ext: '.ts',
    comment: '//',
    head: (rng, ai) => `import { readFile } from 'node:fs/promises';\nimport type { ${pascal(rng)} } from '../${rng.pick(WORDS)}/types';\n${ai ? ai[0] + '\n' : ''}`,
    unit: (rng) => {
      const n = pascal(rng);
      const f = rng.pick(WORDS);
      return `\n/** ${sentence(rng, 7)} */\nexport interface ${n}Options {\n  ${f}: number;\n  ${rng.pick(WORDS)}Name?: string;\n}\n\nexport async function ${camel(rng)}(input: ${n}Options, path: string): Promise<number> {\n  const values = JSON.parse(await readFile(path, 'utf8')) as number[];\n  let total = 0;\n  for (const v of values) {\n    if (v > input.${f}) total += v * ${rng.int(2, 9)};\n  }\n  return total; // ${sentence(rng, 3)}\n}\n`;
    },
    aiUnit: (rng, ai) => `\nexport async function ${camel(rng)}(text: string): Promise<string> {\n  ${ai[1]}\n}\n`,
  },
  go: {
    ext: '.go',
    comment: '//',
    head: (rng, ai) => `// Package ${rng.pick(WORDS)} ${sentence(rng, 5).toLowerCase()}\npackage ${rng.pick(WORDS)}\n\nimport (\n\t"context"\n\t"fmt"\n${ai ? '\t' + ai[0] + '\n' : ''})\n\nvar _ = fmt.Sprintf\nvar _ context.Context\n`,
    unit: (rng) => {
      const n = pascal(rng);
      const f = cap(rng.pick(WORDS));
      return `\n// ${n} ${sentence(rng, 6).toLowerCase()}\ntype ${n} struct {\n\t${f} int\n\tName string\n}\n\n// ${cap(camel(rng))} computes a value.\nfunc (s *${n}) ${cap(camel(rng))}(ctx context.Context, n int) (int, error) {\n\tif n < 0 {\n\t\treturn 0, fmt.Errorf("negative input: %d", n)\n\t}\n\treturn s.${f} * n + ${rng.int(1, 99)}, nil\n}\n`;
    },
    aiUnit: (rng, ai) => `\nfunc ${cap(camel(rng))}(ctx context.Context, text string) (string, error) {\n\t${ai[1]}\n}\n`,
  },
  java: {
    ext: '.java',
    comment: '//',
    head: (rng, ai) => `package com.example.${rng.pick(WORDS)};\n\nimport java.util.List;\nimport java.util.Map;\n${ai ? ai[0] + '\n' : ''}\n/** ${sentence(rng, 6)} */\npublic class ${pascal(rng)} {\n`,
    unit: (rng) => `\n    /** ${sentence(rng, 6)} */\n    public int ${camel(rng)}(List<Integer> values, Map<String, Integer> limits) {\n        int total = 0;\n        for (int v : values) {\n            if (v > limits.getOrDefault("${rng.pick(WORDS)}", ${rng.int(1, 99)})) {\n                total += v;\n            }\n        }\n        return total;\n    }\n`,
    aiUnit: (rng, ai) => `\n    public String ${camel(rng)}(String text) {\n        ${ai[1]}\n    }\n`,
    tail: '}\n',
  },
  rust: {
    ext: '.rs',
    comment: '//',
    head: (rng, ai) => `//! ${sentence(rng, 6)}\nuse std::collections::HashMap;\n${ai ? ai[0] + '\n' : ''}`,
    unit: (rng) => {
      const n = pascal(rng);
      return `\n/// ${sentence(rng, 6)}\npub struct ${n} {\n    pub ${rng.pick(WORDS)}: u32,\n    pub names: HashMap<String, u32>,\n}\n\nimpl ${n} {\n    pub fn ${snake(rng)}(&self, limit: u32) -> u32 {\n        self.names.values().filter(|v| **v > limit).sum::<u32>() + ${rng.int(1, 99)}\n    }\n}\n`;
    },
    aiUnit: (rng, ai) => `\npub fn ${snake(rng)}(text: &str) -> String {\n    ${ai[1]}\n}\n`,
  },
  csharp: {
    ext: '.cs',
    comment: '//',
    head: (rng, ai) => `using System;\nusing System.Collections.Generic;\n${ai ? ai[0] + '\n' : ''}\nnamespace Example.${pascal(rng)}\n{\n    public class ${pascal(rng)}\n    {\n`,
    unit: (rng) => `\n        /// <summary>${sentence(rng, 6)}</summary>\n        public int ${pascal(rng)}(IList<int> values)\n        {\n            var total = 0;\n            foreach (var v in values)\n            {\n                if (v > ${rng.int(1, 99)}) total += v;\n            }\n            return total;\n        }\n`,
    aiUnit: (rng, ai) => `\n        public string ${pascal(rng)}(string text)\n        {\n            ${ai[1]}\n        }\n`,
    tail: '    }\n}\n',
  },
};
LANG.javascript = { ...LANG.typescript, ext: '.js', head: (rng, ai) => `'use strict';\nconst { readFile } = require('node:fs/promises');\n${ai ? ai[0] + '\n' : ''}`, unit: (rng) => stripTypes(LANG.typescript.unit(rng)), aiUnit: (rng, ai) => stripTypes(LANG.typescript.aiUnit(rng, ai)) };

function stripTypes(ts) {
  return ts.replace(/export interface \w+ \{[^}]*\}\n\n/, '').replace(/: \w+Options|: Promise<\w+>|: string| as number\[\]/g, '').replace(/export async/, 'exports.x = async').replace(/\?\.message/, '.message');
}

export const LANGUAGES = Object.keys(LANG);

export function extOf(language) {
  return LANG[language].ext;
}

export function aiChoices(language) {
  return AI[language];
}

/**
 * A source file of about `size` bytes. `ai` is one entry of `aiChoices(language)`; `annotate` an
 * `@aigov` id to put in a comment; `mention` puts an AI library name in a string only (a text
 * match that is not AI use).
 */
export function sourceFile(rng, language, size, { ai, annotate, mention } = {}) {
  const L = LANG[language];
  const parts = [];
  if (annotate) parts.push(`${L.comment} @aigov ${annotate}\n`);
  parts.push(L.head(rng, ai));
  let len = parts[0].length + (parts[1]?.length ?? 0);
  if (ai) {
    const u = L.aiUnit(rng, ai);
    parts.push(u);
    len += u.length;
  }
  if (mention) {
    const m = `\n${L.comment} Provider names accepted in configuration: "openai", "anthropic", "ollama".\n`;
    parts.push(m);
    len += m.length;
  }
  while (len < size) {
    const u = L.unit(rng);
    parts.push(u);
    len += u.length;
  }
  if (L.tail) parts.push(L.tail);
  return parts.join('');
}

export function markdownFile(rng, size, title) {
  const parts = [`# ${title}\n\n${sentence(rng, 12)} ${sentence(rng, 9)}\n`];
  let len = parts[0].length;
  while (len < size) {
    const kind = rng.int(0, 3);
    let p;
    if (kind === 0) p = `\n## ${cap(rng.pick(WORDS))} ${rng.pick(WORDS)}\n\n${sentence(rng, 14)} ${sentence(rng, 10)}\n`;
    else if (kind === 1) p = `\n- ${sentence(rng, 5)}\n- ${sentence(rng, 6)}\n- \`${camel(rng)}\` ${sentence(rng, 4)}\n`;
    else if (kind === 2) p = `\n\`\`\`sh\nnpm run ${rng.pick(WORDS)} -- --${rng.pick(WORDS)}=${rng.int(1, 9)}\n\`\`\`\n`;
    else p = `\n| ${rng.pick(WORDS)} | ${rng.pick(WORDS)} |\n|---|---|\n| ${rng.int(1, 999)} | ${sentence(rng, 3)} |\n`;
    parts.push(p);
    len += p.length;
  }
  return parts.join('');
}

export function jsonFile(rng, size) {
  const items = [];
  let len = 2;
  while (len < size) {
    const o = { id: rng.int(1, 1e6), [rng.pick(WORDS)]: rng.pick(WORDS), [`${rng.pick(WORDS)}Count`]: rng.int(0, 999), enabled: rng.chance(0.5), tags: [rng.pick(WORDS), rng.pick(WORDS)] };
    const s = JSON.stringify(o, null, 2);
    items.push(s);
    len += s.length + 2;
  }
  return `[\n${items.join(',\n')}\n]\n`;
}

/** A one-line minified bundle of about `size` bytes (a huge file that must be skipped unread). */
export function minifiedBundle(rng, size) {
  const chunks = [];
  let len = 0;
  while (len < size) {
    const c = `function ${camel(rng)}(a,b){return a.${rng.pick(WORDS)}+b*${rng.int(1, 99)}};var ${rng.pick(WORDS)}${rng.int(0, 999)}="${rng.pick(WORDS)}";`;
    chunks.push(c);
    len += c.length;
  }
  return chunks.join('');
}

/** Artefact bytes: a recognisable header, then noise. */
export function binaryFile(rng, kind, size) {
  const headers = { png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], onnx: [0x08, 0x07, 0x12, 0x00], safetensors: [0x40, 0, 0, 0, 0, 0, 0, 0], pt: [0x50, 0x4b, 0x03, 0x04], gguf: [0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0], jar: [0x50, 0x4b, 0x03, 0x04] };
  const body = rng.bytes(size);
  Buffer.from(headers[kind] ?? [0, 0, 0, 0]).copy(body, 0);
  return body;
}
