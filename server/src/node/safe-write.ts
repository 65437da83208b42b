/**
 * Every file the product writes goes through here: the CLI's fix, init, report, bom and
 * `--output`, and the language server's checks of the edits it proposes.
 *
 * - A write stays inside its root: the real path of each folder on the way that exists is
 *   resolved, so a symlinked folder cannot carry the write elsewhere, and the folders that do
 *   not exist yet are created one by one below that real path.
 * - A new file is created exclusively: never over an existing file, nor through a symlink (even a
 *   dangling one) in its place.
 * - Every write is atomic: the text goes to a temporary file in the same folder, which then takes
 *   the target's name (`link` for a new file, `rename` for a replaced one). A full disk or a
 *   failing write leaves the target as it was.
 * - A plan of several writes is checked whole before anything is written (each target writable,
 *   each new file absent), then staged whole, then committed: a failure while staging writes
 *   nothing.
 */
import { crypto } from './lazy.js';
import { accessSync, closeSync, constants, fstatSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { formatUi, uiText, type UiId, type UiText } from '../core/i18n/ui.js';

/** A write that was refused or failed: the path and the reason (a catalogue text), for one line of output. */
export class WriteError extends Error {
  constructor(
    readonly target: string,
    readonly why: UiText,
  ) {
    super(`${target}: ${formatUi(why, 'en')}`);
  }

  /** The reason in English. */
  get reason(): string {
    return formatUi(this.why, 'en');
  }
}

/** The catalogue's words for the file-system error codes a write meets. */
const REASONS: Readonly<Record<string, UiId>> = {
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

/** The reason of a file-system error, as a catalogue text (its code alone when the catalogue has no words for it). */
export function whyOf(err: unknown): UiText {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    // Own keys only: a code named like an Object method is a code without words, not a method.
    const id = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
    return id ? uiText(id) : uiText('cli.write.code', { code });
  }
  return uiText('cli.write.other', { detail: err instanceof Error ? err.message : String(err) });
}

/** A file-system error as a WriteError on `target`. */
function writeErrorOf(target: string, err: unknown): WriteError {
  return err instanceof WriteError ? err : new WriteError(target, whyOf(err));
}

/** `child` is `root` itself or below it (both real, absolute). */
export function isInside(child: string, root: string): boolean {
  if (child === root) return true;
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  return child.startsWith(base);
}

function lstatOf(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteError(p, whyOf(err));
  }
}

function realpathOf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch (err) {
    throw new WriteError(p, whyOf(err));
  }
}

interface ResolvedTarget {
  /** The absolute path as asked. */
  asked: string;
  /** The real path of the deepest folder on the way that exists. */
  existing: string;
  /** The folders to create below `existing`, in order. */
  folders: string[];
  /** The real path the file will have. */
  real: string;
}

/**
 * How a target is written. 'create': a new file, refused when anything (a dangling symlink too)
 * is in its place. 'replace': an existing regular file, reached through a symlink if it is one
 * (which must stay inside too). 'output': a file the user named, created or replaced by name (a
 * symlink in its place is replaced, not followed); refused when a folder is in its place.
 * `writeOutput` writes into a character device or a pipe in its place instead.
 */
type WriteMode = 'create' | 'replace' | 'output';

/**
 * Where `target` really is: its deepest existing folder resolved through every symlink, and the
 * folders below it still to create. Throws WriteError when that place is outside the real `root`.
 */
