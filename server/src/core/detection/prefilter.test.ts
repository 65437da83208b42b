import { strict as assert } from 'node:assert';
import { SourceFile } from '../text/source-file.js';
import { detectInSource } from './index.js';
import { mayImport } from './prefilter.js';
import { tableFor } from './table.js';
import { DEFAULT_DETECTION_CONFIG } from './types.js';

const table = tableFor(DEFAULT_DETECTION_CONFIG);

/** The prefilter must let through everything the parser finds: both are asked. */
function both(path: string, kind: Parameters<typeof mayImport>[1], text: string): { pre: boolean; found: boolean } {
  return { pre: mayImport(text, kind, table), found: detectInSource(new SourceFile(path, text), undefined, DEFAULT_DETECTION_CONFIG).some((d) => d.kind === 'import') };
}

describe('detection prefilter', () => {
  it('JavaScript: reads the specifier after from, import and require, across lines and parentheses', () => {
    for (const text of ["import OpenAI from 'openai';\n", "import 'openai';\n", "export * from\n  \"@anthropic-ai/sdk\";\n", "const o = require ( 'openai' );\n", "const m = await import(\n  'openai/resources');\n", 'import type { X } from `openai`;\n']) {
      assert.deepEqual(both('a.ts', 'js', text), { pre: true, found: true }, text);
    }
  });

  it('JavaScript: a comment between keyword and specifier is let through for the parser to decide', () => {
    assert.deepEqual(both('a.ts', 'js', "import x from /* the SDK */ 'openai';\n"), { pre: true, found: true });
    assert.equal(mayImport("const m = import(/* webpackChunkName: 'x' */ 'openai');\n", 'js', table), true);
  });

  it('JavaScript: paths and words that only look like imports are not candidates', () => {
    assert.equal(mayImport("import { t } from '../import/openai-types';\nconst s = 'from openai';\n// import openai\n", 'js', table), false);
    assert.equal(mayImport("import x from 'react';\nconst y = require('lodash');\n", 'js', table), false);
  });

  it('Rust: a crate path is a candidate only when the whole first segment is a crate of the table', () => {
    assert.deepEqual(both('a.rs', 'rust', 'fn main() { let c = async_openai::Client::new(); }\n'), { pre: true, found: true });
    assert.equal(mayImport('fn main() { let c = my_async_openai::Client::new(); std::mem::drop(c); }\n', 'rust', table), false);
  });

  it('Python: import, import_module and __import__ in one search, each line with the one after it', () => {
    for (const text of [
      'import openai\n',
      'import os\nimport openai\n',
      'import os\nm = importlib.import_module(\n    "openai")\n',
      'import os\nimport sys, \\\n    openai\n',
      'm = __import__("openai")\n',
      'm = importlib.import_module(  # the SDK (see docs)\n    # picked at run time\n    "openai",\n)\n',
    ]) {
      assert.deepEqual(both('a.py', 'python', text), { pre: true, found: true }, text);
    }
    assert.equal(mayImport('x = my_import_module("openai")\nimportant = 1\n', 'python', table), false);
  });

  it('Go: a bracket in a comment or string does not end the import block', () => {
    for (const text of [
      'package x\n\nimport (\n\t"fmt"\n\t// Old SDK imports (deprecated)\n\told "example.com/old"\n\t"github.com/tmc/langchaingo/llms/openai"\n)\n',
      'package x\nimport (\n\t/* (a) ) */ "fmt"\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport (\n\t"fmt" // see ")"\n\tx "github.com/openai/openai-go"\n)\n',
      'package x\nimport /* the SDK ( */ "github.com/openai/openai-go"\n',
      'package x\nimport\n(\n\t"github.com/openai/openai-go"\n)\n',
    ]) {
      assert.deepEqual(both('a.go', 'go', text), { pre: true, found: true }, text);
    }
    assert.equal(mayImport('package x\nimport (\n\t"fmt"\n)\nvar s = "github.com/openai/openai-go"\n', 'go', table), false);
  });

  it('never throws on a truncated specifier or keyword at the end of the text', () => {
    for (const text of ['import', 'from', "require('", "import('openai", 'x::', '::']) {
      assert.equal(typeof mayImport(text, 'js', table), 'boolean');
      assert.equal(typeof mayImport(text, 'rust', table), 'boolean');
    }
  });
});
