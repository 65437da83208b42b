import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions } from './engine.js';
import type { Finding, FixProposal } from './finding.js';
import { ParsedRegistry } from './manifest/registry.js';
import { ALL_RULES } from './rules/index.js';
import { SourceFile } from './text/source-file.js';
import type { RegistryRule, Report, Rule, SourceRule } from './rules/types.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import type { FileListing, Logger } from './workspace.js';

/** Finding codes no rule has, for stand-in rules (in the AIGOVnnn form: a registry's `rules:` and suppressions take only that form). */
const FREE = (() => {
  const used = new Set(ALL_RULES.map((r) => r.code));
  const out: string[] = [];
  for (let n = 999; out.length < 4; n--) if (!used.has(`AIGOV${n}`)) out.push(`AIGOV${n}`);
  return out.reverse();
})();
const [A, B, C] = FREE as [string, string, string];
const NOT_ANALYSED = ALL_RULES.find((r) => r.code === 'AIGOV009') as Rule;
const TODAY = '2026-11-25';
const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });

/** What a stand-in rule of either scope shares: its names, and a check that records each file it is asked about and reports what `reports` gives for it. */
function standIn(code: string, reports: (path: string) => Report[]) {
  const seen: string[] = [];
  const common = { code, slug: `rule-${code}`, defaultSeverity: 'warning' as const, pack: 'core', summary: 's', description: 'd', seen };
  const visit = (path: string, report: (r: Report) => void): void => {
    seen.push(path);
    for (const r of reports(path)) report(r);
  };
  return { common, visit };
}

/** A source rule that reports what `reports` gives for each file it is asked about, and counts the files. */
function sourceRule(code: string, reports: (path: string) => Report[], extra: Partial<SourceRule> = {}): SourceRule & { seen: string[] } {
  const { common, visit } = standIn(code, reports);
  return { ...common, scope: 'source', check: (ctx) => visit(ctx.facts.path, (r) => ctx.report(r)), ...extra };
}

/** The same for a registry rule, asked about each registry document. */
function registryRule(code: string, reports: (path: string) => Report[], extra: Partial<RegistryRule> = {}): RegistryRule & { seen: string[] } {
  const { common, visit } = standIn(code, reports);
  return { ...common, scope: 'registry', check: (ctx) => visit(ctx.registry.path, (r) => ctx.report(r)), ...extra };
}

const REGISTRY = 'version: 1\ncomponents:\n  - id: bot\n';
const colon = (file: string, line = 0): Report => ({ file, range: at(line), messageId: 'AIGOV202.colon' });

async function run(files: Record<string, string>, rules: Rule[], options: EngineOptions = {}, ws = new InMemoryWorkspace(files)): Promise<Engine> {
  const e = new Engine(ws, { today: TODAY, rules, ...options });
  await e.indexAll();
  return e;
}

