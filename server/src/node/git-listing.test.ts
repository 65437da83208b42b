import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nameOfBytes } from '../core/text/shown-path.js';
import { GitListing, mergeListings, registryFolders, unopenedFolders } from './git-listing.js';

describe('unopenedFolders (git ls-files standard error)', () => {
  it('takes each folder git could not open, without its slash, quotes in the name and all; other lines are not folders', () => {
    const stderr = Buffer.from(
      [
        "warning: could not open directory 'secret/': Permission denied",
        "warning: could not open directory 'sub/it's here/': Input/output error",
        'warning: some other warning',
        "error: could not open directory 'not-a-warning/': Permission denied",
        '',
      ].join('\n'),
    );
    assert.deepEqual(unopenedFolders(stderr), ['secret', "sub/it's here"]);
  });

  it('keeps a name that is not UTF-8 by its bytes, and ignores a line cut short', () => {
    const name = Buffer.from('d\xfe', 'latin1');
    const stderr = Buffer.concat([Buffer.from("warning: could not open directory '"), name, Buffer.from("/': Permission denied\nwarning: could not open directory 'cut")]);
    assert.deepEqual(unopenedFolders(stderr), [nameOfBytes(name)]);
  });

  it('reads a view that does not start its buffer; a name that is empty or only a slash is no folder', () => {
    const text = Buffer.from(
      "xxxxwarning: could not open directory 'a/b/': Permission denied\nwarning: could not open directory '': Permission denied\nwarning: could not open directory '/': Permission denied\nwarning: could not open directory 'c': Input/output error",
    );
    assert.deepEqual(unopenedFolders(new Uint8Array(text.buffer, text.byteOffset + 4, text.length - 4)), ['a/b', 'c']);
    assert.deepEqual(unopenedFolders(text), ['c']);
  });

  it('finds nothing in silence', () => {
    assert.deepEqual(unopenedFolders(Buffer.alloc(0)), []);
  });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' });
}

/** Everything a listing gives once git is done. */
async function listed(l: GitListing): Promise<{ ok: boolean; paths: string[]; undecodable: string[]; ids: [string, string][]; unopened: string[] }> {
  const ok = await l.result;
  return { ok, paths: [...(await l.from(0))], undecodable: [...l.undecodable], ids: [...l.ids].sort(), unopened: [...l.unopened] };
}

describe('GitListing (git ls-files as a stream of paths)', () => {
  let dir = '';
  const put = (rel: string, data: string | Buffer = 'x'): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  };
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-gitlist-')));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('tracked, untracked and staged listings of a repository: ids of the regular files git checks, each path once', async () => {
    put('a.py', 'a\n');
    put('sub/b.py', 'b\n');
    put('run.sh', '#!/bin/sh\n');
    chmodSync(path.join(dir, 'run.sh'), 0o755);
    put('same.py', 'same\n');
    put('skip.py', 'skip\n');
    put('conflict.py', 'base\n');
    put('.gitignore', '*.log\n');
    symlinkSync('a.py', path.join(dir, 'link.py'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
    git(dir, 'checkout', '-qb', 'other');
    put('conflict.py', 'other\n');
    git(dir, 'commit', '-qam', 'other');
    git(dir, 'checkout', '-q', 'main');
    put('conflict.py', 'main\n');
    git(dir, 'commit', '-qam', 'main');
    try {
      git(dir, 'merge', '-q', 'other');
    } catch {
      // The conflict is the point.
    }
    git(dir, 'update-index', '--assume-unchanged', 'same.py');
    git(dir, 'update-index', '--skip-worktree', 'skip.py');
    const sub = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${sub},module`);
    put('new.py');
    put('debug.log');
    rmSync(path.join(dir, 'a.py'));
    const tracked = ['.gitignore', 'a.py', 'conflict.py', 'link.py', 'module', 'run.sh', 'same.py', 'skip.py', 'sub/b.py'];
    const t = await listed(new GitListing(dir, 'tracked'));
    assert.deepEqual(t, { ok: true, paths: tracked, undecodable: [], ids: [], unopened: [] });
    const u = await listed(new GitListing(dir, 'untracked'));
    assert.deepEqual(u, { ok: true, paths: ['new.py'], undecodable: [], ids: [], unopened: [] });
    const s = await listed(new GitListing(dir, 'staged'));
    const id = (rel: string): string => git(dir, 'rev-parse', `:${rel}`).trim().slice(0, 16);
    assert.deepEqual(s, {
      ok: true,
      paths: tracked,
      undecodable: [],
      ids: [
        ['.gitignore', id('.gitignore')],
        ['a.py', id('a.py')],
        ['run.sh', id('run.sh')],
        ['sub/b.py', id('sub/b.py')],
      ],
      unopened: [],
    });
    // Paths relative to the folder listed.
    assert.deepEqual((await listed(new GitListing(path.join(dir, 'sub'), 'staged'))).paths, ['b.py']);
  });

  it('paths that are not UTF-8 are held by their bytes, apart from the others, in every listing', async () => {
    const bad = Buffer.from([0x62, 0xfe, 0x2e, 0x70, 0x79]);
    put('a.py', 'a\n');
    put('tab\there.py', 't\n');
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), bad]), 'x\n');
    } catch {
      return;
    }
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/new-`), bad]), 'x\n');
    put('new.py');
    const t = await listed(new GitListing(dir, 'tracked'));
    assert.deepEqual([t.paths, t.undecodable], [['a.py', 'tab\there.py'], [nameOfBytes(bad)]]);
    const u = await listed(new GitListing(dir, 'untracked'));
    assert.deepEqual([u.paths, u.undecodable], [['new.py'], [`new-${nameOfBytes(bad)}`]]);
    const s = await listed(new GitListing(dir, 'staged'));
    assert.deepEqual([s.paths, s.undecodable], [['a.py', 'tab\there.py'], [nameOfBytes(bad)]]);
    assert.deepEqual(
      s.ids.map(([p]) => p),
      ['a.py', nameOfBytes(bad), 'tab\there.py'].sort(),
    );
    const blobOfX = execFileSync('git', ['hash-object', '--stdin'], { input: 'x\n', encoding: 'utf8' }).trim().slice(0, 16);
    assert.equal(s.ids.find(([p]) => p === nameOfBytes(bad))?.[1], blobOfX);
  });

  it('a long listing comes in parts: entries cut between two parts are whole, and from() waits for more', async () => {
    const names: string[] = [];
    for (let i = 0; i < 3000; i++) names.push(`folder-with-a-long-name-${String(i).padStart(5, '0')}/file-with-a-long-name-too.py`);
    for (const n of names) put(n);
    git(dir, 'init', '-q');
    const l = new GitListing(dir, 'untracked');
    const first = await l.from(0);
    assert.ok(first.length > 0);
    const all = [...first];
    for (let more = await l.from(all.length); more.length > 0; more = await l.from(all.length)) all.push(...more);
    assert.equal(await l.result, true);
    assert.deepEqual(all.sort(), names.sort());
    assert.deepEqual(await l.from(all.length), []);
    assert.deepEqual(await l.from(all.length + 5), []);
    assert.deepEqual((await l.from(2998)).length, 2);
  });

  it('is false outside a repository, and when git cannot be run', async () => {
    put('a.py');
    const outside = await listed(new GitListing(dir, 'tracked'));
    assert.equal(outside.ok, false);
    assert.deepEqual(outside.paths, []);
    const saved = process.env.PATH;
    process.env.PATH = path.join(dir, 'no-such-folder');
    try {
      const l = new GitListing(dir, 'untracked');
      process.env.PATH = saved;
      assert.deepEqual(await listed(l), { ok: false, paths: [], undecodable: [], ids: [], unopened: [] });
      // Arguments spawn refuses at once.
      assert.deepEqual(await listed(new GitListing(`${dir}\0`, 'tracked')), { ok: false, paths: [], undecodable: [], ids: [], unopened: [] });
    } finally {
      process.env.PATH = saved;
    }
  });

  it('runs git with its options and its English, and keeps the folders git reports it could not open', async () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const log = path.join(dir, 'log');
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nprintf '%s|%s|%s|%s\\n' "$*" "$LC_ALL" "\${LANGUAGE-unset}" "$GIT_TERMINAL_PROMPT" >> '${log}'\n` +
        `printf "warning: could not open directory 'locked/': Permission denied\\n" >&2\nprintf 'a.py\\0b.py\\0' \nexit "\${FAKE_EXIT:-0}"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const saved = { PATH: process.env.PATH, LC_ALL: process.env.LC_ALL, LANGUAGE: process.env.LANGUAGE };
    process.env.PATH = `${bin}:${saved.PATH}`;
    process.env.LC_ALL = 'fr_FR.UTF-8';
    process.env.LANGUAGE = 'fr';
    try {
      const listings = [new GitListing('/r', 'tracked'), new GitListing('/r', 'untracked'), new GitListing('/r', 'staged')];
      process.env.FAKE_EXIT = '1';
      const failing = new GitListing('/r', 'untracked');
      delete process.env.FAKE_EXIT;
      const got = await Promise.all(listings.map(listed));
      assert.deepEqual(got[0], { ok: true, paths: ['a.py', 'b.py'], undecodable: [], ids: [], unopened: ['locked'] });
      assert.deepEqual(got[1], { ok: true, paths: ['a.py', 'b.py'], undecodable: [], ids: [], unopened: ['locked'] });
      // Entries without a head are not staged entries.
      assert.deepEqual(got[2], { ok: true, paths: [], undecodable: [], ids: [], unopened: ['locked'] });
      assert.equal((await listed(failing)).ok, false);
      // The four processes ran at once: their lines come in any order.
      assert.deepEqual(readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').sort(), [
        '-C /r --no-optional-locks ls-files -z --cached --deduplicate|C||0',
        '-C /r --no-optional-locks ls-files -z --others --exclude-standard|C||0',
        '-C /r --no-optional-locks ls-files -z --others --exclude-standard|C||0',
        '-C /r --no-optional-locks ls-files -z --stage -v|C||0',
      ]);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      delete process.env.FAKE_EXIT;
    }
  });

  it('from() answers with the paths printed so far while git is still running', async () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const go = path.join(dir, 'go');
    // This git prints one path, then waits for the test to have seen it (5 s at most) before the next.
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf 'a.py\\0'\nn=0\nwhile [ ! -e '${go}' ] && [ $n -lt 250 ]; do sleep 0.02; n=$((n + 1)); done\nprintf 'b.py\\0'\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    let l: GitListing;
    try {
      l = new GitListing('/r', 'tracked');
    } finally {
      process.env.PATH = saved;
    }
    try {
      assert.deepEqual(await l.from(0), ['a.py']);
    } finally {
      writeFileSync(go, '');
    }
    assert.deepEqual(await l.from(1), ['b.py']);
    assert.equal(await l.result, true);
    assert.deepEqual(await l.from(2), []);
  });

  it('a listing given as bytes is read as git would print it, without a process', async () => {
    const bad = Buffer.from([0x63, 0xfe]);
    const bytes = Buffer.concat([Buffer.from('junk\0\0a.py\0'), bad, Buffer.from('\0\0sub/b.py')]);
    // A view that does not start its buffer.
    const view = new Uint8Array(bytes.length + 7);
    view.set(bytes, 7);
    const given = view.subarray(7);
    assert.deepEqual(await listed(new GitListing('/nowhere', 'tracked', given.subarray(5))), {
      ok: true,
      paths: ['a.py', 'sub/b.py'],
      undecodable: [nameOfBytes(bad)],
      ids: [],
      unopened: [],
    });
    const id = 'abcdef0123456789abcdef0123456789abcdef01';
    const stagedText = [
      `H 100644 ${id} 0\ta.py`,
      `H 100755 ${id.replace('a', 'b')} 0\trun.sh`,
      `H 120000 ${id} 0\tlink`,
      `H 160000 ${id} 0\tmodule`,
      `h 100644 ${id} 0\tsame.py`,
      `S 100644 ${id} 0\tskip.py`,
      `M 100644 ${id} 1\tboth.py`,
      `M 100644 ${id} 2\tboth.py`,
      `M 100644 ${id} 3\tboth.py`,
      // A tag H at another stage than 0 is no id to keep either.
      `H 100644 ${id} 2\tstage2.py`,
      `H 100644 ${id} 0\t`,
      'no tab here',
      `H 100644 ${id} 0\tlast.py`,
    ].join('\0');
    const expected = {
      ok: true,
      paths: ['a.py', 'run.sh', 'link', 'module', 'same.py', 'skip.py', 'both.py', 'stage2.py', 'last.py'],
      undecodable: [],
      ids: [
        ['a.py', id.slice(0, 16)],
        ['last.py', id.slice(0, 16)],
        ['run.sh', id.replace('a', 'b').slice(0, 16)],
      ],
      unopened: [],
    };
    assert.deepEqual(await listed(new GitListing('/nowhere', 'staged', Buffer.from(`${stagedText}\0`))), expected);
    // The same, with a path that is not UTF-8 among them (read entry by entry, as bytes).
    const withBad = Buffer.concat([Buffer.from(`${stagedText}\0H 100644 ${id} 0\t`), bad, Buffer.from('\0')]);
    const got = await listed(new GitListing('/nowhere', 'staged', withBad));
    assert.deepEqual(got.paths, expected.paths);
    assert.deepEqual(got.undecodable, [nameOfBytes(bad)]);
    assert.deepEqual(got.ids, [...expected.ids, [nameOfBytes(bad), id.slice(0, 16)]].sort());
    // The last entry without its NUL, and a non-UTF-8 block with an empty entry in it.
    assert.deepEqual((await listed(new GitListing('/nowhere', 'staged', Buffer.from(stagedText)))).paths, expected.paths);
    const odd = await listed(new GitListing('/nowhere', 'untracked', Buffer.concat([Buffer.from('a.py\0\0'), bad, Buffer.from('\0b.py')])));
    assert.deepEqual([odd.paths, odd.undecodable], [['a.py', 'b.py'], [nameOfBytes(bad)]]);
    const blank = await listed(new GitListing('/nowhere', 'tracked', Buffer.from('\0a.py\0\0b.py\0')));
    assert.deepEqual(blank.paths, ['a.py', 'b.py']);
    const empty = await listed(new GitListing('/nowhere', 'staged', new Uint8Array(0)));
    assert.deepEqual(empty, { ok: true, paths: [], undecodable: [], ids: [], unopened: [] });
  });
});

