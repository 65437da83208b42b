/**
 * Differential tests of what a check reports (docs/ci.md, docs/architecture.md "What is cached",
 * docs/performance.md): on random histories of a small repository,
 *
 * 1. `check --cache-location C` prints exactly what the same check without a cache prints, after
 *    any sequence of edits, commits, checkouts, registry changes, renames, symlinks, edits that
 *    keep a file's size and mtime, and changes of --today, --frameworks and --locale, whatever C
 *    held from earlier runs;
 * 2. `check --baseline-ref REF` (no cache, a cold one, a warm one) prints exactly what
 *    `check --baseline base.json` prints, base.json being the plain check of a separate checkout
 *    of the merge-base.
 *
 * Each case is a git repository of its own; the CLI runs in this process (`main`), a new
 * process's worth of state per run. AIGOV_DIFF_RUNS sets the number of cases of each property
 * (default: a few in `npm test`, more in `npm run test:fuzz`).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { runCli } from '../support/cli.js';
import { git } from '../support/git.js';
import { FUZZING } from './support.js';
import '../support/fast-check-seed.js';

const RUNS = Number(process.env.AIGOV_DIFF_RUNS ?? '') || (FUZZING ? 40 : 8);
/** At scale (AIGOV_DIFF_RUNS or `npm run test:fuzz`), no time limit. */
const AT_SCALE = FUZZING || process.env.AIGOV_DIFF_RUNS !== undefined;

/** Registries: components with paths, a high-risk one whose duties start on 2027-12-02, suppressions, a broken one. */
const COMPONENTS = `components:
  - id: chat-bot
    name: Support chatbot
    kind: llm-app
    owner: team-support@example.co.jp
    roles: [deployer]
    jurisdictions: [jp, eu]
    intended_purpose: Answer customer questions about orders
    paths: ["src/chat/**"]
    risk: { level: limited, basis: Art 50(1) interaction with natural persons }
  - id: credit-scorer
    name: Instalment credit scoring
    kind: model
    owner: team-credit@example.co.jp
    roles: [provider]
    jurisdictions: [eu]
    intended_purpose: Evaluate the creditworthiness of EU consumers
    paths: ["services/credit/**"]
    risk:
      level: high
      basis: Annex III 5(b) creditworthiness of natural persons
      assessment: { path: docs/risk/credit-scorer.md, date: 2026-10-01, next_review: 2027-10-01 }
    docs: { technical: docs/credit/technical.md }
    human_oversight: { assignee: credit-ops@example.co.jp }
  - id: recommender
    kind: model
    owner: team-discovery@example.co.jp
    intended_purpose: Rank products
    paths: ["pkg/**"]
    risk: { level: minimal }
`;
const HEAD = `version: 1
organization:
  name: Example KK
  owner: ai-governance@example.co.jp
  contacts: { incident: ai-incidents@example.co.jp }
`;
const REGISTRIES = [
  `${HEAD}frameworks: [jp-ai-guidelines, eu-ai-act]\n${COMPONENTS}`,
  `${HEAD}frameworks: [eu-ai-act]\nrules:\n  AIGOV203: off\n${COMPONENTS.replace('  - id: recommender', '  # @aigov-ignore AIGOV101 -- assessed before launch (GOV-31)\n  - id: recommender')}`,
  `${HEAD}frameworks: [jp-ai-guidelines, eu-ai-act]\n${COMPONENTS}  - id: summarizer\n    kind: llm-app\n    owner: tools@example.co.jp\n    intended_purpose: Summarise logs\n    paths: ["tools/**", "src/*.py"]\n    risk: { level: minimal }\n`,
  `${HEAD}frameworks: [nist-ai-rmf, iso-42001]\n${COMPONENTS.replace('"services/credit/**"', '"services/**"')}`,
  `${HEAD}components:\n  - id: chat-bot\n    paths: ["src/chat/**"\n`,
];
const NESTED_REGISTRY = `version: 1\ncomponents:\n  - id: fraud\n    kind: model\n    owner: fraud@example.co.jp\n    intended_purpose: Score payments\n    paths: ["**"]\n    risk: { level: high, basis: Annex III 5(b) }\n`;

