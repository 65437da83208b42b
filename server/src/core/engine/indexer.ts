import { scanAnnotations } from '../annotations/annotations.js';
import { detectArtefact, sniffCandidate } from '../detection/index.js';
import type { DetectionConfig } from '../detection/types.js';
import { isRegistryPath, ParsedRegistry } from '../manifest/registry.js';
import { EMPTY_ANNOTATIONS, factsHoldSomething, KnownFileFacts, type FileFacts } from '../model/file-facts.js';
import { resolveFrom } from '../paths.js';
import { SourceFile } from '../text/source-file.js';
import { analyseSource, cacheKey, factLineNumbers, planAnalysis, readText, sniffArtefact, startAnalysis, worthReading, type FileAnalysis, type IndexHelpers, type Keep, type Plan } from '../analysis.js';
import { neverCancelled, nullLogger, type CancellationToken, type FileListing, type FileStat, type FileVersion, type Logger, type SkippedFile, type Workspace } from '../workspace.js';
import type { CachedFacts, FactsCache, KnownFile } from '../facts-cache.js';
import { collectDocPaths } from '../model/doc-paths.js';
import type { FileStore } from './file-store.js';
import { pushAll } from '../arrays.js';

interface IndexerOptions {
  logger?: Logger;
  /** Remembers what each file held, so that an unchanged file is not analysed again. */
  cache?: FactsCache;
  /** Threads that read and analyse files beside this one while indexing. */
  helpers?: IndexHelpers;
  /** What `indexAll` keeps of a file that holds something: its text (default), or only its facts' lines. */
  keep?: Keep;
}

export interface IndexProgress {
  done: number;
  total: number;
}

/** How `loadFile` gets and analyses a file. */
interface LoadOptions {
  /** The text an editor holds: used instead of reading the file. */
  text?: SourceFile;
  /** Detection settings, when the caller computed them already (else the store's). */
  config?: DetectionConfig;
  /**
   * The path comes from the listing just made, so the workspace may lend the bytes and may report
   * there, rather than while listing, why the file is passed over.
   */
  listed?: boolean;
}

const READ_BATCH = 64;

/**
 * Fills a `FileStore` from a workspace: lists and reads every file once (with helper threads and
 * a cache when given), then re-reads single files as they change, and rebuilds the model.
 */
export class Indexer {
  private readonly log: Logger;
  private readonly facts: Map<string, FileFacts>;
  private readonly registries: Map<string, ParsedRegistry>;

  constructor(
    private readonly store: FileStore,
    readonly workspace: Workspace,
    private readonly options: IndexerOptions = {},
  ) {
    this.log = options.logger ?? nullLogger;
    this.facts = store.facts;
    this.registries = store.registries;
  }

  /** Lists and reads every file, then builds the model. */
  async indexAll(token: CancellationToken = neverCancelled, onProgress?: (p: IndexProgress) => void): Promise<void> {
    const { cache, helpers, keep = 'text' } = this.options;
    // With a cache, content ids from version control (asked for while listing) spare even the
    // look at the size and mtime of files known empty, and hold across fresh clones.
    const asked = cache ? this.workspace.shortcuts?.contentIds(token) : undefined;
    const listed = this.workspace.listFiles(token);
    cache?.loadSoon?.(); // while the listing's processes run
    const listing = await listed;
    this.facts.clear();
    this.registries.clear();
    this.store.skipped = [];
    const { regs, sources } = this.takeListing(listing);
    let total = listing.files.length;
    /** Files to read in the current plan: the others (registries, artefacts, known empty) count as done. */
    let reading = 0;
    const progress = (done: number) => onProgress?.({ done: total - reading + done, total });
    // Helpers start on the source files at once, with the detection settings known before the
    // registries are read, while this thread reads them. Registries seldom change those settings
    // (`detection:`); when they do, the head start is dropped and the files analysed again.
    // Not when content ids are on their way to a cache that knows files under these settings:
    // most files are known empty then, and the plan waits for the ids. (A cold cache learns the
    // ids as the results are applied.) Without helpers to start, the plan is made once, below.
    const early = this.store.detectionConfig();
    const headStart = helpers !== undefined && sources.length >= helpers.minFiles && !(asked && cache?.knows(cacheKey(early)));
    let planned = headStart ? planAnalysis(early, sources, listing.stats, cache) : undefined;
    reading = planned?.toRead.length ?? 0;
    let analysis = planned && helpers && reading >= helpers.minFiles ? startAnalysis(this.workspace, helpers, planned, token, progress, keep) : undefined;
    for (const p of regs) await this.loadFile(p, { listed: true });
    const ids = await asked;
    const plan = (config: DetectionConfig, paths: readonly string[]): Plan => planAnalysis(config, paths, listing.stats, cache, ids);
    // The listing's second part (a repository's untracked files) arrives while the first is read.
    const rest = listing.more ? await listing.more : undefined;
    if (listing.more && !rest) {
      // Cancelled while listing.
      analysis?.cancel();
      await analysis?.finish();
      return;
    }
    const more = rest ? this.takeListing(rest) : { regs: [], sources: [] };
    if (rest) {
      total += rest.files.length;
      pushAll(sources, more.sources);
      for (const p of more.regs) await this.loadFile(p, { listed: true });
    }
    const config = this.store.detectionConfig();
    if (analysis && planned && JSON.stringify(config) !== JSON.stringify(planned.config)) {
      analysis.cancel();
      await analysis.finish();
      analysis = undefined;
    }
    if (analysis && planned) {
      if (more.sources.length > 0) {
        const added = plan(config, more.sources);
        analysis.add(added);
        pushAll(planned.known, added.known);
        pushAll(planned.unread, added.unread);
        for (const [p, f] of added.facts) planned.facts.set(p, f);
        reading += added.toRead.length;
      }
    } else {
      planned = plan(config, sources);
      reading = planned.toRead.length;
    }
    for (const [p, { facts, ...v }] of planned.known) this.facts.set(p, this.knownFacts(p, facts, v));
    for (const p of planned.unread) this.facts.set(p, { path: p, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [] });
    analysis ??= startAnalysis(this.workspace, helpers, planned, token, progress, keep);
    const results = await analysis.finish();
    if (!results) return;
    // In listing order, whichever thread analysed them.
    for (const r of results) if (r) this.applyAnalysis(r, listing.stats?.get(r.path), ids?.get(r.path), planned.facts);
    onProgress?.({ done: total, total });
    if (cache) cache.update(planned.key, this.knownFiles());
    await this.rebuildModel();
  }

