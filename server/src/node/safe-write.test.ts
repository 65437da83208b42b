import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { uiText } from '../core/i18n/ui.js';
import { checkEditTarget, isInside, whyOf, WriteError, WritePlanError, writeOutput, writePlan } from './safe-write.js';

/**
 * The writes every fix goes through, on temporary folders: a workspace `ws` with a sibling
 * `ws-secret` outside it. Failures the file system does not give on demand (a full disk, a link
 * refused, a name taken between the check and the write) are injected by replacing a function of
 * node:fs for one test: safe-write.ts calls them through the module object.
 */

// The module object safe-write.ts calls, not a namespace copy of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require('node:fs') as Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeCrypto = require('node:crypto') as Record<string, unknown>;
const posix = process.platform !== 'win32';

type Fn = (...args: never[]) => unknown;

/** An error as node:fs throws it. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Makes a file or folder unwritable even for root (immutable), or read-only for anyone else; false when that cannot be done here. */
function makeReadOnly(p: string): boolean {
  if (process.getuid?.() === 0) return spawnSync('chattr', ['+i', p], { stdio: 'ignore' }).status === 0;
  execFileSync('chmod', ['a-w', p]);
  return true;
}

function makeWritable(p: string): void {
  if (process.getuid?.() === 0) spawnSync('chattr', ['-i', p], { stdio: 'ignore' });
  else spawnSync('chmod', ['u+w', p]);
}

/** The messages of the WritePlanError that `run` throws. */
function refused(run: () => void): string[] {
  try {
    run();
  } catch (err) {
    assert.ok(err instanceof WritePlanError, String(err));
    assert.equal(err.message, err.problems.map((p) => p.message).join('; '));
    return err.problems.map((p) => p.message);
  }
  assert.fail('the write was not refused');
}

