import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryFactsCache, type CachedFacts, type KnownFile } from '../core/facts-cache.js';
import { hash64 } from '../core/fingerprint.js';

/**
 * The first line of the file; each further line is
 * `size<TAB>mtimeMs<TAB>contentId<TAB>facts<TAB>findings<TAB>asked<TAB>path` of a source file,
 * with an empty field for what is not known of it, `facts` the JSON of what it holds, empty when it
 * held nothing, `findings` the key the rules' findings were made under, a space and their JSON,
 * and `asked` the JSON of the listing's answers to the rules (see `CachedFindings`), empty when
 * they asked nothing (JSON never holds a raw tab or line break; a path may). Findings and answers
 * are parsed only when asked for.
 */
interface Header {
  format: 6;
  /** The aigov version that wrote it: a new version may detect what an old one did not. */
  tool: string;
  root: string;
  key: string;
}

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

  /** Reads the file once, on first use (or when the engine asks, while its listing runs). */
  override load(): void {
    if (this.loaded) return;
    this.loaded = true;
    try {
      // Lines rather than one JSON document: 100k entries load in a fraction of the time.
      const text = decodeCache(readFileSync(this.file));
      const nl = text.indexOf('\n');
      const h = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as Header;
      if (h.format === 6 && h.tool === this.tool && h.root === path.resolve(this.root) && typeof h.key === 'string') {
        const entries = new Map<string, KnownFile>();
        for (let at = nl + 1; at > 0 && at < text.length; ) {
          const end = text.indexOf('\n', at);
          const line = text.slice(at, end < 0 ? text.length : end);
          at = end < 0 ? -1 : end + 1;
          const t1 = line.indexOf('\t');
          const t2 = line.indexOf('\t', t1 + 1);
          const t3 = t2 < 0 ? -1 : line.indexOf('\t', t2 + 1);
          const t4 = t3 < 0 ? -1 : line.indexOf('\t', t3 + 1);
          const t5 = t4 < 0 ? -1 : line.indexOf('\t', t4 + 1);
          const t6 = t5 < 0 ? -1 : line.indexOf('\t', t5 + 1);
          if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0 || t5 < 0 || t6 < 0) continue;
          const known: KnownFile = {};
          if (t1 > 0 && t2 > t1 + 1) {
            const size = Number(line.slice(0, t1));
            const mtimeMs = Number(line.slice(t1 + 1, t2));
            if (Number.isFinite(size) && Number.isFinite(mtimeMs)) Object.assign(known, { size, mtimeMs });
          }
          if (t3 > t2 + 1) known.contentId = line.slice(t2 + 1, t3);
          if (t4 > t3 + 1) {
            const facts = parseFacts(line.slice(t3 + 1, t4));
            if (!facts) continue; // damaged: read and analyse the file again
            known.facts = facts;
            const sp = line.indexOf(' ', t4 + 1);
            if (sp > t4 + 1 && sp < t5) known.findings = { key: line.slice(t4 + 1, sp), json: line.slice(sp + 1, t5), ...(t6 > t5 + 1 ? { asked: line.slice(t5 + 1, t6) } : {}) };
          }
          if (known.contentId !== undefined || known.size !== undefined) entries.set(line.slice(t6 + 1), known);
        }
        this.key = h.key;
        this.entries = entries;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** Writes the cache atomically when it changed; a failure only costs speed next time. */
  save(): boolean {
    if (!this.changed) return true;
    const header: Header = { format: 6, tool: this.tool, root: path.resolve(this.root), key: this.key };
    const lines = [JSON.stringify(header)];
    // A path with a line break cannot be stored on a line: it is simply read again next time.
    for (const [p, v] of this.entries) if (!p.includes('\n')) lines.push(`${v.size ?? ''}\t${v.mtimeMs ?? ''}\t${v.contentId ?? ''}\t${v.facts ? asciiJson(JSON.stringify(v.facts)) : ''}\t${v.facts && v.findings ? `${v.findings.key} ${asciiJson(v.findings.json)}` : ''}\t${v.facts && v.findings?.asked ? asciiJson(v.findings.asked) : ''}\t${p}`);
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${lines.join('\n')}\n`);
      renameSync(tmp, this.file);
      this.changed = false;
      return true;
    } catch {
      return false;
    }
  }
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

/** Cached facts as written by `save`, or undefined when the text is not that. */
function parseFacts(json: string): CachedFacts | undefined {
  try {
    const f = JSON.parse(json) as Partial<CachedFacts> | null;
    const a = f?.annotations;
    if (!f || !Array.isArray(f.detections) || !a || !Array.isArray(a.annotations) || !Array.isArray(a.suppressions) || !Array.isArray(a.malformed) || typeof f.lines !== 'object' || f.lines === null) return undefined;
    return f as CachedFacts;
  } catch {
    return undefined;
  }
}
