import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ProjectModel } from '../core/model/project-model.js';
import { readRegistries, realPlace, registriesAbove, registriesAboveNow, registryPlacesAbove, sameRegistriesAbove, unparsedAbove, type RegistryAboveFile } from './registries-above.js';

/** What a caller sees of each registry found: its paths and its text or problem (not where it is on disk). */
function seen(found: readonly RegistryAboveFile[]): string[] {
  return found.map((r) => `${r.path} ${r.offset} ${r.text === undefined ? `(${String(r.problem)})` : JSON.stringify(r.text)}`);
}

describe('registries above a checked folder', () => {
  let dir = '';
  let top = '';
  const put = (rel: string, text: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-regabove-')));
    top = path.join(dir, 'repo');
    // A work tree is told by its `.git`; nothing else of git is read.
    mkdirSync(path.join(top, '.git'), { recursive: true });
    mkdirSync(path.join(top, 'a', 'b', 'c'), { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds one registry per folder, nearest first, .aigov.yaml before .aigov.yml, up to the top of the work tree', () => {
    put('.aigov.yaml', 'stray');
    put('repo/.aigov.yml', 'top');
    put('repo/a/.aigov.yaml', 'a');
    put('repo/a/.aigov.yml', 'a-yml');
    put('repo/a/b/c/.aigov.yaml', 'own');
    const found = registriesAboveNow(path.join(top, 'a', 'b', 'c'));
    assert.deepEqual(seen(found), ['../../.aigov.yaml b/c/ "a"', '../../../.aigov.yml a/b/c/ "top"']);
    assert.deepEqual(
      found.map((r) => r.abs),
      [path.join(top, 'a', '.aigov.yaml'), path.join(top, '.aigov.yml')],
    );
    // The folder right above, and a folder reached through a symlink (paths from its real place).
    put('repo/a/b/.aigov.yml', 'b');
    assert.deepEqual(seen(registriesAboveNow(path.join(top, 'a', 'b', 'c'))).slice(0, 1), ['../.aigov.yml c/ "b"']);
    symlinkSync(path.join(top, 'a', 'b'), path.join(dir, 'link'));
    assert.deepEqual(seen(registriesAboveNow(path.join(dir, 'link', 'c'))), seen(registriesAboveNow(path.join(top, 'a', 'b', 'c'))));
  });

  it('finds none for the top itself or outside a work tree; a folder that does not exist is taken as written', () => {
    put('.aigov.yaml', 'stray');
    put('repo/.aigov.yaml', 'top');
    put('loose/x/.aigov.yaml', 'loose');
    mkdirSync(path.join(dir, 'loose', 'x', 'y'));
    assert.deepEqual(registriesAboveNow(top), []);
    // Neither the stray registry above the top nor the one of a folder outside any work tree.
    assert.deepEqual(registriesAboveNow(path.join(dir, 'loose', 'x', 'y')).filter((r) => r.abs.startsWith(dir)), []);
    assert.deepEqual(seen(registriesAboveNow(path.join(top, 'a'))), ['../.aigov.yaml a/ "top"']);
    assert.deepEqual(seen(registriesAboveNow(path.join(top, 'gone', 'x'))), ['../../.aigov.yaml gone/x/ "top"']);
    // A folder whose name starts with two dots is below the top like any other.
    mkdirSync(path.join(top, '..config', 'app'), { recursive: true });
    assert.deepEqual(seen(registriesAboveNow(path.join(top, '..config', 'app'))), ['../../.aigov.yaml ..config/app/ "top"']);
    assert.deepEqual(registryPlacesAbove(path.join(top, '..config')), [path.join(top, '.aigov.yaml'), path.join(top, '.aigov.yml')]);
  });

  it('takes a linked work tree (.git a file) as the top', () => {
    put('repo/.aigov.yaml', 'top');
    put('repo/a/.git', 'gitdir: elsewhere\n');
    put('repo/a/b/.aigov.yaml', 'b');
    assert.deepEqual(seen(registriesAboveNow(path.join(top, 'a', 'b', 'c'))), ['../.aigov.yaml c/ "b"']);
  });

  it('says why a registry cannot be read, and a folder\'s unreadable registry hides its other one', () => {
    put('repo/config/top.yaml', 'linked');
    put('repo/.aigov.yaml', 'top');
    put('elsewhere.yaml', 'out');
    const c = path.join(top, 'a', 'b', 'c');
    const at = (rel: string): string => path.join(top, rel);
    symlinkSync(path.join('..', 'config', 'top.yaml'), at('a/.aigov.yaml'));
    assert.deepEqual(seen(registriesAboveNow(c)), ['../../.aigov.yaml b/c/ "linked"', '../../../.aigov.yaml a/b/c/ "top"']);
    const problem = (): string | undefined => registriesAboveNow(c)[0]?.problem;
    const retarget = (to: string): void => {
      rmSync(at('a/.aigov.yaml'), { recursive: true, force: true });
      symlinkSync(to, at('a/.aigov.yaml'));
    };
    put('repo/a/.aigov.yml', 'hidden');
    retarget(path.join(dir, 'elsewhere.yaml'));
    assert.deepEqual(seen(registriesAboveNow(c)), ['../../.aigov.yaml b/c/ (outside-workspace)', '../../../.aigov.yaml a/b/c/ "top"']);
    retarget('nowhere.yaml');
    assert.equal(problem(), 'outside-workspace');
    retarget('.aigov.yaml');
    assert.equal(problem(), 'symlink-loop');
    // A link through a file: there, but it cannot be followed.
    retarget('../config/top.yaml/below');
    assert.equal(problem(), 'unreadable');
    retarget('../config');
    assert.equal(problem(), 'not-a-file');
    // The top folder itself is not below the top.
    retarget('..');
    assert.equal(problem(), 'outside-workspace');
    // Nor the folder above it.
    retarget('../..');
    assert.equal(problem(), 'outside-workspace');
    rmSync(at('a/.aigov.yaml'));
    mkdirSync(at('a/.aigov.yaml'));
    assert.equal(problem(), 'not-a-file');
    rmSync(at('a/.aigov.yaml'), { recursive: true });
    put('repo/a/.aigov.yaml', Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    assert.equal(problem(), 'not-utf8');
    put('repo/a/.aigov.yaml', Buffer.from('v: 1\n\0\n'));
    assert.equal(problem(), 'binary');
    // Just at the limit it is read; a byte more is too large, and left unread.
    put('repo/a/.aigov.yaml', 'x'.repeat(2 * 1024 * 1024));
    assert.equal(registriesAboveNow(c)[0]?.text?.length, 2 * 1024 * 1024);
    put('repo/a/.aigov.yaml', 'x'.repeat(2 * 1024 * 1024 + 1));
    assert.equal(problem(), 'too-large');
    rmSync(at('a/.aigov.yaml'));
    assert.deepEqual(seen(registriesAboveNow(c)).slice(0, 1), ['../../.aigov.yml b/c/ "hidden"']);
  });

  it('names every place a registry above may be, as real paths, for a watcher', () => {
    const places = registryPlacesAbove(path.join(top, 'a', 'b'));
    assert.deepEqual(places, [path.join(top, 'a', '.aigov.yaml'), path.join(top, 'a', '.aigov.yml'), path.join(top, '.aigov.yaml'), path.join(top, '.aigov.yml')]);
    assert.deepEqual(registryPlacesAbove(top), []);
    mkdirSync(path.join(dir, 'loose', 'x'), { recursive: true });
    // Outside a work tree, none (when the temporary folder is in none).
    const above = (d: string): string[] => (path.dirname(d) === d ? [d] : [d, ...above(path.dirname(d))]);
    if (!above(dir).some((d) => existsSync(path.join(d, '.git')))) assert.deepEqual(registryPlacesAbove(path.join(dir, 'loose', 'x')), []);
    // Through a symlinked folder: the same real places, and a path spelt through the link is found among them.
    symlinkSync(top, path.join(dir, 'link'));
    assert.deepEqual(registryPlacesAbove(path.join(dir, 'link', 'a', 'b')), places);
    assert.equal(realPlace(path.join(dir, 'link', 'a', '.aigov.yml')), path.join(top, 'a', '.aigov.yml'));
    // A folder that does not exist is kept as written.
    assert.equal(realPlace(path.join(dir, 'gone', '.aigov.yaml')), path.join(dir, 'gone', '.aigov.yaml'));
  });

  it('two readings are the same when they hold the same files with the same text or problem', () => {
    const one: RegistryAboveFile = { path: '../.aigov.yaml', offset: 'c/', text: 'a', abs: '/r/a/b/.aigov.yaml' };
    const two: RegistryAboveFile = { path: '../../.aigov.yml', offset: 'b/c/', problem: 'not-utf8', abs: '/r/a/.aigov.yml' };
    assert.equal(sameRegistriesAbove([one, two], [{ ...one }, { ...two }]), true);
    assert.equal(sameRegistriesAbove([], []), true);
    assert.equal(sameRegistriesAbove([one, two], [one]), false);
    assert.equal(sameRegistriesAbove([one], [one, two]), false);
    assert.equal(sameRegistriesAbove([one, two], [two, one]), false);
    assert.equal(sameRegistriesAbove([one], [{ ...one, text: 'b' }]), false);
    assert.equal(sameRegistriesAbove([one], [{ ...one, abs: '/r/a/b/.aigov.yml' }]), false);
    assert.equal(sameRegistriesAbove([two], [{ ...two, problem: 'too-large' }]), false);
  });

  it('readRegistries keeps the ones read, as the engine takes them', () => {
    const found: RegistryAboveFile[] = [
      { path: '../.aigov.yaml', offset: 'c/', text: 'near', abs: '/r/a/b/.aigov.yaml' },
      { path: '../../.aigov.yaml', offset: 'b/c/', problem: 'not-utf8', abs: '/r/a/.aigov.yaml' },
      { path: '../../../.aigov.yml', offset: 'a/b/c/', text: '', abs: '/r/.aigov.yml' },
    ];
    assert.deepEqual(readRegistries(found), [
      { path: '../.aigov.yaml', offset: 'c/', text: 'near' },
      { path: '../../../.aigov.yml', offset: 'a/b/c/', text: '' },
    ]);
  });

  it('unparsedAbove names the ones read whose registry the model holds with syntax errors', () => {
    const near: RegistryAboveFile = { path: '../.aigov.yaml', offset: 'c/', text: 'components: [', abs: '/r/a/b/.aigov.yaml' };
    const far: RegistryAboveFile = { path: '../../.aigov.yaml', offset: 'b/c/', text: 'version: 1', abs: '/r/a/.aigov.yaml' };
    const model = (...broken: boolean[]) =>
      ({ above: [near, far].map((r, i) => ({ path: r.path, syntaxErrors: broken[i] ? [{ message: 'bad' }] : [] })) }) as unknown as Pick<ProjectModel, 'above'>;
    assert.deepEqual(unparsedAbove([near, far], model(true, false)), [near]);
    assert.deepEqual(unparsedAbove([near, far], model(false, true)), [far]);
    assert.deepEqual(unparsedAbove([near, far], model(false, false)), []);
    assert.deepEqual(unparsedAbove([far], model(true, false)), []);
  });

  it('of a base written as it is read: asks for every place a registry may be, nearest first, then reads what was written', async () => {
    const base = path.join(dir, 'base');
    mkdirSync(path.join(base, 'a', 'b', 'c'), { recursive: true });
    const asked: string[] = [];
    const tree = {
      top: base,
      ensure: async (abs: string): Promise<void> => {
        asked.push(path.relative(base, abs));
        // The base's tree holds these two; a file is written when it is asked for.
        if (abs === path.join(base, 'a', '.aigov.yml')) writeFileSync(abs, 'a');
        if (abs === path.join(base, '.aigov.yaml')) writeFileSync(abs, 'top');
      },
    };
    // No `.git` in the base: its top is the one given.
    const found = await registriesAbove(path.join(base, 'a', 'b', 'c'), tree);
    assert.deepEqual(asked, ['a/b/.aigov.yaml', 'a/b/.aigov.yml', 'a/.aigov.yaml', 'a/.aigov.yml', '.aigov.yaml', '.aigov.yml']);
    assert.deepEqual(seen(found), ['../../.aigov.yml b/c/ "a"', '../../../.aigov.yaml a/b/c/ "top"']);
    // The top itself, and a folder outside the base: nothing asked, nothing found.
    asked.length = 0;
    assert.deepEqual(await registriesAbove(base, tree), []);
    assert.deepEqual(await registriesAbove(path.join(top, 'a'), tree), []);
    assert.deepEqual(asked, []);
    // Without a tree, the work tree on disk.
    put('repo/.aigov.yaml', 'disk');
    assert.deepEqual(seen(await registriesAbove(path.join(top, 'a'))), ['../.aigov.yaml a/ "disk"']);
  });
});