describe('mergeListings and registryFolders', () => {
  it('merges two sorted parts into one, the skips by path, with the stats either carries', () => {
    const stats = new Map([['a.py', { size: 1, mtimeMs: 2 }]]);
    const a = { files: ['b.py', 'd.py'], skipped: [{ path: 'z', reason: 'unreadable' as const }], stats };
    const b = { files: ['a.py', 'c.py'], skipped: [{ path: 'c', reason: 'too-large' as const }, { path: 'a', reason: 'binary' as const }] };
    const m = mergeListings(a, b);
    assert.deepEqual(m.files, ['a.py', 'b.py', 'c.py', 'd.py']);
    assert.deepEqual(m.skipped.map((s) => s.path), ['a', 'c', 'z']);
    assert.equal(m.stats, stats);
    assert.equal(mergeListings(b, a).stats, stats);
    const none = mergeListings({ files: [], skipped: [] }, { files: ['x'], skipped: [] });
    assert.deepEqual(none, { files: ['x'], skipped: [] });
    assert.equal('stats' in none, false);
  });

  it('finds the folders named like a registry among listed paths, at any depth, each once', () => {
    const files = ['.aigov.yaml', 'a/.aigov.yaml', 'a/.aigov.yaml/x.py', 'b/.aigov.yml/c/d.py', 'b/.aigov.yml/e.py', '.aigov.yaml/.aigov.yml/f', 'x.aigov.yaml/y', '.aigov.yamlx/z', 'plain/file.py'];
    assert.deepEqual([...registryFolders(files)].sort(), ['.aigov.yaml', '.aigov.yaml/.aigov.yml', 'a/.aigov.yaml', 'b/.aigov.yml']);
    assert.deepEqual([...registryFolders(['a/b', '.aigov.yaml'])], []);
  });
});
