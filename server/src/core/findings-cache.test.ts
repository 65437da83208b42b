import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions } from './engine.js';
import { ParsedRegistry } from './manifest/registry.js';
import { ALL_RULES } from './rules/index.js';
import type { SourceRule } from './rules/types.js';
import { unusedCode } from './testing/codes.js';
import { OpenFactsCache } from './testing/open-facts-cache.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import { SourceFile } from './text/source-file.js';
import type { FileListing, FileVersion, Logger } from './workspace.js';

/** An in-memory workspace whose listing carries versions, as the disk listing does. */
class VersionedWorkspace extends InMemoryWorkspace {
  versions = new Map<string, FileVersion>();
  override async listFiles(): Promise<FileListing> {
    const l = await super.listFiles();
    return { ...l, stats: new Map(l.files.map((f) => [f, this.versions.get(f) ?? { size: this.text(f)?.length ?? 0, mtimeMs: 1 }])) };
  }
  /** Writes a file as a new version (size and mtime change, as on disk). */
  edit(path: string, text: string): void {
    this.write(path, text);
    this.versions.set(path, { size: text.length, mtimeMs: (this.versions.get(path)?.mtimeMs ?? 1) + 1 });
  }
}

const REGISTRY = 'version: 1\ncomponents:\n  - id: bot\n    owner: a@example.com\n';
const FILES = {
  '.aigov.yaml': REGISTRY,
  'plain.py': 'print(1)\n',
  'pkg/run.py': 'import openai\n',
  'tagged.py': '# @aigov nobot\nimport anthropic\n',
};

/** Messages of the findings in `path`. */
const messages = (e: Engine, path: string) => e.findings().filter((f) => f.file === path).map((f) => `${f.code} ${f.message}`);
const cached = (e: Engine, path: string) => messages(e, path).filter((m) => m.endsWith(' [cached]'));

