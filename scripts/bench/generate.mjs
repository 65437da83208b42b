// Generates the deterministic benchmark monorepo: `files` analysed files in several languages,
// about 5% of them using AI libraries, nested `.aigov.yaml` registries, `@aigov` annotations,
// ignored dependency trees (node_modules, .venv, target, dist, generated) that must not be read,
// binaries, model artefacts, huge one-line bundles and a few non-UTF-8 files.
// The tree is written once per (files, seed, generator version) and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { aiChoices, binaryFile, extOf, jsonFile, makeRng, markdownFile, minifiedBundle, sourceFile, WORDS } from './content.mjs';

/** Bump when the output changes: cached trees are keyed by it. */
export const GEN_VERSION = 1;

const LANG_WEIGHTS = [['typescript', 30], ['python', 25], ['go', 12], ['java', 12], ['rust', 8], ['csharp', 8], ['javascript', 5]];
const MANIFEST = { typescript: 'package.json', javascript: 'package.json', python: 'pyproject.toml', go: 'go.mod', java: 'pom.xml', rust: 'Cargo.toml', csharp: 'Service.csproj' };
const ARTEFACTS = ['onnx', 'safetensors', 'pt', 'gguf'];

export function treeKey(files, seed) {
  return `mono-${files}-s${seed}-g${GEN_VERSION}`;
}

