import { scanAnnotations } from './annotations/annotations.js';
import { detectArtefact } from './detection/index.js';
import { DEFAULT_DETECTION_CONFIG, type DetectionConfig } from './detection/types.js';
import { SEVERITY_RANK, type Finding, type FixProposal, type Severity, type SeveritySetting } from './finding.js';
import { COMPONENT_DOC_PATHS } from './manifest/schema.js';
import { isRegistryPath, ParsedRegistry } from './manifest/registry.js';
import { EMPTY_ANNOTATIONS, holdsSomething, type FileFacts } from './model/file-facts.js';
import { ProjectModel } from './model/project-model.js';
import { byPath, resolveFrom } from './paths.js';
import { ALL_RULES } from './rules/index.js';
import type { FixContext, Report, Rule } from './rules/types.js';
import { compareRanges } from './text/line-index.js';
import { SourceFile } from './text/source-file.js';
import { analyseSource, cacheKey, planAnalysis, readText, startAnalysis, worthReading, type FileAnalysis, type IndexHelpers, type Plan } from './analysis.js';
import { todayIso } from './dates.js';
import { neverCancelled, nullLogger, type CancellationToken, type FileListing, type FileStat, type FileVersion, type Logger, type SkippedFile, type Workspace } from './workspace.js';
import { suppressionFixes } from './fixes/suppress.js';
import type { FactsCache, KnownFile } from './facts-cache.js';
import { collectDocPaths } from './model/doc-paths.js';

export interface EngineOptions {
  /** 'YYYY-MM-DD'; defaults to the current UTC date. */
  today?: string;
  logger?: Logger;
  /** Severity overrides from settings or the command line; a registry's `rules:` wins. */
  overrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  /** Detection settings from the editor; a registry's `detection:` adds to them. */
  detection?: { modelIds?: boolean };
  /** Skips re-reading files that held nothing last time (same size and mtime). */
  cache?: FactsCache;
  /** Threads that read and analyse files beside this one while indexing. */
  helpers?: IndexHelpers;
  /** Packs to check instead of each registry's `frameworks:` ('core' is always on). */
  frameworks?: readonly string[];
}

export interface IndexProgress {
  done: number;
  total: number;
}

export interface AnalysisStats {
  files: number;
  registries: number;
  components: number;
  skipped: SkippedFile[];
}

const READ_BATCH = 64;

/**
 * The engine over one workspace root: indexes files once, then updates incrementally.
 * Findings are computed on demand and cached per file.
 */
export class Engine {
  readonly today: string;
  private readonly log: Logger;
  private readonly rules: readonly Rule[];
  private readonly ruleByCode: Map<string, Rule>;
  private readonly ruleCodes: ReadonlySet<string>;
  private readonly facts = new Map<string, FileFacts>();
  private readonly registries = new Map<string, ParsedRegistry>();
  private docStats = new Map<string, FileStat | undefined>();
  private currentModel: ProjectModel;
  private skipped: SkippedFile[] = [];
  private modelGen = 0;
  private factsGen = 0;
  private readonly sourceCache = new Map<string, { gen: number; facts: FileFacts; findings: Finding[] }>();
  private readonly registryCache = new Map<string, { gen: number; factsGen: number; findings: Finding[] }>();
  private readonly failedRules = new Set<string>();

  constructor(
    readonly workspace: Workspace,
    private readonly options: EngineOptions = {},
  ) {
    this.today = options.today ?? todayIso();
    this.log = options.logger ?? nullLogger;
    this.rules = options.rules ?? ALL_RULES;
    this.ruleByCode = new Map(this.rules.map((r) => [r.code, r]));
    this.ruleCodes = new Set(this.ruleByCode.keys());
    this.currentModel = new ProjectModel([], this.facts, new Map(), options.frameworks);
  }

  get model(): ProjectModel {
    return this.currentModel;
  }

  get stats(): AnalysisStats {
    return {
      files: this.facts.size,
      registries: this.registries.size,
      components: this.currentModel.components.length,
      skipped: [...this.skipped].sort(byPath),
    };
  }

