import type { FileAnnotations } from './annotations/annotations.js';
import type { Detection } from './detection/types.js';
import { isFindingList, type Finding } from './finding.js';
import type { FileVersion } from './workspace.js';

/**
 * What the analysis of a file found, as plain data (the annotations without the lexer's spans),
 * and the text of each line one of them starts on, by zero-based line number: what a report
 * needs of the file's text (each finding's line), so that the file need not be read again.
 */
export interface CachedFacts {
  annotations: Omit<FileAnnotations, 'lex'>;
  detections: Detection[];
  lines: Readonly<Record<number, string>>;
  /**
   * Set by a store that vouches that these facts are as the engine made them for a file that
   * holds something, every line kept: a store that checked what it read back, and that may
   * parse the detections only when they are asked for. The engine checks facts without it.
   */
  readonly vouched?: true;
}

/**
 * How a file is recognised again: its size and mtime as read, and/or the id a version control
 * system gives its content (git's blob id), when it vouched that the file in the working tree is
 * the one it recorded. An id survives a fresh clone; a size and mtime do not. `facts`: what the
 * file held; absent when it held nothing the engine reports on (most files).
 */
export interface KnownFile {
  size?: number;
  mtimeMs?: number;
  contentId?: string;
  facts?: CachedFacts;
  /** The findings the rules gave for exactly these `facts` (see `FactsCache.findingsOf`). */
  findings?: CachedFindings;
}

/**
 * A file's findings as JSON, and the digest of everything else they were computed from (see
 * `FindingRunner`): the registries, the rules and their settings. `asked`: the paths the rules
 * asked the listing about and the answers, as JSON `[[path, listed], …]` (absent: none); the
 * findings hold while every answer is the same.
 */
interface CachedFindings {
  key: string;
  json: string;
  asked?: string;
  /** The findings once parsed (held in memory, never written): a check and its base's check share them. */
  parsed?: Finding[];
  /** `asked` once parsed, or null when it is not a list of answers (held in memory, never written). */
  answers?: readonly (readonly [string, boolean])[] | null;
}

/** What the rules of one file asked of the listing: each path and whether it was listed. */
type ListingAnswers = ReadonlyMap<string, boolean>;

/**
 * The facts a file's findings were made from: the very objects, so that a file analysed again
 * never matches; or, for facts a cache gave, the cache's record itself (`cached`).
 */
type FactsOf = { readonly annotations: unknown; readonly detections: unknown; readonly cached?: CachedFacts };

/**
 * Remembers what each source file held (annotations, suppressions, detections, or nothing), so
 * that a later run need not read or analyse it again while it is unchanged. The settings `key`
 * covers the engine's build and the detection settings. The store behind it (a file on disk,
 * memory) belongs to the caller.
 */
export interface FactsCache {
  /** What `path` held at this size and mtime under the same settings `key`, if known. */
  knownByVersion(key: string, path: string, version: FileVersion): KnownFile | undefined;
  /** What `path` held with this content id under the same settings `key`, if known. */
  knownByContent(key: string, path: string, contentId: string): KnownFile | undefined;
  /** Whether anything is remembered under the settings `key` (a cold cache answers false). */
  knows(key: string): boolean;
  /** What is known of `path` under the settings `key` whatever its version, to check against the version a read finds. */
  known(key: string, path: string): KnownFile | undefined;
  /** Replaces the remembered set after a full index. */
  update(key: string, files: ReadonlyMap<string, KnownFile>): void;
  /**
   * Optional: the findings remembered for `path` under the findings `key`, when the facts the
   * engine holds for it are the very ones this cache gave (a file read and analysed again has
   * facts of its own, and its findings are computed again) and `listed` answers each path the
   * rules asked about as it did then.
   */
  findingsOf?(key: string, path: string, facts: FactsOf, listed?: (path: string) => boolean): Finding[] | undefined;
  /**
   * Optional: remembers a file's findings under `key`, computed from `facts` as this cache holds
   * them, with the answers the listing gave the rules (`asked`).
   */
  rememberFindings?(key: string, path: string, facts: FactsOf, findings: readonly Finding[], asked?: ListingAnswers): void;
  /**
   * Optional: starts loading a persisted store. The engine calls it once the listing has started,
   * so that the load overlaps the listing's own processes; a store may go on in the background,
   * and finishes what is left at the first question (otherwise that question loads it).
   */
  loadSoon?(): void;
}

/** A cache held in memory (tests, and the base of persisted stores). */
export class MemoryFactsCache implements FactsCache {
  protected key = '';
  protected entries = new Map<string, KnownFile>();

  load(): void {}

  knownByVersion(key: string, path: string, version: FileVersion): KnownFile | undefined {
    const e = this.known(key, path);
    return e !== undefined && e.size === version.size && e.mtimeMs === version.mtimeMs ? e : undefined;
  }