function weighted(rng, table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

function fileName(rng, language, k) {
  const a = rng.pick(WORDS);
  const b = rng.pick(WORDS);
  if (language === 'java' || language === 'csharp') return `${a[0].toUpperCase()}${a.slice(1)}${b[0].toUpperCase()}${b.slice(1)}${k}${extOf(language)}`;
  if (language === 'typescript' || language === 'javascript') return `${a}-${b}-${k}${extOf(language)}`;
  return `${a}_${b}_${k}${extOf(language)}`;
}

function registryText(components, { root = false } = {}) {
  const lines = ['# AI components of this folder, checked by aigov.', 'version: 1'];
  if (root) {
    lines.push('organization:', '  name: Bench Monorepo KK', '  contacts:', '    incident: ai-incidents@example.com', 'frameworks: [jp-ai-guidelines, eu-ai-act]', 'detection:', '  ignore: ["**/fixtures/**"]');
  }
  lines.push('components:');
  for (const c of components) {
    lines.push(
      `  - id: ${c.id}`,
      `    name: ${c.id.replace(/-/g, ' ')}`,
      `    kind: ${c.kind}`,
      `    owner: team-${c.id.split('-')[0]}@example.com`,
      '    roles: [deployer]',
      '    jurisdictions: [jp, eu]',
      `    intended_purpose: ${c.purpose}`,
      `    paths: [${c.paths.map((p) => JSON.stringify(p)).join(', ')}]`,
      '    risk:',
      `      level: ${c.risk}`,
      ...(c.doc ? ['      assessment:', `        path: ${c.doc}`, '        date: 2026-03-01', '        next_review: 2027-03-01'] : []),
      '    upstream_models:',
      '      - { provider: openai, name: gpt-4o-mini, license: proprietary }',
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The plan: every file's path and a function that makes its bytes. Each file has its own random
 * source (seeded by its index), so contents do not depend on write order.
 */
export function planTree(files, seed) {
  const rng = makeRng(seed * 7919 + files);
  const entries = [];
  const stats = { files: 0, ignored: 0, ai: 0, annotated: 0, registries: 0, components: 0, artefacts: 0, binaries: 0, huge: 0, nonUtf8: 0, utf16: 0, docs: 0 };
  let fileSeed = seed * 1000003;
  const add = (p, make, tracked = true) => {
    const s = ++fileSeed;
    entries.push({ path: p, make: () => make(makeRng(s)), tracked });
    if (tracked) stats.files++;
    else stats.ignored++;
  };
  // Root: registry with organisation defaults, ignore rules, readme, docs.
  const rootComponents = [
    { id: 'platform-llm-gateway', kind: 'api-integration', purpose: 'Route LLM calls through one audited gateway', paths: ['platform/gateway/**'], risk: 'limited', doc: 'docs/risk/platform-llm-gateway.md' },
    { id: 'support-assistant', kind: 'llm-app', purpose: 'Answer customer questions on the help pages', paths: [], risk: 'limited', doc: 'docs/risk/support-assistant.md' },
    { id: 'fraud-model', kind: 'model', purpose: 'Score transactions for fraud', paths: [], risk: 'high' },
  ];
  add('.aigov.yaml', () => registryText(rootComponents, { root: true }));
  add('.gitignore', () => 'node_modules/\ndist/\n.venv/\ntarget/\ngenerated/\n*.log\ntmp/\n');
  add('README.md', (r) => markdownFile(r, 4000, 'Bench monorepo'));
  add('package.json', () => JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'] }, null, 2) + '\n');
  add('docs/risk/platform-llm-gateway.md', (r) => markdownFile(r, 2500, 'Risk assessment: platform-llm-gateway'));
  add('docs/risk/support-assistant.md', (r) => markdownFile(r, 2500, 'Risk assessment: support-assistant'));
  stats.registries++;
  stats.components += rootComponents.length;
  const rootIds = rootComponents.map((c) => c.id);
  const hugeCount = Math.max(1, Math.round(files / 10000));
  const budget = () => files - 2 * hugeCount - stats.files;

  // Ignored dependency trees at the root: default-excluded and .gitignore'd; never analysed.
  const nm = Math.round(files * 0.08);
  const npmPkgs = ['openai', '@anthropic-ai/sdk', 'lodash', 'react', 'typescript', '@langchain/core', 'zod', 'yaml', 'express', 'rxjs'];
  for (let i = 0; i < nm; i++) {
    const pkg = npmPkgs[i % npmPkgs.length];
    const ai = pkg === 'openai' || pkg.startsWith('@anthropic') || pkg.startsWith('@langchain') ? aiChoices('javascript')[i % 2] : undefined;
    add(`node_modules/${pkg}/lib/m${Math.floor(i / 40)}/f${i}.js`, (r) => sourceFile(r, 'javascript', r.size(3000, 200, 40000), { ai }), false);
  }

  for (let p = 0; budget() > 0; p++) {
    const language = weighted(rng, LANG_WEIGHTS);
    const isJs = language === 'typescript' || language === 'javascript';
    const dir = `${isJs ? 'packages' : 'services'}/${rng.pick(WORDS)}-${rng.pick(WORDS)}-${p}`;
    const count = Math.min(budget(), rng.int(60, 400));
    const aiProject = rng.chance(0.3);
    const aiRate = aiProject ? 0.18 : 0.015;
    const start = stats.files;
    const left = () => count - (stats.files - start);
    const components = [];
    const hasRegistry = aiProject && rng.chance(0.7) && count > 20;
    if (hasRegistry) {
      const n = rng.int(1, 3);
      for (let c = 0; c < n; c++) {
        const id = `${rng.pick(WORDS)}-${rng.pick(WORDS)}-${p}-${c}`;
        const hasDoc = rng.chance(0.7);
        components.push({ id, kind: rng.pick(['llm-app', 'model', 'agent']), purpose: `Serve ${rng.pick(WORDS)} predictions`, paths: c === 0 ? ['src/ai/**'] : [`src/${rng.pick(WORDS)}/ai_*`], risk: rng.pick(['limited', 'minimal', 'high', 'unassessed']), doc: rng.chance(0.8) ? `docs/risk/${id}.md` : undefined, hasDoc });
      }
      const own = [...components];
      add(`${dir}/.aigov.yaml`, () => registryText(own));
      for (const c of components) if (c.doc && c.hasDoc && left() > 1) {
        add(`${dir}/${c.doc}`, (r) => markdownFile(r, 2000, `Risk assessment: ${c.id}`));
        stats.docs++;
      }
      stats.registries++;
      stats.components += components.length;
    }
    const nested = hasRegistry && rng.chance(0.2);
    if (nested && left() > 1) {
      const id = `experimental-${rng.pick(WORDS)}-${p}`;
      add(`${dir}/src/ai/experimental/.aigov.yaml`, () => registryText([{ id, kind: 'agent', purpose: 'Try agent workflows', paths: ['**'], risk: 'unassessed' }]));
      components.push({ id });
      stats.registries++;
      stats.components++;
    }
    if (left() > 0) add(`${dir}/README.md`, (r) => markdownFile(r, r.size(2500, 300, 20000), `${dir} overview`));
    if (left() > 0) add(`${dir}/${MANIFEST[language]}`, () => `# manifest of ${dir}\n`);
    if (left() > 0) add(`${dir}/.gitignore`, () => '*.log\nbuild-output/\n');
    // Ignored per project: build output, virtualenvs, generated code.
    const ignoredDir = language === 'rust' ? 'target/debug' : language === 'python' ? '.venv/lib/python3.12/site-packages/pkg' : isJs ? 'dist' : 'generated';
    for (let i = 0; i < Math.round(count * 0.1); i++) add(`${dir}/${ignoredDir}/g${i}${extOf(language)}`, (r) => sourceFile(r, language, r.size(3000, 200, 30000)), false);
    add(`${dir}/build-output/run.log`, () => 'ignored by the nested .gitignore\n', false);

    let k = 0;
    let area = 'core';
    let inDir = 0;
    while (left() > 0) {
      k++;
      if (inDir === 0) {
        area = rng.chance(0.5) ? `${rng.pick(WORDS)}/${rng.pick(WORDS)}` : rng.pick(WORDS);
        inDir = rng.int(5, 35);
      }
      inDir--;
      const roll = rng.next();
      if (roll < 0.07) {
        const title = `${rng.pick(WORDS)} notes`;
        add(`${dir}/docs/${rng.pick(WORDS)}-${k}.md`, (r) => markdownFile(r, r.size(3000, 300, 30000), title));
      } else if (roll < 0.12) {
        add(`${dir}/fixtures/${rng.pick(WORDS)}-${k}.json`, (r) => jsonFile(r, r.size(2500, 100, 50000)));
      } else if (roll < 0.125) {
        add(`${dir}/assets/${rng.pick(WORDS)}-${k}.png`, (r) => binaryFile(r, 'png', r.size(8000, 64, 200000)));
        stats.binaries++;
      } else if (roll < 0.128) {
        const kind = aiProject ? rng.pick(ARTEFACTS) : 'png';
        add(`${dir}/${aiProject ? 'models' : 'assets'}/${rng.pick(WORDS)}-${k}.${kind}`, (r) => binaryFile(r, kind, r.size(30000, 1024, 2000000)));
        if (aiProject) stats.artefacts++;
        else stats.binaries++;
      } else if (roll < 0.1285) {
        add(`${dir}/i18n/messages_${k}.properties`, () => Buffer.from('title=R\xe9sum\xe9 des commandes\nbutton=Envoyer \xe0 la file\n', 'latin1'));
        stats.nonUtf8++;
      } else if (roll < 0.1289 && language === 'csharp') {
        add(`${dir}/src/Legacy${k}.cs`, (r) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sourceFile(r, 'csharp', 1500), 'utf16le')]));
        stats.utf16++;
      } else {
        const isTest = roll > 0.92;
        const isAi = rng.chance(aiRate);
        const ai = isAi ? rng.pick(aiChoices(language)) : undefined;
        let where = isTest ? 'test' : `src/${area}`;
        let annotate;
        if (isAi) {
          stats.ai++;
          if (components.length > 0 && rng.chance(0.6)) where = nested && rng.chance(0.3) ? 'src/ai/experimental' : 'src/ai';
          else if (rng.chance(0.3)) annotate = components.length > 0 ? rng.pick(components).id : rng.chance(0.9) ? rng.pick(rootIds) : `unknown-component-${p}`;
          if (annotate) stats.annotated++;
        }
        const mention = !isAi && rng.chance(0.01);
        const name = fileName(rng, language, k);
        add(`${dir}/${where}/${name}`, (r) => sourceFile(r, language, r.size(2500, 120, 60000), { ai, annotate, mention }));
      }
    }
  }
  // Huge files: one 3 MB one-line bundle and one 1.2 MB one-line JSON per 10k files (tracked).
  for (let i = 0; i < hugeCount; i++) {
    add(`web/static/app-${i}.bundle.min.js`, (r) => minifiedBundle(r, 3 * 1024 * 1024));
    add(`web/static/data-${i}.json`, () => JSON.stringify(Array.from({ length: 30000 }, (_, j) => ({ j, w: WORDS[j % WORDS.length] }))));
    stats.huge += 2;
  }
  return { entries, stats };
}

async function writeAll(dir, entries) {
  const dirs = new Set(entries.map((e) => path.dirname(path.join(dir, e.path))));
  for (const d of [...dirs].sort()) await fs.mkdir(d, { recursive: true });
  let bytes = 0;
  let i = 0;
  const worker = async () => {
    while (i < entries.length) {
      const e = entries[i++];
      const data = e.make();
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      await fs.writeFile(path.join(dir, e.path), data);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return bytes;
}

/**
 * Makes sure the tree for (files, seed) exists under `cacheDir/trees`, generating it (and its git
 * index) when absent. Returns its folder and its statistics.
 */
export async function ensureTree(cacheDir, files, seed, log = () => {}) {
  const key = treeKey(files, seed);
  const dir = path.join(cacheDir, 'trees', key);
  const marker = path.join(cacheDir, 'trees', `${key}.json`);
  if (existsSync(marker) && existsSync(dir)) return { dir, key, ...JSON.parse(readFileSync(marker, 'utf8')) };
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const t0 = Date.now();
  log(`generating ${key} ...`);
  const { entries, stats } = planTree(files, seed);
  stats.bytes = await writeAll(dir, entries);
  const tWrite = Date.now() - t0;
  log(`  wrote ${entries.length} files (${(stats.bytes / 1048576).toFixed(0)} MB) in ${(tWrite / 1000).toFixed(1)} s; git add ...`);
  const git = (...args) => execFileSync('git', ['-C', dir, '-c', 'core.autocrlf=false', '-c', 'gc.auto=0', ...args], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  git('init', '-q');
  git('add', '-A');
  log(`  git index built in ${((Date.now() - t0 - tWrite) / 1000).toFixed(1)} s`);
  const meta = { generator: GEN_VERSION, files, seed, stats };
  await fs.writeFile(marker, JSON.stringify(meta, null, 2));
  return { dir, key, ...meta };
}
