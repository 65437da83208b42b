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
  it('Java, Kotlin and C#: an import or using of a table name, or a fully qualified name without one', () => {
    assert.deepEqual(both('A.java', 'jvm', 'import com.openai.client.OpenAIClient;\n'), { pre: true, found: true });
    assert.deepEqual(both('A.java', 'jvm', 'import java.util.List;\nimport dev.langchain4j.model.X;\n'), { pre: true, found: true });
    assert.equal(mayImport('class A { com.openai.client.OpenAIClient c; }\n', 'jvm', table), true);
    assert.equal(mayImport('import java.util.List;\n', 'jvm', table), false);
    assert.deepEqual(both('a.cs', 'csharp', 'using OpenAI.Chat;\n'), { pre: true, found: true });
    assert.equal(mayImport('using System;\nvar c = new OpenAI.Chat.ChatClient();\n', 'csharp', table), true);
    assert.equal(mayImport('using System;\n', 'csharp', table), false);
    assert.equal(mayImport('usingOpenAI.Chat;\n', 'csharp', table), false);
  });

  it('takes a file with more than 5,000 import keywords (a generated one) for a candidate', () => {
    assert.equal(mayImport('import os\n'.repeat(5000), 'python', table), false);
    assert.equal(mayImport('import os\n'.repeat(5001), 'python', table), true);
    assert.equal(mayImport("require('x');\n".repeat(5000), 'js', table), false);
    assert.equal(mayImport("require('x');\n".repeat(5001), 'js', table), true);
  });

  it('Rust: use and extern crate of a crate of the table', () => {
    assert.deepEqual(both('a.rs', 'rust', 'use async_openai::Client;\n'), { pre: true, found: true });
    assert.deepEqual(both('a.rs', 'rust', 'extern crate tch;\n'), { pre: true, found: true });
    assert.equal(mayImport('use serde::Serialize;\n', 'rust', table), false);
  });

  it("Python: only whole keywords, and the names on the keyword's line and the next", () => {
    assert.deepEqual(both('a.py', 'python', 'import os\nx = 1\nx = 1\nimport openai\n'), { pre: true, found: true });
    assert.deepEqual(both('a.py', 'python', 'from openai import X\n'), { pre: true, found: true });
    assert.deepEqual(both('a.py', 'python', 'import langchain_community\n'), { pre: true, found: true });
    assert.equal(mayImport('import os\n\n\nopenai = 1\n', 'python', table), false);
    assert.equal(mayImport('import mylangchain_x\n', 'python', table), false);
    assert.equal(mayImport('important = 1\nreimport = 2\nimport_x = 3\n', 'python', table), false);
    assert.equal(mayImport('imports_count = len(["openai"])\nreimported = "openai"\n', 'python', table), false);
    for (const call of ['a__import__("openai")', '__import__x("openai")', 'import_modules("openai")']) assert.equal(mayImport(`x = ${call}\n`, 'python', table), false, call);
    assert.equal(mayImport('m = importlib.import_module\n# x\nprint("openai")\n', 'python', table), false);
  });

  it('Python: a bracket inside a string or comment does not end an import_module call', () => {
    for (const text of [
      'm = importlib.import_module("""a")""" ,\n\n\n "openai")\n',
      'm = importlib.import_module("a\\")" ,\n\n\n "openai")\n',
      "m = importlib.import_module('''a\\''')''' +\n\n\n 'openai')\n",
      "m = importlib.import_module('''a\n)\n''',\n\n\n 'openai')\n",
      'm = importlib.import_module(x,\n  # )\n\n  "openai")\n',
      'm = importlib.import_module(x[")"],\n\n\n  "openai")\n',
      'm = importlib.import_module(x[(1)],\n\n\n  "openai")\n',
    ]) {
      assert.equal(mayImport(text, 'python', table), true, text);
    }
  });

  it('Go: strings of every quote and comments of both kinds in and before the block', () => {
    for (const text of [
      'package x\nimport (\n\t"fmt"\n\t`github.com/openai/openai-go`\n)\n',
      'package x\nimport (\n\t"a\\")"\n\n\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport (\n\t`a\n)`\n\n\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport (\n\t"fmt" // )\n\n\n\t"github.com/openai/openai-go"\n)\n',
      "package x\nimport (\n\t'('\n\n\n\t\"github.com/openai/openai-go\"\n)\n",
      'package x\nimport (\n\t`)`\n\n\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport /* a\n b */ "github.com/openai/openai-go"\n',
      'package x\nimport // c\n "github.com/openai/openai-go"\n',
      'package x\nimport (\n\t"fmt" /* ) */\n\n\n\t"github.com/openai/openai-go"\n)\n',
    ]) {
      assert.equal(mayImport(text, 'go', table), true, text);
    }
    assert.equal(mayImport('package x\nimport "fmt"\n\nvar s = "github.com/openai/openai-go"\n', 'go', table), false);
    assert.equal(mayImport('package x\nimport (\n\t"fmt"\n)\n\n// github.com/openai/openai-go\n', 'go', table), false);
  });

  it('JavaScript: a specifier of 1 to 300 characters closed by its own quote', () => {
    assert.equal(mayImport("import x from 'openai'", 'js', table), true);
    assert.equal(mayImport("const a = require\f('openai')", 'js', table), true);
    assert.equal(mayImport("const a = require\v(\t'openai')", 'js', table), true);
    assert.equal(mayImport("import x from 'react'; import y from 'openai';", 'js', table), true);
    for (const text of ["import x from ''", "import x from 'openai\n'", 'import x from "openai\'', "import x from / 'openai'", "myfrom 'openai'", "from$ 'openai'", `import x from '${'a'.repeat(301)}'`]) {
      assert.equal(mayImport(text, 'js', table), false, text);
    }
  });

  it('JavaScript: a line comment before the specifier, and an import far into the file', () => {
    assert.deepEqual(both('a.ts', 'js', "import x from // the SDK\n  'openai';\n"), { pre: true, found: true });
    assert.deepEqual(both('a.ts', 'js', `// ${'-'.repeat(400)}\nimport x from 'openai';\n`), { pre: true, found: true });
  });

  it('Go: blanks of every kind and comments between import and the bracket of its block', () => {
    for (const text of [
      'package x\nimport\t(\n\t"github.com/openai/openai-go"\n)\n',
      'package x\r\nimport\r\n(\r\n\t"github.com/openai/openai-go"\r\n)\r\n',
      'package x\nimport (// SDKs\n\t"fmt"\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport /* c */ (\n\t"fmt"\n\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport /* the SDK,\n pinned */ (\n\t"fmt"\n\n\t"github.com/openai/openai-go"\n)\n',
      'package x\nimport (\n\t/* old:\n\t) */\n\t"fmt"\n\n\n\t"github.com/openai/openai-go"\n)\n',
    ]) {
      assert.deepEqual(both('a.go', 'go', text), { pre: true, found: true }, text);
    }
    // A comment ends where it closes: what follows the declaration is not read as part of it.
    assert.equal(mayImport('package x\nimport /* c */ "fmt"\n\nvar s = "github.com/openai/openai-go"\n', 'go', table), false);
    assert.equal(mayImport('package x\nimport (\n\t"fmt" /* c */\n)\n\nvar s = "github.com/openai/openai-go"\n', 'go', table), false);
  });

  it("Java: a wildcard import of a table package; other languages' qualified names do not count", () => {
    assert.deepEqual(both('A.java', 'jvm', 'import com.openai.*;\n'), { pre: true, found: true });
    assert.equal(mayImport('x = Azure.AI.OpenAI.OpenAIClient()\ny = async_openai::Client\n', 'python', table), false);
    assert.equal(mayImport('fn tch() {}\nlet tch = 1;\n', 'rust', table), false);
  });

  it('Go: strings and comments left open, and strings that close on their line', () => {
    // Open to the end of the text: what came before them in the block is still read.
    for (const text of ['package x\nimport (\n\t"github.com/openai/openai-go"\n\t/* unfinished\n', 'package x\nimport (\n\t"github.com/openai/openai-go"\n\t`unfinished\n']) {
      assert.deepEqual(both('a.go', 'go', text), { pre: true, found: true }, text);
    }
    // The block ends at its `)`: a string after it is not read as one of its imports.
    for (const text of [
      'package x\nimport (\n\t`fmt`\n)\n\nvar s = "github.com/openai/openai-go"\n',
      'package x\nimport ("fmt")\n\nvar s = "github.com/openai/openai-go"\n',
      'package x\nimport (\n\t"fmt\n)\n\nvar s = "github.com/openai/openai-go"\n',
    ]) {
      assert.equal(mayImport(text, 'go', table), false, text);
    }
  });

  it('Python: import_module calls with escapes, triple quotes, and a comment or string left open', () => {
    for (const text of [
      'm = importlib.import_module("a\\\\" + ")",\n\n\n "openai")\n',
      'm = importlib.import_module(\n  "openai", """unfinished\n',
      'm = importlib.import_module(\n  "openai",  # the SDK',
    ]) {
      assert.equal(mayImport(text, 'python', table), true, text);
    }
    assert.equal(mayImport('m = importlib.import_module("""a""")\nimport os\n\n\nopenai = 1\n', 'python', table), false);
  });

  it('JavaScript: a CRLF line break between the bracket and the specifier', () => {
    assert.deepEqual(both('a.js', 'js', "const o = require(\r\n  'openai');\r\n"), { pre: true, found: true });
  });
});
