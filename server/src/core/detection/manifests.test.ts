import { strict as assert } from 'node:assert';
import { MAX_YAML_TOKENS } from '../manifest/bounded-parse.js';
import { LineIndex } from '../text/line-index.js';
import { detectManifest, manifestKind } from './manifests.js';
import { tableFor } from './table.js';
import { DEFAULT_DETECTION_CONFIG } from './types.js';

const table = tableFor(DEFAULT_DETECTION_CONFIG);

/** `name@line:col-col ecosystem` (1-based) of each dependency found. */
function hits(path: string, text: string): string[] {
  const index = new LineIndex(text);
  return detectManifest(path, text, table).map((h) => {
    const r = index.rangeOf(h.span);
    // A Maven hit spans its artifact (or `group:artifact` when written so); any other, its name.
    if (h.ecosystem !== 'maven') assert.equal(text.slice(h.span.start, h.span.end), h.name);
    return `${h.name}@${r.start.line + 1}:${r.start.character + 1}-${r.end.character + 1} ${h.ecosystem}`;
  });
}

describe('detection: manifest kinds', () => {
  it('knows each manifest by its file name', () => {
    const cases: Record<string, string | undefined> = {
      'requirements.txt': 'requirements',
      'svc/requirements-dev.in': 'requirements',
      'dev-requirements.txt': 'requirements',
      'test-requirements.txt': 'requirements',
      'constraints.txt': 'requirements',
      'constraints-ci.txt': 'requirements',
      'requirements/base.txt': 'requirements',
      'Requirements/base.txt': 'requirements',
      'prod-requirements.txt': undefined,
      'myrequirements.txt': undefined,
      'requirements.md': undefined,
      'x/requirements.txt.bak': undefined,
      'requirements/base.in': undefined,
      'constraints.in': undefined,
      'pyproject.toml': 'pyproject',
      'Pipfile': 'pipfile',
      'pipfile': undefined,
      'web/PACKAGE.JSON': 'package.json',
      'go.mod': 'go.mod',
      'pom.xml': 'pom',
      'build.gradle': 'gradle',
      'build.gradle.kts': 'gradle',
      'gradle/libs.versions.toml': 'gradle-catalog',
      'a.csproj': 'msbuild',
      'b.fsproj': 'msbuild',
      'c.vbproj': 'msbuild',
      'Directory.Packages.props': 'msbuild',
      'Directory.Build.props': 'msbuild',
      'packages.config': 'packages.config',
      'Cargo.toml': 'cargo',
      'environment.yml': 'conda',
      'environment.yaml': 'conda',
      'conda.yml': 'conda',
      'conda.yaml': 'conda',
      'other.toml': undefined,
      'a.proj': undefined,
    };
    for (const [p, kind] of Object.entries(cases)) assert.equal(manifestKind(p), kind, p);
    assert.deepEqual(hits('notes.txt', 'openai\n'), []);
  });
});