describe('finding runner', () => {
  it("makes a finding of what a rule reports: the rule's code and severity, the English words, and each optional part only when given", async () => {
    const related = { file: 'b.py', range: at(2), messageId: 'common.didYouMean' as const, args: { suggestion: 'y' } };
    const full = sourceRule(
      A,
      (p) => [
        { file: p, range: at(0), messageId: 'common.didYouMean', args: { suggestion: 'x' } },
        { file: p, range: at(1), messageId: 'AIGOV202.colon', severity: 'error', count: 0, data: { k: 1 }, citation: { framework: 'G', article: '2' }, tags: ['unnecessary'], related: [related, { ...related, count: 3 }] },
      ],
      { citation: { framework: 'F', article: '1' } },
    );
    const bare = sourceRule(B, (p) => [colon(p, 2)]);
    const e = await run({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n' }, [full, bare]);
    const range = (n: number) => at(n);
    assert.deepEqual(e.findingsFor('a.py'), [
      { code: A, severity: 'warning', message: " Did you mean 'x'?", messageId: 'common.didYouMean', args: { suggestion: 'x' }, file: 'a.py', range: range(0), citation: { framework: 'F', article: '1' } },
      {
        code: A,
        severity: 'error',
        message: "Write '@aigov <id>' without a colon.",
        messageId: 'AIGOV202.colon',
        file: 'a.py',
        range: range(1),
        count: 0,
        data: { k: 1 },
        citation: { framework: 'G', article: '2' },
        tags: ['unnecessary'],
        related: [
          { file: 'b.py', range: range(2), message: " Did you mean 'y'?", messageId: 'common.didYouMean', args: { suggestion: 'y' } },
          { file: 'b.py', range: range(2), message: " Did you mean 'y'?", messageId: 'common.didYouMean', args: { suggestion: 'y' }, count: 3 },
        ],
      },
      { code: B, severity: 'warning', message: "Write '@aigov <id>' without a colon.", messageId: 'AIGOV202.colon', file: 'a.py', range: range(2) },
    ]);
  });

  it("runs source rules only on files that hold something, a registry that was not read, or a file that could not be analysed; registry rules on each registry", async () => {
    const src = sourceRule(A, (p) => [colon(p)]);
    const reg = registryRule(B, (p) => [colon(p)]);
    class Skipping extends InMemoryWorkspace {
      override async listFiles(): Promise<FileListing> {
        const l = await super.listFiles();
        return {
          ...l,
          skipped: [
            { path: 'big/.aigov.yaml', reason: 'too-large' },
            { path: 'bad\ufffd.py', reason: 'name-not-utf8' },
            { path: 'locked.py', reason: 'unreadable' },
            { path: 'blob.py', reason: 'binary' },
            { path: 'far.py', reason: 'outside-workspace' },
          ],
        };
      }
    }
    const files = { '.aigov.yaml': REGISTRY, 'sub/.aigov.yaml': REGISTRY, 'tagged.py': '# @aigov bot\n', 'ai.py': 'import openai\n', 'plain.py': 'x = 1\n', 'notes.txt': 'hello\n', 'nul.py': 'a\u0000b\n' };
    const e = await run(files, [src, reg], {}, new Skipping(files));
    const where = (code: string) => e.findings().filter((f) => f.code === code).map((f) => f.file);
    assert.deepEqual(where(A), ['ai.py', 'bad\ufffd.py', 'big/.aigov.yaml', 'locked.py', 'tagged.py']);
    assert.deepEqual(where(B), ['.aigov.yaml', 'sub/.aigov.yaml']);
    assert.equal(e.factsOf('nul.py')?.skipped, 'binary');
    assert.deepEqual(e.findingsFor('plain.py'), []);
    assert.deepEqual(e.findingsFor('no/such/file.py'), []);
    assert.deepEqual(
      e.findingsFor('.aigov.yaml').map((f) => f.code),
      [B],
    );
  });

  it("sets a finding's severity: the registry's setting of its code, else the editor's, else its pack's; off drops it", async () => {
    const rules = [sourceRule(A, (p) => [colon(p)]), sourceRule(B, (p) => [colon(p)]), sourceRule(C, (p) => [colon(p)])];
    const files = (reg: string) => ({ '.aigov.yaml': reg, 'a.py': '# @aigov bot\n' });
    const severities = async (reg: string, options: EngineOptions = {}) => (await run(files(reg), rules, options)).findings().map((f) => `${f.code} ${f.severity}`);
    assert.deepEqual(await severities(REGISTRY), [`${A} warning`, `${B} warning`, `${C} warning`]);
    assert.deepEqual(await severities(`version: 1\nrules: { ${A}: error, ${B}: off }\ncomponents:\n  - id: bot\n`, { overrides: { [A]: 'hint', [C]: 'info' } }), [`${A} error`, `${C} info`]);
    assert.deepEqual(await severities(REGISTRY, { overrides: { 'AIGOV9*': 'hint', [B]: 'off' } }), [`${A} hint`, `${C} hint`]);
    assert.deepEqual(await severities(REGISTRY, { packs: { core: 'info' }, overrides: { [A]: 'error' } }), [`${A} error`, `${B} info`, `${C} info`]);
  });

  it('never lifts a finding about a duty that does not apply yet above info', async () => {
    const dated = (from: unknown, line: number): Report => ({ ...colon('a.py', line), data: { appliesFrom: from } });
    const rule = sourceRule(A, () => [dated('2027-01-01', 0), dated(TODAY, 1), dated('2020-01-01', 2), dated(['2027-01-01'], 3)]);
    const severities = async (setting: 'error' | 'warning' | 'hint' | undefined) =>
      (await run({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n' }, [rule], setting ? { overrides: { [A]: setting } } : {})).findings().map((f) => f.severity);
    assert.deepEqual(await severities('error'), ['info', 'error', 'error', 'error']);
    assert.deepEqual(await severities('warning'), ['info', 'warning', 'warning', 'warning']);
    assert.deepEqual(await severities('hint'), ['hint', 'hint', 'hint', 'hint']);
    assert.deepEqual(await severities(undefined), ['warning', 'warning', 'warning', 'warning'], 'the rule chose its severity itself');
  });

  it('tells each rule the date, the codes known, and the setting of any code where it checks', async () => {
    const seen: unknown[] = [];
    const note = (where: string, ctx: { today: string; ruleCodes: ReadonlySet<string>; setting(code: string): unknown }) =>
      seen.push([where, ctx.today, [...ctx.ruleCodes].sort(), ctx.setting(A) ?? null, ctx.setting(C) ?? null]);
    const rules = [sourceRule(A, () => [], { check: (ctx) => note(ctx.facts.path, ctx) }), registryRule(B, () => [], { check: (ctx) => note(ctx.registry.path, ctx) })];
    await (await run({ '.aigov.yaml': `version: 1\nrules: { ${A}: hint }\ncomponents:\n  - id: bot\n`, 'a.py': '# @aigov bot\n' }, rules, { overrides: { [A]: 'error', [C]: 'info' } })).findings();
    assert.deepEqual(seen, [
      ['.aigov.yaml', TODAY, [A, B], 'hint', 'info'],
      ['a.py', TODAY, [A, B], 'hint', 'info'],
    ]);
  });

  it("runs a pack's rules only where a registry selects the pack", async () => {
    const src = sourceRule(A, (p) => [colon(p)], { pack: 'eu-ai-act' });
    const reg = registryRule(B, (p) => [colon(p)], { pack: 'eu-ai-act' });
    const files = { '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n', 'eu/.aigov.yaml': `version: 1\nframeworks: [eu-ai-act]\ncomponents:\n  - id: eu-bot\n`, 'eu/b.py': '# @aigov eu-bot\n' };
    const e = await run(files, [src, reg]);
    assert.deepEqual(e.findings().map((f) => `${f.file} ${f.code}`), [`eu/.aigov.yaml ${B}`, `eu/b.py ${A}`]);
  });

  it("judges a registry's own findings by its text as it is, and its files' by the last good parse standing in", async () => {
    const good = new ParsedRegistry(new SourceFile('.aigov.yaml', `version: 1\nframeworks: [eu-ai-act]\nrules: { ${A}: error }\ncomponents:\n  - id: bot\n`));
    const rules = [registryRule(A, (p) => [colon(p)]), sourceRule(A, (p) => [colon(p)]), sourceRule(B, (p) => [colon(p)], { pack: 'eu-ai-act' })];
    const e = await run({ '.aigov.yaml': 'version: 1\ncomponents: [\n', 'a.py': '# @aigov bot\n' }, rules, { lastGood: () => good });
    assert.deepEqual(e.findings().map((f) => `${f.file} ${f.code} ${f.severity}`), [`.aigov.yaml ${A} warning`, `a.py ${A} error`, `a.py ${B} warning`]);
  });

  it('hides a finding only under a suppression of its own code', async () => {
    const rule = sourceRule(A, (p) => [colon(p, 1), colon(p, 3)]);
    const e = await run({ '.aigov.yaml': REGISTRY, 'a.py': `# @aigov-ignore ${A} -- reviewed\nx = 1  # @aigov bot\n# @aigov-ignore ${B} -- another code\ny = 2\n` }, [rule]);
    assert.deepEqual(e.findings().map((f) => `${f.code} ${f.range.start.line}`), [`${A} 3`]);
  });

  it("in a registry, hides under a suppression above a component's `- id:` line the findings about that component, wherever they are", async () => {
    const registry = `version: 1\ncomponents:\n  # @aigov-ignore ${A} -- reviewed\n  - id: bot\n    owner: a@example.com\n  - id: other\n    owner: b@example.com\n`;
    const about = (id: string | undefined, line: number): Report => ({ ...colon('.aigov.yaml', line), ...(id === undefined ? {} : { data: { id } }) });
    // Lines: 3 `- id: bot`, 4 its owner, 5 `- id: other`, 6 its owner.
    const rule = registryRule(A, () => [about('bot', 3), about('bot', 4), about('other', 4), about('other', 6), about(undefined, 4), about('gone', 4)]);
    const e = await run({ '.aigov.yaml': registry }, [rule]);
    assert.deepEqual(
      e.findings().map((f) => `${String(f.data?.id)} ${f.range.start.line}`),
      ['other 4', 'undefined 4', 'gone 4', 'other 6'],
    );
  });

  it("gives a rule's failure on each file as a finding, logs it once, and gives it nothing when AIGOV009 is not checked", async () => {
    const errors: string[] = [];
    const logger: Logger = { info() {}, warn() {}, error: (m) => void errors.push(m) };
    const boom = sourceRule(A, () => {
      throw new Error('kaboom');
    });
    const files = { '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n', 'b.py': '# @aigov bot\n' };
    const e = await run(files, [boom, sourceRule(B, (p) => [colon(p)]), NOT_ANALYSED], { logger });
    const failed = e.findingsFor('a.py').find((f) => f.code === 'AIGOV009');
    assert.deepEqual(failed, {
      code: 'AIGOV009',
      severity: 'warning',
      message: `Rule ${A} (rule-${A}) failed on 'a.py', so its findings for this file are missing; the other rules and files are checked. The log says why.`,
      messageId: 'AIGOV009.ruleFailed',
      args: { rule: A, slug: `rule-${A}`, path: 'a.py' },
      file: 'a.py',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      data: { reason: 'rule-failed', rule: A },
    });
    assert.deepEqual(e.findings().map((f) => `${f.file} ${f.code}`), ['a.py AIGOV009', `a.py ${B}`, 'b.py AIGOV009', `b.py ${B}`]);
    assert.deepEqual(errors, [`Rule ${A} (rule-${A}) failed; its findings are missing, the others are not affected`]);
    const without = await run(files, [boom, sourceRule(B, (p) => [colon(p)])]);
    assert.deepEqual(without.findings().map((f) => `${f.file} ${f.code}`), [`a.py ${B}`, `b.py ${B}`]);
    const selfFailing = { ...NOT_ANALYSED, check: boom.check } as Rule;
    const self = await run(files, [selfFailing]);
    assert.deepEqual(self.findings(), [], 'AIGOV009 does not report its own failure');
  });

  it('checks a file again only when its facts or the model changed, and a registry when anything did', async () => {
    const src = sourceRule(A, (p) => [colon(p)]);
    const reg = registryRule(B, (p) => [colon(p)]);
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n', 'b.py': '# @aigov bot\n' });
    const e = await run({}, [src, reg], {}, ws);
    const first = e.findings();
    assert.deepEqual(e.findings(), first);
    assert.deepEqual([src.seen, reg.seen], [['a.py', 'b.py'], ['.aigov.yaml']], 'asked twice, checked once');
    src.seen.length = 0;
    reg.seen.length = 0;
    await e.updateFile('b.py', '# @aigov bot\n\n');
    e.findings();
    assert.deepEqual([src.seen, reg.seen], [['b.py'], ['.aigov.yaml']], 'the edited file, and the registry (its findings may count files)');
    src.seen.length = 0;
    reg.seen.length = 0;
    await e.updateFile('.aigov.yaml', `${REGISTRY}  - id: other\n`);
    e.findings();
    assert.deepEqual([src.seen, reg.seen], [['a.py', 'b.py'], ['.aigov.yaml']], 'a new model: everything');
    src.seen.length = 0;
    e.removeFile('a.py');
    assert.deepEqual(e.findings().map((f) => f.file), ['.aigov.yaml', 'b.py']);
    assert.deepEqual(src.seen, []);
  });

  it("proposes the rule's own fixes, then suppressions, in the reader's language; a failing fix builder loses only its own", async () => {
    const errors: string[] = [];
    const logger: Logger = { info() {}, warn() {}, error: (m) => void errors.push(m) };
    const locales: (string | undefined)[] = [];
    const fix: FixProposal = { title: 'Fix it', code: A, safe: true, edits: [] };
    const fixing = sourceRule(A, (p) => [colon(p)], {
      fixes(_f, ctx) {
        locales.push(ctx.locale);
        assert.equal(ctx.today, TODAY);
        assert.equal(ctx.textOf('a.py'), '# @aigov bot\n');
        assert.equal(ctx.textOf('gone.py'), undefined);
        assert.equal(ctx.exists('a.py'), true);
        assert.equal(ctx.exists('gone.py'), false);
        return [fix];
      },
    });
    const failing = sourceRule(B, (p) => [colon(p)], {
      fixes() {
        throw new Error('no fix');
      },
    });
    const e = await run({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n' }, [fixing, failing], { logger });
    const [fa, fb] = e.findings() as [Finding, Finding];
    const titles = (list: FixProposal[]) => list.map((p) => `${p.kind ?? 'fix'} ${p.title}`);
    const own = e.fixesFor(fa);
    assert.equal(own[0], fix);
    assert.ok(own.length > 1 && own.slice(1).every((p) => p.kind === 'suppress'), titles(own).join());
    assert.deepEqual(locales, [undefined]);
    const ja = e.fixesFor(fa, 'ja');
    assert.deepEqual(locales, [undefined, 'ja']);
    assert.notDeepEqual(titles(ja.slice(1)), titles(own.slice(1)), 'suppressions in Japanese');
    const rest = e.fixesFor(fb);
    assert.ok(rest.length > 0 && rest.every((p) => p.kind === 'suppress'));
    assert.deepEqual(errors, [`Fixes for ${B} failed`]);
  });
});