function resolveTarget(root: string, target: string, mode: WriteMode): ResolvedTarget {
  const asked = path.resolve(target);
  const realRoot = realpathOf(path.resolve(root));
  const self = lstatOf(asked);
  if (mode === 'replace') {
    if (!self) throw new WriteError(asked, uiText('cli.write.noSuchFile'));
    const real = realpathOf(asked);
    if (!isInside(real, realRoot)) throw new WriteError(asked, uiText('cli.write.leadsOutside', { root }));
    if (!statSync(real).isFile()) throw new WriteError(asked, uiText('cli.write.notRegularFile'));
    return { asked, existing: path.dirname(real), folders: [], real };
  }
  if (self && mode === 'create') throw new WriteError(asked, uiText(self.isSymbolicLink() ? 'cli.write.symlinkInPlace' : 'cli.write.exists'));
  if (self?.isDirectory()) throw new WriteError(asked, uiText('cli.write.isFolder'));
  // The deepest folder on the way that exists; the ones below it are to be made.
  const folders: string[] = [];
  let dir = path.dirname(asked);
  while (!lstatOf(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new WriteError(asked, uiText('cli.write.noFolderOnTheWay'));
    folders.unshift(path.basename(dir));
    dir = parent;
  }
  const existing = realpathOf(dir);
  if (!statSync(existing).isDirectory()) throw new WriteError(dir, uiText('cli.write.notAFolder'));
  const real = path.join(existing, ...folders, path.basename(asked));
  if (!isInside(real, realRoot)) throw new WriteError(asked, uiText('cli.write.leadsOutside', { root }));
  return { asked, existing, folders, real };
}

/** Refuses a target that cannot be written: the file to replace, or the folder written into. */
function checkWritable(t: ResolvedTarget, mode: WriteMode): void {
  try {
    if (mode === 'replace') accessSync(t.real, constants.W_OK);
    // The temporary file is made in the folder: it must be writable too.
    accessSync(t.existing, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new WriteError(mode === 'replace' ? t.asked : t.existing, uiText('cli.write.notWritable', { reason: whyOf(err) }));
  }
}

/** Writes `text` to a new temporary file (exclusive, fsynced); removes it again when that fails. */
function writeNew(file: string, text: string, mode: number): void {
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    closeSync(fd);
    removeQuiet(file);
    throw err;
  }
}

function removeQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not made, or gone
  }
}

/** Folders made and temporary files written for a plan, undone together when it fails. */
class Stage {
  private readonly folders: string[] = [];
  private readonly temps: string[] = [];