describe('detection: manifests by ecosystem', () => {
  it('requirements: names at line start, past options, URLs and comments', () => {
    const text = [
      'openai==1 # pinned\r',
      '  anthropic>=0.3',
      '-e git+https://x/openai',
      '--index-url https://x',
      'https://example.com/openai.whl',
      'git+ssh://x/torch',
      'langchain-openai[all] @ https://x',
      '#openai',
      'torch\t#cpu',
      '"openai"',
      'mistralai',
    ].join('\n');
    assert.deepEqual(hits('requirements.txt', text), ['openai@1:1-7 pypi', 'anthropic@2:3-12 pypi', 'langchain-openai@7:1-17 pypi', 'torch@9:1-6 pypi', 'mistralai@11:1-10 pypi']);
  });

  it('pyproject: PEP 621 arrays over lines, Poetry tables, uv, PDM and dependency groups', () => {
    const text = [
      '[project]',
      'name = "openai-app"',
      'dependencies = ["openai>=1", "requests"]',
      'version = "torch"',
      '[project.optional-dependencies]',
      'llm = [',
      '  "anthropic", # c',
      "  'torch',",
      ']',
      'other = ["transformers"]',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      'openai = "^1"',
      '[tool.poetry.group.dev.dependencies]',
      'langchain = "*"',
      '[tool.poetry.dev-dependencies]',
      'torch = "*"',
      '[tool.uv]',
      'dev-dependencies = ["mistralai"]',
      'other = ["cohere"]',
      '[dependency-groups]',
      'test = ["groq"]',
      '[tool.pdm.dev-dependencies]',
      'lint = ["ollama"]',
      '[tool.other]',
      'dependencies = ["openai"]',
      '[project]',
      'dependencies = "openai"',
    ].join('\n');
    assert.deepEqual(hits('pyproject.toml', text), [
      'openai@3:18-24 pypi',
      'anthropic@7:4-13 pypi',
      'torch@8:4-9 pypi',
      'transformers@10:11-23 pypi',
      'openai@13:1-7 pypi',
      'langchain@15:1-10 pypi',
      'torch@17:1-6 pypi',
      'mistralai@19:22-31 pypi',
      'groq@22:10-14 pypi',
      'ollama@24:10-16 pypi',
    ]);
  });

  it('pyproject.toml: a Poetry dependency written as a table of its own', () => {
    const text = [
      '[tool.poetry.dependencies.openai]',
      'version = "^1"',
      'optional = true',
      '[tool.poetry.group.llm.dependencies.anthropic] # comment naming anthropic',
      'version = "*"',
      '[tool.poetry.dev-dependencies.torch]',
      '[tool.poetry.dependencies.requests]',
      'torch = "x"',
      '[tool.other.dependencies.openai]',
      '[tool.poetry.dependencies.langchain.extra]',
    ].join('\n');
    assert.deepEqual(hits('pyproject.toml', text), ['openai@1:27-33 pypi', 'anthropic@4:37-46 pypi', 'torch@6:31-36 pypi']);
  });

  it('Pipfile: keys of packages and dev-packages only', () => {
    assert.deepEqual(hits('Pipfile', '[packages]\nopenai = "*"\n[dev-packages]\n"anthropic" = "*"\n[scripts]\ntorch = "x"\n'), ['openai@2:1-7 pypi', 'anthropic@4:2-11 pypi']);
  });

  it('Cargo: dependency tables, a crate per table, renamed packages; not features', () => {
    const text = [
      '[dependencies]',
      'async-openai = "0.1"',
      '[dev-dependencies]',
      'ollama-rs = "1"',
      '[build-dependencies.tch]',
      'version = "1"',
      '[target.x86.dependencies]',
      'candle-core = "1"',
      '[features]',
      'openai = []',
      '[dependencies.serde]',
      `[dependencies.${'a'.repeat(65)}]`,
      `[dependencies.${'b'.repeat(64)}]`,
      '[dependencies]',
      'oai = { version = "1", package = "async-openai" }',
    ].join('\n');
    assert.deepEqual(hits('Cargo.toml', text), ['async-openai@2:1-13 cargo', 'ollama-rs@4:1-10 cargo', 'tch@5:21-24 cargo', 'candle-core@8:1-12 cargo', 'async-openai@15:35-47 cargo']);
  });

  it('Gradle version catalogue: libraries by coordinate, module or group and name', () => {
    const text = [
      '[versions]',
      'x = "com.openai:openai-java:1"',
      '[libraries]',
      'a = "com.openai:openai-java:1.0"',
      'b = { group = "com.anthropic", name = "anthropic-java", version.ref = "x" }',
      'c = { module = "org.x:y", version = "1" }',
      'd = { name = "anthropic-java", group = "com.anthropic" }',
      'e = { group = "org.x", name = "y" }',
    ].join('\n');
    assert.deepEqual(hits('libs.versions.toml', text), ['com.openai:openai-java@4:6-28 maven', 'com.anthropic:anthropic-java@5:40-54 maven', 'com.anthropic:anthropic-java@7:15-29 maven']);
  });

  it('conda: the dependencies list, channel prefixes and the pip sub-list', () => {
    const text = ['name: openai', 'channels:', '  - conda-forge', 'dependencies:', '  - python=3.11', '  - pytorch::pytorch>=2', '  - conda-forge::openai', '  - pip:', '    - anthropic', '  - transformers # c', 'variables:', '  - openai'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['pytorch@6:14-21 conda', 'openai@7:18-24 conda', 'anthropic@9:7-16 conda', 'transformers@10:5-17 conda']);
  });

  it('Cargo: a dotted key names its dependency, by its package when renamed, once per dependency', () => {
    const text = [
      '[package]',
      'name = "x"',
      'metadata.openai = 1',
      'openai.version = "1"',
      '[dependencies]',
      'async-openai.workspace = true',
      '"ollama-rs".version = "1"',
      'ollama-rs.features = ["x"]',
      'openai.version = "1"',
      'openai.package = "async-openai"',
      'tch . version = "1"',
      'serde.workspace = true',
      '[dev-dependencies]',
      'candle-core.workspace = true',
      'ort.package = \'serde\'',
      'ort.version = "1"',
      '[build-dependencies]',
      'ort.version = "2"',
      "[target.'cfg(unix)'.dependencies]",
      "'whisper-rs'.optional = true",
      '[features]',
      'openai.x = 1',
      '[workspace]',
      'dependencies.rig-core.version = "1"',
      'package.openai = "1"',
    ].join('\n');
    assert.deepEqual(hits('Cargo.toml', text), [
      'async-openai@6:1-13 cargo',
      'ollama-rs@7:2-11 cargo',
      'async-openai@10:19-31 cargo',
      'tch@11:1-4 cargo',
      'candle-core@14:1-12 cargo',
      'ort@18:1-4 cargo',
      'whisper-rs@20:2-12 cargo',
      'rig-core@24:14-22 cargo',
    ]);
  });

  it('Poetry and Pipfile: a dotted key names its dependency as well', () => {
    const poetry = ['[tool.poetry.dependencies]', 'openai.version = "^1"', 'openai.optional = true', '[tool.poetry]', 'dependencies.anthropic = "1"', 'group.dev.dependencies.torch.version = "2"', 'name.openai = "x"'].join('\n');
    assert.deepEqual(hits('pyproject.toml', poetry), ['openai@2:1-7 pypi', 'anthropic@5:14-23 pypi', 'torch@6:24-29 pypi']);
    assert.deepEqual(hits('Pipfile', '[packages]\n"openai".version = "*"\n[scripts]\ntorch.x = "y"\n'), ['openai@2:2-8 pypi']);
  });
  it('requirements: a line ending in `\\` goes on on the next, as pip joins them', () => {
    const text = [
      '--no-binary \\',
      'torch',
      'openai==1 \\',
      '    --hash=sha256:abc \\',
      '    --hash=sha256:def',
      'anthropic \\',
      '    ; python_version >= "3.8"',
      'requests \\',
      '    transformers',
      '\\',
      'mistralai',
      '# comment \\',
      'cohere',
      'groq # note \\',
      'ollama',
      'torch \\ ',
      'langchain',
      'x \\\r',
      '# c',
      'transformers',
      'llama-index \\',
    ].join('\n');
    assert.deepEqual(hits('requirements.txt', text), [
      'openai@3:1-7 pypi',
      'anthropic@6:1-10 pypi',
      'mistralai@11:1-10 pypi',
      'cohere@13:1-7 pypi',
      'groq@14:1-5 pypi',
      'torch@16:1-6 pypi',
      'langchain@17:1-10 pypi',
      'transformers@20:1-13 pypi',
      'llama-index@21:1-12 pypi',
    ]);
    // A name cut by the `\` is read whole; its range is the part on the line where it starts.
    const split = detectManifest('requirements.txt', 'x\nopen\\\nai==1\n', table).map((h) => `${h.name}@${h.span.start}-${h.span.end}`);
    assert.deepEqual(split, ['openai@2-6']);
  });

  it('conda: "double-" and \'single-quoted\' items, escapes read, in the list and under pip', () => {
    const text = [
      'dependencies:',
      '  - "openai"',
      "  - 'anthropic>=1' # c",
      '  - "conda-forge::pytorch>=2"',
      '  - "transformers": x',
      '  - "torch',
      '  - pip:',
      '    - "mistralai==1"',
      "    - 'cohere'",
      "  - 'it''s'",
      '  - "groq" ',
    ].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@2:6-12 conda', 'anthropic@3:6-15 conda', 'pytorch@4:19-26 conda', 'mistralai@8:8-17 conda', 'cohere@9:8-14 conda', 'groq@11:6-10 conda']);
    const escaped = detectManifest('environment.yml', 'dependencies:\n  - "open\\x61i"\n  - \'ollama\'\'s\'\n', table).map((h) => `${h.name}@${h.span.start}-${h.span.end}`);
    assert.deepEqual(escaped, ['openai@19-28', 'ollama@35-41']);
  });

  it('package.json: the four dependency sections at the top level only', () => {
    const text = '{"name":"openai","dependencies":{"openai":"1",".openai":"x"},"devDependencies":{"@anthropic-ai/sdk":"1"},"peerDependencies":{"langchain":"1"},"optionalDependencies":{"ollama":"1"},"scripts":{"openai":"x"},"x":{"dependencies":{"openai":"1"}}}';
    assert.deepEqual(hits('package.json', text), ['openai@1:35-41 npm', '@anthropic-ai/sdk@1:82-99 npm', 'langchain@1:127-136 npm', 'ollama@1:168-174 npm']);
  });

  it('go.mod: single requires and blocks, never indirect ones or comments', () => {
    const text = [
      'module x',
      '',
      'require github.com/openai/openai-go v1.0.0',
      'require github.com/sashabaranov/go-openai v1.0.0 // indirect',
      'require (',
      '\tgithub.com/anthropics/anthropic-sdk-go v0.1.0 // the SDK',
      '\tgithub.com/tmc/langchaingo v0.1.0 //indirect',
      '\t// github.com/ollama/ollama v1.0.0',
      ')',
      'github.com/tmc/langchaingo v0.1.0',
      'require github.com/ollama/ollama v0.1.0',
      'require github.com/openai/openai-go',
    ].join('\n');
    assert.deepEqual(hits('go.mod', text), ['github.com/openai/openai-go@3:9-36 go', 'github.com/anthropics/anthropic-sdk-go@6:2-40 go', 'github.com/ollama/ollama@11:9-33 go']);
  });

  it('pom.xml: each dependency outside comments and exclusions, in any element order', () => {
    const text = [
      '<project><dependencies>',
      '<!-- <dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency> -->',
      '<dependency>',
      '  <groupId> com.anthropic </groupId>',
      '  <artifactId>anthropic-java</artifactId>',
      '  <exclusions><exclusion><groupId>com.openai</groupId><artifactId>openai-java</artifactId></exclusion></exclusions>',
      '</dependency>',
      '<dependency><artifactId>openai-java</artifactId><groupId>com.openai</groupId></dependency>',
      '<dependency><groupId>org.x</groupId><artifactId>y</artifactId></dependency>',
      '<dependency><exclusions><groupId>com.openai</groupId><artifactId>openai-java</artifactId></exclusions></dependency>',
      '<dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId>',
    ].join('\n');
    assert.deepEqual(hits('pom.xml', text), ['com.anthropic:anthropic-java@5:15-29 maven', 'com.openai:openai-java@8:25-36 maven', 'com.openai:openai-java@11:54-65 maven']);
  });

  it('Gradle: coordinates in a call on the line, Groovy and Kotlin, not in comments', () => {
    const groovy = [
      'dependencies {',
      '  implementation "com.openai:openai-java:1.0"',
      '  implementation("com.anthropic:anthropic-java:1")',
      '  // implementation "com.openai:openai-java:1"',
      '  /* api "com.openai:openai-java" */',
      "  testImplementation 'dev.langchain4j:langchain4j-open-ai:0.1@jar'",
      '  "com.openai:openai-java"',
      '  implementation "com.openai"',
      '}',
    ].join('\n');
    assert.deepEqual(hits('build.gradle', groovy), ['com.openai:openai-java@2:19-41 maven', 'com.anthropic:anthropic-java@3:19-47 maven', 'dev.langchain4j:langchain4j-open-ai@6:23-58 maven']);
    assert.deepEqual(hits('app/build.gradle.kts', 'dependencies {\n  implementation("com.openai:openai-java:1.0") // "com.anthropic:anthropic-java"\n}\n'), ['com.openai:openai-java@2:19-41 maven']);
  });

  it('NuGet: package tags of project files and packages.config, not in comments', () => {
    const csproj = '<Project>\n<!-- <PackageReference Include="OpenAI" /> -->\n<ItemGroup><PackageReference Include="Azure.AI.OpenAI" Version="1" />\n<PackageReference Update="OpenAI" /><Foo Include="OpenAI"/></ItemGroup></Project>';
    assert.deepEqual(hits('App.csproj', csproj), ['Azure.AI.OpenAI@3:39-54 nuget', 'OpenAI@4:27-33 nuget']);
    assert.deepEqual(hits('packages.config', '<packages><package id="OpenAI" version="1"/><package id="Newtonsoft.Json"/></packages>'), ['OpenAI@1:24-30 nuget']);
  });
});

