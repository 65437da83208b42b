/**
 * Indexing with worker threads (server/src/node/worker-helpers.ts): the same findings and skips
 * as the main thread alone, whatever the split, and a failing worker only costs time.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Keep } from '../server/src/core/analysis.js';
import { Engine } from '../server/src/core/engine.js';
import { OpenFactsCache } from '../server/src/core/testing/open-facts-cache.js';
import type { Logger } from '../server/src/core/workspace.js';
import { NodeWorkspace } from '../server/src/node/fs-workspace.js';
import { findWorkerScript, WorkerHelpers } from '../server/src/node/worker-helpers.js';
import { runCli } from './support/cli.js';

const TODAY = '2026-11-25';
const REGISTRY = 'version: 1\norganization: { name: Workers KK, contacts: { incident: ai-incidents@workers.test } }\ncomponents:\n  - id: chat-bot\n    kind: llm-app\n    owner: ml-team@workers.test\n    intended_purpose: Answer questions\n    paths: ["svc/chat/**"]\n    risk: { level: minimal }\n';

let dir: string;
const temps: string[] = [];

/** ~900 files in several languages: AI imports, annotations (some unknown ids), binaries, a symlink out. */
async function makeTree(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-'));
  temps.push(root);
  const files: Record<string, string | Buffer> = { '.aigov.yaml': REGISTRY };
  for (let i = 0; i < 300; i++) {
    files[`svc/chat/m${i}.py`] = i % 7 === 0 ? `import openai\n# @aigov chat-bot\nclient = openai.OpenAI()\n` : `import os\n\ndef f${i}():\n    return ${i}\n`;
    files[`web/src/c${i}.ts`] = i % 11 === 0 ? `import Anthropic from '@anthropic-ai/sdk';\n// @aigov no-such-${i}\nexport const a = new Anthropic();\n` : `import { x } from './x';\nexport const v${i} = x + ${i};\n`;
    files[`lib/r${i}.rs`] = i % 13 === 0 ? 'fn main() { let c = async_openai::Client::new(); }\n' : `pub fn f${i}() -> u32 { ${i} }\n`;
  }
  files['assets/logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
  files['data/blob.py'] = Buffer.from([0x70, 0x72, 0, 0, 0x69, 0x6e, 0x74]);
  files['data/latin1.py'] = Buffer.from([0x23, 0x20, 0xe9, 0x0a]);
  files['models/m.onnx'] = Buffer.from([1, 2, 3]);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  }
  const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-out-'));
  temps.push(outside);
  await fs.writeFile(path.join(outside, 'secret.py'), '# @aigov stolen-secret\n');
  await fs.symlink(path.join(outside, 'secret.py'), path.join(root, 'svc/chat/link.py'));
  return root;
}

function logger(): Logger & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, info() {}, warn: (m) => void warnings.push(m), error: (m) => void errors.push(m) };
}

/** Findings and skips of one index, as comparable text. */
async function run(root: string, helpersFor?: (ws: NodeWorkspace, log: Logger) => WorkerHelpers, useGit = false, keep: Keep = 'text'): Promise<{ findings: string; skipped: string; log: ReturnType<typeof logger>; engine: Engine }> {
  const log = logger();
  const ws = new NodeWorkspace(root, { useGit });
  const helpers = helpersFor?.(ws, log);
  const engine = new Engine(ws, { today: TODAY, logger: log, keep, ...(helpers ? { helpers } : {}) });
  try {
    await engine.indexAll();
  } finally {
    await helpers?.close();
  }
  return { findings: JSON.stringify(engine.findings()), skipped: JSON.stringify(engine.stats.skipped), log, engine };
}