  /** Lists and reads every file, then builds the model. */
  async indexAll(token: CancellationToken = neverCancelled, onProgress?: (p: IndexProgress) => void): Promise<void> {
    const { cache, helpers } = this.options;
    // With a cache, content ids from version control (asked for while listing) spare even the
    // look at the size and mtime of files known empty, and hold across fresh clones.
    const asked = cache ? this.workspace.contentIds?.(token) : undefined;
    const listed = this.workspace.listFiles(token);
    cache?.load?.(); // while the listing's processes run
    const listing = await listed;
    this.facts.clear();
    this.registries.clear();
    this.skipped = [];
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
    const early = this.detectionConfig();
    const headStart = helpers !== undefined && sources.length >= helpers.minFiles && !(asked && cache?.knows(cacheKey(early)));
    let planned = headStart ? planAnalysis(early, sources, listing.stats, cache) : undefined;
    reading = planned?.toRead.length ?? 0;
    let analysis = planned && helpers && reading >= helpers.minFiles ? startAnalysis(this.workspace, helpers, planned, token, progress) : undefined;
    for (const p of regs) await this.loadFile(p, undefined, undefined, undefined, true);
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
      sources.push(...more.sources);
      for (const p of more.regs) await this.loadFile(p, undefined, undefined, undefined, true);
    }
    const config = this.detectionConfig();
    if (analysis && planned && JSON.stringify(config) !== JSON.stringify(planned.config)) {
      analysis.cancel();
      await analysis.finish();
      analysis = undefined;
    }
    if (analysis && planned) {
      if (more.sources.length > 0) {
        const added = plan(config, more.sources);
        analysis.add(added);
        planned.known.push(...added.known);
        planned.unread.push(...added.unread);
        reading += added.toRead.length;
      }
    } else {
      planned = plan(config, sources);
      reading = planned.toRead.length;
    }
    for (const [p, v] of planned.known) this.facts.set(p, { path: p, kind: 'source', annotations: EMPTY_ANNOTATIONS, detections: [], ...v });
    for (const p of planned.unread) this.facts.set(p, { path: p, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [] });
    analysis ??= startAnalysis(this.workspace, helpers, planned, token, progress);
    const results = await analysis.finish();
    if (!results) return;
    // In listing order, whichever thread analysed them.
    for (const r of results) if (r) this.applyAnalysis(r, listing.stats?.get(r.path), ids?.get(r.path));
    onProgress?.({ done: total, total });
    if (cache) cache.update(planned.key, this.emptyFiles());
    await this.rebuildModel();
  }

  /**
   * Notes a listing (or its second part): skips, folders named like a registry (AIGOV007) and
   * model artefacts; answers its registries and the source files to read.
   */
  private takeListing(listing: FileListing): { regs: string[]; sources: string[] } {
    this.skipped.push(...listing.skipped);
    for (const s of listing.skipped) {
      if (s.reason === 'not-a-file' && isRegistryPath(s.path)) {
        this.facts.set(s.path, { path: s.path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'not-a-file' });
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

  /** Records one file's analysis, made on this thread or by a helper. */
  private applyAnalysis(r: FileAnalysis, version: FileVersion | undefined, contentId: string | undefined): void {
    const path = r.path;
    const id = contentId === undefined ? {} : { contentId };
    switch (r.outcome) {
      case 'gone':
        this.facts.delete(path);
        return;
      case 'passed-over':
        this.facts.delete(path);
        this.noteSkipped(path, r.reason);
        return;
      case 'unread':
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [] });
        return;
      case 'undecodable':
        this.noteSkipped(path, r.reason);
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: r.reason, size: r.size });
        return;
      case 'empty': {
        const v = r.version ?? version;
        this.facts.set(path, { path, kind: 'source', annotations: EMPTY_ANNOTATIONS, detections: [], ...(v ? { size: v.size, mtimeMs: v.mtimeMs } : {}), ...id });
        return;
      }
      case 'failed':
        this.log.error(`Could not analyse ${path}`, r.message);
        this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'unreadable' });
        return;
      case 'source': {
        // Only a version seen before reading may key the cache: the file cannot have changed after it.
        const v = r.version ?? version;
        this.facts.set(path, { path, kind: 'source', source: new SourceFile(path, r.text), annotations: r.annotations, detections: r.detections, ...(v ? { size: v.size, mtimeMs: v.mtimeMs } : {}), ...id });
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
    const detectionBefore = registryChanged ? JSON.stringify(this.detectionConfig()) : '';
    await this.loadFile(path, text === undefined ? undefined : new SourceFile(path, text, version));
    this.factsGen++;
    if (registryChanged) {
      // New `detection.libraries.extra` or `model_ids`: every file's detections depend on them.
      if (JSON.stringify(this.detectionConfig()) !== detectionBefore) await this.redetectAll();
      await this.rebuildModel();
    } else this.currentModel.invalidateCoverage();
  }

  /** Re-runs detection on every source file with the current detection settings. */
  private async redetectAll(): Promise<void> {
    const config = this.detectionConfig();
    const paths = [...this.facts.values()].filter((f) => f.kind === 'source').map((f) => f.path);
    for (let i = 0; i < paths.length; i += READ_BATCH) {
      await Promise.all(paths.slice(i, i + READ_BATCH).map((p) => this.loadFile(p, this.facts.get(p)?.source, config)));
    }
  }

  removeFile(path: string): void {
    const wasRegistry = this.registries.delete(path);
    this.facts.delete(path);
    this.sourceCache.delete(path);
    this.factsGen++;
    if (wasRegistry) {
      this.registryCache.delete(path);
      this.currentModel = new ProjectModel(this.registries.values(), this.facts, this.docStats, this.options.frameworks);
      this.modelGen++;
    } else {
      this.currentModel.invalidateCoverage();
    }
  }

  /** All findings, sorted by file, range and code. */
  findings(): Finding[] {
    const out: Finding[] = [];
    // Only registries and files that hold something can have findings (see sourceFindings).
    const paths: string[] = [];
    for (const [path, facts] of this.facts) if (this.registries.has(path) || mayHaveFindings(facts)) paths.push(path);
    for (const path of paths.sort()) out.push(...this.findingsFor(path));
    return out;
  }

  /** Findings located in one file. */
  findingsFor(path: string): Finding[] {
    const facts = this.facts.get(path);
    if (!facts) return [];
    const reg = this.registries.get(path);
    const out: Finding[] = [];
    if (reg) out.push(...this.registryFindings(reg));
    out.push(...this.sourceFindings(facts));
    return sortFindings(out);
  }

  /** Quick-fixes for a finding: the rule's own, then suppression. */
  fixesFor(finding: Finding): FixProposal[] {
    const ctx = this.fixContext();
    const rule = this.ruleByCode.get(finding.code);
    const out: FixProposal[] = [];
    if (rule?.fixes) {
      try {
        out.push(...rule.fixes(finding, ctx));
      } catch (err) {
        this.log.error(`Fixes for ${finding.code} failed`, err);
      }
    }
    out.push(...suppressionFixes(finding, ctx));
    return out;
  }

  fixContext(): FixContext {
    return {
      model: this.currentModel,
      today: this.today,
      textOf: (p) => this.facts.get(p)?.source?.text,
      exists: (p) => this.currentModel.exists(p),
    };
  }

  ruleFor(code: string): Rule | undefined {
    return this.ruleByCode.get(code);
  }

  get allRules(): readonly Rule[] {
    return this.rules;
  }

  factsOf(path: string): FileFacts | undefined {
    return this.facts.get(path);
  }

  get files(): ReadonlyMap<string, FileFacts> {
    return this.facts;
  }

  // ---------------------------------------------------------------- internals

  private detectionConfig(): DetectionConfig {
    const extra: DetectionConfig['extraLibraries'] = [];
    let modelIds = this.options.detection?.modelIds ?? DEFAULT_DETECTION_CONFIG.modelIds;
    // In path order, whatever order the registries were read in (a listing's second part, edits).
    for (const r of [...this.registries.values()].sort(byPath)) {
      const d = r.data?.detection;
      for (const e of d?.libraries?.extra ?? []) extra.push(typeof e === 'string' ? { name: e } : e);
      if (d?.model_ids) modelIds = true;
    }
    return { extraLibraries: extra, modelIds };
  }

  /** Source files with nothing in them, with the version they were read at or their content id: what the cache keeps. */
  private emptyFiles(): Map<string, KnownFile> {
    const out = new Map<string, KnownFile>();
    for (const f of this.facts.values()) {
      if (f.kind !== 'source' || holdsSomething(f.annotations, f.detections)) continue;
      const versioned = f.size !== undefined && f.mtimeMs !== undefined;
      if (!versioned && f.contentId === undefined) continue;
      out.set(f.path, { ...(versioned ? { size: f.size, mtimeMs: f.mtimeMs } : {}), ...(f.contentId !== undefined ? { contentId: f.contentId } : {}) });
    }
    return out;
  }

  /**
   * Reads, decodes and analyses one file. `listed`: the path comes from the listing just made, so
   * the workspace may lend the bytes and may report there, rather than while listing, why the
   * file is passed over.
   */
  private async loadFile(path: string, given?: SourceFile, config?: DetectionConfig, version?: FileVersion, listed = false): Promise<void> {
    try {
      const artefact = detectArtefact(path);
      if (artefact) {
        this.facts.set(path, { path, kind: 'artefact', annotations: EMPTY_ANNOTATIONS, detections: [artefact] });
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
        if (read === undefined || !('decoded' in read)) {
          this.facts.delete(path);
          this.registries.delete(path);
          if (read && 'passedOver' in read) this.noteSkipped(path, read.passedOver);
          return;
        }
        const { decoded, size } = read;
        if (decoded.skipped) {
          this.noteSkipped(path, decoded.skipped);
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
      const { annotations, detections, holdsSomething } = analyseSource(source, config ?? this.detectionConfig());
      this.facts.set(path, {
        path,
        kind: 'source',
        ...(holdsSomething ? { source } : {}),
        annotations,
        detections,
        // Only a version seen before reading may key the cache: the file cannot have changed after it.
        ...(version && !given ? { size: version.size, mtimeMs: version.mtimeMs } : {}),
      });
    } catch (err) {
      this.log.error(`Could not analyse ${path}`, err);
      this.facts.set(path, { path, kind: 'other', annotations: EMPTY_ANNOTATIONS, detections: [], skipped: 'unreadable' });
    }
  }

  private noteSkipped(path: string, reason: SkippedFile['reason']): void {
    this.skipped = this.skipped.filter((s) => s.path !== path);
    this.skipped.push({ path, reason });
  }

  private async rebuildModel(): Promise<void> {
    const provisional = new ProjectModel(this.registries.values(), this.facts, new Map(), this.options.frameworks);
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
    this.docStats = stats;
    this.currentModel = new ProjectModel(this.registries.values(), this.facts, stats, this.options.frameworks);
    this.modelGen++;
    this.factsGen++;
  }

  private registryFindings(reg: ParsedRegistry): Finding[] {
    const cached = this.registryCache.get(reg.path);
    if (cached && cached.gen === this.modelGen && cached.factsGen === this.factsGen) return cached.findings;
    const frameworks = this.currentModel.frameworksOf(reg);
    const out: Finding[] = [];
    for (const rule of this.rules) {
      if (rule.scope !== 'registry' || !frameworks.has(rule.pack)) continue;
      this.runRule(rule, out, (report) => rule.check({ model: this.currentModel, today: this.today, ruleCodes: this.ruleCodes, registry: reg, report }));
    }
    const findings = this.finish(out);
    this.registryCache.set(reg.path, { gen: this.modelGen, factsGen: this.factsGen, findings });
    return findings;
  }

  private sourceFindings(facts: FileFacts): Finding[] {
    const cached = this.sourceCache.get(facts.path);
    if (cached && cached.gen === this.modelGen && cached.facts === facts) return cached.findings;
    // Source rules report only on what a file holds: most files hold nothing (measured: a third
    // of the findings time at 100k files).
    if (!mayHaveFindings(facts)) return [];
    const frameworks = this.currentModel.frameworksOf(this.currentModel.governing(facts.path));
    const coverage = this.currentModel.coverage(facts.path);
    const out: Finding[] = [];
    for (const rule of this.rules) {
      if (rule.scope !== 'source' || !frameworks.has(rule.pack)) continue;
      this.runRule(rule, out, (report) => rule.check({ model: this.currentModel, today: this.today, ruleCodes: this.ruleCodes, facts, coverage, report }));
    }
    const findings = this.finish(out);
    this.sourceCache.set(facts.path, { gen: this.modelGen, facts, findings });
    return findings;
  }

  private runRule(rule: Rule, out: Finding[], run: (report: (r: Report) => void) => void): void {
    try {
      run((r) => {
        const f: Finding = {
          code: rule.code,
          severity: r.severity ?? rule.defaultSeverity,
          message: r.message,
          file: r.file,
          range: r.range,
        };
        if (r.data) f.data = r.data;
        const citation = r.citation ?? rule.citation;
        if (citation) f.citation = citation;
        if (r.tags) f.tags = r.tags;
        if (r.related) f.related = r.related;
        out.push(f);
      });
    } catch (err) {
      if (!this.failedRules.has(rule.code)) {
        this.failedRules.add(rule.code);
        this.log.error(`Rule ${rule.code} (${rule.slug}) failed; its findings are missing, the others are not affected`, err);
      }
    }
  }

  /** Applies severity overrides and suppressions. */
  private finish(raw: Finding[]): Finding[] {
    const out: Finding[] = [];
    for (const f of raw) {
      const setting = this.severitySetting(f);
      if (setting === 'off') continue;
      if (setting) f.severity = setting;
      if (this.isSuppressed(f)) continue;
      out.push(f);
    }
    return out;
  }

  private severitySetting(f: Finding): SeveritySetting | undefined {
    const reg = this.registries.get(f.file) ?? this.currentModel.governing(f.file);
    return reg?.data?.rules?.[f.code] ?? this.options.overrides?.[f.code];
  }

  private isSuppressed(f: Finding): boolean {
    // AIGOV204 (suppression without a reason) cannot itself be suppressed.
    if (f.code === 'AIGOV204') return false;
    const sups = this.facts.get(f.file)?.annotations.suppressions ?? [];
    if (sups.length === 0) return false;
    // In a registry, a suppression above a component's `- id:` line covers the whole component.
    const id = f.data?.id;
    const componentLine = typeof id === 'string' ? this.registries.get(f.file)?.components.find((c) => c.id === id)?.range.start.line : undefined;
    return sups.some(
      (s) =>
        s.reason !== undefined &&
        s.reason.trim() !== '' &&
        s.codes.includes(f.code) &&
        (s.scope === 'file' || s.targetLine === f.range.start.line || (componentLine !== undefined && s.targetLine === componentLine)),
    );
  }
}

/** Source rules report only on what a file holds, or on a registry path that is not a file. */
function mayHaveFindings(facts: FileFacts): boolean {
  return holdsSomething(facts.annotations, facts.detections) || facts.skipped === 'not-a-file';
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      compareRanges(a.range, b.range) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** True when any finding is at or above the threshold. */
export function hasFindingsAtOrAbove(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}

/** One-shot analysis: index everything and return the sorted findings. */
export async function analyze(workspace: Workspace, options: EngineOptions = {}, token?: CancellationToken): Promise<{ engine: Engine; findings: Finding[] }> {
  const engine = new Engine(workspace, options);
  await engine.indexAll(token);
  return { engine, findings: engine.findings() };
}

export { COMPONENT_DOC_PATHS };
