import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commitAll, git, initRepo } from '../../../test/support/git.js';
import { UsageError } from './args.js';
import { BaseWorkspace, checkBase } from './git-base.js';
import { stagedListing } from './git-tree.js';

/** A file's bytes as text, as a workspace read gave them (undefined stays undefined). */
function text(b: Uint8Array | undefined): string | undefined {
  return b ? Buffer.from(b).toString('utf8') : b;
}

/** Every entry below `dir` (not .git): a file's mode and text, a symlink's target, an empty folder. */
async function listing(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    const entries = (await fs.readdir(d, { withFileTypes: true })).filter((e) => e.name !== '.git').sort((a, b) => (a.name < b.name ? -1 : 1));
    if (entries.length === 0 && rel !== '') out.push(`${rel}/ (empty)`);
    for (const e of entries) {
      const p = path.join(d, e.name);
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isSymbolicLink()) out.push(`${r} -> ${await fs.readlink(p)}`);
      else if (e.isDirectory()) await walk(p, r);
      else out.push(`${r} ${((await fs.stat(p)).mode & 0o777).toString(8)} ${JSON.stringify(await fs.readFile(p, 'utf8'))}`);
    }
  };
  await walk(dir, '');
  return out;
}

/** The usage error `p` fails with, in English. */
async function usageOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof UsageError, String(err));
    return err.message;
  }
  assert.fail('no error');
}

