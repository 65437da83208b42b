import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commitAll, git, initRepo } from '../../../../test/support/git.js';
import { NODE_READ_FS, type ReadFs } from '../../node/read-fs.js';
import type { Locale } from '../../core/i18n/messages.js';
import type { Io } from '../args.js';
import { checkCommand, parseFrameworks, performCheck, stderrLogger } from './check.js';

/** An Io that keeps what is written to stderr. */
function capture(cwd = process.cwd()): { io: Io; err: () => string } {
  let stderr = '';
  return { io: { cwd, env: {}, stdout: () => {}, stderr: (s) => void (stderr += s) }, err: () => stderr };
}

describe('check command', () => {
  it('the logger writes warnings and errors to stderr, one line each, with the error\'s stack or text', () => {
    const { io, err } = capture();
    const log = stderrLogger(io);
    log.info('quiet');
    assert.equal(err(), '', 'info is not shown');
    log.warn('the cache is old');
    assert.equal(err(), 'aigov: warning: the cache is old\n');

    const each = (e?: unknown): string => {
      const c = capture();
      if (e === undefined) stderrLogger(c.io).error('Rule X failed');
      else stderrLogger(c.io).error('Rule X failed', e);
      return c.err();
    };
    assert.equal(each(), 'aigov: Rule X failed\n');
    assert.equal(each('a plain reason'), 'aigov: Rule X failed: a plain reason\n');
    const withStack = new Error('broken');
    assert.equal(each(withStack), `aigov: Rule X failed: ${withStack.stack}\n`);
    assert.match(each(withStack), /^aigov: Rule X failed: Error: broken\n {4}at /);
    const noStack = new Error('no stack here');
    delete noStack.stack;
    assert.equal(each(noStack), 'aigov: Rule X failed: no stack here\n');
  });

  it('--frameworks: known packs split on commas and spaces, core left to the engine', () => {
    assert.deepEqual(parseFrameworks('eu-ai-act, jp-ai-guidelines  iso-42001'), ['eu-ai-act', 'jp-ai-guidelines', 'iso-42001']);
    assert.deepEqual(parseFrameworks('core,eu-ai-act'), ['eu-ai-act']);
    assert.deepEqual(parseFrameworks(' , '), []);
  });

  it('a baseline file is named in the outcome, and its findings are not new; a cache that cannot be written is a warning', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-base-'));
    try {
      await fs.writeFile(path.join(dir, 'app.py'), 'import openai\n');
      await fs.writeFile(path.join(dir, 'not-a-folder'), 'a file\n');
      const first = await performCheck({ dirs: ['.'], today: '2026-06-01', jobs: 0 }, capture(dir).io);
      await first.closed;
      assert.equal(first.baseline, undefined);
      assert.ok(first.run.findings.length > 0 && first.run.findings.every((f) => f.isNew));
      await fs.writeFile(path.join(dir, 'base.json'), JSON.stringify({ findings: first.run.findings.map((f) => ({ fingerprint: f.fingerprint, contentFingerprint: f.contentFingerprint, path: f.displayPath, code: f.code })) }));
      const c = capture(dir);
      const second = await performCheck({ dirs: ['.'], today: '2026-06-01', jobs: 0, baselineFile: 'base.json', cache: { enabled: true, dir: path.join(dir, 'not-a-folder', 'cache') } }, c.io);
      await second.closed;
      assert.deepEqual(second.baseline, { file: 'base.json' });
      assert.deepEqual(second.run.findings.filter((f) => f.isNew), []);
      assert.match(c.err(), new RegExp(`^aigov: warning: could not write the cache ${path.join(dir, 'not-a-folder', 'cache').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[0-9a-f]+\\.json\n$`));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('--cache: a file rewritten with the same size and its mtime set back is read again (its change time moved)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-ctime-'));
    const cache = { enabled: true, dir: path.join(dir, '.cache') };
    try {
      const file = path.join(dir, 'app.py');
      // A whole second: the mtime set back is the very value the cache recorded, to the nanosecond.
      const at = new Date('2026-01-02T03:04:05Z');
      await fs.writeFile(file, 'import openai\n');
      await fs.utimes(file, at, at);
      // Never changed after its mtime was set: known empty, by its change time, and never opened again.
      const quiet = path.join(dir, 'quiet.py');
      await fs.writeFile(quiet, 'x = 1\n');
      await fs.utimes(quiet, at, at);
      const opened: string[] = [];
      const readFs: ReadFs = { ...NODE_READ_FS, openSync: (p, flags) => (opened.push(path.basename(p)), NODE_READ_FS.openSync(p, flags)) };
      const libraries = async (): Promise<string[]> => {
        const o = await performCheck({ dirs: ['.'], today: '2026-06-01', jobs: 0, cache }, { ...capture(dir).io, readFs });
        await o.closed;
        return o.run.findings.filter((f) => f.code === 'AIGOV301').map((f) => String(f.data?.library));
      };
      assert.deepEqual(await libraries(), ['openai']);
      await fs.writeFile(file, 'import ollama\n');
      await fs.utimes(file, at, at);
      assert.equal((await fs.stat(file)).mtimeMs, at.getTime());
      assert.deepEqual(await libraries(), ['ollama']);
      // A file known to hold nothing, which gains AI use the same way.
      const empty = path.join(dir, 'util.py');
      await fs.writeFile(empty, 'x = 1234567890\n');
      await fs.utimes(empty, at, at);
      assert.deepEqual(await libraries(), ['ollama']);
      await fs.writeFile(empty, 'import openai\n\n');
      await fs.utimes(empty, at, at);
      assert.deepEqual(await libraries(), ['ollama', 'openai']);
      assert.deepEqual(opened.filter((n) => n === 'quiet.py'), ['quiet.py'], 'read by the first check only');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the checked folders with the file system it is given', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-fs-'));
    try {
      await fs.writeFile(path.join(dir, 'app.py'), 'import openai\n');
      const opened: string[] = [];
      const readFs: ReadFs = {
        ...NODE_READ_FS,
        openSync: (p, flags) => {
          opened.push(path.basename(p));
          if (path.basename(p) === 'app.py') throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', syscall: 'open', path: p });
          return NODE_READ_FS.openSync(p, flags);
        },
      };
      const { io } = capture(dir);
      const outcome = await performCheck({ dirs: ['.'], today: '2026-06-01', jobs: 0 }, { ...io, readFs });
      await outcome.closed;
      assert.ok(opened.includes('app.py'), `opened: ${opened.join(', ')}`);
      assert.deepEqual(outcome.run.findings.filter((f) => f.displayPath === 'app.py').map((f) => f.code), ['AIGOV009']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('--baseline-ref: findings of the merge-base, checked on the same date, are not new; the ref and commit are named', async function () {
    this.timeout(60_000);
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-ref-')));
    try {
      // Overdue only on the date given (2099), not on the machine's: found in the base only if it is checked on that date.
      await fs.writeFile(
        path.join(dir, '.aigov.yaml'),
        [
          'version: 1',
          'organization: { name: Ref KK, contacts: { incident: ai@ref.jp } }',
          'components:',
          '  - id: chat-bot',
          '    kind: llm-app',
          '    owner: team@ref.jp',
          '    intended_purpose: Answer questions',
          '    paths: [app/**]',
          '    risk: { level: minimal, assessment: { path: risk.md, date: 2090-01-01, next_review: 2098-01-01 } }',
          '',
        ].join('\n'),
      );
      await fs.writeFile(path.join(dir, 'risk.md'), '# Risk assessment\n\nReviewed.\n');
      await fs.mkdir(path.join(dir, 'app'));
      await fs.writeFile(path.join(dir, 'app', 'main.py'), 'import openai\n');
      const base = initRepo(dir);
      await fs.writeFile(path.join(dir, 'tools.py'), 'import anthropic\n');
      commitAll(dir, 'tools');
      const today = '2099-01-01';
      const newOnes = (o: { run: { findings: { isNew?: boolean; displayPath: string; code: string }[] } }): string[] =>
        o.run.findings.filter((f) => f.isNew).map((f) => `${f.code} ${f.displayPath}`).sort();

      const c = capture(dir);
      const plain = await performCheck({ dirs: ['.'], today, jobs: 0 }, c.io);
      await plain.closed;
      assert.ok(newOnes(plain).includes('AIGOV104 .aigov.yaml'), newOnes(plain).join(', '));
      const againstRef = await performCheck({ dirs: ['.'], today, jobs: 0, baselineRef: 'HEAD~1' }, c.io);
      await againstRef.closed;
      assert.deepEqual(againstRef.baseline, { ref: 'HEAD~1', commit: base });
      const fresh = newOnes(againstRef);
      assert.ok(fresh.length > 0 && fresh.every((f) => f.endsWith(' tools.py')), fresh.join(', '));

      // With a baseline file too: both say what is old.
      await fs.writeFile(path.join(dir, 'old.json'), JSON.stringify({ findings: againstRef.run.findings.filter((f) => f.isNew).map((f) => ({ fingerprint: f.fingerprint, contentFingerprint: f.contentFingerprint, path: f.displayPath, code: f.code })) }));
      const both = await performCheck({ dirs: ['.'], today, jobs: 0, baselineRef: 'HEAD~1', baselineFile: 'old.json' }, c.io);
      await both.closed;
      assert.deepEqual(both.baseline, { ref: 'HEAD~1', commit: base, file: 'old.json' });
      assert.deepEqual(newOnes(both), []);
      assert.equal(c.err(), '');

      // The text output names the ref and the first twelve digits of the merge-base.
      let out = '';
      const code = await checkCommand(['--baseline-ref', 'HEAD~1', '--today', today, '--jobs', '0', '--fail-on', 'info', '--no-color'], { ...c.io, stdout: (s) => void (out += s) });
      assert.equal(code, 1);
      assert.ok(out.endsWith(`\n3 findings (0 errors, 2 warnings, 1 info), 1 new against the baseline HEAD~1 (merge-base ${base.slice(0, 12)})\n`), out);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  it('--baseline-ref: the base is checked from what the check learned of the files the two trees share', async function () {
    this.timeout(60_000);
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-shared-')));
    try {
      await fs.writeFile(path.join(dir, '.aigov.yaml'), 'version: 1\ncomponents:\n  - id: bot\n    owner: team@example.jp\n    paths: [app/**]\n');
      await fs.mkdir(path.join(dir, 'app'));
      await fs.writeFile(path.join(dir, 'app', 'same.py'), 'import openai\n');
      await fs.writeFile(path.join(dir, 'app', 'edited.py'), 'print(1)\n');
      await fs.writeFile(path.join(dir, 'app', 'plain.py'), 'print(2)\n');
      // A model that only its bytes tell, with other bytes in the base: sampled there too.
      await fs.writeFile(path.join(dir, 'app', 'weights.bin'), Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64, 1)]));
      initRepo(dir);
      await fs.writeFile(path.join(dir, 'app', 'weights.bin'), Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64, 2)]));
      await fs.writeFile(path.join(dir, 'app', 'edited.py'), 'import anthropic\n');
      await fs.writeFile(path.join(dir, 'tools.py'), 'import google.generativeai\n');
      commitAll(dir, 'edit');
      const opened: string[] = [];
      const readFs: ReadFs = {
        ...NODE_READ_FS,
        openSync: (p, flags) => {
          opened.push(p);
          return NODE_READ_FS.openSync(p, flags);
        },
      };
      const c = capture(dir);
      const outcome = await performCheck({ dirs: ['.'], today: '2026-11-25', jobs: 0, baselineRef: 'HEAD~1' }, { ...c.io, readFs });
      await outcome.closed;
      const inBase = opened.filter((p) => !p.startsWith(`${dir}${path.sep}`)).map((p) => p.split(path.sep).slice(-2).join('/'));
      assert.deepEqual(inBase.filter((p) => /\.(?:py|bin)$/.test(p)).sort(), ['app/edited.py', 'app/weights.bin'], `opened in the base: ${inBase.join(', ')}`);
      const fresh = outcome.run.findings.filter((f) => f.isNew).map((f) => `${f.code} ${f.displayPath}`).sort();
      // The same as a base checked from nothing: what the edit and the new file brought is new.
      assert.deepEqual(fresh, ['AIGOV301 tools.py', 'AIGOV303 app/edited.py'], fresh.join(', '));
      assert.equal(c.err(), '');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  it('--baseline-ref: a base whose tree names a blob the clone lacks is checked when the check never needs it', async function () {
    this.timeout(60_000);
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-lacking-')));
    try {
      await fs.writeFile(path.join(dir, '.aigov.yaml'), 'version: 1\ncomponents:\n  - id: bot\n    owner: team@example.jp\n    paths: [app/**]\n');
      await fs.mkdir(path.join(dir, 'app'));
      await fs.writeFile(path.join(dir, 'app', 'bot.py'), 'import openai\n');
      await fs.writeFile(path.join(dir, 'app', 'manual.pdf'), Buffer.alloc(4096, 7));
      initRepo(dir);
      await fs.writeFile(path.join(dir, 'tools.py'), 'import anthropic\n');
      commitAll(dir, 'tools');
      // A snapshot without its largest objects: the PDF, the same in HEAD and in the base, is in
      // the working tree but not among git's objects.
      const id = git(dir, 'rev-parse', 'HEAD:app/manual.pdf');
      await fs.rm(path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2)));
      const c = capture(dir);
      const outcome = await performCheck({ dirs: ['.'], today: '2026-11-25', jobs: 0, baselineRef: 'HEAD~1' }, c.io);
      await outcome.closed;
      const fresh = outcome.run.findings.filter((f) => f.isNew).map((f) => `${f.code} ${f.displayPath}`);
      assert.deepEqual(fresh, ['AIGOV301 tools.py']);
      assert.equal(c.err(), '');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('--baseline-ref: a base the same as HEAD adds no finding, on every fixture workspace, its files written as they are asked for', async function () {
    this.timeout(120_000);
    const fixtures = path.join(__dirname, '..', '..', '..', '..', 'test-fixtures');
    // A fix's output too: documents still in their template's state, read when the model is built.
    for (const name of ['workspaces/example', 'workspaces/frameworks-eu-jp', 'workspaces/frameworks-kr-co-cn', 'workspaces/detection-mixed', 'workspaces/polyglot', 'workspaces/suppressions', 'workspaces/broken-yaml', 'fixes/AIGOV549/after']) {
      const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-same-')));
      try {
        await fs.cp(path.join(fixtures, name), dir, { recursive: true });
        initRepo(dir);
        commitAll(dir, 'nothing');
        const c = capture(dir);
        const plain = await performCheck({ dirs: ['.'], today: '2026-11-25', jobs: 0 }, c.io);
        await plain.closed;
        const against = await performCheck({ dirs: ['.'], today: '2026-11-25', jobs: 0, baselineRef: 'HEAD~1' }, c.io);
        await against.closed;
        const list = (o: typeof plain) => o.run.findings.map((f) => `${f.code} ${f.displayPath}:${f.range.start.line}`);
        assert.ok(plain.run.findings.length > 0, name);
        assert.deepEqual(list(against), list(plain), name);
        assert.deepEqual(against.run.findings.filter((f) => f.isNew).map((f) => `${f.code} ${f.displayPath}`), [], name);
        assert.equal(c.err(), '', name);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }
  });

  it('asks git about the folder\'s repository once, for the paths, the cache\'s content ids and the base alike', async function () {
    this.timeout(60_000);
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-asks-')));
    try {
      const repo = path.join(dir, 'repo');
      await fs.mkdir(path.join(repo, 'app'), { recursive: true });
      await fs.writeFile(path.join(repo, 'app', 'main.py'), 'import openai\n');
      initRepo(repo);
      await fs.writeFile(path.join(repo, 'app', 'tools.py'), 'import anthropic\n');
      commitAll(repo, 'tools');
      const cache = { enabled: true, dir: path.join(dir, 'cache') };
      const c = capture(path.join(repo, 'app'));
      const o = { dirs: ['.'], today: '2026-11-25', jobs: 0, cache };
      await (await performCheck(o, c.io)).closed;
      // A git that logs each call and the index it was given.
      const bin = path.join(dir, 'bin');
      await fs.mkdir(bin);
      const log = path.join(dir, 'git.log');
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      await fs.writeFile(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s|%s\\n' "\${GIT_INDEX_FILE-}" "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
      const saved = process.env.PATH;
      process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
      const calls = async (more: { baselineRef?: string }): Promise<string[]> => {
        await fs.writeFile(log, '');
        const outcome = await performCheck({ ...o, ...more }, c.io);
        await outcome.closed;
        assert.deepEqual(outcome.run.findings.map((f) => f.displayPath).filter((p) => p.endsWith('.py')).sort(), ['app/main.py', 'app/tools.py']);
        return (await fs.readFile(log, 'utf8')).split('\n').filter((l) => l !== '');
      };
      try {
        for (const more of [{}, { baselineRef: 'HEAD~1' }]) {
          const seen = await calls(more);
          assert.equal(seen.filter((l) => l.includes(' rev-parse ')).length, 1, seen.join('\n'));
          // git's word on changed files came through a copy of the index named by that answer.
          assert.ok(seen.some((l) => !l.startsWith('|') && l.includes(' diff-files ')), seen.join('\n'));
        }
      } finally {
        process.env.PATH = saved;
      }
      assert.equal(c.err(), '');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  describe('the first-run hint of the text output', () => {
    const HINT = /aigov init/;
    let dir: string;
    beforeEach(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-check-first-'));
      await fs.mkdir(path.join(dir, 'app'));
      await fs.writeFile(path.join(dir, 'app', 'main.py'), 'import openai\n');
    });
    afterEach(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    /** What `aigov check <args>` prints in `dir` (in English unless `locale`), every folder read in this thread. */
    async function check(args: string[] = [], locale: Locale = 'en'): Promise<string> {
      let out = '';
      const c = capture(dir);
      await checkCommand([...args, '--today', '2026-06-01', '--jobs', '0', '--fail-on', 'never', '--no-color'], { ...c.io, locale, stdout: (s) => void (out += s) });
      assert.equal(c.err(), '');
      return out;
    }

    it('a folder no registry governs, where AI use was found: one line after the summary, the folder as named', async () => {
      const here = await check();
      assert.ok(here.endsWith("\n1 finding (0 errors, 1 warning, 0 info)\nNo .aigov.yaml governs '.': `aigov init .` writes a starter registry from what was detected.\n"), here);
      await fs.mkdir(path.join(dir, 'docs'));
      await fs.writeFile(path.join(dir, 'docs', 'notes.py'), 'print("no AI here")\n');
      const named = await check(['app', 'docs', 'app']);
      assert.deepEqual(named.split('\n').filter((l) => HINT.test(l)), ["No .aigov.yaml governs 'app': `aigov init app` writes a starter registry from what was detected."], named);
      const ja = await check(['app'], 'ja');
      assert.ok(ja.endsWith("\n'app' を管理する .aigov.yaml がありません。`aigov init app` を実行すると、検出した AI の利用からレジストリのひな形を書き出します。\n"), ja);
    });

    it('not once a registry exists, even one that leaves the AI use undeclared', async () => {
      await fs.writeFile(path.join(dir, '.aigov.yaml'), 'version: 1\ncomponents: []\n');
      const out = await check();
      assert.match(out, /AIGOV301/);
      assert.doesNotMatch(out, HINT);
    });

    it('not when no AI use was found, whatever else was', async () => {
      await fs.writeFile(path.join(dir, 'app', 'main.py'), '# @aigov chat-bot\nprint("hello")\n');
      const out = await check();
      assert.match(out, /AIGOV201/);
      assert.doesNotMatch(out, /AIGOV30[124]/);
      assert.doesNotMatch(out, HINT);
    });

    it('never in the other formats', async () => {
      for (const format of ['json', 'sarif', 'github', 'junit', 'codequality', 'golden']) {
        const out = await check(['--format', format]);
        assert.match(out, /AIGOV301/, format);
        assert.doesNotMatch(out, HINT, format);
      }
    });

    it("the folder's control characters are made visible", async () => {
      const odd = 'we\u001bird\nname';
      await fs.rename(path.join(dir, 'app'), path.join(dir, odd));
      const out = await check([odd]);
      assert.ok(out.endsWith("No .aigov.yaml governs 'we\\x1bird\\nname': `aigov init 'we\\x1bird\\nname'` writes a starter registry from what was detected.\n"), out);
      assert.ok(!out.includes('\u001b'), 'no raw ESC');
    });

    it('the command quotes a folder that a shell would split', async () => {
      const spaced = "my app's";
      await fs.rename(path.join(dir, 'app'), path.join(dir, spaced));
      const out = await check([spaced]);
      assert.ok(out.endsWith("No .aigov.yaml governs 'my app's': `aigov init 'my app'\\''s'` writes a starter registry from what was detected.\n"), out);
      await fs.rename(path.join(dir, spaced), path.join(dir, 'a-b_c.d'));
      assert.ok((await check(['a-b_c.d'])).includes('`aigov init a-b_c.d` writes'));
    });
  });
});