describe('detection: manifests, the edges of each reader', () => {
  it('file names: no editor or backup files', () => {
    for (const p of ['App.csproj.user', 'constraints.txt.bak', 'old-requirements-constraints.txt']) assert.equal(manifestKind(p), undefined, p);
  });

  it('reads CRLF files and a leading blank line', () => {
    const crlf = '[project]\r\ndependencies = [\r\n  "openai",\r\n]\r\n[tool.poetry.dependencies]\r\nanthropic = "1"\r\n';
    assert.deepEqual(hits('pyproject.toml', crlf), ['openai@3:4-10 pypi', 'anthropic@6:1-10 pypi']);
    assert.deepEqual(hits('requirements.txt', '\nopenai\n'), ['openai@2:1-7 pypi']);
  });

  it('a `#` inside a quoted string is no comment; one after a blank is, with or without a space after it', () => {
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["a # b", "openai"]\n'), ['openai@2:27-33 pypi']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["a\\" # b", "openai"]\n'), ['openai@2:29-35 pypi']);
    assert.deepEqual(hits('pyproject.toml', "[project]\ndependencies = ['a # b', 'openai']\n"), ['openai@2:27-33 pypi']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["requests"] #"openai"\n'), []);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["requests"]\t#"openai"\n'), []);
  });

  it('pyproject: only dependency arrays, a name after blanks at its column', () => {
    const text = '[project]\nkeywords = ["openai"]\ndependencies = [" openai>=1"]\n[tool.other]\ndev-dependencies = ["openai"]\n';
    assert.deepEqual(hits('pyproject.toml', text), ['openai@3:19-25 pypi']);
  });

  it('conda: a comment at column 0 does not end the list; blanks around `:` and `-`', () => {
    assert.deepEqual(hits('environment.yml', 'dependencies:\n# a comment\n  - openai\ndependencies :\n  -  anthropic\n'), ['openai@3:5-11 conda', 'anthropic@5:6-15 conda']);
  });

  it('Cargo and the catalogue: compact `key="value"`, plain and target dependency tables', () => {
    assert.deepEqual(hits('Cargo.toml', '[dependencies]\noai = { package="async-openai" }\n[dependencies.tch]\n[target.x86_64.dependencies.candle-core]\n'), ['async-openai@2:18-30 cargo', 'tch@3:15-18 cargo', 'candle-core@4:29-40 cargo']);
    assert.deepEqual(hits('libs.versions.toml', '[libraries]\nd = { group="com.anthropic", name="anthropic-java" }\n'), ['com.anthropic:anthropic-java@2:36-50 maven']);
  });

  it('joined requirement lines, dotted keys and quoted conda items: ranges, keys and order at their edges', () => {
    // A name after a continued line of blanks, and one cut by the `\` after blanks at the file's end:
    // ranges on their lines.
    assert.deepEqual(hits('requirements.txt', '   \\\nopenai\n'), ['openai@2:1-7 pypi']);
    assert.deepEqual(detectManifest('requirements.txt', '  open\\\nai\\', table).map((h) => `${h.name}@${h.span.start}-${h.span.end}`), ['openai@2-6']);
    // An indented comment line ending in `\` does not go on; a file may end inside a joined line.
    assert.deepEqual(hits('requirements.txt', '  # note \\\nopenai\n'), ['openai@2:1-7 pypi']);
    assert.deepEqual(hits('requirements.txt', 'openai \\\n    --hash=sha256:abc'), ['openai@1:1-7 pypi']);
    // Two dependencies as dotted keys under a table reached by a dotted path; a plain key after a dotted one.
    assert.deepEqual(hits('Cargo.toml', '[workspace]\ndependencies.async-openai.version = "1"\ndependencies.ollama-rs.version = "1"\n'), ['async-openai@2:14-26 cargo', 'ollama-rs@3:14-23 cargo']);
    assert.deepEqual(hits('Cargo.toml', '[dependencies]\nollama-rs.version = "1"\nasync-openai = "1"\n'), ['ollama-rs@2:1-10 cargo', 'async-openai@3:1-13 cargo']);
    // Dotted keys before any header: the path starts at the root.
    assert.deepEqual(hits('Pipfile', 'packages.openai = "*"\n'), ['openai@1:10-16 pypi']);
    // A quoted mapping key with a blank before its `:` is no dependency.
    assert.deepEqual(hits('environment.yml', 'dependencies:\n  - "openai" : x\n  - "anthropic"\n'), ['anthropic@3:6-15 conda']);
  });

  it('Cargo: a crate renamed in its own table is found by its package', () => {
    const text = ['[dependencies.oai]', 'version = "0.20"', 'package = "async-openai"', '[dependencies.ort]', 'package = "serde"', '[dependencies.tch]', 'version = "1"'].join('\n');
    assert.deepEqual(hits('Cargo.toml', text), ['async-openai@3:12-24 cargo', 'tch@6:15-18 cargo']);
  });

  it('TOML: a `#` outside strings starts a comment, right after other text too', () => {
    assert.deepEqual(hits('Cargo.toml', '[dependencies]#AI\nasync-openai = "0.20"\n[dependencies.tch]#x\n'), ['async-openai@2:1-13 cargo', 'tch@3:15-18 cargo']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = [\n  "requests",#"openai",\n  "anthropic",\n]\n'), ['anthropic@4:4-13 pypi']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["requests"]#"openai"\n'), []);
    // An empty string is no multi-line one; a string left open ends with its line.
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["", "openai"]\n'), ['openai@2:22-28 pypi']);
    assert.deepEqual(hits('Cargo.toml', '[dependencies]\nasync-openai = "0.20\nollama-rs = "1" # "\n'), ['async-openai@2:1-13 cargo', 'ollama-rs@3:1-10 cargo']);
    // A literal string has no escapes: its `\` is text, and the quote after it closes it.
    assert.deepEqual(hits('pyproject.toml', "[project]\ndependencies = ['x\\'] # \"openai\"\n"), []);
  });

  it('TOML: a multi-line string is text, `#` and all, and its lines are no keys or headers', () => {
    const cargo = [
      '[package]',
      'description = """',
      '# Uses',
      '[dependencies]',
      'async-openai = "0.20"',
      '"""',
      "readme = '''",
      '[dependencies]',
      "ollama-rs = \"1\" # '''",
      '[dependencies]',
      'tch = "1"',
    ].join('\n');
    assert.deepEqual(hits('Cargo.toml', cargo), ['tch@11:1-4 cargo']);
    // `\"` is a quote inside a basic string, not its end; a literal string has no escapes.
    assert.deepEqual(hits('Cargo.toml', '[package]\ndescription = """a \\"""\n[dependencies]\nasync-openai = "1"\n"""\n[dependencies]\nollama-rs = "1"\n'), ['ollama-rs@7:1-10 cargo']);
    assert.deepEqual(hits('Cargo.toml', "[package]\ndescription = '''C:\\'''\n[dependencies]\nasync-openai = \"1\"\n"), ['async-openai@4:1-13 cargo']);
    // Up to two quotes more belong to the string before its end: the `]` after them closes the array.
    for (const end of ['""""', '"""""']) {
      const text = `[project]\ndependencies = ["""say "hi${end}]\nx = ["anthropic"]\n[tool.poetry.dependencies]\nopenai = "1"\n`;
      assert.deepEqual(hits('pyproject.toml', text), ['openai@5:1-7 pypi'], end);
    }
    // A `]` inside a multi-line string, on its first line or after it, does not close the array.
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = [\n  """a\n]""",\n  "openai",\n]\n'), ['openai@5:4-10 pypi']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["""a "]" b""",\n  "openai",\n]\n'), ['openai@3:4-10 pypi']);
    // What follows a multi-line string on its first or last line keeps its columns.
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = ["""a""", "openai"]\n'), ['openai@2:27-33 pypi']);
    assert.deepEqual(hits('pyproject.toml', '[project]\ndependencies = [\n  """a\nb""", "openai",\n]\n'), ['openai@4:8-14 pypi']);
  });

  it('Cargo: a crate renamed in a literal string, inline or in its own table', () => {
    const text = ["[dependencies]", "oai = { package = 'async-openai', version = \"1\" }", '[dependencies.ol]', "package = 'ollama-rs'", "version = '1'"].join('\n');
    assert.deepEqual(hits('Cargo.toml', text), ['async-openai@2:20-32 cargo', 'ollama-rs@4:12-21 cargo']);
  });

  it('the catalogue: coordinates, modules, groups and names in literal strings', () => {
    const text = ['[libraries]', "a = 'com.openai:openai-java:1.0'", "b = { module = 'com.openai:openai-java' }", "c = { group = 'com.anthropic', name = 'anthropic-java' }", 'd = { group = "com.anthropic", name = \'anthropic-java\' }'].join('\n');
    assert.deepEqual(hits('libs.versions.toml', text), ['com.openai:openai-java@2:6-28 maven', 'com.openai:openai-java@3:17-39 maven', 'com.anthropic:anthropic-java@4:40-54 maven', 'com.anthropic:anthropic-java@5:40-54 maven']);
  });

  it('go.mod: `require(`, lines without indent or with more blanks, an indented `)`', () => {
    const text = 'module x\nrequire(\ngithub.com/openai/openai-go  v1.0.0\n )\ngithub.com/tmc/langchaingo v0.1.0\n  require  github.com/ollama/ollama  v0.1.0\n';
    assert.deepEqual(hits('go.mod', text), ['github.com/openai/openai-go@3:1-28 go', 'github.com/ollama/ollama@6:12-36 go']);
  });

  it('pom.xml and Gradle: blanks inside an artifactId; an assignment is no declaration', () => {
    assert.deepEqual(hits('pom.xml', '<dependency><groupId>com.openai</groupId><artifactId>openai-java </artifactId></dependency>'), ['com.openai:openai-java@1:54-65 maven']);
    assert.deepEqual(hits('build.gradle', 'dependencies {\n  x="com.openai:openai-java"\n}\n'), []);
  });

  it("pom.xml: the project's own coordinates before its dependencies; requirements: a direct reference without blanks", () => {
    const pom = [
      '<project>',
      '  <groupId>com.example</groupId>',
      '  <artifactId>app</artifactId>',
      '  <dependencies>',
      '    <dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency>',
      '  </dependencies>',
      '</project>',
    ].join('\n');
    assert.deepEqual(hits('pom.xml', pom), ['com.openai:openai-java@5:58-69 maven']);
    // PEP 508 allows `name@ url` and `name@url`; a bare URL has its scheme first.
    assert.deepEqual(hits('requirements.txt', 'openai@https://example.com/openai-1.0-py3-none-any.whl\nanthropic@ git+https://x/a\n'), ['openai@1:1-7 pypi', 'anthropic@2:1-10 pypi']);
  });
});