  /** Makes the target's missing folders, one by one below its real existing folder. */
  folderFor(t: ResolvedTarget): string {
    let dir = t.existing;
    for (const name of t.folders) {
      dir = path.join(dir, name);
      try {
        mkdirSync(dir);
        this.folders.push(dir);
      } catch (err) {
        // Made by an earlier target of the plan: it must be a real folder.
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(dir).isDirectory()) throw new WriteError(dir, uiText('cli.write.folderNotMade', { reason: whyOf(err) }));
      }
    }
    return dir;
  }

  /** The text in a temporary file beside the target. */
  temp(t: ResolvedTarget, text: string, mode: number): string {
    const dir = this.folderFor(t);
    const temp = path.join(dir, `.${path.basename(t.real)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
    try {
      writeNew(temp, text, mode);
    } catch (err) {
      throw new WriteError(t.asked, whyOf(err));
    }
    this.temps.push(temp);
    return temp;
  }

  /** Removes the temporary files left (after a commit, those that took a name by a link). */
  clean(): void {
    for (const t of this.temps.splice(0)) removeQuiet(t);
  }

  undo(): void {
    this.clean();
    for (const d of this.folders.splice(0).reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // not empty, or gone: left alone
      }
    }
  }
}

/** One or more writes of a plan were refused or failed; nothing was written. */
export class WritePlanError extends Error {
  constructor(readonly problems: WriteError[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

interface WritePlan {
  /** New files: absolute path → text. Never over anything that exists. */
  creates: ReadonlyMap<string, string>;
  /** Existing files to replace: absolute path → new text. */
  replaces: ReadonlyMap<string, string>;
}

/**
 * Carries out a plan inside `root`, all or nothing as far as the file system allows: every
 * target is resolved and checked first (all problems reported together); then the missing folders
 * are made and each text written to a temporary file beside its target; then each takes its
 * target's name, new files first. A failure before that last step removes what was made: the
 * files are as they were. Throws WritePlanError.
 */
export function writePlan(root: string, plan: WritePlan): void {
  const targets: { target: ResolvedTarget; mode: 'create' | 'replace'; text: string }[] = [];
  const problems: WriteError[] = [];
  for (const [mode, files] of [['create', plan.creates], ['replace', plan.replaces]] as const) {
    for (const [file, text] of files) {
      try {
        const target = resolveTarget(root, file, mode);
        checkWritable(target, mode);
        targets.push({ target, mode, text });
      } catch (err) {
        problems.push(writeErrorOf(file, err));
      }
    }
  }
  if (problems.length > 0) throw new WritePlanError(problems);
  const stage = new Stage();
  const staged: { target: ResolvedTarget; mode: 'create' | 'replace'; temp: string }[] = [];
  try {
    for (const t of targets) {
      const mode = t.mode === 'replace' ? statSync(t.target.real).mode & 0o7777 : 0o666;
      staged.push({ target: t.target, mode: t.mode, temp: stage.temp(t.target, t.text, mode) });
    }
  } catch (err) {
    stage.undo();
    throw new WritePlanError([writeErrorOf(root, err)]);
  }
  const linked: string[] = [];
  try {
    for (const s of staged.filter((x) => x.mode === 'create')) {
      try {
        // A hard link takes the name only if nothing has it: an exclusive, atomic create.
        linkSync(s.temp, s.target.real);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteError(s.target.asked, uiText('cli.write.exists'));
        throw new WriteError(s.target.asked, whyOf(err));
      }
      linked.push(s.target.real);
    }
    for (const s of staged.filter((x) => x.mode === 'replace')) {
      try {
        renameSync(s.temp, s.target.real);
      } catch (err) {
        throw new WriteError(s.target.asked, whyOf(err));
      }
    }
  } catch (err) {
    for (const f of linked) removeQuiet(f);
    stage.undo();
    throw new WritePlanError([writeErrorOf(root, err)]);
  }
  stage.clean();
}

/**
 * Writes a file the user named (`--output`, a report, a BOM) atomically: a temporary file beside
 * it takes its name, replacing a file (its permissions kept) or symlink there (never writing
 * through one); its missing folders are made. A path inside `root` must stay inside it. Throws WritePlanError.
 */
export function writeOutput(root: string, file: string, text: string): void {
  try {
    if (writeIntoSpecial(root, file, text)) return;
  } catch (err) {
    throw new WritePlanError([writeErrorOf(file, err)]);
  }
  const stage = new Stage();
  try {
    const target = resolveTarget(root, file, 'output');
    checkWritable(target, 'output');
    // A file replaced keeps its permissions: a report kept private stays so.
    const was = lstatOf(target.real);
    const temp = stage.temp(target, text, was?.isFile() ? was.mode & 0o7777 : 0o666);
    try {
      renameSync(temp, target.real);
    } catch (err) {
      throw new WriteError(target.asked, whyOf(err));
    }
  } catch (err) {
    stage.undo();
    throw new WritePlanError([writeErrorOf(file, err)]);
  }
}

/**
 * Writes `text` into a character device or a pipe named as the output (`--output /dev/null`, a
 * FIFO a reader waits on), which is never replaced by a file: answers false when `file` is
 * anything else (the atomic write then applies). A block device or a socket is refused.
 */
function writeIntoSpecial(root: string, file: string, text: string): boolean {
  const asked = path.resolve(file);
  const self = lstatOf(asked);
  if (!self || self.isFile() || self.isDirectory() || self.isSymbolicLink()) return false;
  const real = path.join(realpathOf(path.dirname(asked)), path.basename(asked));
  // Reached through a symlinked folder that leads out: the usual write refuses it.
  if (!isInside(real, realpathOf(path.resolve(root)))) return false;
  if (!self.isCharacterDevice() && !self.isFIFO()) throw new WriteError(asked, uiText('cli.write.notRegularFile'));
  let fd: number;
  try {
    fd = openSync(real, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    throw new WriteError(asked, whyOf(err));
  }
  try {
    // Swapped for something else since the lstat: not written through.
    const now = fstatSync(fd);
    if (!now.isCharacterDevice() && !now.isFIFO()) throw new WriteError(asked, uiText('cli.write.notRegularFile'));
    const bytes = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
  } catch (err) {
    throw writeErrorOf(asked, err);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Whether an edit the language server proposes may touch `file`: 'create' a new file inside
 * `root` (nothing in its place), 'edit' an existing file inside it, or one an editor holds that
 * is not on disk yet (its folders inside). The reason it may not, or undefined.
 */
export function checkEditTarget(root: string, file: string, kind: 'create' | 'edit'): string | undefined {
  try {
    if (kind === 'create') resolveTarget(root, file, 'create');
    else resolveTarget(root, file, lstatOf(path.resolve(file)) ? 'replace' : 'output');
    return undefined;
  } catch (err) {
    return writeErrorOf(file, err).message;
  }
}
