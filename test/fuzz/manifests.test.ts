/**
 * The dependency-manifest scanners on arbitrary text: they never throw, every hit points at the
 * name it reports, and a known dependency among arbitrary lines is still found.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectManifest } from '../../server/src/core/detection/manifests.js';
import { tableFor } from '../../server/src/core/detection/table.js';
import { DEFAULT_DETECTION_CONFIG } from '../../server/src/core/detection/types.js';
import { anyText, check, fuzzTimeout, tokenText } from './support.js';

const table = tableFor(DEFAULT_DETECTION_CONFIG);

/** Each manifest file with the fragments its scanner looks for. */
const KINDS: Record<string, string[]> = {
  'requirements.txt': ['openai', 'anthropic>=1', '-r x.txt', '--index-url ', 'http://', '#', ' #', '[extra]', ';', '==', '\\'],
  'pyproject.toml': ['[project]', 'dependencies = [', '"openai>=1"', "'anthropic'", ']', '[tool.poetry.dependencies]', 'openai = "^1"', '[[', ']]', '"', "'", '\\', '#', '.', ' = ', '[project.optional-dependencies]', 'x = ['],
  Pipfile: ['[packages]', '[dev-packages]', 'openai = "*"', '"anthropic" = "*"', '"', "'", '=', '[', ']'],
  'Cargo.toml': ['[dependencies]', '[dependencies.async-openai]', "[target.'cfg(unix)'.dependencies]", 'oai = { package = "async-openai" }', 'tch = "0.1"', 'package', '= "', '"', '.', '[', ']'],
  'libs.versions.toml': ['[libraries]', 'a = { module = "com.openai:openai-java", version = "1" }', 'b = "dev.langchain4j:langchain4j:1"', 'group = "', 'name = "', 'module = ', '"', ':', '{', '}'],
  'environment.yml': ['dependencies:', '  - openai', '  - pip:', '  - conda-forge::pytorch', '- ', ':', '#'],
  'package.json': ['{', '}', '"dependencies": {', '"openai": "4"', '"@anthropic-ai/sdk": "1"', ',', '"', ':', '[', ']', '//', '/*'],
  'go.mod': ['require (', ')', 'require github.com/sashabaranov/go-openai v1.0.0', 'github.com/anthropics/anthropic-sdk-go v0.1.0', '// indirect', '//', ' v', '\t'],
  'pom.xml': ['<dependency>', '</dependency>', '<groupId>com.openai</groupId>', '<artifactId>openai-java</artifactId>', '<exclusions>', '<!--', '-->', '<', '>', ' '],
  'a.csproj': ['<PackageReference Include="OpenAI" Version="1" />', '<PackageVersion Update="Azure.AI.OpenAI"/>', '<package id="', 'Include', '=', '"', "'", '<!--', '-->', '<', '>', ' ', '\n'],
  'packages.config': ['<packages>', '<package id="OpenAI" version="1" />', 'id="', '<package ', '"', '/>', '>'],
  'build.gradle': ['dependencies {', '}', 'implementation "com.openai:openai-java:1.0"', "api 'dev.langchain4j:langchain4j:1'", '"', "'", ':', '(', ')', '//', '/*', '*/'],
};

/** A line that declares a known dependency, per manifest (with the header it needs before it). */
const KNOWN: Record<string, { before: string; line: string; name: RegExp }> = {
  'requirements.txt': { before: '', line: 'openai>=1.0', name: /^openai$/ },
  'pyproject.toml': { before: '[project]\ndependencies = [\n', line: '  "openai>=1",', name: /^openai$/ },
  Pipfile: { before: '[packages]\n', line: 'openai = "*"', name: /^openai$/ },
  'Cargo.toml': { before: '[dependencies]\n', line: 'async-openai = "0.1"', name: /^async-openai$/ },
  'libs.versions.toml': { before: '[libraries]\n', line: 'oai = { module = "com.openai:openai-java", version = "1" }', name: /openai-java/ },
  'environment.yml': { before: 'dependencies:\n', line: '  - openai', name: /^openai$/ },
  'go.mod': { before: '', line: 'require github.com/sashabaranov/go-openai v1.0.0', name: /go-openai/ },
  'a.csproj': { before: '', line: '<PackageReference Include="OpenAI" Version="2.0.0" />', name: /^OpenAI$/ },
  'packages.config': { before: '', line: '<package id="OpenAI" version="2.0.0" />', name: /^OpenAI$/ },
  'pom.xml': { before: '', line: '<dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency>', name: /openai-java/ },
};

/** Lines that open nothing in any manifest language: no quote, bracket, comment or tag. */
const neutral = fc.array(fc.stringMatching(/^[a-z][a-z0-9_ ]{0,20}$/), { maxLength: 5 });

describe('fuzz: manifest scanners', function () {
  fuzzTimeout(this);

  it('never throw on arbitrary text, and every hit points at the name it reports', () =>
    check(
      fc.property(fc.constantFrom(...Object.keys(KINDS)).chain((file) => fc.tuple(fc.constant(file), fc.oneof(anyText, tokenText(KINDS[file]!, 80)))), ([file, text]) => {
        for (const hit of detectManifest(file, text, table)) {
          assert.ok(hit.span.start >= 0 && hit.span.start < hit.span.end && hit.span.end <= text.length, `${file}: span ${JSON.stringify(hit.span)} outside ${text.length}`);
          const written = text.slice(hit.span.start, hit.span.end);
          assert.ok(hit.name.endsWith(written), `${file}: ${JSON.stringify(written)} is not the name ${JSON.stringify(hit.name)}`);
        }
      }),
      4,
    ));

  it('find a known dependency among arbitrary neutral lines', () =>
    check(
      fc.property(fc.constantFrom(...Object.keys(KNOWN)), neutral, neutral, fc.constantFrom('\n', '\r\n'), (file, above, below, eol) => {
        const k = KNOWN[file]!;
        const lines = [...k.before.split('\n').filter((l) => l !== ''), ...above.filter(() => k.before === ''), k.line, ...below.filter(() => k.before === '' || file !== 'pyproject.toml')];
        const text = `${lines.join(eol)}${eol}`;
        const hits = detectManifest(file, text, table);
        assert.ok(hits.some((h) => k.name.test(h.name)), `${file}: ${JSON.stringify(text)} -> ${JSON.stringify(hits.map((h) => h.name))}`);
      }),
    ));
});
