import { isAscii } from 'node:buffer';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Detection } from '../core/detection/types.js';
import { MemoryFactsCache, type CachedFacts, type KnownFile } from '../core/facts-cache.js';
import { hash64 } from '../core/fingerprint.js';
import { now } from './breather.js';
import { mayBeInWorkTree, runGit } from './git.js';
import { zlib } from './lazy.js';

/**
 * The first line of the file; each further line is
 * `size<TAB>mtimeMs<TAB>contentId<TAB>facts<TAB>detections<TAB>findings<TAB>asked<TAB>path` of a
 * source file (`mtimeMs`: its change time, see `versionOf`, from format 8), with an empty field
 * for what is not known of it: `facts` the JSON of the
 * annotations and lines of what it holds and `detections` the JSON of its detections, both empty
 * when it held nothing; `findings` the key the rules' findings were made under, a space and their
 * JSON; `asked` the JSON of the listing's answers to the rules (see `CachedFindings`), empty when
 * they asked nothing (JSON never holds a raw tab or line break; a path may). Detections, findings
 * and answers are parsed only when asked for: the header's CRC-32 of the lines below it vouches
 * that they are as written.
 */
interface Header {
  format: 8;
  /** The aigov version that wrote it: a new version may detect what an old one did not. */
  tool: string;
  root: string;
  key: string;
  /** CRC-32 of every byte after the header's line. */
  crc: number;
}

/** A line's fields (see `Header`). */
const FIELDS = 8;

/** How long `loadSoon` parses before it gives the event loop a turn. */
const SLICE_MS = 4;

/** The default cache folder: $XDG_CACHE_HOME/aigov, else ~/.cache/aigov. Nothing is written into the repository. */
function defaultCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'aigov');
}

/**
 * The facts cache persisted as one file of lines per workspace root. A file from another aigov
 * version, another root or a damaged file is ignored (everything is read again), never trusted.
 */
export class FileFactsCache extends MemoryFactsCache {
  readonly file: string;

  constructor(
    readonly root: string,
    private readonly tool: string,
    dir = defaultCacheDir(),
  ) {
    super();
    this.file = path.join(dir, `${hash64(path.resolve(root))}.json`);
  }

  private loaded = false;
  /** The file's text while its lines are parsed in slices (`loadSoon`), and what they gave so far. */
  private pending: { text: string; at: number; key: string; entries: Map<string, KnownFile> } | undefined;

  /** Reads the file once, on first use: what `loadSoon` left is parsed now. */
  override load(): void {
    this.begin();
    if (this.pending) this.parse(Infinity);
  }

  /**
   * Starts the load while the engine lists the files: the file is read and checked at once, and
   * its lines parsed a few milliseconds at a time, so that git's answers are taken (and the
   * processes they start, started) between slices, rather than waiting for the whole parse. The
   * first question finishes what is left.
   */
  loadSoon(): void {
    this.begin();
    const next = (): void => {
      try {
        if (this.pending && !this.parse(SLICE_MS)) setImmediate(next);
      } catch {
        this.pending = undefined; // never thrown where no one catches: the cache starts empty
      }
    };
    if (this.pending) setImmediate(next);
  }