const SOURCES = [
  'src/app.py',
  'src/openai.py',
  'src/chat/bot.py',
  'src/chat/ui.ts',
  'src/chat/openai.ts',
  'services/credit/score.py',
  'services/credit/train.py',
  'tools/run.py',
  'tools/summarize.ts',
  'pkg/__init__.py',
  'pkg/openai.py',
  'pkg/rank.py',
  'requirements.txt',
];
const DOCS = ['docs/risk/credit-scorer.md', 'docs/credit/technical.md', 'README.md'];
const REGISTRY_PATHS = ['.aigov.yaml', 'services/credit/.aigov.yaml'];
const ALL_PATHS = [...SOURCES, ...DOCS, ...REGISTRY_PATHS];

/** What a line of a source file says, written in the file's own syntax. */
const LINES = ['openai', 'anthropic', 'torch', 'local-openai', 'annotate', 'annotate-unknown', 'ignore-301', 'ignore-file-201', 'plain', 'hf'] as const;
type Line = (typeof LINES)[number];
const IDS = ['chat-bot', 'credit-scorer', 'recommender', 'summarizer', 'fraud'];

function render(file: string, lines: readonly Line[], id: number): string {
  if (file.endsWith('.txt')) return lines.map((l) => (l === 'openai' ? 'openai==1.30.0' : l === 'anthropic' ? 'anthropic>=0.25' : l === 'torch' ? 'torch==2.3.0' : '# plain')).join('\n') + '\n';
  const ts = file.endsWith('.ts');
  const c = ts ? '//' : '#';
  const out = lines.map((l) => {
    switch (l) {
      case 'openai':
        return ts ? 'import OpenAI from "openai";' : 'import openai';
      case 'anthropic':
        return ts ? 'import Anthropic from "@anthropic-ai/sdk";' : 'from anthropic import Anthropic';
      case 'torch':
        return ts ? 'import * as tf from "@tensorflow/tfjs";' : 'import torch';
      case 'local-openai':
        return ts ? 'import { reply } from "./openai";' : 'from . import openai';
      case 'annotate':
        return `${c} @aigov ${IDS[id % IDS.length]}`;
      case 'annotate-unknown':
        return `${c} @aigov nobody-here`;
      case 'ignore-301':
        return `${c} @aigov-ignore AIGOV301 -- reviewed (GOV-1)`;
      case 'ignore-file-201':
        return `${c} @aigov-ignore-file AIGOV201 -- ids come from elsewhere`;
      case 'hf':
        return ts ? 'import { pipeline } from "@huggingface/transformers";' : 'from transformers import pipeline';
      default:
        return ts ? 'export const x = 1;' : 'x = 1';
    }
  });
  return `${out.join('\n')}\n`;
}

type Step =
  | { kind: 'write'; file: number; lines: Line[]; id: number }
  | { kind: 'registry'; where: number; variant: number }
  | { kind: 'doc'; file: number }
  | { kind: 'delete'; file: number }
  | { kind: 'rename'; from: number; to: number }
  | { kind: 'commit' }
  | { kind: 'checkout'; back: number }
  | { kind: 'stage'; file: number }
  | { kind: 'same-size'; file: number; lines: Line[]; id: number }
  | { kind: 'symlink'; file: number; target: number }
  | { kind: 'unreadable'; file: number }
  | { kind: 'wipe-cache' };

const lineList = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 4 });
const anyFile = fc.nat(ALL_PATHS.length - 1);
const sourceFile = fc.nat(SOURCES.length - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('write' as const), file: sourceFile, lines: lineList, id: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('registry' as const), where: fc.nat(3), variant: fc.nat(REGISTRIES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('doc' as const), file: fc.nat(DOCS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), file: anyFile }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: anyFile, to: anyFile }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'commit' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('checkout' as const), back: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stage' as const), file: anyFile }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('same-size' as const), file: sourceFile, lines: lineList, id: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('symlink' as const), file: sourceFile, target: anyFile }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unreadable' as const), file: anyFile }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'wipe-cache' as const }) },
);