  /**
   * Notes a listing (or its second part): skips, folders named like a registry (AIGOV007) and
   * model artefacts; answers its registries and the source files to read.
   */
  private takeListing(listing: FileListing): { regs: string[]; sources: string[] } {
    pushAll(this.store.skipped, listing.skipped);
    for (const s of listing.skipped) {
      // A registry that is not read is a finding (AIGOV007, AIGOV008), and so is a file whose name
      // is not UTF-8 or a file or folder that cannot be read (AIGOV009): never a silent skip.
      if (isRegistryPath(s.path) || s.reason === 'name-not-utf8' || s.reason === 'unreadable') {
        this.facts.set(s.path, { path: s.path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: s.reason });
      }
    }
    const regs: string[] = [];
    const sources: string[] = [];
    for (const p of listing.files) {
      if (isRegistryPath(p)) regs.push(p);
      else {
        const artefact = detectArtefact(p);
        if (artefact) this.facts.set(p, { path: p, kind: 'artefact', annotations: EMPTY_ANNOTATIONS, detections: [artefact] });
        else sources.push(p);
      }
    }
    return { regs, sources };
  }

  /** Records one file's analysis, made on this thread or by a helper; `known`: what a cache knew of files it let go unread. */
  private applyAnalysis(r: FileAnalysis, version: FileVersion | undefined, contentId: string | undefined, known: ReadonlyMap<string, CachedFacts>): void {
    const path = r.path;
    const id = contentId === undefined ? {} : { contentId };
    switch (r.outcome) {
      case 'gone':
        this.facts.delete(path);
        return;
      case 'passed-over':
        this.facts.delete(path);
        this.store.noteSkipped(path, r.reason);
        // There but not readable: reported (AIGOV009), never a silent skip.
        if (r.reason === 'unreadable') this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: r.reason });
        return;
      case 'unread':
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [] });
        return;
      case 'artefact':
        this.facts.set(path, { path, kind: 'artefact', annotations: EMPTY_ANNOTATIONS, detections: [r.detection] });
        return;
      case 'undecodable':
        this.store.noteSkipped(path, r.reason);
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: r.reason, size: r.size });
        return;
      case 'empty': {
        const v = r.version ?? version;
        this.facts.set(path, { path, kind: 'source', annotations: EMPTY_ANNOTATIONS, detections: [], ...(v ? { size: v.size, mtimeMs: v.mtimeMs } : {}), ...id });
        return;
      }
      case 'known':
        this.facts.set(path, this.knownFacts(path, known.get(path), { size: r.version.size, mtimeMs: r.version.mtimeMs, ...id }));
        return;
      case 'failed':
        this.log.error(`Could not analyse ${path}`, r.message);
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'unreadable' });
        return;
      case 'source': {
        // Only a version seen before reading may key the cache: the file cannot have changed after it.
        const v = r.version ?? version;
        const kept = 'text' in r ? { source: new SourceFile(path, r.text) } : { lines: r.lines };
        this.facts.set(path, { path, kind: 'source', ...kept, annotations: r.annotations, detections: r.detections, ...(v ? { size: v.size, mtimeMs: v.mtimeMs } : {}), ...id });
      }
    }
  }

  /**
   * Re-reads one file (from `text` when an editor holds it, else from the workspace).
   * A registry change rebuilds the model; any other change only touches that file.
   */
  async updateFile(path: string, text?: string, version = -1): Promise<void> {
    const wasRegistry = this.registries.has(path);
    const stat = text === undefined ? await this.workspace.stat(path) : undefined;
    if (text === undefined && (!stat || stat.type !== 'file')) {
      this.removeFile(path);
      return;
    }
    const registryChanged = wasRegistry || isRegistryPath(path);
    const detectionBefore = registryChanged ? JSON.stringify(this.store.detectionConfig()) : '';
    await this.loadFile(path, text === undefined ? {} : { text: new SourceFile(path, text, version) });
    await this.store.drafts.update(this.workspace, path, text);
    this.store.factsChanged();
    if (registryChanged) {
      // New `detection.libraries.extra` or `model_ids`: every file's detections depend on them.
      if (JSON.stringify(this.store.detectionConfig()) !== detectionBefore) await this.redetectAll();
      await this.rebuildModel();
    } else this.store.model.invalidateCoverage();
  }

  /** Re-runs detection on every source file with the current detection settings. */
  private async redetectAll(): Promise<void> {
    const config = this.store.detectionConfig();
    const paths = [...this.facts.values()].filter((f) => f.kind === 'source').map((f) => f.path);
    for (let i = 0; i < paths.length; i += READ_BATCH) {
      await Promise.all(paths.slice(i, i + READ_BATCH).map((p) => this.loadFile(p, { text: this.facts.get(p)?.source, config })));
    }
  }

  /** See `Engine.sourceOf`. */
  async sourceOf(path: string): Promise<SourceFile | undefined> {
    const known = this.facts.get(path)?.source;
    if (known) return known;
    const read = await readText(this.workspace, path, false);
    return read && 'decoded' in read && !read.decoded.skipped ? new SourceFile(path, read.decoded.text) : undefined;
  }

  removeFile(path: string): void {
    const wasRegistry = this.registries.delete(path);
    this.facts.delete(path);
    this.store.drafts.drop(path);
    this.store.factsChanged();
    if (wasRegistry) this.store.replaceModel();
    else this.store.model.invalidateCoverage();
  }

  /** Source files with the version they were read at or their content id, and what they hold: what the cache keeps. */
  private knownFiles(): Map<string, KnownFile> {
    const out = new Map<string, KnownFile>();
    for (const f of this.facts.values()) {
      if (f.kind !== 'source') continue;
      const versioned = f.size !== undefined && f.mtimeMs !== undefined;
      if (!versioned && f.contentId === undefined) continue;
      let facts: CachedFacts | undefined;
      if (factsHoldSomething(f)) {
        // The cache's own record of facts it gave this run is kept as it is (a warm run rebuilds none).
        const given = f.cached;
        facts = given && (given.vouched === true || keepsEveryLine(given)) ? given : cachedFacts(f);
        // A line not known (facts from a cache that lost it): no entry, so that the file is read
        // and analysed next time; an entry without facts would say that it holds nothing.
        if (!facts) continue;
      }
      out.set(f.path, {
        ...(versioned ? { size: f.size, mtimeMs: f.mtimeMs } : {}),
        ...(f.contentId !== undefined ? { contentId: f.contentId } : {}),
        ...(facts ? { facts } : {}),
      });
    }
    return out;
  }

  /** The facts of a source file that a cache knew (`facts` absent: it held nothing), not read this time. */
  private knownFacts(path: string, facts: CachedFacts | undefined, v: Omit<KnownFile, 'facts'>): FileFacts {
    if (!facts) return { path, kind: 'source', annotations: EMPTY_ANNOTATIONS, detections: [], ...v };
    // Detections as the cache gives them, when asked for: a rule whose findings the cache kept never asks.
    return new KnownFileFacts(path, facts, v);
  }

  /** Reads, decodes and analyses one file (see `LoadOptions`). */
  private async loadFile(path: string, { text: given, config, listed = false }: LoadOptions): Promise<void> {
    try {
      const artefact = detectArtefact(path);
      if (artefact) {
        this.facts.set(path, { path, kind: 'artefact', annotations: EMPTY_ANNOTATIONS, detections: [artefact] });
        return;
      }
      const sniffed = !given && sniffCandidate(path) ? await sniffArtefact(this.workspace, path) : undefined;
      if (sniffed === 'unreadable') {
        // Whether it is a model is unknown: reported (AIGOV009), never a silent skip.
        this.store.noteSkipped(path, 'unreadable');
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'unreadable' });
        return;
      }
      if (sniffed) {
        this.facts.set(path, { path, kind: 'artefact', annotations: EMPTY_ANNOTATIONS, detections: [sniffed] });
        return;
      }
      if (!given && !isRegistryPath(path) && !worthReading(path)) {
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [] });
        return;
      }
      let source = given;
      if (!source) {
        const read = await readText(this.workspace, path, listed);
        // (`unchanged` answers only a read asked for it, which this one is not.)
        // A plain read tells no reason: a file still there that gave no bytes could not be read.
        const why = read === undefined && !listed ? await this.unreadReason(path) : read && 'passedOver' in read ? read.passedOver : undefined;
        if (read === undefined || !('decoded' in read)) {
          this.facts.delete(path);
          this.registries.delete(path);
          if (why !== undefined) {
            this.store.noteSkipped(path, why);
            if (isRegistryPath(path) || why === 'unreadable') this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: why });
          }
          return;
        }
        const { decoded, size } = read;
        if (decoded.skipped) {
          this.store.noteSkipped(path, decoded.skipped);
          this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: decoded.skipped, size });
          if (isRegistryPath(path)) this.registries.delete(path);
          return;
        }
        source = new SourceFile(path, decoded.text);
      }
      if (isRegistryPath(path)) {
        const annotations = source.text.includes('@aigov') ? scanAnnotations(source) : EMPTY_ANNOTATIONS;
        this.registries.set(path, new ParsedRegistry(source));
        this.facts.set(path, { path, kind: 'registry', source, annotations, detections: [] });
        return;
      }
      const { annotations, detections, holdsSomething } = analyseSource(source, config ?? this.store.detectionConfig());
      this.facts.set(path, {
        path,
        kind: 'source',
        ...(holdsSomething ? { source } : {}),
        annotations,
        detections,
      });
    } catch (err) {
      this.log.error(`Could not analyse ${path}`, err);
      this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'unreadable' });
    }
  }

  /** Why a file `readFile` gave no bytes for was not read: gone (undefined), out of the workspace, or unreadable. */
  private async unreadReason(path: string): Promise<SkippedFile['reason'] | undefined> {
    const st = await this.workspace.stat(path);
    if (st?.type !== 'file') return undefined;
    return st.escapes ? 'outside-workspace' : 'unreadable';
  }

  private async rebuildModel(): Promise<void> {
    const provisional = this.store.buildModel(new Map());
    // Referenced documents that are not in the listing (ignored folders, symlinks): stat them.
    const stats = new Map<string, FileStat | undefined>();
    for (const ref of collectDocPaths(provisional)) {
      const p = resolveFrom(ref.component.registry.dir, ref.value);
      if (p === undefined || this.facts.has(p) || stats.has(p)) continue;
      stats.set(p, await this.workspace.stat(p));
    }
    // Listed files can be symlinks that leave the workspace too.
    for (const ref of collectDocPaths(provisional)) {
      const p = resolveFrom(ref.component.registry.dir, ref.value);
      if (p === undefined || stats.has(p)) continue;
      const st = await this.workspace.stat(p);
      if (st?.escapes) stats.set(p, st);
    }
    this.store.replaceModel(stats);
    // Linked documents still in their template's state (AIGOV110), re-read only when they changed.
    await this.store.drafts.refresh(this.store.model, this.workspace, (p) => {
      const src = this.facts.get(p)?.source;
      return src && src.version !== -1 ? src.text : undefined;
    });
    this.store.factsChanged();
  }
}