  /** Reads the file and its header; its lines are left to `parse`. */
  private begin(): void {
    if (this.loaded) return;
    this.loaded = true;
    try {
      // Lines rather than one JSON document: 100k entries load in a fraction of the time.
      const bytes = readFileSync(this.file);
      const text = decodeCache(bytes);
      const nl = text.indexOf('\n');
      const h = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as Header;
      if (nl < 0 || h.format !== 8 || h.tool !== this.tool || h.root !== path.resolve(this.root) || typeof h.key !== 'string') return;
      // Damaged or changed by hand: the whole file is ignored, as what is parsed later is trusted.
      if (h.crc !== zlib().crc32(bytes.subarray(bytes.indexOf(0x0a) + 1))) return;
      this.pending = { text, at: nl + 1, key: h.key, entries: new Map() };
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** Parses the pending lines for about `ms` milliseconds; true when none is left (the entries are then taken). */
  private parse(ms: number): boolean {
    const p = this.pending;
    if (!p) return true;
    const { text, entries } = p;
    const until = now() + ms;
    const tabs: number[] = [];
    for (let n = 1; p.at < text.length; n++) {
      if (n % 64 === 0 && now() > until) return false;
      const end = text.indexOf('\n', p.at);
      const line = text.slice(p.at, end < 0 ? text.length : end);
      p.at = end < 0 ? text.length : end + 1;
      tabs.length = 0;
      for (let t = line.indexOf('\t'); t >= 0 && tabs.length < FIELDS - 1; t = line.indexOf('\t', t + 1)) tabs.push(t);
      if (tabs.length < FIELDS - 1) continue;
      const [t1, t2, t3, t4, t5, t6, t7] = tabs as [number, number, number, number, number, number, number];
      const known: KnownFile = {};
      if (t1 > 0 && t2 > t1 + 1) {
        const size = Number(line.slice(0, t1));
        const mtimeMs = Number(line.slice(t1 + 1, t2));
        if (Number.isFinite(size) && Number.isFinite(mtimeMs)) Object.assign(known, { size, mtimeMs });
      }
      if (t3 > t2 + 1) known.contentId = line.slice(t2 + 1, t3);
      if (t4 > t3 + 1) {
        const facts = storedFacts(line.slice(t3 + 1, t4), line.slice(t4 + 1, t5));
        if (!facts) continue; // not as written: read and analyse the file again
        known.facts = facts;
        const sp = line.indexOf(' ', t5 + 1);
        if (sp > t5 + 1 && sp < t6) known.findings = { key: line.slice(t5 + 1, sp), json: line.slice(sp + 1, t6), ...(t7 > t6 + 1 ? { asked: line.slice(t6 + 1, t7) } : {}) };
      }
      if (known.contentId !== undefined || known.size !== undefined) entries.set(line.slice(t7 + 1), known);
    }
    this.pending = undefined;
    this.key = p.key;
    this.entries = entries;
    return true;
  }

  /**
   * Writes the cache atomically when it changed; a failure only costs speed next time. The lines
   * become bytes a megabyte at a time, their checksum carried along: a cache of 100k files is
   * about 16 MB, and the whole of it as one string, then once more behind its header, raised the
   * heap by ~90 MB at the end of the check that wrote it.
   */
  save(): boolean {
    if (!this.changed) return true;
    const chunks: Buffer[] = [];
    let crc = 0;
    let part: string[] = [];
    let size = 0;
    const flush = (): void => {
      if (part.length === 0) return;
      const bytes = Buffer.from(`${part.join('\n')}\n`, 'utf8');
      crc = zlib().crc32(bytes, crc);
      chunks.push(bytes);
      part = [];
      size = 0;
    };
    // A path with a line break cannot be stored on a line: it is simply read again next time.
    for (const [p, v] of this.entries) {
      if (p.includes('\n')) continue;
      const f = v.facts;
      const facts = f ? `${asciiJson(JSON.stringify({ annotations: f.annotations, lines: f.lines }))}\t${detectionsJson(f)}` : '\t';
      const line = `${v.size ?? ''}\t${v.mtimeMs ?? ''}\t${v.contentId ?? ''}\t${facts}\t${f && v.findings ? `${v.findings.key} ${asciiJson(v.findings.json)}` : ''}\t${f && v.findings?.asked ? asciiJson(v.findings.asked) : ''}\t${p}`;
      part.push(line);
      size += line.length;
      if (size >= 1 << 20) flush();
    }
    flush();
    const header: Header = { format: 8, tool: this.tool, root: path.resolve(this.root), key: this.key, crc };
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w');
      try {
        writeFileSync(fd, `${JSON.stringify(header)}\n`);
        for (const bytes of chunks) writeFileSync(fd, bytes);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
      this.changed = false;
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Whether git tracks the cache file where it lies (its folder's symlinks resolved). Such a file
 * came with a commit, and a commit must not decide what a check reports: a cache whose entries
 * and CRC agree is trusted, so one written by hand could give any file's findings as none (a
 * merge request that adds `.aigov-cache/<root>.json` where the CI keeps its cache in the
 * project). Costs a git process only when the file exists inside a work tree. When git cannot
 * be run, the file is taken as untracked: the listing then has no git either.
 */
export async function trackedByGit(file: string): Promise<boolean> {
  let dir: string;
  try {
    lstatSync(file);
    dir = realpathSync(path.dirname(file));
  } catch {
    return false; // nothing there to trust, or a folder that cannot be reached
  }
  if (!mayBeInWorkTree(dir)) return false;
  const r = await runGit(dir, ['--literal-pathspecs', 'ls-files', '-z', '--', path.basename(file)]);
  return r.code === 0 && r.stdout.length > 0;
}

/**
 * The file's text. Written as ASCII (JSON escapes, see `asciiJson`) unless a path is not, it is
 * then taken byte for byte: V8 makes a one-byte string at once, where UTF-8 decoding of a cache
 * of several MB took tens of milliseconds.
 */
function decodeCache(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** JSON with every character above U+007F as a `\u` escape: the same value once parsed. */
function asciiJson(json: string): string {
  // One pass that finds nothing in most entries.
  return /[\u0080-\uffff]/.test(json) ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** Facts as this store read them: the detections parsed when first asked for, and written back as read. */
class StoredFacts implements CachedFacts {
  readonly vouched = true;
  private parsed: Detection[] | undefined;

  constructor(
    readonly annotations: CachedFacts['annotations'],
    readonly lines: CachedFacts['lines'],
    /** The detections' JSON as read. */
    readonly json: string,
  ) {}

  get detections(): Detection[] {
    if (this.parsed === undefined) {
      const list: unknown = JSON.parse(this.json);
      if (!Array.isArray(list)) throw new Error('a cached file holds detections that are not a list');
      this.parsed = list as Detection[];
    }
    return this.parsed;
  }
}

/**
 * Cached facts from the two fields `save` wrote, or undefined when the first is not that. The
 * detections are parsed when first asked for; the file's CRC vouched that they are as written.
 */
function storedFacts(json: string, detections: string): CachedFacts | undefined {
  try {
    const f = JSON.parse(json) as Partial<CachedFacts> | null;
    const a = f?.annotations;
    if (!f || !a || !isObjects(a.annotations) || !isObjects(a.suppressions) || !isObjects(a.malformed) || !isLines(f.lines) || detections === '') return undefined;
    return new StoredFacts(a, f.lines, detections);
  } catch {
    return undefined;
  }
}

/** Whether `list` is a list of objects. */
function isObjects(list: unknown): boolean {
  return Array.isArray(list) && list.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
}

/**
 * Whether `lines` is what `CachedFacts.lines` is: text by line number. A key that is not a line
 * number is never asked for, so only the values are checked.
 */
function isLines(lines: unknown): lines is CachedFacts['lines'] {
  if (typeof lines !== 'object' || lines === null || Array.isArray(lines)) return false;
  const byLine = lines as Record<string, unknown>;
  for (const n in byLine) if (typeof byLine[n] !== 'string') return false;
  return true;
}

/** The JSON of the facts' detections: as read, when this store made these facts. */
function detectionsJson(f: CachedFacts): string {
  return f instanceof StoredFacts ? f.json : asciiJson(JSON.stringify(f.detections));
}