/** The options of one check: the dates on either side of the EU high-risk duties, packs, locale. */
const options = fc.record({
  today: fc.constantFrom('2026-11-25', '2027-12-01', '2027-12-02', '2028-08-02'),
  frameworks: fc.constantFrom(undefined, undefined, 'eu-ai-act', 'jp-ai-guidelines,eu-ai-act', 'nist-ai-rmf'),
  locale: fc.constantFrom(undefined, 'ja'),
});
type Options = typeof options extends fc.Arbitrary<infer T> ? T : never;

function args(o: Options): string[] {
  return ['--format', 'json', '--today', o.today, ...(o.frameworks ? ['--frameworks', o.frameworks] : []), ...(o.locale ? ['--locale', o.locale] : [])];
}

const initial = fc.record({
  files: fc.array(fc.record({ file: sourceFile, lines: lineList, id: fc.nat(9) }), { minLength: 1, maxLength: 6 }),
  registry: fc.nat(REGISTRIES.length - 2),
  docs: fc.subarray([0, 1, 2]),
  // git's stat data without the ctime (a setting of some systems and backup tools): a same-size
  // edit whose mtime is set back is then told by git's racy check alone.
  trustctime: fc.boolean(),
});
type Initial = typeof initial extends fc.Arbitrary<infer T> ? T : never;

const ROOT_USER = process.getuid?.() === 0;

class Repo {
  readonly commits: string[] = [];
  constructor(readonly dir: string) {}

  async write(rel: string, text: string): Promise<void> {
    const p = path.join(this.dir, rel);
    await fs.rm(p, { force: true, recursive: true });
    await fs.mkdir(path.dirname(p), { recursive: true }).catch(() => undefined);
    await fs.writeFile(p, text);
  }

  async exists(rel: string): Promise<boolean> {
    return (await fs.lstat(path.join(this.dir, rel)).catch(() => undefined)) !== undefined;
  }

  commit(message: string): void {
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', message);
    this.commits.push(git(this.dir, 'rev-parse', 'HEAD'));
  }

  async init(s: Initial): Promise<void> {
    git(this.dir, 'init', '-q');
    if (!s.trustctime) git(this.dir, 'config', 'core.trustctime', 'false');
    await this.write('.aigov.yaml', REGISTRIES[s.registry]!);
    for (const f of s.files) await this.write(SOURCES[f.file]!, render(SOURCES[f.file]!, f.lines, f.id));
    for (const d of s.docs) await this.write(DOCS[d]!, `# ${DOCS[d]}\n`);
    this.commit('initial');
  }

