import type { Finding, FixProposal, SeveritySetting } from './finding.js';
import type { Locale } from './i18n/messages.js';
import type { FileFacts } from './model/file-facts.js';
import { SourceFile } from './text/source-file.js';
import type { ProjectModel } from './model/project-model.js';
import { ParsedRegistry } from './manifest/registry.js';
import { ALL_RULES } from './rules/index.js';
import type { FixContext } from './fixes/context.js';
import type { Rule } from './rules/types.js';
import type { IndexHelpers, Keep } from './analysis.js';
import { todayIso } from './dates.js';
import type { CancellationToken, Logger, Workspace } from './workspace.js';
import type { FactsCache } from './facts-cache.js';
import { FileStore, type AnalysisStats } from './engine/file-store.js';
import { FindingRunner } from './engine/finding-runner.js';
import { Indexer, type IndexProgress } from './engine/indexer.js';

export type { IndexProgress };

export interface EngineOptions {
  /** 'YYYY-MM-DD'; defaults to the current UTC date. */
  today?: string;
  logger?: Logger;
  /** Severity overrides from settings or the command line; a registry's `rules:` wins. */
  overrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  /** Detection settings from the editor; a registry's `detection:` adds to them. */
  detection?: { modelIds?: boolean };
  /**
   * Remembers what each file held (and the findings the rules gave for it), so that a later run
   * neither reads nor checks again a file that did not change.
   */
  cache?: FactsCache;
  /** Threads that read and analyse files beside this one while indexing. */
  helpers?: IndexHelpers;
  /** Packs to check instead of each registry's `frameworks:` ('core' is always on). */
  frameworks?: readonly string[];
  /**
   * What indexing keeps of a file that holds something: its whole text (default: fixes and the
   * editor need it), or only the lines its facts start on, which is all a check's report shows.
   */
  keep?: Keep;
  /**
   * Per pack, from the editor's `aigov.frameworks`: 'off' (never checked, whatever a registry
   * selects) or the severity of its findings. Code settings (`overrides`, `rules:`) win.
   */
  packs?: Readonly<Record<string, SeveritySetting>>;
  /**
   * The last parse without a syntax error of a registry file, when the caller keeps one (the
   * language server does, while the user types). A registry that does not parse then governs its
   * files as that parse did; without it, findings about uncovered AI use there are held back.
   */
  lastGood?: (registryPath: string) => ParsedRegistry | undefined;
  /**
   * Registries in folders above the root, nearest first, when the root is a folder inside a
   * repository (`aigov check services/chat`): the nearest governs what no registry of the root
   * does, as if the whole repository were checked. `path` is relative to the root
   * (`../../.aigov.yaml`), `offset` the root's path from the registry's folder with a trailing
   * slash. One that does not parse leaves unknown which components cover the files it governs.
   */
  above?: readonly { path: string; offset: string; text: string }[];
}

/**
 * The engine over one workspace root: indexes files once, then updates incrementally.
 * Findings are computed on demand and cached per file.
 *
 * A facade over three parts: the `FileStore` holds what is known of the files and the model,
 * the `Indexer` fills it from the workspace, the `FindingRunner` runs the rules over it. The
 * indexer and the runner know the store, never each other.
 */
export class Engine {
  private readonly store: FileStore;
  private readonly indexer: Indexer;
  private readonly runner: FindingRunner;

  constructor(
    readonly workspace: Workspace,
    options: EngineOptions = {},
  ) {
    const { logger, cache, helpers, overrides, packs } = options;
    const packsOff = Object.entries(packs ?? {})
      .filter(([, v]) => v === 'off')
      .map(([k]) => k);
    this.store = new FileStore({
      ...(options.detection ? { detection: options.detection } : {}),
      ...(options.frameworks ? { frameworks: options.frameworks } : {}),
      ...(packsOff.length > 0 ? { packsOff } : {}),
      ...(options.lastGood ? { lastGood: options.lastGood } : {}),
      ...(options.above?.length ? { above: options.above.map((a) => ({ registry: new ParsedRegistry(new SourceFile(a.path, a.text)), offset: a.offset })) } : {}),
    });
    this.indexer = new Indexer(this.store, workspace, { ...(logger ? { logger } : {}), ...(cache ? { cache } : {}), ...(helpers ? { helpers } : {}), ...(options.keep ? { keep: options.keep } : {}) });
    this.runner = new FindingRunner(this.store, { today: options.today ?? todayIso(), rules: options.rules ?? ALL_RULES, ...(logger ? { logger } : {}), ...(overrides ? { overrides } : {}), ...(packs ? { packs } : {}), ...(cache ? { cache } : {}) });
  }

  get today(): string {
    return this.runner.today;
  }

  get model(): ProjectModel {
    return this.store.model;
  }

  get stats(): AnalysisStats {
    return this.store.stats;
  }

  /** Lists and reads every file, then builds the model. */
  indexAll(token?: CancellationToken, onProgress?: (p: IndexProgress) => void): Promise<void> {
    return this.indexer.indexAll(token, onProgress);
  }

  /**
   * Re-reads one file (from `text` when an editor holds it, else from the workspace).
   * A registry change rebuilds the model; any other change only touches that file.
   */
  updateFile(path: string, text?: string, version?: number): Promise<void> {
    return this.indexer.updateFile(path, text, version);
  }

  removeFile(path: string): void {
    this.indexer.removeFile(path);
    this.runner.forget(path);
  }

  /** All findings, sorted by file, range and code. */
  findings(): Finding[] {
    return this.runner.findings();
  }

  /** Findings located in one file. */
  findingsFor(path: string): Finding[] {
    return this.runner.findingsFor(path);
  }

  /** Quick-fixes for a finding: the rule's own, then suppression. */
  fixesFor(finding: Finding, locale?: Locale): FixProposal[] {
    return this.runner.fixesFor(finding, locale);
  }

  fixContext(): FixContext {
    return this.runner.fixContext();
  }

  get allRules(): readonly Rule[] {
    return this.runner.rules;
  }

  /** Whether a file is a document some component links (its changes can change registry findings). */
  isLinkedDocument(path: string): boolean {
    return this.store.drafts.isLinked(path);
  }

  factsOf(path: string): FileFacts | undefined {
    return this.store.facts.get(path);
  }

  /**
   * The whole text of an indexed file: kept from indexing (registries, files that hold
   * something), else read now (a file whose facts came from a cache, or one that held nothing).
   * Undefined when it cannot be read or is not text.
   */
  sourceOf(path: string): Promise<SourceFile | undefined> {
    return this.indexer.sourceOf(path);
  }

  get files(): ReadonlyMap<string, FileFacts> {
    return this.store.facts;
  }
}