describe('findings cache', () => {
  const run = async (ws: VersionedWorkspace, cache: OpenFactsCache, options: EngineOptions = {}) => {
    const e = new Engine(ws, { today: '2026-11-25', cache, ...options });
    await e.indexAll();
    e.findings(); // as a check does: the findings are remembered as they are computed
    return e;
  };

  it('gives each unchanged file the findings it had, and checks a changed file again', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const first = await run(ws, cache);
    assert.ok(messages(first, 'pkg/run.py').some((m) => m.startsWith('AIGOV301')));
    cache.markFindings('pkg/run.py');
    cache.markFindings('tagged.py');
    const warm = await run(ws, cache);
    assert.equal(cached(warm, 'pkg/run.py').length, messages(first, 'pkg/run.py').length, 'remembered, not computed again');
    assert.equal(cached(warm, 'tagged.py').length, messages(first, 'tagged.py').length);
    ws.edit('tagged.py', '# @aigov bot\nimport anthropic\n');
    const edited = await run(ws, cache);
    assert.deepEqual(cached(edited, 'tagged.py'), [], 'the changed file is checked again');
    assert.ok(!messages(edited, 'tagged.py').some((m) => m.startsWith('AIGOV201')), 'with its new annotation');
    assert.ok(cached(edited, 'pkg/run.py').length > 0, 'the others keep theirs');
  });

  it('keeps the findings of the other files when one changes, whichever was read last', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    await run(ws, cache);
    cache.markFindings('tagged.py');
    // The changed file is read and analysed; the others come from the cache, before it.
    ws.edit('pkg/run.py', 'import openai\nimport anthropic\n');
    const edited = await run(ws, cache);
    assert.deepEqual(cached(edited, 'pkg/run.py'), []);
    assert.equal(messages(edited, 'pkg/run.py').filter((m) => m.startsWith('AIGOV301')).length, 2, 'the changed file has its new findings');
    assert.ok(cached(edited, 'tagged.py').length > 0, 'the unchanged file keeps its remembered findings');
  });

  it('checks every file again when a registry changes', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    cache.markFindings('pkg/run.py');
    ws.edit('.aigov.yaml', `${REGISTRY}    paths: ['pkg/**']\n`);
    const covered = await run(ws, cache);
    assert.deepEqual(cached(covered, 'pkg/run.py'), []);
    assert.ok(!messages(covered, 'pkg/run.py').some((m) => m.startsWith('AIGOV301')), 'now covered by a component: no undeclared use');
    // And a new component named by the annotation: its AIGOV201 goes.
    cache.markFindings('tagged.py');
    ws.edit('.aigov.yaml', `${REGISTRY}  - id: nobot\n    owner: b@example.com\n`);
    const named = await run(ws, cache);
    assert.deepEqual(cached(named, 'tagged.py'), []);
    assert.ok(!messages(named, 'tagged.py').some((m) => m.startsWith('AIGOV201')));
  });

  it('checks every file again when the last good parse standing in for a broken registry changes', async () => {
    // The editor keeps the last parse without errors of a registry being edited; the files it
    // governs keep that parse's coverage. The broken text stays the same while the stand-in moves.
    const covering = new ParsedRegistry(new SourceFile('.aigov.yaml', `${REGISTRY}    paths: ['pkg/**']\n`));
    const bare = new ParsedRegistry(new SourceFile('.aigov.yaml', REGISTRY));
    let standIn = covering;
    const options: EngineOptions = { lastGood: (p) => (p === '.aigov.yaml' ? standIn : undefined) };
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace({ ...FILES, '.aigov.yaml': `${REGISTRY}  - id: [\n` });
    const first = await run(ws, cache, options);
    assert.ok(messages(first, 'pkg/run.py').some((m) => m.startsWith('AIGOV303')), 'covered by the stand-in: only its provider is missing');
    assert.ok(!messages(first, 'pkg/run.py').some((m) => m.startsWith('AIGOV301')));
    cache.markFindings('pkg/run.py');
    standIn = bare;
    const after = await run(ws, cache, options);
    assert.deepEqual(cached(after, 'pkg/run.py'), []);
    assert.ok(messages(after, 'pkg/run.py').some((m) => m.startsWith('AIGOV301')), 'no component covers it now');
  });

  it('checks a file again when the answer to a question its rules asked of the listing changes', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    cache.markFindings('pkg/run.py');
    // A local module named like the library: `import openai` there is not the SDK.
    ws.edit('pkg/openai.py', 'VALUE = 1\n');
    const shadowed = await run(ws, cache);
    assert.deepEqual(messages(shadowed, 'pkg/run.py'), []);
  });

  it('keeps the findings of a file when files its rules did not ask about are added or removed', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    cache.markFindings('pkg/run.py');
    cache.markFindings('tagged.py');
    // A pull request adds a file next to it and removes another.
    ws.edit('pkg/helper.py', 'VALUE = 1\n');
    ws.delete('plain.py');
    const changed = await run(ws, cache);
    assert.ok(cached(changed, 'pkg/run.py').length > 0, 'its rules asked whether pkg/openai.py exists, nothing else');
    assert.equal(cached(changed, 'tagged.py').length, messages(changed, 'tagged.py').length);
    // What was asked and answered is remembered with the findings.
    const asked = new Map(JSON.parse(cache.entry('pkg/run.py')?.findings?.asked ?? '[]') as [string, boolean][]);
    assert.equal(asked.get('pkg/openai.py'), false);
    assert.ok(!asked.has('pkg/helper.py') && !asked.has('plain.py'));
  });

  it('computes the findings again, and does not remember them, when a rule reads the listing otherwise than by asking for a path', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    // Its size, and its paths one by one.
    const counting: SourceRule = {
      ...ruleBase(unusedCode()),
      check: (ctx) => {
        const library = `${ctx.model.files.size}/${[...ctx.model.files.keys()].length}`;
        if (ctx.facts.path === 'pkg/run.py') ctx.report({ messageId: 'AIGOV301.import', args: { library, via: '' }, range: ctx.facts.detections[0]!.range, file: ctx.facts.path });
      },
    };
    const rules = [...ALL_RULES, counting];
    await run(ws, cache, { rules });
    assert.equal(cache.entry('pkg/run.py')?.findings, undefined, 'not remembered');
    ws.edit('pkg/helper.py', 'VALUE = 1\n');
    const e = await run(ws, cache, { rules });
    assert.ok(messages(e, 'pkg/run.py').some((m) => m.includes("'5/5'")), messages(e, 'pkg/run.py').join('\n'));
    // In the same engine, after a file is added.
    await e.updateFile('pkg/more.py', 'VALUE = 2\n');
    assert.ok(messages(e, 'pkg/run.py').some((m) => m.includes("'6/6'")), messages(e, 'pkg/run.py').join('\n'));
  });

  it("remembers the findings of a rule that reads its own file's facts from the listing, never those of one that reads another's", async () => {
    const ws = new VersionedWorkspace(FILES);
    /** A rule that reports, on tagged.py, how many detections the listing gives for `path`. */
    const reading = (path: (own: string) => string): SourceRule => ({
      ...ruleBase(unusedCode()),
      check: (ctx) => {
        if (ctx.facts.path !== 'tagged.py') return;
        const count = ctx.model.files.get(path(ctx.facts.path))?.detections.length ?? -1;
        ctx.report({ messageId: 'AIGOV301.import', args: { library: `count ${count}`, via: '' }, range: ctx.facts.detections[0]!.range, file: ctx.facts.path });
      },
    });
    const own = new OpenFactsCache();
    const ownRules = [reading((p) => p)];
    await run(ws, own, { rules: ownRules });
    own.markFindings('tagged.py');
    const warm = await run(ws, own, { rules: ownRules });
    assert.equal(cached(warm, 'tagged.py').length, 1, 'remembered');
    const other = new OpenFactsCache();
    const otherRules = [reading(() => 'pkg/run.py')];
    const before = await run(ws, other, { rules: otherRules });
    assert.ok(messages(before, 'tagged.py').some((m) => m.includes("'count 1'")));
    assert.equal(other.entry('tagged.py')?.findings, undefined, 'not remembered');
    ws.edit('pkg/run.py', 'import openai\nimport anthropic\n');
    const after = await run(ws, other, { rules: otherRules });
    assert.ok(messages(after, 'tagged.py').some((m) => m.includes("'count 2'")), messages(after, 'tagged.py').join('\n'));
  });

  it('takes the findings a cache gave once, and asks for them again when the listing changes what the rules were told', async () => {
    /** Counts the questions about pkg/run.py. */
    class Counting extends OpenFactsCache {
      asks = 0;
      override findingsOf(...args: Parameters<OpenFactsCache['findingsOf']>) {
        if (args[1] === 'pkg/run.py') this.asks++;
        return super.findingsOf(...args);
      }
    }
    const cache = new Counting();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    cache.markFindings('pkg/run.py');
    const e = new Engine(ws, { today: '2026-11-25', cache });
    await e.indexAll();
    cache.asks = 0;
    const first = e.findingsFor('pkg/run.py');
    assert.ok(first.length > 0 && first.every((f) => f.message.endsWith(' [cached]')));
    assert.deepEqual(e.findingsFor('pkg/run.py'), first);
    assert.equal(cache.asks, 1, 'asked of the cache once');
    await e.updateFile('pkg/other.py', 'VALUE = 1\n');
    assert.deepEqual(e.findingsFor('pkg/run.py'), first, 'the answers are the same: the findings the cache gave');
    // A local module named like the library: `import openai` there is not the SDK.
    await e.updateFile('pkg/openai.py', 'VALUE = 1\n');
    assert.deepEqual(e.findingsFor('pkg/run.py'), []);
  });

  it('runs the rules of a file again only when an answer they were given changes', async () => {
    let runs = 0;
    const flagged: SourceRule = {
      ...ruleBase(unusedCode()),
      check: (ctx) => {
        if (ctx.facts.path !== 'pkg/run.py') return;
        runs++;
        if (ctx.model.files.has('flag.py')) ctx.report({ messageId: 'AIGOV301.import', args: { library: 'flag', via: '' }, range: ctx.facts.detections[0]!.range, file: ctx.facts.path });
      },
    };
    const e = new Engine(new VersionedWorkspace(FILES), { today: '2026-11-25', rules: [flagged] });
    await e.indexAll();
    assert.deepEqual(e.findingsFor('pkg/run.py'), []);
    await e.updateFile('pkg/other.py', 'VALUE = 1\n');
    assert.deepEqual(e.findingsFor('pkg/run.py'), []);
    assert.equal(runs, 1, 'the one answer is the same: not run again');
    await e.updateFile('flag.py', 'VALUE = 1\n');
    assert.equal(e.findingsFor('pkg/run.py').length, 1);
    assert.equal(runs, 2);
  });

  it('computes the findings of a file again in the same engine when an answer its rules were given changes', async () => {
    // An editor adds a local module named like the library: `import openai` there is not the SDK.
    const e = new Engine(new VersionedWorkspace(FILES), { today: '2026-11-25' });
    await e.indexAll();
    assert.ok(e.findingsFor('pkg/run.py').some((f) => f.code === 'AIGOV301'));
    await e.updateFile('pkg/other.py', 'VALUE = 1\n');
    assert.ok(e.findingsFor('pkg/run.py').some((f) => f.code === 'AIGOV301'), 'a file no rule asked about');
    await e.updateFile('pkg/openai.py', 'VALUE = 1\n');
    assert.deepEqual(e.findingsFor('pkg/run.py'), []);
  });

  it('checks again under other settings or rules', async () => {
    const ws = new VersionedWorkspace(FILES);
    /** Findings of `path` in a run with `options` right after a run without them that remembered its findings. */
    const after = async (path: string, options: EngineOptions) => {
      const cache = new OpenFactsCache();
      await run(ws, cache);
      cache.markFindings(path);
      const e = await run(ws, cache, options);
      assert.deepEqual(cached(e, path), [], JSON.stringify(options));
      return e.findings().filter((f) => f.file === path);
    };
    assert.deepEqual((await after('pkg/run.py', { overrides: { AIGOV301: 'error' } })).map((f) => f.severity), ['error']);
    assert.deepEqual((await after('pkg/run.py', { packs: { core: 'info' } })).map((f) => f.severity), ['info']);
    assert.deepEqual(await after('pkg/run.py', { rules: ALL_RULES.filter((r) => r.code !== 'AIGOV301') }), [], 'another set of rules');
    const silent: SourceRule = { ...ruleBase(unusedCode()), check: () => {} };
    assert.deepEqual(await after('pkg/run.py', { rules: ALL_RULES.map((r) => (r.code === 'AIGOV301' ? silent : r)) }), [], 'as many rules, one of them another');
    assert.ok((await after('tagged.py', { frameworks: ['eu-ai-act'] })).length > 0, 'other packs');
  });

  it('never remembers findings that depend on the date', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const dated: SourceRule = { ...ruleBase('AIGOV301'), check: (ctx) => ctx.facts.detections.length > 0 && ctx.report({ file: ctx.facts.path, range: ctx.facts.detections[0]!.range, messageId: 'AIGOV301.modelId', args: { library: ctx.today, provider: 'p' } }) };
    const applies: SourceRule = { ...ruleBase('AIGOV301'), check: (ctx) => ctx.facts.detections.length > 0 && ctx.report({ file: ctx.facts.path, range: ctx.facts.detections[0]!.range, messageId: 'AIGOV301.modelId', args: { library: 'x', provider: 'p' }, data: { appliesFrom: '2026-12-01' } }) };
    for (const rule of [dated, applies]) {
      const first = await run(ws, cache, { rules: [rule], overrides: { AIGOV301: 'error' } });
      assert.ok(messages(first, 'pkg/run.py').length === 1);
      assert.equal(cache.entry('pkg/run.py')?.findings, undefined, `${rule === dated ? 'a rule that read the date' : 'a duty that applies from a date'}: not remembered`);
    }
    // What that means: the next day gives that day's findings.
    const before = await run(ws, cache, { rules: [applies], overrides: { AIGOV301: 'error' }, today: '2026-11-30' });
    const after = await run(ws, cache, { rules: [applies], overrides: { AIGOV301: 'error' }, today: '2026-12-01' });
    assert.deepEqual(before.findings().map((f) => f.severity), ['info', 'info'], 'not binding before it applies');
    assert.deepEqual(after.findings().map((f) => f.severity), ['error', 'error']);
    const then = await run(ws, cache, { rules: [dated], today: '2026-11-30' });
    const next = await run(ws, cache, { rules: [dated], today: '2026-12-01' });
    assert.match(messages(then, 'pkg/run.py')[0]!, /2026-11-30/);
    assert.match(messages(next, 'pkg/run.py')[0]!, /2026-12-01/);
  });

  it('never remembers the findings of a file where one finding depends on the date, even if the others do not', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const report = (ctx: Parameters<SourceRule['check']>[0], data?: { appliesFrom: string }) =>
      ctx.report({ file: ctx.facts.path, range: ctx.facts.detections[0]!.range, messageId: 'AIGOV301.modelId', args: { library: 'x', provider: 'p' }, ...(data ? { data } : {}) });
    const mixed: SourceRule = {
      ...ruleBase('AIGOV301'),
      check: (ctx) => {
        if (ctx.facts.path !== 'pkg/run.py') return;
        report(ctx);
        report(ctx, { appliesFrom: '2026-12-01' });
      },
    };
    const options = (today: string): EngineOptions => ({ rules: [mixed], overrides: { AIGOV301: 'error' }, today });
    const before = await run(ws, cache, options('2026-11-30'));
    assert.deepEqual(before.findings().map((f) => f.severity), ['error', 'info']);
    assert.equal(cache.entry('pkg/run.py')?.findings, undefined);
    const after = await run(ws, cache, options('2026-12-01'));
    assert.deepEqual(after.findings().map((f) => f.severity), ['error', 'error'], 'binding from the day it applies');
  });

  it('checks a file asked for alone again when a file was added since the findings of another were asked for', async () => {
    // An editor asks for the findings of the files it shows, one at a time, between edits.
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await run(ws, cache);
    cache.markFindings('pkg/run.py');
    const e = new Engine(ws, { today: '2026-11-25', cache });
    await e.indexAll();
    e.findingsFor('tagged.py');
    // A local module named like the library: `import openai` there is not the SDK.
    await e.updateFile('pkg/openai.py', 'VALUE = 1\n');
    assert.deepEqual(e.findingsFor('pkg/run.py'), []);
  });

  it('never remembers the findings of a file where a rule failed', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const errors: string[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (m) => errors.push(m) };
    const failing: SourceRule = {
      ...ruleBase('AIGOV301'),
      check: (ctx) => {
        if (ctx.facts.path === 'pkg/run.py') throw new Error('boom');
      },
    };
    const rules = [failing, ...ALL_RULES.filter((r) => r.code === 'AIGOV009')];
    const first = await run(ws, cache, { rules, logger });
    assert.deepEqual(first.findings().map((f) => f.code), ['AIGOV009']);
    assert.equal(cache.entry('pkg/run.py')?.findings, undefined);
    const again = await run(ws, cache, { rules, logger });
    assert.deepEqual(again.findings().map((f) => f.code), ['AIGOV009']);
    assert.equal(errors.length, 2, 'the failure is logged on every run');
  });

  it('gives the findings it kept for facts a store vouched for without asking for their detections', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace({ ...FILES, 'pkg/two.py': 'import torch\nimport openai\n' });
    const cold = await run(ws, cache);
    const counts = ['pkg/run.py', 'pkg/two.py', 'tagged.py'].map((p) => cache.vouch(p));
    // The first run after: the findings are computed (and kept) from the vouched facts.
    const first = await run(ws, cache);
    assert.deepEqual(first.findings(), cold.findings());
    assert.ok(counts.every((c) => c.asked > 0), 'computed from them');
    for (const c of counts) c.asked = 0;
    const warm = await run(ws, cache);
    assert.deepEqual(warm.findings(), cold.findings());
    assert.deepEqual(counts.map((c) => c.asked), [0, 0, 0], 'the findings kept for them, and the facts kept as they are');
    assert.equal(cache.entry('pkg/two.py')?.facts?.vouched, true, 'the store keeps its own record');
    // An edited file is analysed again; the others still ask nothing.
    ws.edit('pkg/two.py', 'import torch\n');
    const edited = await run(ws, cache);
    assert.ok(!edited.findings().some((f) => f.file === 'pkg/two.py' && f.data?.library === 'openai'));
    assert.deepEqual(counts.map((c) => c.asked), [0, 0, 0]);
    assert.equal(cache.entry('pkg/two.py')?.facts?.vouched, undefined, 'new facts of its own');
  });

});

/** A source rule's identity, for rules made up by a test. */
function ruleBase(code: string): Omit<SourceRule, 'check'> {
  return { code, slug: 'test-rule', defaultSeverity: 'warning', pack: 'core', scope: 'source', summary: 's', description: 'd' };
}