  /** Applies a step; what it did, for the failure message. */
  async apply(s: Step, cache: string): Promise<string> {
    switch (s.kind) {
      case 'write': {
        const f = SOURCES[s.file]!;
        await this.write(f, render(f, s.lines, s.id));
        return `write ${f}`;
      }
      case 'registry': {
        const where = REGISTRY_PATHS[s.where % REGISTRY_PATHS.length]!;
        if (s.where === 3) {
          await this.write(where, NESTED_REGISTRY);
          return `nested registry ${where}`;
        }
        if (s.where === 2) {
          const p = path.join(this.dir, '.aigov.yaml');
          const was = await fs.readFile(p, 'utf8').catch(() => REGISTRIES[0]!);
          await fs.writeFile(p, `# Reviewed in the November round.\n\n${was}`);
          return 'registry: lines above';
        }
        await this.write(where, REGISTRIES[s.variant]!);
        return `registry ${where} = variant ${s.variant}`;
      }
      case 'doc':
        await this.write(DOCS[s.file]!, `# ${DOCS[s.file]}\n\nWritten ${this.commits.length}.\n`);
        return `doc ${DOCS[s.file]}`;
      case 'delete':
        await fs.rm(path.join(this.dir, ALL_PATHS[s.file]!), { force: true, recursive: true });
        return `delete ${ALL_PATHS[s.file]}`;
      case 'rename': {
        const from = ALL_PATHS[s.from]!;
        const to = ALL_PATHS[s.to]!;
        if (from === to || !(await this.exists(from))) return 'rename (nothing)';
        await fs.rm(path.join(this.dir, to), { force: true, recursive: true });
        await fs.mkdir(path.dirname(path.join(this.dir, to)), { recursive: true });
        await fs.rename(path.join(this.dir, from), path.join(this.dir, to));
        return `rename ${from} → ${to}`;
      }
      case 'commit':
        await this.restoreModes();
        this.commit(`commit ${this.commits.length}`);
        return 'commit';
      case 'checkout': {
        const c = this.commits[Math.max(0, this.commits.length - 1 - s.back)]!;
        await this.restoreModes();
        git(this.dir, 'checkout', '-q', '-f', '--detach', c);
        return `checkout ${this.commits.indexOf(c)}`;
      }
      case 'stage':
        if (!(await this.exists(ALL_PATHS[s.file]!))) return 'stage (nothing)';
        git(this.dir, 'add', '--', ALL_PATHS[s.file]!);
        return `stage ${ALL_PATHS[s.file]}`;
      case 'same-size': {
        // Another content of the same size, with the mtime set back, to the nanosecond: what a tool
        // that sets the time back leaves, or a write in the same tick of the clock. git tells a
        // file it vouches for (tracked, as in its index) by the ctime, or, in the second the index
        // was written, by the content (checked below); the cache knows any other file by its size
        // and change time, which the write moved.
        const f = SOURCES[s.file]!;
        const p = path.join(this.dir, f);
        const st = await fs.lstat(p, { bigint: true }).catch(() => undefined);
        if (!st?.isFile()) return 'same-size (nothing)';
        const was = await fs.readFile(p);
        const text = Buffer.from(render(f, s.lines, s.id));
        const next = Buffer.alloc(was.length, 0x20);
        text.copy(next, 0, 0, Math.min(text.length, was.length));
        if (next.length > 0 && text.length <= was.length) next[next.length - 1] = 0x0a;
        if (next.equals(was)) return 'same-size (same)';
        const vouched = git(this.dir, 'ls-files', '--', f) !== '' && git(this.dir, '--no-optional-locks', 'status', '--porcelain', '--', f) === '';
        await fs.writeFile(p, next);
        // To the nanosecond (fs.utimes takes a double, which does not keep it).
        const ns = (t: bigint): string => `@${t / 1_000_000_000n}.${String(t % 1_000_000_000n).padStart(9, '0')}`;
        execFileSync('touch', ['-m', '-d', ns(st.mtimeNs), p]);
        if (!vouched) return `same-size ${f} (not git's)`;
        if (this.gitSees(f)) return `same-size ${f}`;
        // git itself takes the file for the one it recorded (its stat data without the ctime, an
        // entry not racily clean): a commit would keep the old content, and no cache can be asked
        // to know better than git. A second later, git sees it.
        execFileSync('touch', ['-m', '-d', `@${st.mtimeNs / 1_000_000_000n + 1n}.5`, p]);
        assert.ok(this.gitSees(f), `git sees ${f} changed once its mtime moves`);
        return `same-size ${f} (mtime moved: git would not see it)`;
      }
      case 'symlink': {
        const f = SOURCES[s.file]!;
        const target = path.relative(path.dirname(f), ALL_PATHS[s.target]!);
        await fs.rm(path.join(this.dir, f), { force: true, recursive: true });
        await fs.mkdir(path.dirname(path.join(this.dir, f)), { recursive: true });
        await fs.symlink(target, path.join(this.dir, f));
        return `symlink ${f} → ${target}`;
      }
      case 'unreadable': {
        if (ROOT_USER) return 'unreadable (skipped as root)';
        const p = path.join(this.dir, ALL_PATHS[s.file]!);
        const st = await fs.lstat(p).catch(() => undefined);
        if (!st?.isFile()) return 'unreadable (nothing)';
        await fs.chmod(p, 0);
        this.unreadable.add(p);
        return `chmod 000 ${ALL_PATHS[s.file]}`;
      }
      case 'wipe-cache':
        await fs.rm(cache, { recursive: true, force: true });
        return 'cache removed';
    }
  }

