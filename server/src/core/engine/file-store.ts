import { DEFAULT_DETECTION_CONFIG, type DetectionConfig } from '../detection/types.js';
import type { ParsedRegistry } from '../manifest/registry.js';
import { DraftIndex } from '../model/drafts.js';
import type { FileFacts } from '../model/file-facts.js';
import { ProjectModel, type RegistryAbove } from '../model/project-model.js';
import { byPath } from '../paths.js';
import type { FileStat, SkippedFile } from '../workspace.js';

export interface AnalysisStats {
  files: number;
  registries: number;
  components: number;
  skipped: SkippedFile[];
}

interface StoreSettings {
  /** Detection settings from the editor; a registry's `detection:` adds to them. */
  detection?: { modelIds?: boolean };
  /** Packs to check instead of each registry's `frameworks:`. */
  frameworks?: readonly string[];
  /** Packs turned off in the editor (`aigov.frameworks`): never checked, whatever a registry selects. */
  packsOff?: readonly string[];
  /** The last good parse of a registry that does not parse now (see `EngineOptions.lastGood`). */
  lastGood?: (registryPath: string) => ParsedRegistry | undefined;
  /** Registries in folders above the root, nearest first (see `EngineOptions.above`). */
  above?: readonly RegistryAbove[];
}

/**
 * What the engine knows of one workspace root: the facts of every file, the parsed registries,
 * the model built from them, and the files passed over. The indexer writes it; the finding runner
 * reads it. Two generations tell the runner's caches what changed: `modelGen` when the model is
 * replaced, `factsGen` when any file's facts change.
 */
export class FileStore {
  readonly facts = new Map<string, FileFacts>();
  readonly registries = new Map<string, ParsedRegistry>();
  skipped: SkippedFile[] = [];
  /** Linked documents that are still unfilled templates (AIGOV110); the indexer keeps it current. */
  readonly drafts = new DraftIndex();
  private currentModel: ProjectModel;
  /** Referenced documents outside the listing, as last stat'ed (see `Indexer.rebuildModel`). */
  private docStats: ReadonlyMap<string, FileStat | undefined> = new Map();
  private modelGeneration = 0;
  private factsGeneration = 0;

  constructor(private readonly settings: StoreSettings = {}) {
    this.currentModel = new ProjectModel([], this.facts, new Map(), settings.frameworks, undefined, new Set(settings.packsOff));
  }

  get model(): ProjectModel {
    return this.currentModel;
  }

  get modelGen(): number {
    return this.modelGeneration;
  }

  get factsGen(): number {
    return this.factsGeneration;
  }

  get stats(): AnalysisStats {
    return {
      files: this.facts.size,
      registries: this.registries.size,
      components: this.currentModel.components.length,
      skipped: [...this.skipped].sort(byPath),
    };
  }

  /**
   * What the model is built from besides the registries and the files' facts, for the digest
   * that keys cached findings: the settings, the referenced documents as stat'ed, the drafts.
   */
  settingsDigestParts(): unknown {
    return [
      this.settings.frameworks ?? null,
      this.settings.packsOff ?? null,
      this.settings.detection ?? null,
      [...this.docStats],
      [...this.drafts.drafts],
      (this.settings.above ?? []).map((a) => [a.registry.path, a.offset, a.registry.source.text]),
    ];
  }

  /** Some file's facts changed. */
  factsChanged(): void {
    this.factsGeneration++;
  }

  /** A model over the current registries and facts, with these referenced documents stat'ed. */
  buildModel(docStats: ReadonlyMap<string, FileStat | undefined>): ProjectModel {
    return new ProjectModel(this.registries.values(), this.facts, docStats, this.settings.frameworks, this.drafts.drafts, new Set(this.settings.packsOff), this.settings.lastGood, this.settings.above);
  }

  /** A new model over the current registries and facts; `docStats` replaces the documents stat'ed last time. */
  replaceModel(docStats?: ReadonlyMap<string, FileStat | undefined>): void {
    if (docStats) this.docStats = docStats;
    this.currentModel = this.buildModel(this.docStats);
    this.modelGeneration++;
  }

  noteSkipped(path: string, reason: SkippedFile['reason']): void {
    this.skipped = this.skipped.filter((s) => s.path !== path);
    this.skipped.push({ path, reason });
  }

  /** Detection settings: the editor's, plus what every registry's `detection:` adds (those above the root first). */
  detectionConfig(): DetectionConfig {
    const extra: DetectionConfig['extraLibraries'] = [];
    let modelIds = this.settings.detection?.modelIds ?? DEFAULT_DETECTION_CONFIG.modelIds;
    const above = (this.settings.above ?? []).map((a) => a.registry).reverse();
    // In path order, whatever order the registries were read in (a listing's second part, edits).
    for (const r of [...above, ...[...this.registries.values()].sort(byPath)]) {
      const d = r.data?.detection;
      for (const e of d?.libraries?.extra ?? []) extra.push(typeof e === 'string' ? { name: e } : e);
      if (d?.model_ids) modelIds = true;
    }
    return { extraLibraries: extra, modelIds };
  }
}