describe('indexing with worker threads', function () {
  this.timeout(120000);
  const script = findWorkerScript(path.join(__dirname, '..', 'dist'));

  before(async function () {
    if (!script) this.skip(); // dist/index-worker.js comes from `npm run compile` (pretest)
    dir = await makeTree();
  });

  after(async () => {
    for (const d of temps) await fs.rm(d, { recursive: true, force: true });
  });

  it('gives the findings and skips of the main thread alone, with one worker or two', async () => {
    const alone = await run(dir);
    assert.ok(alone.findings.includes('AIGOV201'), 'the tree has findings to compare');
    assert.ok(alone.skipped.includes('outside-workspace') && alone.skipped.includes('binary') && alone.skipped.includes('not-utf8'));
    // An image can hold nothing aigov reads: it is not read, so not reported as binary.
    assert.ok(!alone.skipped.includes('logo.png'));
    for (const workers of [1, 2]) {
      const helped = await run(dir, (ws, log) => new WorkerHelpers(ws, { workers, script: script as string, minFiles: 1, logger: log }));
      assert.equal(helped.findings, alone.findings, `${workers} worker(s): findings`);
      assert.equal(helped.skipped, alone.skipped, `${workers} worker(s): skips`);
      assert.deepEqual([...helped.log.warnings, ...helped.log.errors], []);
    }
    assert.ok(!alone.findings.includes('stolen-secret'));
  });

  it('keeps only the lines of the facts when asked, on every thread: same findings, no texts', async () => {
    const alone = await run(dir);
    for (const workers of [0, 1]) {
      const helped = await run(dir, workers > 0 ? (ws, log) => new WorkerHelpers(ws, { workers, script: script as string, minFiles: 1, logger: log }) : undefined, false, 'lines');
      assert.equal(helped.findings, alone.findings, `${workers} worker(s): findings`);
      const holding = [...Array(300).keys()].flatMap((i) => [`svc/chat/m${i}.py`, `web/src/c${i}.ts`, `lib/r${i}.rs`]).filter((p) => helped.engine.factsOf(p)?.detections.length);
      assert.ok(holding.length > 50);
      assert.deepEqual(holding.filter((p) => helped.engine.factsOf(p)?.source !== undefined), [], `${workers} worker(s): no text kept`);
      assert.deepEqual(helped.engine.factsOf('svc/chat/m7.py')?.lines, { 0: 'import openai', 1: '# @aigov chat-bot' });
    }
  });

  it('reads through realpath what the listing could not vouch for, in a worker too (git listing)', async function () {
    try {
      execFileSync('git', ['-C', dir, 'init', '-q']);
      execFileSync('git', ['-C', dir, 'add', '-A']);
    } catch {
      this.skip();
    }
    const alone = await run(dir, undefined, true);
    const helped = await run(dir, (ws) => new WorkerHelpers(ws, { workers: 1, script: script as string, minFiles: 1 }), true);
    assert.equal(helped.findings, alone.findings);
    assert.equal(helped.skipped, alone.skipped);
    assert.ok(alone.skipped.includes('outside-workspace'));
  });

  it('a worker that throws or exits gives its files back: same findings, one warning', async () => {
    const alone = await run(dir);
    for (const body of ["parentPort.on('message', () => { throw new Error('boom'); });", "parentPort.on('message', () => process.exit(3));"]) {
      const bad = path.join(dir, '..', `bad-worker-${temps.length}.js`);
      await fs.writeFile(bad, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
      temps.push(bad);
      const helped = await run(dir, (ws, log) => new WorkerHelpers(ws, { workers: 1, script: bad, minFiles: 1, logger: log }));
      assert.equal(helped.findings, alone.findings, body);
      assert.equal(helped.skipped, alone.skipped, body);
      assert.equal(helped.log.warnings.length, 1, JSON.stringify(helped.log.warnings));
      assert.match(helped.log.warnings[0] as string, /indexing worker failed/);
      assert.deepEqual(helped.log.errors, []);
    }
  });

  it('a registry that adds detection settings makes the head start redo its files: same findings', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-extra-'));
    temps.push(root);
    await fs.writeFile(path.join(root, '.aigov.yaml'), `${REGISTRY}detection: { libraries: { extra: [acme_llm] } }\n`);
    // Outside chat-bot's paths, so that the detections are reported (AIGOV301).
    await fs.mkdir(path.join(root, 'tools'), { recursive: true });
    for (let i = 0; i < 600; i++) await fs.writeFile(path.join(root, `tools/e${i}.py`), i % 50 === 0 ? 'import acme_llm\n' : `x = ${i}\n`);
    const alone = await run(root);
    assert.ok(alone.findings.includes('acme_llm'), 'the extra library is detected');
    const helped = await run(root, (ws, log) => new WorkerHelpers(ws, { workers: 1, script: script as string, minFiles: 1, logger: log }));
    assert.equal(helped.findings, alone.findings);
    assert.equal(helped.skipped, alone.skipped);
  });

  it('git listing in two parts: tracked files are read while the untracked ones are listed; an untracked registry still counts', async function () {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-parts-'));
    temps.push(root);
    const write = async (rel: string, text: string) => {
      await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await fs.writeFile(path.join(root, rel), text);
    };
    await write('.aigov.yaml', REGISTRY);
    for (let i = 0; i < 400; i++) await write(`tools/t${i}.py`, i % 40 === 0 ? 'import acme_llm\nimport openai\n' : `x = ${i}\n`);
    try {
      execFileSync('git', ['-C', root, 'init', '-q']);
      execFileSync('git', ['-C', root, 'add', '-A']);
    } catch {
      this.skip();
    }
    // Untracked: a registry that adds a library to detection, files it covers, a folder named like a registry.
    await write('extra/.aigov.yaml', 'version: 1\ndetection: { libraries: { extra: [acme_llm] } }\ncomponents:\n  - id: extra-bot\n    kind: llm-app\n    paths: ["models/**"]\n');
    for (let i = 0; i < 50; i++) await write(`extra/e${i}.py`, i % 10 === 0 ? '# @aigov no-such-extra\nimport acme_llm\n' : `y = ${i}\n`);
    await write('odd/.aigov.yml/notes.txt', 'not a registry\n');
    const listing = await new NodeWorkspace(root).listFiles();
    assert.ok(listing.more, 'the untracked files come as a second part');
    assert.ok(listing.files.includes('tools/t0.py') && !listing.files.includes('extra/e0.py'));
    const rest = await listing.more;
    assert.ok(rest?.files.includes('extra/.aigov.yaml') && rest.files.includes('extra/e0.py'));
    assert.ok(rest?.skipped.some((x) => x.path === 'odd/.aigov.yml' && x.reason === 'not-a-file'));
    const walker = await run(root);
    assert.ok(walker.findings.includes('acme_llm') && walker.findings.includes('no-such-extra') && walker.findings.includes('AIGOV007'));
    const git = await run(root, undefined, true);
    assert.equal(git.findings, walker.findings);
    assert.equal(git.skipped, walker.skipped);
    const helped = await run(root, (ws, log) => new WorkerHelpers(ws, { workers: 1, script: script as string, minFiles: 1, logger: log }), true);
    assert.equal(helped.findings, walker.findings);
    assert.equal(helped.skipped, walker.skipped);
    assert.deepEqual([...helped.log.warnings, ...helped.log.errors], []);
  });

  it('a worker checks the folders on the way too: a tracked folder now a symlink out is not read through', async function () {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-folder-'));
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-workers-folder-out-'));
    temps.push(root, outside);
    await fs.writeFile(path.join(root, '.aigov.yaml'), REGISTRY);
    for (const d of ['svc/chat', 'lib']) await fs.mkdir(path.join(root, d), { recursive: true });
    await fs.mkdir(path.join(outside, 'lib'));
    for (let i = 0; i < 300; i++) {
      await fs.writeFile(path.join(root, `svc/chat/m${i}.py`), `x = ${i}\n`);
      await fs.writeFile(path.join(root, `lib/l${i}.py`), `y = ${i}\n`);
      await fs.writeFile(path.join(outside, `lib/l${i}.py`), `# @aigov stolen-${i}\n`);
    }
    try {
      execFileSync('git', ['-C', root, 'init', '-q']);
      execFileSync('git', ['-C', root, 'add', '-A']);
    } catch {
      this.skip();
    }
    await fs.rm(path.join(root, 'lib'), { recursive: true });
    await fs.symlink(path.join(outside, 'lib'), path.join(root, 'lib'));
    const alone = await run(root, undefined, true);
    const helped = await run(root, (ws, log) => new WorkerHelpers(ws, { workers: 1, script: script as string, minFiles: 1, logger: log }), true);
    assert.ok(!alone.findings.includes('stolen') && !helped.findings.includes('stolen'), 'nothing behind the symlink was read');
    assert.equal(helped.findings, alone.findings);
    assert.equal(helped.skipped, alone.skipped);
  });

  it('a warm cache lets the read skip files known empty, and analyse none it knows (by size and mtime), on every thread', async () => {
    const cache = new OpenFactsCache();
    const index = async (helped: boolean) => {
      const ws = new NodeWorkspace(dir);
      // The folder is a git repository by now: without git's content ids, sizes and mtimes key the
      // cache (the ids are tested in git-content-ids.test.ts).
      ws.contentIds = () => Promise.resolve(undefined);
      let reads = 0;
      const readListed = ws.readListed.bind(ws);
      ws.readListed = (p, use, options) => readListed(p, (bytes) => (reads++, use(bytes)), options);
      const helpers = helped ? new WorkerHelpers(ws, { workers: 1, script: script as string, minFiles: 1 }) : undefined;
      const engine = new Engine(ws, { today: TODAY, cache, ...(helpers ? { helpers } : {}) });
      await engine.indexAll();
      await helpers?.close();
      return { findings: JSON.stringify(engine.findings()), reads };
    };
    const cold = await index(false);
    const warm = await index(false);
    assert.equal(warm.findings, cold.findings);
    assert.ok(warm.reads * 5 < cold.reads, `warm run read ${warm.reads} files, cold ${cold.reads}`);
    const warmHelped = await index(true);
    assert.equal(warmHelped.findings, cold.findings);
    // What files that hold something hold comes from the cache.
    cache.mark('lib/r0.rs');
    cache.mark('lib/r13.rs');
    const cachedMarks = (findings: string) => findings.match(/\[cached\]/g)?.length ?? 0;
    for (const helped of [false, true]) {
      const marked = await index(helped);
      assert.equal(cachedMarks(marked.findings), 2, `cached facts used (${helped ? 'worker' : 'main thread'})`);
      assert.equal(marked.findings.replaceAll(' [cached]', ''), cold.findings);
    }
    // Changed: analysed again.
    await fs.appendFile(path.join(dir, 'lib/r0.rs'), '// more\n');
    assert.equal(cachedMarks((await index(true)).findings), 1);
    // A file known empty that changes is read again.
    await fs.appendFile(path.join(dir, 'lib/r1.rs'), '// @aigov no-such-cached\n');
    const changed = await index(true);
    assert.ok(changed.findings.includes('no-such-cached'));
  });

  it('aigov check accepts --jobs 0 and --jobs 2 with the same report (a folder below the worker threshold); a bad value is a usage error', async () => {
    const zero = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY, '--jobs', '0'], dir);
    const two = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY, '--jobs', '2'], dir);
    assert.equal(zero.code, 0, zero.stderr);
    assert.equal(two.stdout, zero.stdout);
    const bad = await runCli(['check', '.', '--jobs', 'many'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--jobs/);
  });
});