  /** Whether git tells `rel` changed from its index (`diff-files`, the index as it is). */
  gitSees(rel: string): boolean {
    try {
      git(this.dir, '--no-optional-locks', 'diff-files', '--quiet', '--', rel);
      return false;
    } catch {
      return true;
    }
  }

  private readonly unreadable = new Set<string>();

  /** Files made unreadable are readable again (git has to read them to commit or check out). */
  async restoreModes(): Promise<void> {
    for (const p of this.unreadable) await fs.chmod(p, 0o644).catch(() => undefined);
    this.unreadable.clear();
  }
}

async function checkJson(cwd: string, extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['check', '.', ...extra], cwd);
}

function describeRun(r: { code: number; stdout: string; stderr: string }): string {
  return `exit ${r.code}; stderr ${JSON.stringify(r.stderr)}`;
}

/** The findings' differences in short, for a failure message. */
function diffFindings(a: string, b: string): string {
  const list = (s: string): string[] => {
    try {
      return (JSON.parse(s) as { findings: { code: string; path: string; line: number; fingerprint: string; new: boolean }[] }).findings.map((f) => `${f.code} ${f.path}:${f.line} ${f.fingerprint} new=${f.new}`);
    } catch {
      return [s.slice(0, 200)];
    }
  };
  const x = list(a);
  const y = list(b);
  return `only in the first: ${JSON.stringify(x.filter((f) => !y.includes(f)))}; only in the second: ${JSON.stringify(y.filter((f) => !x.includes(f)))}`;
}

let tmpRoot: string;