/** Whether cached facts hold the text of every line a fact starts on (as `cachedFacts` makes them). */
function keepsEveryLine({ annotations, detections, lines }: CachedFacts): boolean {
  const has = (r: { start: { line: number } } | undefined) => r === undefined || lines[r.start.line] !== undefined;
  for (const a of annotations.annotations) if (!has(a.range) || !has(a.idRange) || !has(a.blockRange)) return false;
  for (const x of annotations.suppressions) if (!has(x.range) || (x.targetLine !== undefined && lines[x.targetLine] === undefined)) return false;
  for (const m of annotations.malformed) if (!has(m.range)) return false;
  for (const d of detections) if (!has(d.range)) return false;
  return true;
}

/**
 * What the cache keeps of a file that holds something: its facts, and the text of each line a
 * fact starts on (what a report shows and fingerprints), so that a later run need not read it.
 */
function cachedFacts(f: FileFacts): CachedFacts | undefined {
  const lines: Record<number, string> = {};
  for (const n of factLineNumbers(f.annotations, f.detections)) {
    const text = f.source ? f.source.lineIndex.lineText(n) : f.lines?.[n];
    // A line not known (facts from a cache without it): this file is read and analysed next time.
    if (text === undefined) return undefined;
    lines[n] = text;
  }
  return { annotations: f.annotations, detections: f.detections, lines };
}