describe('detection: manifests, forms read since', () => {
  it('pyproject: dotted keys to the dependency arrays, at the root or under a table, arrays over lines', () => {
    const text = [
      'project.name = "app"',
      'project.dependencies = [',
      '  "requests",',
      '  "openai>=1",',
      ']',
      'project.optional-dependencies.llm = ["anthropic"]',
      'project . "optional-dependencies" . dev = [',
      "  'torch',",
      ']',
      'tool.uv.dev-dependencies = ["mistralai"]',
      'project.keywords = ["groq"]',
      '"project.dependencies" = ["cohere"]',
      '[project]',
      'optional-dependencies.ml = [',
      '  "transformers",',
      ']',
      'urls.dependencies = ["ollama"]',
      '[tool]',
      'pdm.dev-dependencies.lint = ["langchain"]',
      'uv.dev-dependencies = ["llama-index"]',
    ].join('\n');
    assert.deepEqual(hits('pyproject.toml', text), [
      'openai@4:4-10 pypi',
      'anthropic@6:39-48 pypi',
      'torch@8:4-9 pypi',
      'mistralai@10:30-39 pypi',
      'transformers@15:4-16 pypi',
      'langchain@19:31-40 pypi',
      'llama-index@20:25-36 pypi',
    ]);
  });

  it('conda: flow sequences, on a line or over lines, in the list and under pip', () => {
    const text = [
      'channels: [conda-forge, openai]',
      'dependencies: [numpy, "openai>=1", conda-forge::pytorch, {pip: [anthropic, \'cohere\']}] # [groq]',
      'variables: [transformers]',
    ].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@2:24-30 conda', 'pytorch@2:49-56 conda', 'anthropic@2:65-74 conda', 'cohere@2:77-83 conda']);
    const over = ['dependencies: [', '  numpy,', '  openai>=1 ,', '  # groq,', '  anthropic', ']', 'name: torch'].join('\n');
    assert.deepEqual(hits('environment.yml', over), ['openai@3:3-9 conda', 'anthropic@5:3-12 conda']);
    const pip = ['dependencies:', '  - python=3.11', '  - pip: [openai, "anthropic"]', '  - pip:', '      [mistralai,', '       torch]', '  - transformers'].join('\n');
    assert.deepEqual(hits('environment.yml', pip), ['openai@3:11-17 conda', 'anthropic@3:20-29 conda', 'mistralai@5:8-17 conda', 'torch@6:8-13 conda', 'transformers@7:5-17 conda']);
  });

  it('conda: flow keys, values and nested mappings name no dependency', () => {
    assert.deepEqual(hits('environment.yml', 'dependencies: [openai: x, {anthropic: torch}, "cohere": 1, [groq], mistralai]\n'), ['groq@1:61-65 conda', 'mistralai@1:68-77 conda']);
    // An unclosed flow ends with the file; a quoted item that does not close names nothing.
    assert.deepEqual(hits('environment.yml', 'dependencies: [openai, "torch\n'), ['openai@1:16-22 conda']);
  });

  it('conda: a block sequence at the column of its key, and the next document', () => {
    const text = ['channels:', '- openai', 'dependencies:', '- numpy', '- openai', '- pip:', '  - anthropic', '- torch', 'name: x', '- cohere', '---', '- groq'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@5:3-9 conda', 'anthropic@7:5-14 conda', 'torch@8:3-8 conda']);
  });
});

describe('detection: conda files as the YAML library reads them', () => {
  it('flow items plain and quoted, each range on the name as written; a `#` after a blank starts a comment', () => {
    assert.deepEqual(hits('environment.yml', "dependencies: [openai, \"anthropic x\" , 'cohere''s',groq ]\n"), ['openai@1:16-22 conda', 'anthropic@1:25-34 conda', 'cohere@1:41-47 conda', 'groq@1:52-56 conda']);
    assert.deepEqual(hits('environment.yml', 'dependencies: [openai#b, cohere #d, groq]\n'), ['openai@1:16-22 conda', 'cohere@1:26-32 conda']);
    // A quoted scalar over lines is one item; the reading goes on after it.
    assert.deepEqual(hits('environment.yml', 'dependencies: [torch, "b\n  c\\" ] d", anthropic]\n'), ['torch@1:16-21 conda', 'anthropic@2:13-22 conda']);
  });

  it('a quoted item over lines is named on its first line; one whose name an escaped line break joins names nothing', () => {
    const text = ['dependencies:', '  - "openai', '    >=1"', "  - 'anthropic", "    >=1'", '  - "mistral\\', '    ai"', '  - "cohere"'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@2:6-12 conda', 'anthropic@4:6-15 conda', 'cohere@8:6-12 conda']);
  });

  it('an anchored or tagged item is read once, where it is written; aliases, block scalars and mapping values are no items', () => {
    const text = ['dependencies:', '  - &o openai', '  - *o', '  - !!str anthropic', '  - |', '    cohere', '  - x: groq', '  - !tag mistralai', '  - 1.5'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@2:8-14 conda', 'anthropic@4:11-20 conda', 'mistralai@8:10-19 conda']);
    assert.deepEqual(hits('environment.yml', 'dependencies: openai\nx: [anthropic]\n'), []);
  });

  it('the key `dependencies` of each document, however written; not in a nested mapping', () => {
    const text = ['"dependencies": [openai]', '---', '{dependencies: [anthropic]}', '---', '? dependencies', ': [cohere]', '---', 'x:', '  dependencies: [groq]', '...', '[dependencies, torch]'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@1:18-24 conda', 'anthropic@3:17-26 conda', 'cohere@6:4-10 conda']);
  });

  it('sequences within the list and within its mappings, at any depth the file may have', () => {
    const text = ['dependencies:', '  - openai', '  - [[groq]]', '  - pip:', '      extra:', '        - cohere', '  - x: anthropic'].join('\n');
    assert.deepEqual(hits('environment.yml', text), ['openai@2:5-11 conda', 'groq@3:7-11 conda', 'cohere@6:11-17 conda']);
  });

  it('a file with errors is read for what the library recovers; a quoted item left open names nothing', () => {
    // A line break, a byte-order mark and a mistake further down.
    assert.deepEqual(hits('environment.yml', '\ufeffdependencies:\r\n  - "openai"\r\n  - anthropic\r\nname: x: y\n'), ['openai@2:6-12 conda', 'anthropic@3:5-14 conda']);
    assert.deepEqual(hits('environment.yml', 'dependencies:\n  - "torch\n'), []);
    assert.deepEqual(hits('environment.yml', 'dependencies:\n  - "openaix\n  - "cohere"\n'), ['cohere@3:6-12 conda']);
    assert.deepEqual(hits('environment.yml', "dependencies: ['openai', 'torch\n"), ['openai@1:17-23 conda']);
    // A quoted item closed, then an error right after it (a comment without its blank, text): it is read.
    assert.deepEqual(hits('environment.yml', 'dependencies:\n  - "openai"#c\n  - "anthropic"x\n'), ['openai@2:6-12 conda', 'anthropic@3:6-15 conda']);
    // An unclosed quote above the list takes the file into it, as it does for conda.
    assert.deepEqual(hits('environment.yml', 'name: "x\ndependencies:\n  - openai\n'), []);
  });

  it(`reads a file up to its ${MAX_YAML_TOKENS}th name, value or mark`, () => {
    // `dependencies`, `:`, then `-` and a name for each item: anthropic is the last of MAX_YAML_TOKENS tokens, then one past them.
    const file = (n: number): string => `dependencies:\n  - openai\n${'  - a\n'.repeat(n)}  - anthropic\n  - cohere\n`;
    const n = (MAX_YAML_TOKENS - 6) / 2;
    assert.deepEqual(hits('environment.yml', file(n)), ['openai@2:5-11 conda', `anthropic@${n + 3}:5-14 conda`]);
    assert.deepEqual(hits('environment.yml', file(n + 1)), ['openai@2:5-11 conda']);
  });

  it('leaves out a part nested too deep, its line and the lines below it indented more; two parts at most', () => {
    const lists = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    const deep = (k: number): string => ['dependencies:', '  - openai', ...Array.from({ length: k }, (_, i) => `  - x: ${lists(300)}\n  - ${['anthropic', 'cohere', 'groq'][i]}`)].join('\n');
    assert.deepEqual(hits('environment.yml', deep(2)), ['openai@2:5-11 conda', 'anthropic@4:5-14 conda', 'cohere@6:5-11 conda']);
    assert.deepEqual(hits('environment.yml', deep(3)), []);
    // Nested by indentation: the lines below the first too deep, indented more, go with it.
    const indented = ['dependencies:', '  - openai', '  - x:', ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(6 + i)}a: ${i === 299 ? 'torch' : ''}`), '    - groq', '  - anthropic'].join('\n');
    assert.deepEqual(hits('environment.yml', indented), ['openai@2:5-11 conda', 'anthropic@305:5-14 conda']);
    // A part too deep on the file's first line; one on its last, after a first line indented more.
    assert.deepEqual(hits('environment.yml', `x: ${lists(300)}\ndependencies: [openai]\n`), ['openai@2:16-22 conda']);
    assert.deepEqual(hits('environment.yml', `  # env\ndependencies: [openai]\nx: ${lists(300)}`), ['openai@2:16-22 conda']);
    // Lists nested by a `-` alone on each line: the part too deep starts at a `-` right before a line break.
    const dashes = ['dependencies:', '  - openai', '  - x:', ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(4 + i)}-`), '  - anthropic'].join('\n');
    assert.deepEqual(hits('environment.yml', dashes), ['openai@2:5-11 conda', 'anthropic@304:5-14 conda']);
  });
});