  knownByContent(key: string, path: string, contentId: string): KnownFile | undefined {
    const e = this.known(key, path);
    return contentId !== '' && e?.contentId === contentId ? e : undefined;
  }

  knows(key: string): boolean {
    this.load();
    return key === this.key && this.entries.size > 0;
  }

  known(key: string, path: string): KnownFile | undefined {
    this.load();
    return key === this.key ? this.entries.get(path) : undefined;
  }

  update(key: string, files: ReadonlyMap<string, KnownFile>): void {
    this.load();
    if (key === this.key && sameEntries(this.entries, files)) return;
    const before = key === this.key ? this.entries : new Map<string, KnownFile>();
    this.key = key;
    this.entries = new Map();
    for (const [p, v] of files) {
      // Findings stay with the facts they were computed from, and only with those.
      const was = before.get(p);
      this.entries.set(p, was?.findings && v.facts !== undefined && was.facts === v.facts ? { ...v, findings: was.findings } : v);
    }
    this.changed = true;
  }

  findingsOf(key: string, path: string, facts: FactsOf, listed?: (path: string) => boolean): Finding[] | undefined {
    const e = this.sameFacts(path, facts);
    if (e?.findings?.key !== key) return undefined;
    try {
      if (e.findings.asked !== undefined) {
        e.findings.answers ??= answersOf(JSON.parse(e.findings.asked));
        if (!e.findings.answers || !sameAnswers(e.findings.answers, listed)) return undefined;
      }
      if (e.findings.parsed) return e.findings.parsed;
      const list: unknown = JSON.parse(e.findings.json);
      if (isFindingList(list)) return (e.findings.parsed = list);
    } catch {
      // Damaged: computed again.
    }
    return undefined;
  }

  rememberFindings(key: string, path: string, facts: FactsOf, findings: readonly Finding[], asked?: ListingAnswers): void {
    const e = this.sameFacts(path, facts);
    if (!e) return;
    const json = JSON.stringify(findings);
    const answers = asked && asked.size > 0 ? JSON.stringify([...asked]) : undefined;
    if (e.findings?.key === key && e.findings.json === json && e.findings.asked === answers) return;
    e.findings = answers === undefined ? { key, json } : { key, json, asked: answers };
    this.changed = true;
  }

  /** The entry of `path` when it holds these very facts. */
  private sameFacts(path: string, facts: FactsOf): KnownFile | undefined {
    const e = this.entries.get(path);
    if (e?.facts === undefined) return undefined;
    // Without asking for detections a store may not have parsed.
    if (facts.cached !== undefined) return e.facts === facts.cached ? e : undefined;
    return e.facts.annotations === facts.annotations && e.facts.detections === facts.detections ? e : undefined;
  }

  /**
   * A copy held in memory of what is known now, under the same settings key: where a check of
   * another tree of the same repository (a pull request's base) starts, so that the files the two
   * trees share by content are not analysed twice. Nothing learned by the copy reaches this store.
   */
  fork(): MemoryFactsCache {
    this.load();
    const copy = new MemoryFactsCache();
    copy.key = this.key;
    // `update` replaces the map and never changes an entry's facts; findings an entry gains follow
    // from its facts and the findings key alone, so the two may share them.
    copy.entries = new Map(this.entries);
    return copy;
  }

  /** Whether `update` changed anything since the store was loaded (a store need not write it again). */
  protected changed = false;
}

/** The same files at the same versions and ids, holding something or not alike (the facts follow from the content). */
function sameEntries(a: ReadonlyMap<string, KnownFile>, b: ReadonlyMap<string, KnownFile>): boolean {
  if (a.size !== b.size) return false;
  for (const [p, v] of b) {
    const w = a.get(p);
    if (w === undefined || w.size !== v.size || w.mtimeMs !== v.mtimeMs || w.contentId !== v.contentId || (w.facts === undefined) !== (v.facts === undefined)) return false;
  }
  return true;
}

/** The answers of `asked` (`[[path, listed], …]` as parsed), or null when it is not that. */
function answersOf(asked: unknown): (readonly [string, boolean])[] | null {
  if (!Array.isArray(asked)) return null;
  for (const a of asked as unknown[]) if (!Array.isArray(a) || a.length !== 2 || typeof a[0] !== 'string' || typeof a[1] !== 'boolean') return null;
  return asked as [string, boolean][];
}

/** Whether `listed` answers each question as it was answered. */
function sameAnswers(answers: readonly (readonly [string, boolean])[], listed: ((path: string) => boolean) | undefined): boolean {
  if (!listed) return answers.length === 0;
  for (const [p, was] of answers) if (listed(p) !== was) return false;
  return true;
}