describe('git-base: the merge-base of HEAD and a ref as files', function () {
  this.timeout(120_000);
  let tmp = '';
  let repo = '';
  let base = '';
  before(async () => {
    tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-git-base-')));
    repo = path.join(tmp, 'repo');
    await fs.mkdir(path.join(repo, 'app', 'nested'), { recursive: true });
    await fs.mkdir(path.join(repo, 'lib'), { recursive: true });
    await fs.writeFile(path.join(repo, 'top.txt'), 'top\n');
    await fs.writeFile(path.join(repo, 'app', 'main.py'), 'import openai\n');
    await fs.writeFile(path.join(repo, 'app', 'nested', 'deep.txt'), 'deep\n');
    await fs.writeFile(path.join(repo, 'app', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    await fs.symlink('main.py', path.join(repo, 'app', 'link.py'));
    await fs.writeFile(path.join(repo, 'lib', 'util.py'), 'x = 1\n');
    await fs.writeFile(path.join(repo, 'bytes.bin'), Buffer.alloc(70_000, 0x61));
    initRepo(repo, 'base');
    // A submodule: a commit in the tree, a folder without its contents in a checkout.
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(repo, 'rev-parse', 'HEAD')},vendor/mod`);
    git(repo, 'commit', '-q', '-m', 'submodule');
    base = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'feature');
    await fs.writeFile(path.join(repo, 'app', 'main.py'), 'import anthropic\n');
    await fs.writeFile(path.join(repo, 'app', 'new.py'), 'new\n');
    commitAll(repo, 'feature');
    // Not committed: the base is git's, never the working tree.
    await fs.writeFile(path.join(repo, 'top.txt'), 'changed in the working tree\n');
  });
  after(() => fs.rm(tmp, { recursive: true, force: true }));

  it('writes the base tree of the whole repository: contents, modes, symlinks, submodules as empty folders; removes it after', async () => {
    const seen: { dirs: string[]; indexes: number[]; files: string[]; lsFiles: string }[] = [];
    const r = await checkBase([repo], 'main', async (dirs, indexes) => {
      seen.push({ dirs, indexes, files: await listing(dirs[0]!), lsFiles: git(dirs[0]!, 'ls-files') });
      return ['finding'];
    });
    assert.deepEqual(r, { ref: 'main', commit: base, findings: ['finding'] });
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0]!.indexes, [0]);
    assert.deepEqual(seen[0]!.files, [
      'app/link.py -> main.py',
      'app/main.py 644 "import openai\\n"',
      'app/nested/deep.txt 644 "deep\\n"',
      'app/run.sh 755 "#!/bin/sh\\n"',
      `bytes.bin 644 ${JSON.stringify('a'.repeat(70_000))}`,
      'lib/util.py 644 "x = 1\\n"',
      'top.txt 644 "top\\n"',
      'vendor/mod/ (empty)',
    ]);
    assert.equal(seen[0]!.lsFiles, git(repo, 'ls-tree', '-r', '--name-only', base));
    assert.notEqual(seen[0]!.dirs[0], repo);
    assert.match(path.basename(seen[0]!.dirs[0]!), /^aigov-base-/, 'the temporary folder says what it is');
    await assert.rejects(fs.stat(seen[0]!.dirs[0]!), /ENOENT/, 'the temporary folder is gone');
    assert.equal(git(repo, 'status', '--porcelain'), 'M top.txt', 'the working tree is left as it was');
  });

  it('checks each folder at the same place in the base; folders of one repository share one tree', async () => {
    const calls: { rel: string[]; indexes: number[]; files: string[][] }[] = [];
    const r = await checkBase([path.join(repo, 'app'), path.join(repo, 'lib'), path.join(repo, 'app', 'nested')], 'feature~1', async (dirs, indexes) => {
      const mirror = path.dirname(dirs[1]!);
      calls.push({ rel: dirs.map((d) => path.relative(mirror, d)), indexes, files: await Promise.all(dirs.map(listing)) });
      return indexes.map((i) => `folder ${i}`);
    });
    assert.deepEqual(r, { ref: 'feature~1', commit: base, findings: ['folder 0', 'folder 1', 'folder 2'] });
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.rel, ['app', 'lib', path.join('app', 'nested')]);
    assert.deepEqual(calls[0]!.indexes, [0, 1, 2]);
    assert.deepEqual(calls[0]!.files[1], ['util.py 644 "x = 1\\n"']);
    assert.deepEqual(calls[0]!.files[2], ['deep.txt 644 "deep\\n"']);
    assert.equal(calls[0]!.files[0]!.length, 4);
  });

  it('writes only the checked folders of the base, and makes one the base lacks', async () => {
    git(repo, 'checkout', '-q', '-b', 'onlynew', 'feature');
    await fs.mkdir(path.join(repo, 'fresh'));
    await fs.writeFile(path.join(repo, 'fresh', 'f.py'), 'f\n');
    commitAll(repo, 'fresh');
    try {
      let seen: string[][] = [];
      await checkBase([path.join(repo, 'lib'), path.join(repo, 'fresh')], 'main', async (dirs) => {
        const mirror = path.dirname(dirs[0]!);
        seen = [await listing(mirror), await listing(dirs[1]!)];
        return [];
      });
      assert.deepEqual(seen, [['fresh/ (empty)', 'lib/util.py 644 "x = 1\\n"'], []]);
    } finally {
      git(repo, 'checkout', '-q', '-f', 'feature');
    }
  });

  it('says what is wrong: no repository, no commit, an unknown ref (and what to fetch), no common ancestor', async () => {
    const plain = path.join(tmp, 'plain');
    await fs.mkdir(plain);
    const none = async (): Promise<string[]> => [];
    assert.equal(await usageOf(checkBase([plain], 'main', none)), `--baseline-ref needs a git repository, and ${plain} is not in one`);

    const empty = path.join(tmp, 'empty');
    await fs.mkdir(empty);
    git(empty, 'init', '-q');
    assert.equal(await usageOf(checkBase([empty], 'main', none)), `--baseline-ref: the repository at ${empty} has no commit checked out (HEAD)`);

    const hint = 'In GitHub Actions, check out with `fetch-depth: 0` (actions/checkout); in GitLab CI, set GIT_DEPTH: 0.';
    const unknown = (ref: string, fetch: string): string => `--baseline-ref: '${ref}' is not a commit in this clone. Fetch it first, e.g. \`${fetch}\`. ${hint}`;
    assert.equal(await usageOf(checkBase([repo], 'nowhere', none)), unknown('nowhere', 'git fetch origin nowhere'));
    assert.equal(await usageOf(checkBase([repo], 'upstream/release/2.x', none)), unknown('upstream/release/2.x', 'git fetch upstream +refs/heads/release/2.x:refs/remotes/upstream/release/2.x'));
    assert.equal(await usageOf(checkBase([repo], 'deadbeef0', none)), unknown('deadbeef0', 'git fetch origin deadbeef0'));
    assert.equal(await usageOf(checkBase([repo], '--output=x', none)), unknown('--output=x', 'git fetch origin --output=x'));

    git(repo, 'checkout', '-q', '--orphan', 'unrelated');
    try {
      commitAll(repo, 'unrelated');
      assert.equal(await usageOf(checkBase([repo], 'main', none)), "--baseline-ref: HEAD and 'main' have no common ancestor");
    } finally {
      git(repo, 'checkout', '-q', '-f', 'feature');
      await fs.writeFile(path.join(repo, 'top.txt'), 'changed in the working tree\n');
    }
  });

  it('in a shallow clone says the history is cut and what to fetch', async () => {
    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${repo}`, shallow);
    const none = async (): Promise<string[]> => [];
    const hint = 'In GitHub Actions, check out with `fetch-depth: 0` (actions/checkout); in GitLab CI, set GIT_DEPTH: 0.';
    assert.equal(await usageOf(checkBase([shallow], 'nowhere', none)), `--baseline-ref: 'nowhere' is not a commit in this shallow clone. Fetch it first, e.g. \`git fetch origin nowhere\`. ${hint}`);
    // main is there, one commit deep, but not the history that joins it to HEAD.
    assert.equal(
      await usageOf(checkBase([shallow], 'origin/main', none)),
      `--baseline-ref: this clone is shallow and holds no common ancestor of HEAD and 'origin/main'. Fetch more history, e.g. \`git fetch --deepen=200 origin\` (or \`git fetch --unshallow\`) and run again. ${hint}`,
    );
  });

  /** Runs `fn` with a `git` first on PATH that runs `script` (sh, the command's words in "$@") before git. */
  async function withGit<R>(script: string, fn: () => Promise<R>): Promise<R> {
    const bin = await fs.mkdtemp(path.join(tmp, 'bin-'));
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await fs.writeFile(path.join(bin, 'git'), `#!/bin/sh\n${script}\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    try {
      return await fn();
    } finally {
      process.env.PATH = saved;
    }
  }

  it('starts six git processes for a base, and one more for each other folder of the same repository', async function () {
    if (process.platform === 'win32') this.skip();
    // Each command git is asked to run ("$4" after `-C <folder> --no-optional-locks`), one a line.
    const log = path.join(tmp, 'git-commands.log');
    const commands = (folders: string[]): Promise<string[]> =>
      withGit(`printf '%s\\n' "$4" >> '${log}'`, async () => {
        await fs.rm(log, { force: true });
        await checkBase(folders, 'main', async () => []);
        return (await fs.readFile(log, 'utf8')).trim().split('\n').sort();
      });
    assert.deepEqual(await commands([repo]), ['cat-file', 'init', 'ls-tree', 'merge-base', 'read-tree', 'rev-parse']);
    assert.deepEqual(await commands([path.join(repo, 'app'), path.join(repo, 'lib'), path.join(repo, 'app', 'nested')]), [
      'cat-file',
      'init',
      'ls-tree',
      'merge-base',
      'read-tree',
      'rev-parse',
      'rev-parse',
      'rev-parse',
    ]);
  });

  it('says what git said when git merge-base fails for a reason of its own: its first line that is not blank, in a shallow clone too', async function () {
    if (process.platform === 'win32') this.skip();
    const none = async (): Promise<string[]> => [];
    const failing = (stderr: string): string => `if [ "$4" = merge-base ]; then printf '${stderr}' >&2; exit 128; fi`;
    assert.equal(await withGit(failing('\\n   \\n  fatal: out of memory  \\nand more\\n'), () => usageOf(checkBase([repo], 'main', none))), '--baseline-ref: git merge-base failed: fatal: out of memory');
    assert.equal(await withGit(failing(''), () => usageOf(checkBase([repo], 'main', none))), '--baseline-ref: git merge-base failed: ');
    const shallow = path.join(tmp, 'shallow-failing');
    git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow);
    assert.equal(await withGit(failing('fatal: out of memory'), () => usageOf(checkBase([shallow], 'HEAD', none))), '--baseline-ref: git merge-base failed: fatal: out of memory');
  });

  it('says what git said when git init or read-tree fails for a base, and removes every tree it wrote, of the repositories before too', async function () {
    if (process.platform === 'win32') this.skip();
    const none = async (): Promise<string[]> => [];
    // The bases are written below TMPDIR: what is left there after a failure is a tree not removed.
    const scratch = await fs.mkdtemp(path.join(tmp, 'scratch-'));
    const second = path.join(tmp, 'second-repo');
    await fs.mkdir(second);
    await fs.writeFile(path.join(second, 's.txt'), 's\n');
    const secondHead = initRepo(second);
    const count = path.join(tmp, 'read-tree-count');
    // The `n`th `git read-tree` (or every `git init` when `n` is 0) fails with blank lines around its message.
    const failing = (command: string, n: number): string =>
      `if [ "$4" = ${command} ]; then c=$(cat '${count}' 2>/dev/null || echo 0); c=$((c+1)); echo $c > '${count}'; ` +
      `if [ ${n} = 0 ] || [ $c = ${n} ]; then printf '\\n  fatal: ${command} broke  \\n' >&2; exit 128; fi; fi`;
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const unwritten = (commit: string, detail: string): string => `--baseline-ref: could not write out the merge-base ${commit.slice(0, 12)} to check it: ${detail}`;
      await fs.rm(count, { force: true });
      assert.equal(await withGit(failing('read-tree', 1), () => usageOf(checkBase([repo], 'main', none))), unwritten(base, 'git read-tree failed: fatal: read-tree broke'));
      assert.deepEqual(await fs.readdir(scratch), []);
      await fs.rm(count, { force: true });
      assert.equal(await withGit(failing('init', 0), () => usageOf(checkBase([repo], 'main', none))), unwritten(base, 'git init failed: fatal: init broke'));
      assert.deepEqual(await fs.readdir(scratch), []);
      // The first repository's tree is written when the second's fails: both are removed.
      await fs.rm(count, { force: true });
      assert.equal(await withGit(failing('read-tree', 2), () => usageOf(checkBase([repo, second], 'HEAD', none))), unwritten(secondHead, 'git read-tree failed: fatal: read-tree broke'));
      assert.deepEqual(await fs.readdir(scratch), []);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('says what is wrong of the first folder, in the order given, each repository asked of its own merge-base', async () => {
    const plain = path.join(tmp, 'plain-order');
    await fs.mkdir(plain, { recursive: true });
    const other = path.join(tmp, 'other');
    await fs.mkdir(other);
    await fs.writeFile(path.join(other, 'o.txt'), 'o\n');
    initRepo(other);
    const none = async (): Promise<string[]> => [];
    const unknown = (ref: string): string =>
      `--baseline-ref: '${ref}' is not a commit in this clone. Fetch it first, e.g. \`git fetch origin ${ref}\`. In GitHub Actions, check out with \`fetch-depth: 0\` (actions/checkout); in GitLab CI, set GIT_DEPTH: 0.`;
    const noRepository = `--baseline-ref needs a git repository, and ${plain} is not in one`;
    assert.equal(await usageOf(checkBase([repo, plain], 'nowhere', none)), unknown('nowhere'));
    assert.equal(await usageOf(checkBase([plain, repo], 'nowhere', none)), noRepository);
    assert.equal(await usageOf(checkBase([repo, plain], 'main', none)), noRepository);
    // `feature` is a branch of the first repository only.
    assert.equal(await usageOf(checkBase([repo, other], 'feature', none)), unknown('feature'));
  });

  it('finds the place in the base of folders whose names hold a line break, a space or letters beyond ASCII', async function () {
    if (process.platform === 'win32') this.skip();
    const odd = path.join(tmp, 'odd top ü');
    const names = ['line\nbreak', 'with space', 'ünï 名前'];
    for (const n of names) {
      await fs.mkdir(path.join(odd, n), { recursive: true });
      await fs.writeFile(path.join(odd, n, 'f.txt'), `${n}\n`);
    }
    // SHA-256, and a shallow clone below: each question asked on its own is answered as when asked at once.
    git(odd, 'init', '-q', '--object-format=sha256');
    commitAll(odd, 'first');
    commitAll(odd, 'second');
    let seen: string[][] = [];
    const r = await checkBase(names.map((n) => path.join(odd, n)), 'HEAD~1', async (dirs) => {
      seen = await Promise.all(dirs.map(listing));
      return [];
    });
    assert.deepEqual(seen, names.map((n) => [`f.txt 644 ${JSON.stringify(`${n}\n`)}`]));
    assert.equal(r.commit, git(odd, 'rev-parse', 'HEAD~1'));
    assert.equal(r.commit.length, 64);
    const shallow = path.join(tmp, 'shallow-odd');
    git(tmp, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    await fs.mkdir(path.join(shallow, 'line\nbreak'));
    assert.equal(
      await usageOf(checkBase([path.join(shallow, 'line\nbreak')], 'nowhere', async () => [])),
      "--baseline-ref: 'nowhere' is not a commit in this shallow clone. Fetch it first, e.g. `git fetch origin nowhere`. In GitHub Actions, check out with `fetch-depth: 0` (actions/checkout); in GitLab CI, set GIT_DEPTH: 0.",
    );
  });

  it('writes the base of a repository whose own folder\'s name holds a line break and a quote', async function () {
    if (process.platform === 'win32') this.skip();
    const odd = path.join(tmp, 'line\nbreak "quoted" \\ top');
    await fs.mkdir(odd);
    await fs.writeFile(path.join(odd, 'a.txt'), 'a\n');
    initRepo(odd);
    commitAll(odd, 'second');
    let seen: string[] = [];
    await checkBase([odd], 'HEAD~1', async (dirs) => {
      seen = [await listing(dirs[0]!), git(dirs[0]!, 'ls-files')].flat();
      return [];
    });
    assert.deepEqual(seen, ['a.txt 644 "a\\n"', 'a.txt']);
  });

  it('makes the base\'s repository without copying a template folder of git\'s', async () => {
    const template = path.join(tmp, 'template');
    await fs.mkdir(path.join(template, 'hooks'), { recursive: true });
    await fs.writeFile(path.join(template, 'hooks', 'pre-commit'), '#!/bin/sh\n', { mode: 0o755 });
    const saved = process.env.GIT_TEMPLATE_DIR;
    process.env.GIT_TEMPLATE_DIR = template;
    let made: string[] = [];
    try {
      await checkBase([repo], 'main', async (dirs) => {
        made = (await fs.readdir(path.join(dirs[0]!, '.git'))).sort();
        return [];
      });
    } finally {
      if (saved === undefined) delete process.env.GIT_TEMPLATE_DIR;
      else process.env.GIT_TEMPLATE_DIR = saved;
    }
    assert.deepEqual(made, ['HEAD', 'config', 'index', 'objects', 'refs']);
  });

  it('works in a SHA-256 repository, and names the merge-base of each repository checked', async () => {
    const sha256 = path.join(tmp, 'sha256');
    await fs.mkdir(sha256);
    git(sha256, 'init', '-q', '--object-format=sha256');
    await fs.writeFile(path.join(sha256, 'a.txt'), 'a\n');
    const first = commitAll(sha256, 'first');
    await fs.writeFile(path.join(sha256, 'b.txt'), 'b\n');
    commitAll(sha256, 'second');
    assert.equal(first.length, 64);
    const files: string[][] = [];
    const r = await checkBase([sha256, repo], 'HEAD~1', async (dirs) => {
      files.push(await listing(dirs[0]!));
      return [];
    });
    assert.deepEqual(files[0], ['a.txt 644 "a\\n"']);
    assert.equal(r.commit, `${first}, ${base}`);
  });
  it('on demand, writes a file of the base only when a workspace first reaches it, or makes its folder', async () => {
    let seen: { before: string[]; after: string[]; got: unknown[] } | undefined;
    await checkBase([repo], 'main', async (dirs, _indexes, files) => {
      assert.ok(files);
      const mirror = dirs[0]!;
      const before = await listing(mirror);
      const ws = new BaseWorkspace(mirror, {}, files);
      const got: unknown[] = [];
      got.push(text(await ws.readFile('lib/util.py')));
      got.push((await ws.stat('lib/util.py'))?.type);
      got.push(await ws.stat('missing.py'));
      // Part of a folder's name is not a folder; a submodule is a folder, not a blob.
      got.push(await ws.stat('app/neste'));
      got.push((await ws.stat('vendor/mod'))?.type);
      got.push(await ws.probeListed('app/run.sh'));
      // A symlink: the link, then its target.
      got.push(text(await ws.readFile('app/link.py')));
      const after = await listing(mirror);
      // Paths outside the base's folder are not the tree's: nothing is written for them.
      await files.ensure(path.join(mirror, '..', 'outside.py'));
      await files.ensure(mirror);
      // A folder of the tree that is not there (yet): made when asked about.
      await fs.rm(path.join(mirror, 'lib'), { recursive: true });
      got.push((await ws.stat('lib'))?.type);
      seen = { before, after, got };
      return [];
    }, { onDemand: true });
    assert.deepEqual(seen, {
      before: ['vendor/mod/ (empty)'],
      after: ['app/link.py -> main.py', 'app/main.py 644 "import openai\\n"', 'app/run.sh 755 "#!/bin/sh\\n"', 'lib/util.py 644 "x = 1\\n"', 'vendor/mod/ (empty)'],
      got: ['x = 1\n', 'file', undefined, undefined, 'directory', 'file', 'import openai\n', 'directory'],
    });
  });

  it('lists a folder of the tree byte for byte as git lists a checkout of it: modes, links, submodules, names not UTF-8', async () => {
    const odd = path.join(tmp, 'odd');
    await fs.mkdir(path.join(odd, 'app', 'nested'), { recursive: true });
    await fs.writeFile(path.join(odd, 'app', 'main.py'), 'import openai\n');
    await fs.writeFile(path.join(odd, 'app', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    await fs.writeFile(path.join(odd, 'app', 'nested', 'deep.txt'), 'deep\n');
    await fs.symlink('main.py', path.join(odd, 'app', 'link.py'));
    await fs.writeFile(path.join(odd, 'app-b.txt'), 'b\n');
    await fs.writeFile(path.join(odd, 'top.txt'), 'top\n');
    initRepo(odd, 'files');
    const blob = git(odd, 'rev-parse', 'HEAD:top.txt');
    // Names no file system here need hold: a tab and a line break, and bytes that are not UTF-8.
    const names = [Buffer.from('app/tab\tand\nbreak.py'), Buffer.concat([Buffer.from('app/'), Buffer.from([0xff, 0xfe]), Buffer.from('.py')]), Buffer.from('app/\u00e9t\u00e9.py')];
    const info = Buffer.concat(names.flatMap((n) => [Buffer.from(`100644 ${blob}\t`), n, Buffer.from([0])]));
    execFileSync('git', ['-C', odd, 'update-index', '-z', '--index-info'], { input: info });
    git(odd, 'update-index', '--add', '--cacheinfo', `160000,${git(odd, 'rev-parse', 'HEAD')},app/vendor/mod`);
    git(odd, 'commit', '-q', '-m', 'names');
    const tree = execFileSync('git', ['-C', odd, 'ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    for (const prefix of ['', 'app', 'app/nested', 'ap', 'missing']) {
      const at = path.join(odd, ...prefix.split('/'));
      await fs.mkdir(at, { recursive: true });
      const byGit = execFileSync('git', ['-C', at, 'ls-files', '-z', '--stage', '-v']);
      assert.equal(stagedListing(tree, prefix).toString('latin1'), byGit.toString('latin1'), prefix);
    }
    assert.ok(stagedListing(tree, '').includes(Buffer.from([0xff, 0xfe])));
  });

  it('on demand, makes no repository of the base: the tree lists its folders, with their blob ids', async () => {
    const log = path.join(tmp, 'git-commands-on-demand.log');
    let seen: unknown;
    await withGit(`printf '%s\\n' "$4" >> '${log}'`, () =>
      checkBase([path.join(repo, 'app')], 'main', async (dirs, _indexes, files) => {
        assert.ok(files);
        const ws = new BaseWorkspace(dirs[0]!, { writtenFromIndex: true }, files);
        const ids = await ws.contentIds();
        const listed = await ws.listFiles();
        const rest = await listed.more;
        seen = {
          repository: await fs.stat(path.join(dirs[0]!, '..', '.git')).then(
            () => true,
            () => false,
          ),
          files: [...listed.files, ...(rest?.files ?? [])],
          ids: [...(ids ?? [])].sort(),
        };
        return [];
      }, { onDemand: true }),
    );
    assert.deepEqual((await fs.readFile(log, 'utf8')).trim().split('\n').sort(), ['cat-file', 'ls-tree', 'merge-base', 'rev-parse']);
    assert.deepEqual(seen, {
      repository: false,
      files: ['link.py', 'main.py', 'nested/deep.txt', 'run.sh'],
      ids: ['main.py', 'nested/deep.txt', 'run.sh'].map((p) => [p, git(repo, 'rev-parse', `main:app/${p}`).slice(0, 16)]),
    });
  });

  it('on demand, follows symlinks to folders and files of the tree, never out of it, and ends on a loop', async () => {
    const links = path.join(tmp, 'links');
    await fs.mkdir(path.join(links, 'documentation', 'deep'), { recursive: true });
    await fs.writeFile(path.join(links, 'documentation', 'deep', 'risk.md'), '# Risk\n');
    await fs.symlink('documentation', path.join(links, 'docs'));
    await fs.symlink('docs/deep', path.join(links, 'shortcut'));
    await fs.symlink('../outside.md', path.join(links, 'out.md'));
    await fs.symlink('b', path.join(links, 'a'));
    await fs.symlink('a', path.join(links, 'b'));
    await fs.writeFile(path.join(links, 'plain.txt'), 'plain\n');
    initRepo(links);
    commitAll(links, 'second');
    let seen: unknown[] = [];
    await checkBase([links], 'HEAD~1', async (dirs, _indexes, files) => {
      assert.ok(files);
      const ws = new BaseWorkspace(dirs[0]!, {}, files);
      seen = [text(await ws.readFile('shortcut/risk.md')), (await ws.stat('docs'))?.type, await ws.readFile('out.md'), await ws.readFile('a'), await listing(dirs[0]!)];
      return [];
    }, { onDemand: true });
    assert.deepEqual(seen, [
      '# Risk\n',
      'directory',
      undefined,
      undefined,
      ['a -> b', 'b -> a', 'docs -> documentation', 'documentation/deep/risk.md 644 "# Risk\\n"', 'out.md -> ../outside.md', 'shortcut -> docs/deep'],
    ]);
  });

  it('on demand, a sample or a listed read of a file not written yet writes it first', async () => {
    let seen: unknown[] = [];
    await checkBase([repo], 'main', async (dirs, _indexes, files) => {
      assert.ok(files);
      const ws = new BaseWorkspace(dirs[0]!, {}, files);
      const sample = await ws.readSample('lib/util.py', 2, 2);
      const listed = await ws.readListed('app/nested/deep.txt', (b) => Buffer.from(b).toString('utf8'));
      seen = [sample === 'unreadable' || sample === undefined ? sample : [Buffer.from(sample.head).toString('utf8'), sample.size], listed];
      return [];
    }, { onDemand: true });
    assert.deepEqual(seen, [['x ', 6], { value: 'deep\n' }]);
  });

  it('on demand, follows a symlink to the top of the tree and a chain of 40 symlinks, not an absolute one nor one out of the tree', async () => {
    const chain = path.join(tmp, 'chain');
    await fs.mkdir(path.join(chain, 'only', 'sub'), { recursive: true });
    await fs.mkdir(path.join(chain, 'undefined'));
    await fs.writeFile(path.join(chain, 'plain.txt'), 'plain\n');
    await fs.writeFile(path.join(chain, 'end.txt'), 'end\n');
    await fs.writeFile(path.join(chain, 'empty.txt'), '');
    await fs.writeFile(path.join(chain, 'only', 'sub', 'x.txt'), 'x\n');
    await fs.writeFile(path.join(chain, 'undefined', 'risk.md'), '# Risk\n');
    await fs.symlink('.', path.join(chain, 'here'));
    await fs.symlink('/plain.txt', path.join(chain, 'abs.txt'));
    await fs.symlink('../elsewhere', path.join(chain, 'out'));
    // link1 -> link2 -> … -> link40 -> end.txt: 40 symlinks, as many as the system follows.
    for (let i = 1; i <= 40; i++) await fs.symlink(i === 40 ? 'end.txt' : `link${i + 1}`, path.join(chain, `link${i}`));
    initRepo(chain);
    commitAll(chain, 'second');
    let seen: unknown[] = [];
    await checkBase([chain], 'HEAD~1', async (dirs, _indexes, files) => {
      assert.ok(files);
      const ws = new BaseWorkspace(dirs[0]!, {}, files);
      // A folder that holds only a folder is made when asked about.
      const only = (await ws.stat('only'))?.type;
      await ws.readFile('abs.txt');
      const outside = await ws.readFile('out/risk.md');
      const written = (await listing(dirs[0]!)).filter((l) => !l.startsWith('link'));
      seen = [only, outside, written, text(await ws.readFile('here/plain.txt')), text(await ws.readFile('link1')), text(await ws.readFile('empty.txt'))];
      return [];
    }, { onDemand: true });
    // The absolute symlink is written as it is and leads nowhere in the tree: plain.txt is not
    // written for it; nor is anything of the tree for the symlink that leads out of it.
    assert.deepEqual(seen, ['directory', undefined, ['abs.txt -> /plain.txt', 'only/ (empty)', 'out -> ../elsewhere'], 'plain\n', 'end\n', '']);
  });

  it('writes a file or folder whose name starts with two dots, in full and on demand', async () => {
    const dots = path.join(tmp, 'dots');
    await fs.mkdir(path.join(dots, '..cfg'), { recursive: true });
    await fs.writeFile(path.join(dots, '..cfg', 'agent.py'), 'import openai\n');
    await fs.writeFile(path.join(dots, '..top.py'), 'import anthropic\n');
    initRepo(dots);
    commitAll(dots, 'second');
    let full: string[] = [];
    await checkBase([dots], 'HEAD~1', async (dirs) => {
      full = await listing(dirs[0]!);
      return [];
    });
    let onDemand: unknown[] = [];
    await checkBase([dots], 'HEAD~1', async (dirs, _indexes, files) => {
      assert.ok(files);
      const ws = new BaseWorkspace(dirs[0]!, {}, files);
      onDemand = [text(await ws.readFile('..top.py')), (await ws.stat('..cfg'))?.type, text(await ws.readFile('..cfg/agent.py'))];
      return [];
    }, { onDemand: true });
    assert.deepEqual(full, ['..cfg/agent.py 644 "import openai\\n"', '..top.py 644 "import anthropic\\n"']);
    assert.deepEqual(onDemand, ['import anthropic\n', 'directory', 'import openai\n']);
  });

  it('on demand, a file of the base that cannot be written fails the check of the base', async () => {
    const error = await checkBase([path.join(repo, 'lib')], 'main', async (dirs, _indexes, files) => {
      assert.ok(files);
      // Its folder's place taken by a file: the write fails.
      await fs.rm(dirs[0]!, { recursive: true });
      await fs.writeFile(dirs[0]!, 'in the way\n');
      const ws = new BaseWorkspace(path.dirname(dirs[0]!), {}, files);
      await ws.readFile('lib/util.py').catch(() => undefined);
      return ['not to be trusted'];
    }, { onDemand: true }).then(() => undefined, (err: unknown) => err);
    assert.ok(error instanceof UsageError, String(error));
    assert.match(error.message, /^--baseline-ref: could not write out the merge-base [0-9a-f]{12} to check it: E(NOTDIR|EXIST)/);
  });

  it('takes a large blob from git in time linear in its size (its bytes joined once, not once per chunk)', async () => {
    const large = path.join(tmp, 'large');
    await fs.mkdir(large);
    git(large, 'init', '-q');
    const bytes = Buffer.alloc(8_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    await fs.writeFile(path.join(large, 'model.bin'), bytes);
    commitAll(large, 'first');
    await fs.writeFile(path.join(large, 'other.txt'), 'x\n');
    commitAll(large, 'second');
    const concat = Buffer.concat;
    let joined = 0;
    Buffer.concat = ((list: readonly Uint8Array[], total?: number) => {
      const out = concat(list, total);
      joined += out.length;
      return out;
    }) as typeof Buffer.concat;
    let same = false;
    try {
      await checkBase([large], 'HEAD~1', async (dirs) => {
        same = (await fs.readFile(path.join(dirs[0]!, 'model.bin'))).equals(bytes);
        return [];
      });
    } finally {
      Buffer.concat = concat;
    }
    assert.ok(same, 'the blob is written whole');
    assert.ok(joined <= 2 * bytes.length, `${joined} bytes joined for a blob of ${bytes.length}`);
  });

  it('on demand, a blob git cannot give fails the check of the base', async () => {
    const broken = path.join(tmp, 'broken');
    await fs.mkdir(broken);
    git(broken, 'init', '-q');
    await fs.writeFile(path.join(broken, 'a.py'), 'a = 1\n');
    commitAll(broken, 'first');
    // A base whose tree names a blob the repository does not hold, and a HEAD that descends from it.
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const tree = execFileSync('git', ['-C', broken, 'mktree', '--missing'], { input: `100644 blob ${missing}\tgone.py\n`, encoding: 'utf8' }).trim();
    const lost = git(broken, 'commit-tree', tree, '-m', 'lost');
    const head = git(broken, 'commit-tree', git(broken, 'rev-parse', 'HEAD^{tree}'), '-p', lost, '-m', 'head');
    git(broken, 'update-ref', 'refs/heads/broken', head);
    git(broken, 'symbolic-ref', 'HEAD', 'refs/heads/broken');
    const error = await checkBase([broken], lost, async (dirs, _indexes, files) => {
      assert.ok(files);
      const ws = new BaseWorkspace(dirs[0]!, {}, files);
      // The read fails quietly (a workspace never throws for one file); the check of the base does not.
      await ws.readFile('gone.py').catch(() => undefined);
      return ['not to be trusted'];
    }, { onDemand: true }).then(() => undefined, (err: unknown) => err);
    assert.ok(error instanceof UsageError, String(error));
    assert.equal(error.message, `--baseline-ref: could not write out the merge-base ${lost.slice(0, 12)} to check it: git object 0123456789abcdef0123456789abcdef01234567 is missing`);
    // Written in full (no on-demand), the same.
    assert.equal(await usageOf(checkBase([broken], lost, async () => [])), `--baseline-ref: could not write out the merge-base ${lost.slice(0, 12)} to check it: git object 0123456789abcdef0123456789abcdef01234567 is missing`);
  });
});