describe('safe writes', () => {
  let top = '';
  let ws = '';
  let secret = '';
  const undo: (() => void)[] = [];
  /** Replaces a function of node:fs until the end of the test. */
  const patch = <T extends Fn>(name: string, make: (original: T) => T, module = nodeFs): void => {
    const original = module[name] as T;
    module[name] = make(original);
    undo.push(() => void (module[name] = original));
  };
  /** The descriptors `openSync` opened and `closeSync` did not close yet, from now on. */
  const openDescriptors = (): Set<number> => {
    const open = new Set<number>();
    patch<typeof fs.openSync>('openSync', (original) => ((...a: Parameters<typeof fs.openSync>) => {
      const fd = original(...a);
      open.add(fd);
      return fd;
    }) as typeof fs.openSync);
    patch<typeof fs.closeSync>('closeSync', (original) => ((fd: number) => {
      open.delete(fd);
      original(fd);
    }) as typeof fs.closeSync);
    return open;
  };
  const at = (...parts: string[]): string => path.join(ws, ...parts);
  /** Everything below the workspace, as sorted relative paths. */
  const listing = (dir = ws, below = ''): string[] =>
    readdirSync(path.join(dir, below), { withFileTypes: true })
      .flatMap((e) => {
        const rel = below === '' ? e.name : `${below}/${e.name}`;
        return e.isDirectory() ? [rel, ...listing(dir, rel)] : [rel];
      })
      .sort();
  const plan = (creates: Record<string, string>, replaces: Record<string, string> = {}): { creates: Map<string, string>; replaces: Map<string, string> } => ({
    creates: new Map(Object.entries(creates)),
    replaces: new Map(Object.entries(replaces)),
  });
  /** The mode a new file gets under this process's umask. */
  let newMode = 0;

  beforeEach(() => {
    top = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-safe-write-')));
    ws = path.join(top, 'ws');
    secret = path.join(top, 'ws-secret');
    mkdirSync(ws);
    mkdirSync(secret);
    writeFileSync(path.join(secret, 'keys.txt'), 'secret\n');
    writeFileSync(path.join(top, 'probe'), '');
    newMode = statSync(path.join(top, 'probe')).mode & 0o7777;
  });
  afterEach(() => {
    for (const u of undo.splice(0).reverse()) u();
    rmSync(top, { recursive: true, force: true });
  });

  describe('reasons', () => {
    it('each file-system code has its words, an unknown code is named, anything else gives its message', () => {
      const table: Record<string, string> = {
        EACCES: 'cli.write.EACCES',
        EPERM: 'cli.write.EPERM',
        EROFS: 'cli.write.EROFS',
        ENOSPC: 'cli.write.ENOSPC',
        EDQUOT: 'cli.write.EDQUOT',
        EFBIG: 'cli.write.EFBIG',
        EISDIR: 'cli.write.isFolder',
        ENOTDIR: 'cli.write.ENOTDIR',
        ENOENT: 'cli.write.ENOENT',
        EEXIST: 'cli.write.exists',
        ELOOP: 'cli.write.ELOOP',
        ENAMETOOLONG: 'cli.write.ENAMETOOLONG',
        EIO: 'cli.write.EIO',
        EMFILE: 'cli.write.EMFILE',
        ENFILE: 'cli.write.EMFILE',
        EBUSY: 'cli.write.EBUSY',
        ETXTBSY: 'cli.write.EBUSY',
        EINVAL: 'cli.write.EINVAL',
      };
      for (const [code, id] of Object.entries(table)) assert.deepEqual(whyOf(errno(code)), uiText(id as never), code);
      assert.deepEqual(whyOf(errno('EXDEV')), uiText('cli.write.code', { code: 'EXDEV' }));
      for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) assert.deepEqual(whyOf(errno(code)), uiText('cli.write.code', { code }), code);
      assert.deepEqual(whyOf(Object.assign(new Error('odd'), { code: 7 })), uiText('cli.write.other', { detail: 'odd' }));
      assert.deepEqual(whyOf(new Error('plain')), uiText('cli.write.other', { detail: 'plain' }));
      assert.deepEqual(whyOf('a string'), uiText('cli.write.other', { detail: 'a string' }));
      assert.deepEqual(whyOf(undefined), uiText('cli.write.other', { detail: 'undefined' }));
    });

    it('a WriteError says its path and its reason in English', () => {
      const e = new WriteError('/w/a.yaml', uiText('cli.write.ENOSPC'));
      assert.equal(e.message, '/w/a.yaml: no space left on the device');
      assert.equal(e.reason, 'no space left on the device');
      assert.equal(e.target, '/w/a.yaml');
    });
  });

  describe('isInside', () => {
    it('the root itself and what is below it; not a sibling whose name starts with the root', () => {
      assert.equal(isInside('/w/ws', '/w/ws'), true);
      assert.equal(isInside('/w/ws/a', '/w/ws'), true);
      assert.equal(isInside('/w/ws/a', '/w/ws/'), true);
      assert.equal(isInside('/w/ws-secret/a', '/w/ws'), false);
      assert.equal(isInside('/w/wsa', '/w/ws'), false);
      assert.equal(isInside('/w', '/w/ws'), false);
      assert.equal(isInside('/x', '/'), true);
      assert.equal(isInside('/', '/'), true);
    });
  });

  describe('writePlan', () => {
    it('creates new files and their folders, replaces files, and leaves no temporary file', () => {
      writeFileSync(at('reg.yaml'), 'old\n');
      writePlan(ws, plan({ [at('docs', 'ai', 'a.md')]: 'A\n', [at('docs', 'ai', 'b.md')]: 'B\n', [at('top.md')]: 'T\n' }, { [at('reg.yaml')]: 'new\n' }));
      assert.deepEqual(listing(), ['docs', 'docs/ai', 'docs/ai/a.md', 'docs/ai/b.md', 'reg.yaml', 'top.md']);
      assert.equal(readFileSync(at('docs', 'ai', 'a.md'), 'utf8'), 'A\n');
      assert.equal(readFileSync(at('docs', 'ai', 'b.md'), 'utf8'), 'B\n');
      assert.equal(readFileSync(at('top.md'), 'utf8'), 'T\n');
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), 'new\n');
      // A new file is made as any other (0666 less the umask).
      assert.equal(statSync(at('top.md')).mode & 0o7777, newMode);
    });

    it('writes a text whole when the system writes it a few bytes at a time', () => {
      const text = 'héllo wörld, a text longer than one write\n'.repeat(3);
      patch<typeof fs.writeSync>('writeSync', (original) => ((fd: number, buf: Buffer, off: number, len: number) => original(fd, buf, off, Math.min(len, 5))) as typeof fs.writeSync);
      writeFileSync(at('reg.yaml'), 'old\n');
      writePlan(ws, plan({ [at('new.md')]: text }, { [at('reg.yaml')]: text }));
      assert.equal(readFileSync(at('new.md'), 'utf8'), text);
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), text);
      writePlan(ws, plan({ [at('empty.md')]: '' }));
      assert.equal(readFileSync(at('empty.md'), 'utf8'), '');
    });

    it('the text is on disk before it takes its name: written, flushed, closed, then linked or renamed', () => {
      writeFileSync(at('reg.yaml'), 'old\n');
      const calls: string[] = [];
      const fds = new Map<number, string>();
      const spy = (name: string): void =>
        patch<Fn>(name, (original) => ((...a: never[]) => {
          const out = original(...a);
          const first = a[0] as unknown;
          if (name === 'openSync') fds.set(out as number, path.basename(String(first)).replace(/\.\d+\.[0-9a-f]+\.tmp$/, '.tmp'));
          const what = name === 'openSync' ? fds.get(out as number) : typeof first === 'number' ? fds.get(first) : path.basename(String(a[1] as unknown));
          if (what !== undefined) calls.push(`${name.replace(/Sync$/, '')} ${what}`);
          return out;
        }) as Fn);
      for (const name of ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'linkSync', 'renameSync']) spy(name);
      writePlan(ws, plan({ [at('new.md')]: 'N\n' }, { [at('reg.yaml')]: 'new\n' }));
      assert.deepEqual(calls, [
        'open .new.md.tmp',
        'write .new.md.tmp',
        'fsync .new.md.tmp',
        'close .new.md.tmp',
        'open .reg.yaml.tmp',
        'write .reg.yaml.tmp',
        'fsync .reg.yaml.tmp',
        'close .reg.yaml.tmp',
        'link new.md',
        'rename reg.yaml',
      ]);
    });

    it('a file or a symlink planted at the temporary file\'s name is neither written into nor removed', function () {
      if (!posix) this.skip();
      patch<Fn>('randomBytes', () => (() => Buffer.from([1, 2, 3, 4])) as Fn, nodeCrypto);
      writeFileSync(at(`.a.md.${process.pid}.01020304.tmp`), 'planted\n');
      symlinkSync(path.join(secret, 'keys.txt'), at(`.b.md.${process.pid}.01020304.tmp`));
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('a.md')]: 'mine\n' }))), [`${at('a.md')}: it already exists`]);
      assert.deepEqual(refused(() => writeOutput(ws, at('b.md'), 'mine\n')), [`${at('b.md')}: it already exists`]);
      assert.equal(readFileSync(at(`.a.md.${process.pid}.01020304.tmp`), 'utf8'), 'planted\n');
      assert.equal(readFileSync(path.join(secret, 'keys.txt'), 'utf8'), 'secret\n');
      assert.deepEqual(listing(), [`.a.md.${process.pid}.01020304.tmp`, `.b.md.${process.pid}.01020304.tmp`]);
    });

    it('a replaced file keeps its mode; one reached through a symlink inside is written, the link stays', function () {
      if (!posix) this.skip();
      writeFileSync(at('run.sh'), 'old\n');
      fs.chmodSync(at('run.sh'), 0o751);
      mkdirSync(at('real'));
      writeFileSync(at('real', 'reg.yaml'), 'old\n');
      symlinkSync(path.join('real', 'reg.yaml'), at('reg.yaml'));
      writePlan(ws, plan({}, { [at('run.sh')]: 'new\n', [at('reg.yaml')]: 'linked\n' }));
      assert.equal(statSync(at('run.sh')).mode & 0o7777, 0o751);
      assert.equal(readFileSync(at('run.sh'), 'utf8'), 'new\n');
      assert.equal(lstatSync(at('reg.yaml')).isSymbolicLink(), true);
      assert.equal(readFileSync(at('real', 'reg.yaml'), 'utf8'), 'linked\n');
      assert.deepEqual(listing(), ['real', 'real/reg.yaml', 'reg.yaml', 'run.sh']);
    });

    it('refuses what is in a new file\'s place, a file to replace that is missing or not a file, each named, and writes nothing', function () {
      if (!posix) this.skip();
      writeFileSync(at('there.md'), 'keep\n');
      symlinkSync('nowhere', at('dangling.md'));
      mkdirSync(at('folder'));
      const problems = refused(() =>
        writePlan(
          ws,
          plan(
            { [at('there.md')]: 'x', [at('dangling.md')]: 'x', [at('folder')]: 'x', [at('fine.md')]: 'x' },
            { [at('missing.yaml')]: 'x', [at('folder')]: 'x', [at('there.md')]: 'fine' },
          ),
        ),
      );
      assert.deepEqual(problems, [
        `${at('there.md')}: it already exists`,
        `${at('dangling.md')}: a symbolic link is in its place`,
        `${at('folder')}: it already exists`,
        `${at('missing.yaml')}: no such file`,
        `${at('folder')}: it is not a regular file`,
      ]);
      assert.deepEqual(listing(), ['dangling.md', 'folder', 'there.md']);
      assert.equal(readFileSync(at('there.md'), 'utf8'), 'keep\n');
    });

    it('never writes outside the root: through a symlinked folder, a symlinked file, `..`, or into a sibling named like it', function () {
      if (!posix) this.skip();
      symlinkSync(secret, at('docs'));
      symlinkSync(path.join(secret, 'keys.txt'), at('keys.txt'));
      symlinkSync('../ws-secret', at('up'));
      const outside = `it leads outside ${ws}`;
      const problems = refused(() =>
        writePlan(
          ws,
          plan(
            {
              [at('docs', 'new.md')]: 'x',
              [at('docs', 'deep', 'er', 'new.md')]: 'x',
              [at('up', 'new.md')]: 'x',
              [path.join(ws, '..', 'ws-secret', 'new.md')]: 'x',
              [path.join(secret, 'fresh', 'new.md')]: 'x',
            },
            { [at('keys.txt')]: 'x', [at('docs', 'keys.txt')]: 'x' },
          ),
        ),
      );
      assert.deepEqual(problems, [
        `${at('docs', 'new.md')}: ${outside}`,
        `${at('docs', 'deep', 'er', 'new.md')}: ${outside}`,
        `${at('up', 'new.md')}: ${outside}`,
        `${path.join(secret, 'new.md')}: ${outside}`,
        `${path.join(secret, 'fresh', 'new.md')}: ${outside}`,
        `${at('keys.txt')}: ${outside}`,
        `${at('docs', 'keys.txt')}: ${outside}`,
      ]);
      assert.deepEqual(listing(secret), ['keys.txt']);
      assert.equal(readFileSync(path.join(secret, 'keys.txt'), 'utf8'), 'secret\n');
    });

    it('a root reached through a symlink is its real folder; a folder linked inside it is fine', function () {
      if (!posix) this.skip();
      symlinkSync(ws, path.join(top, 'alias'));
      mkdirSync(at('real'));
      symlinkSync('real', at('docs'));
      writePlan(path.join(top, 'alias'), plan({ [at('docs', 'a', 'new.md')]: 'x', [path.join(top, 'alias', 'b.md')]: 'y' }));
      assert.deepEqual(listing(), ['b.md', 'docs', 'real', 'real/a', 'real/a/new.md']);
      assert.equal(readFileSync(at('real', 'a', 'new.md'), 'utf8'), 'x');
    });

    it('a root that does not exist, a path through a file, a symlink loop: each with the file system\'s reason', function () {
      if (!posix) this.skip();
      writeFileSync(at('file'), '');
      symlinkSync('loop', at('loop'));
      assert.deepEqual(refused(() => writePlan(path.join(top, 'gone'), plan({ [at('a.md')]: 'x' }))), [`${path.join(top, 'gone')}: no such file or folder`]);
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('file', 'a.md')]: 'x' }, { [at('loop')]: 'x' }))), [
        `${at('file', 'a.md')}: a part of the path is not a folder`,
        `${at('loop')}: too many symbolic links`,
      ]);
      // A symlink to a missing folder on the way.
      symlinkSync('nowhere', at('away'));
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('away', 'a.md')]: 'x' }))), [`${at('away')}: no such file or folder`]);
      assert.deepEqual(listing(), ['away', 'file', 'loop']);
    });

    it('a file or folder that cannot be written is found before anything is written', function () {
      if (!posix) this.skip();
      writeFileSync(at('reg.yaml'), 'old\n');
      mkdirSync(at('locked'));
      if (!makeReadOnly(at('reg.yaml')) || !makeReadOnly(at('locked'))) this.skip();
      undo.push(() => {
        makeWritable(at('reg.yaml'));
        makeWritable(at('locked'));
      });
      const problems = refused(() => writePlan(ws, plan({ [at('locked', 'deep', 'a.md')]: 'x', [at('fine.md')]: 'x' }, { [at('reg.yaml')]: 'new\n' })));
      assert.equal(problems.length, 2, problems.join('\n'));
      assert.match(problems[0]!, new RegExp(`^${at('locked')}: cannot be written \\((permission denied|operation not permitted)\\)$`));
      assert.match(problems[1]!, new RegExp(`^${at('reg.yaml')}: cannot be written \\((permission denied|operation not permitted)\\)$`));
      assert.deepEqual(listing(), ['locked', 'reg.yaml']);
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), 'old\n');
    });

    it('a full disk while staging leaves the files as they were: no temporary file, no folder made, the descriptor closed', () => {
      writeFileSync(at('reg.yaml'), 'old\n');
      const open = openDescriptors();
      let writes = 0;
      patch<typeof fs.writeSync>('writeSync', (original) => ((...a: Parameters<typeof fs.writeSync>) => {
        // The second file's text finds the disk full.
        if (++writes === 2) throw errno('ENOSPC');
        return (original as Fn)(...(a as unknown as never[]));
      }) as typeof fs.writeSync);
      const problems = refused(() => writePlan(ws, plan({ [at('a', 'b', 'one.md')]: 'x', [at('c', 'd', 'two.md')]: 'y' }, { [at('reg.yaml')]: 'new\n' })));
      assert.deepEqual(problems, [`${at('c', 'd', 'two.md')}: no space left on the device`]);
      assert.deepEqual(listing(), ['reg.yaml']);
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), 'old\n');
      assert.deepEqual([...open], []);
    });

    it('a folder that cannot be made while staging, or a file in its place, is named; what was made is removed', () => {
      patch<typeof fs.mkdirSync>('mkdirSync', (original) => ((p: string, ...rest: never[]) => {
        if (path.basename(p) === 'taken') {
          // Someone else puts a file there first.
          writeFileSync(p, 'theirs\n');
          throw errno('EEXIST');
        }
        if (path.basename(p) === 'denied') throw errno('EACCES');
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.mkdirSync);
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('a', 'b', 'one.md')]: 'x', [at('a', 'b', 'taken', 'two.md')]: 'y' }))), [
        `${at('a', 'b', 'taken')}: the folder cannot be made (it already exists)`,
      ]);
      assert.deepEqual(listing(), ['a', 'a/b', 'a/b/taken']);
      rmSync(at('a'), { recursive: true });
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('x', 'denied', 'one.md')]: 'x' }))), [`${at('x', 'denied')}: the folder cannot be made (permission denied)`]);
      assert.deepEqual(listing(), []);
    });

    it('two new files in one new folder: the folder is made once and both land', () => {
      let made = 0;
      patch<typeof fs.mkdirSync>('mkdirSync', (original) => ((...a: never[]) => {
        made += 1;
        return (original as Fn)(...a);
      }) as typeof fs.mkdirSync);
      writePlan(ws, plan({ [at('n', 'one.md')]: '1', [at('n', 'two.md')]: '2' }));
      assert.deepEqual(listing(), ['n', 'n/one.md', 'n/two.md']);
      assert.equal(made, 2);
    });

    it('a name taken between the check and the write is not overwritten; the files already linked are removed again', () => {
      writeFileSync(at('reg.yaml'), 'old\n');
      patch<typeof fs.linkSync>('linkSync', (original) => ((from: string, to: string) => {
        if (path.basename(to) === 'two.md') writeFileSync(to, 'theirs\n');
        original(from, to);
      }) as typeof fs.linkSync);
      const problems = refused(() => writePlan(ws, plan({ [at('sub', 'one.md')]: '1', [at('sub', 'two.md')]: '2' }, { [at('reg.yaml')]: 'new\n' })));
      assert.deepEqual(problems, [`${at('sub', 'two.md')}: it already exists`]);
      assert.equal(readFileSync(at('sub', 'two.md'), 'utf8'), 'theirs\n');
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), 'old\n');
      // The folder holds the other writer's file: it stays.
      assert.deepEqual(listing(), ['reg.yaml', 'sub', 'sub/two.md']);
    });

    it('a file system that refuses hard links, or a replace that fails: the reason, and the plan undone', () => {
      writeFileSync(at('reg.yaml'), 'old\n');
      patch<typeof fs.linkSync>('linkSync', () => (() => {
        throw errno('EPERM');
      }) as typeof fs.linkSync);
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('n', 'one.md')]: '1' }, { [at('reg.yaml')]: 'new\n' }))), [`${at('n', 'one.md')}: operation not permitted`]);
      assert.deepEqual(listing(), ['reg.yaml']);
      for (const u of undo.splice(0).reverse()) u();
      patch<typeof fs.renameSync>('renameSync', () => (() => {
        throw errno('EBUSY');
      }) as typeof fs.renameSync);
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('n', 'one.md')]: '1' }, { [at('reg.yaml')]: 'new\n' }))), [`${at('reg.yaml')}: the file is busy`]);
      assert.deepEqual(listing(), ['reg.yaml']);
      assert.equal(readFileSync(at('reg.yaml'), 'utf8'), 'old\n');
    });

    it('a failure that is not the file system\'s is still one problem on the root', () => {
      patch<typeof fs.linkSync>('linkSync', () => (() => {
        throw new TypeError('odd');
      }) as typeof fs.linkSync);
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('one.md')]: '1' }))), [`${at('one.md')}: odd`]);
      for (const u of undo.splice(0).reverse()) u();
      let stats = 0;
      patch<typeof fs.statSync>('statSync', (original) => ((p: string, ...rest: never[]) => {
        // The file to replace is gone between the check (the first stat) and its mode being read.
        if (p === at('reg.yaml') && ++stats === 2) throw errno('ENOENT');
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.statSync);
      writeFileSync(at('reg.yaml'), 'old\n');
      assert.deepEqual(refused(() => writePlan(ws, plan({ [at('n', 'one.md')]: '1' }, { [at('reg.yaml')]: 'new\n' }))), [`${ws}: no such file or folder`]);
      assert.deepEqual(listing(), ['reg.yaml']);
    });
  });

  describe('writeOutput', () => {
    it('creates a file and its folders, or replaces a file or a symlink by name without following it', function () {
      if (!posix) this.skip();
      writeOutput(ws, at('out', 'deep', 'report.json'), '{}\n');
      assert.equal(readFileSync(at('out', 'deep', 'report.json'), 'utf8'), '{}\n');
      assert.equal(statSync(at('out', 'deep', 'report.json')).mode & 0o7777, newMode);
      writeFileSync(at('old.json'), 'old\n');
      writeOutput(ws, at('old.json'), 'new\n');
      assert.equal(readFileSync(at('old.json'), 'utf8'), 'new\n');
      // A file replaced keeps its permissions (a report kept private stays private).
      fs.chmodSync(at('old.json'), 0o600);
      writeOutput(ws, at('old.json'), 'newer\n');
      assert.equal(readFileSync(at('old.json'), 'utf8'), 'newer\n');
      assert.equal(statSync(at('old.json')).mode & 0o7777, 0o600);
      symlinkSync(path.join(secret, 'keys.txt'), at('link.json'));
      writeOutput(ws, at('link.json'), 'mine\n');
      assert.equal(lstatSync(at('link.json')).isFile(), true);
      assert.equal(readFileSync(at('link.json'), 'utf8'), 'mine\n');
      assert.equal(readFileSync(path.join(secret, 'keys.txt'), 'utf8'), 'secret\n');
      // A symlink to a device is replaced too, not written through.
      symlinkSync('/dev/null', at('null.json'));
      writeOutput(ws, at('null.json'), 'kept\n');
      assert.equal(readFileSync(at('null.json'), 'utf8'), 'kept\n');
      assert.deepEqual(listing(), ['link.json', 'null.json', 'old.json', 'out', 'out/deep', 'out/deep/report.json']);
    });

    it('refuses a folder in its place and a place outside the root, and names them', function () {
      if (!posix) this.skip();
      mkdirSync(at('dir'));
      symlinkSync(secret, at('docs'));
      // The folder is refused before any temporary file is made beside it.
      const calls: string[] = [];
      for (const name of ['openSync', 'renameSync'])
        patch<Fn>(name, (original) => ((...a: never[]) => {
          calls.push(name);
          return original(...a);
        }) as Fn);
      assert.deepEqual(refused(() => writeOutput(ws, at('dir'), 'x')), [`${at('dir')}: it is a folder`]);
      assert.deepEqual(calls, []);
      assert.deepEqual(refused(() => writeOutput(ws, at('docs', 'r.json'), 'x')), [`${at('docs', 'r.json')}: it leads outside ${ws}`]);
      assert.deepEqual(refused(() => writeOutput(ws, at('docs', 'new', 'r.json'), 'x')), [`${at('docs', 'new', 'r.json')}: it leads outside ${ws}`]);
      assert.deepEqual(listing(secret), ['keys.txt']);
    });

    it('a folder that cannot be written into is named before anything is written', function () {
      if (!posix) this.skip();
      mkdirSync(at('locked'));
      if (!makeReadOnly(at('locked'))) this.skip();
      undo.push(() => makeWritable(at('locked')));
      for (const file of [at('locked', 'r.json'), at('locked', 'new', 'r.json')]) {
        const problems = refused(() => writeOutput(ws, file, 'x'));
        assert.equal(problems.length, 1);
        assert.match(problems[0]!, new RegExp(`^${at('locked')}: cannot be written \\((permission denied|operation not permitted)\\)$`));
      }
      assert.deepEqual(listing(), ['locked']);
    });

    it('a rename that fails leaves no temporary file and no folder made', () => {
      patch<typeof fs.renameSync>('renameSync', () => (() => {
        throw errno('EXDEV');
      }) as typeof fs.renameSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('a', 'b', 'r.json'), 'x')), [`${at('a', 'b', 'r.json')}: error EXDEV`]);
      assert.deepEqual(listing(), []);
    });

    it('a full disk leaves the old output whole and no temporary file', () => {
      writeFileSync(at('r.json'), 'old\n');
      patch<typeof fs.writeSync>('writeSync', () => (() => {
        throw errno('ENOSPC');
      }) as typeof fs.writeSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('r.json'), 'new\n')), [`${at('r.json')}: no space left on the device`]);
      assert.deepEqual(listing(), ['r.json']);
      assert.equal(readFileSync(at('r.json'), 'utf8'), 'old\n');
    });

    it('writes into a pipe named as the output, which stays a pipe, in pieces when the system takes a few bytes at a time', function () {
      if (!posix || spawnSync('mkfifo', [at('pipe')]).status !== 0) this.skip();
      // A reader that does not block: the write's open then finds one.
      const reader = openSync(at('pipe'), fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      undo.push(() => closeSync(reader));
      const closed: number[] = [];
      patch<typeof fs.closeSync>('closeSync', (original) => ((fd: number) => {
        closed.push(fd);
        original(fd);
      }) as typeof fs.closeSync);
      patch<typeof fs.writeSync>('writeSync', (original) => ((fd: number, buf: Buffer, off: number, len: number) => original(fd, buf, off, Math.min(len, 4))) as typeof fs.writeSync);
      writeOutput(ws, at('pipe'), 'through the pipe\n');
      const buf = Buffer.alloc(100);
      const n = readSync(reader, buf, 0, 100, null);
      assert.equal(buf.subarray(0, n).toString('utf8'), 'through the pipe\n');
      assert.equal(lstatSync(at('pipe')).isFIFO(), true);
      assert.equal(closed.length, 1);
      assert.deepEqual(listing(), ['pipe']);
      // A character device too, when the root holds it.
      writeOutput('/', '/dev/null', 'gone\n');
      assert.equal(lstatSync('/dev/null').isCharacterDevice(), true);
    });

    it('a pipe or a device reached through a folder that leads out is refused, not written', function () {
      if (!posix || spawnSync('mkfifo', [path.join(secret, 'pipe')]).status !== 0) this.skip();
      // A reader waits on the pipe outside: a write that went through would not block.
      const reader = openSync(path.join(secret, 'pipe'), fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      undo.push(() => closeSync(reader));
      symlinkSync(secret, at('away'));
      symlinkSync('/dev', at('dev'));
      assert.deepEqual(refused(() => writeOutput(ws, at('away', 'pipe'), 'x')), [`${at('away', 'pipe')}: it leads outside ${ws}`]);
      assert.deepEqual(refused(() => writeOutput(ws, at('dev', 'null'), 'x')), [`${at('dev', 'null')}: it leads outside ${ws}`]);
      assert.equal(lstatSync(path.join(secret, 'pipe')).isFIFO(), true);
      assert.throws(() => readSync(reader, Buffer.alloc(10), 0, 10, null), { code: 'EAGAIN' });
    });

    it('a socket is refused; a pipe swapped for a file after it was looked at is not written through', async function () {
      if (!posix) this.skip();
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(at('sock'), resolve));
      try {
        assert.deepEqual(refused(() => writeOutput(ws, at('sock'), 'x')), [`${at('sock')}: it is not a regular file`]);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      if (spawnSync('mkfifo', [at('pipe')]).status !== 0) this.skip();
      let swapped = false;
      patch<typeof fs.openSync>('openSync', (original) => ((p: string, ...rest: never[]) => {
        if (p === at('pipe') && !swapped) {
          swapped = true;
          rmSync(p);
          writeFileSync(p, 'a file now\n');
        }
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.openSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('pipe'), 'x')), [`${at('pipe')}: it is not a regular file`]);
      // (Looked at first: reading a pipe nobody writes to would wait for ever.)
      assert.equal(lstatSync(at('pipe')).isFile(), true);
      assert.equal(readFileSync(at('pipe'), 'utf8'), 'a file now\n');
    });

    it('a pipe that cannot be opened or written: the reason, and the descriptor closed', function () {
      if (!posix || spawnSync('mkfifo', [at('pipe')]).status !== 0) this.skip();
      const reader = openSync(at('pipe'), fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      undo.push(() => closeSync(reader));
      patch<typeof fs.openSync>('openSync', (original) => ((p: string, ...rest: never[]) => {
        if (p === at('pipe')) throw errno('EACCES');
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.openSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('pipe'), 'x')), [`${at('pipe')}: permission denied`]);
      undo.pop()!();
      const open = openDescriptors();
      patch<typeof fs.writeSync>('writeSync', () => (() => {
        throw errno('EPIPE');
      }) as typeof fs.writeSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('pipe'), 'x')), [`${at('pipe')}: error EPIPE`]);
      assert.deepEqual([...open], []);
      assert.equal(lstatSync(at('pipe')).isFIFO(), true);
    });

    it('a pipe named by a relative path: each reason names its absolute path', function () {
      if (!posix || spawnSync('mkfifo', [at('pipe')]).status !== 0) this.skip();
      const reader = openSync(at('pipe'), fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      undo.push(() => closeSync(reader));
      const cwd = process.cwd();
      process.chdir(ws);
      undo.push(() => process.chdir(cwd));
      patch<typeof fs.openSync>('openSync', (original) => ((p: string, ...rest: never[]) => {
        if (p === at('pipe')) throw errno('EACCES');
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.openSync);
      assert.deepEqual(refused(() => writeOutput(ws, 'pipe', 'x')), [`${at('pipe')}: permission denied`]);
      undo.pop()!();
      patch<typeof fs.writeSync>('writeSync', () => (() => {
        throw errno('EPIPE');
      }) as typeof fs.writeSync);
      assert.deepEqual(refused(() => writeOutput(ws, 'pipe', 'x')), [`${at('pipe')}: error EPIPE`]);
    });

    it('a pipe swapped for a symlink after it was looked at is not followed out of the root', function () {
      if (!posix || spawnSync('mkfifo', [at('pipe'), path.join(secret, 'pipe')]).status !== 0) this.skip();
      const reader = openSync(path.join(secret, 'pipe'), fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
      undo.push(() => closeSync(reader));
      let swapped = false;
      patch<typeof fs.openSync>('openSync', (original) => ((p: string, ...rest: never[]) => {
        if (p === at('pipe') && !swapped) {
          swapped = true;
          rmSync(p);
          symlinkSync(path.join(secret, 'pipe'), p);
        }
        return (original as Fn)(p as never, ...rest);
      }) as typeof fs.openSync);
      assert.deepEqual(refused(() => writeOutput(ws, at('pipe'), 'x')), [`${at('pipe')}: too many symbolic links`]);
      assert.throws(() => readSync(reader, Buffer.alloc(10), 0, 10, null), { code: 'EAGAIN' });
    });
  });

  describe('checkEditTarget', () => {
    it('a new file with nothing in its place, an existing file, or one not on disk yet, inside the root', function () {
      if (!posix) this.skip();
      writeFileSync(at('there.md'), '');
      symlinkSync(secret, at('docs'));
      symlinkSync(path.join(secret, 'keys.txt'), at('keys.txt'));
      mkdirSync(at('dir'));
      assert.equal(checkEditTarget(ws, at('new', 'a.md'), 'create'), undefined);
      assert.equal(checkEditTarget(ws, at('there.md'), 'edit'), undefined);
      assert.equal(checkEditTarget(ws, at('unsaved', 'b.md'), 'edit'), undefined);
      assert.equal(checkEditTarget(ws, at('there.md'), 'create'), `${at('there.md')}: it already exists`);
      assert.equal(checkEditTarget(ws, at('docs', 'a.md'), 'create'), `${at('docs', 'a.md')}: it leads outside ${ws}`);
      assert.equal(checkEditTarget(ws, at('docs', 'a.md'), 'edit'), `${at('docs', 'a.md')}: it leads outside ${ws}`);
      // An existing symlink is edited where it leads: out of the root, refused.
      assert.equal(checkEditTarget(ws, at('keys.txt'), 'edit'), `${at('keys.txt')}: it leads outside ${ws}`);
      assert.equal(checkEditTarget(ws, at('dir'), 'edit'), `${at('dir')}: it is not a regular file`);
      assert.equal(checkEditTarget(ws, path.join(ws, '..', 'ws-secret', 'keys.txt'), 'edit'), `${path.join(secret, 'keys.txt')}: it leads outside ${ws}`);
      // Nothing was made.
      assert.deepEqual(listing(), ['dir', 'docs', 'keys.txt', 'there.md']);
      assert.equal(existsSync(at('new')), false);
    });
  });
});