describe('a cache and a pull request base never change what a check reports (differential)', function () {
  this.timeout(AT_SCALE ? 0 : 120_000);
  before(async () => {
    tmpRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-diff-'));
  });
  after(async () => {
    await fs.rm(tmpRoot, { recursive: true, force: true });
  });

  it('check --cache-location prints what the check without a cache prints, after any edits', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(initial, fc.array(fc.tuple(step, options), { minLength: 1, maxLength: 10 }), async (init, steps) => {
        const dir = path.join(tmpRoot, `c${n++}`);
        await fs.mkdir(path.join(dir, 'repo'), { recursive: true });
        const repo = new Repo(path.join(dir, 'repo'));
        const cache = path.join(dir, 'cache');
        try {
          await repo.init(init);
          const done: string[] = ['initial'];
          // The first check fills the cold cache.
          const first = await checkJson(repo.dir, [...args({ today: '2026-11-25', frameworks: undefined, locale: undefined }), '--cache-location', cache]);
          assert.ok(first.code === 0 || first.code === 1, describeRun(first));
          for (const [s, o] of steps) {
            done.push(await repo.apply(s, cache));
            const plain = await checkJson(repo.dir, args(o));
            const cached = await checkJson(repo.dir, [...args(o), '--cache-location', cache]);
            const again = await checkJson(repo.dir, [...args(o), '--cache-location', cache]);
            const where = `after ${done.join(', ')} with ${args(o).join(' ')}`;
            assert.equal(cached.stdout, plain.stdout, `cached vs plain ${where}: ${diffFindings(cached.stdout, plain.stdout)}`);
            assert.equal(again.stdout, plain.stdout, `warm cache vs plain ${where}: ${diffFindings(again.stdout, plain.stdout)}`);
            assert.equal(cached.code, plain.code, `${where}: ${describeRun(cached)} vs ${describeRun(plain)}`);
          }
        } finally {
          await repo.restoreModes();
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('check --baseline-ref prints what --baseline <plain check of a checkout of the merge-base> prints', async () => {
    let n = 0;
    const history = fc.record({
      init: initial,
      shared: fc.array(step, { maxLength: 4 }),
      main: fc.array(step, { maxLength: 4 }),
      feature: fc.array(step, { minLength: 1, maxLength: 5 }),
      worktree: fc.array(step, { maxLength: 4 }),
      later: fc.array(step, { maxLength: 3 }),
      o: options,
    });
    await fc.assert(
      fc.asyncProperty(history, async (h) => {
        const dir = path.join(tmpRoot, `b${n++}`);
        await fs.mkdir(path.join(dir, 'repo'), { recursive: true });
        const repo = new Repo(path.join(dir, 'repo'));
        const cache = path.join(dir, 'cache');
        const done: string[] = ['initial'];
        const applyAll = async (steps: Step[], commitAfter: boolean) => {
          // No checkout on a branch: the history stays the branches'.
          for (const s of steps) if (s.kind !== 'checkout' && s.kind !== 'wipe-cache') done.push(await repo.apply(s, cache));
          if (commitAfter) done.push(await repo.apply({ kind: 'commit' }, cache));
        };
        try {
          await repo.init(h.init);
          await applyAll(h.shared, true);
          git(repo.dir, 'branch', '-q', 'feature');
          done.push('[main]');
          await applyAll(h.main, true);
          git(repo.dir, 'checkout', '-q', 'feature');
          done.push('[feature]');
          await applyAll(h.feature, true);
          await applyAll(h.worktree, false);
          const where = (): string => `after ${done.join(', ')} with ${args(h.o).join(' ')}`;
          const expected = async (): Promise<string> => {
            const mergeBase = git(repo.dir, 'merge-base', 'HEAD', 'main');
            const baseDir = path.join(dir, `base-${done.length}`);
            git(repo.dir, 'worktree', 'add', '-q', '--detach', baseDir, mergeBase);
            try {
              const base = await checkJson(baseDir, args(h.o));
              assert.ok(base.code === 0 || base.code === 1, describeRun(base));
              const file = path.join(dir, 'base.json');
              await fs.writeFile(file, base.stdout);
              const r = await checkJson(repo.dir, [...args(h.o), '--baseline', file]);
              assert.ok(r.code === 0 || r.code === 1, describeRun(r));
              return r.stdout;
            } finally {
              git(repo.dir, 'worktree', 'remove', '--force', baseDir);
            }
          };
          const want = await expected();
          const plain = await checkJson(repo.dir, [...args(h.o), '--baseline-ref', 'main']);
          assert.equal(plain.stdout, want, `--baseline-ref without a cache ${where()}: ${diffFindings(plain.stdout, want)} (${describeRun(plain)})`);
          const cold = await checkJson(repo.dir, [...args(h.o), '--baseline-ref', 'main', '--cache-location', cache]);
          assert.equal(cold.stdout, want, `--baseline-ref with a cold cache ${where()}: ${diffFindings(cold.stdout, want)}`);
          const warm = await checkJson(repo.dir, [...args(h.o), '--baseline-ref', 'main', '--cache-location', cache]);
          assert.equal(warm.stdout, want, `--baseline-ref with a warm cache ${where()}: ${diffFindings(warm.stdout, want)}`);
          // More edits in the working tree, the cache warm from the runs above.
          if (h.later.length > 0) {
            done.push('[later]');
            await applyAll(h.later, false);
            const want2 = await expected();
            const warm2 = await checkJson(repo.dir, [...args(h.o), '--baseline-ref', 'main', '--cache-location', cache]);
            assert.equal(warm2.stdout, want2, `--baseline-ref with a warm cache ${where()}: ${diffFindings(warm2.stdout, want2)}`);
          }
        } finally {
          await repo.restoreModes();
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });
});
