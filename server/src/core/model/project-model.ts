import picomatch from 'picomatch';
import { byPath, dirname, isWithin, normalizeGlob, relativeTo } from '../paths.js';
import type { ParsedRegistry, ComponentEntry } from '../manifest/registry.js';
import type { FileFacts } from './file-facts.js';
import type { FileStat } from '../workspace.js';
import { suggest } from '../suggest.js';
import { detectionSettings, type DetectionSettings } from '../detection/reconcile.js';

type Matcher = (relPath: string) => boolean;

/**
 * A registry in a folder above the workspace root (the checked folder lies below it in the same
 * repository). It governs the root and every folder below that no registry of the workspace
 * governs, and its component ids count for annotations; its own file is not the workspace's, so
 * no finding is located in it.
 */
export interface RegistryAbove {
  registry: ParsedRegistry;
  /** The root's path from the registry's folder, with a trailing slash (`services/chat/`). */
  offset: string;
}

/**
 * The governance model of one workspace root: registries, components, and which files each
 * component covers. Rebuilt when a registry changes; file facts are updated in place.
 */
/** What is still a template in a linked document (model/drafts.ts reads it). */
export interface DraftInfo {
  /** Headings of the sections that still hold a TODO, in document order ('' for a TODO outside any section: before the first heading or under the title). */
  sections: string[];
  /** Sections of the document (headings below the title), for "3 of 9 sections". */
  total: number;
}

export class ProjectModel {
  readonly registries: ParsedRegistry[];
  private readonly byDir = new Map<string, ParsedRegistry>();
  /** The governing registry of each folder asked about (registries are fixed for a model). */
  private readonly governingByDir = new Map<string, ParsedRegistry | null>();
  private readonly byId = new Map<string, ComponentEntry[]>();
  private readonly matchers = new Map<ComponentEntry, Matcher>();
  /** Registries with at least one component that has `paths`. */
  private readonly globbed = new Set<ParsedRegistry>();
  private coverageIndex: Map<string, string[]> | undefined;
  private readonly closest = new Map<string, string | undefined>();
  /** For a registry that does not parse now, its last parse that did (when the caller kept one). */
  private readonly standIns = new Map<ParsedRegistry, ParsedRegistry>();
  /** The components of those last good parses, by id: annotations naming them still cover. */
  private readonly standInById = new Map<string, ComponentEntry>();
  /** Registries that do not parse and have no last good parse: what they declare is unknown. */
  private readonly unknown = new Set<ParsedRegistry>();
  /** Registries above the root, nearest first. */
  readonly above: readonly ParsedRegistry[];
  /** The root's path from each registry above it (`RegistryAbove.offset`). */
  private readonly offsets = new Map<ParsedRegistry, string>();

  constructor(
    registries: Iterable<ParsedRegistry>,
    /** Facts per file, shared with the engine and updated by it. */
    readonly files: ReadonlyMap<string, FileFacts>,
    /** Stat results for referenced documents outside the listing. */
    readonly docStats: ReadonlyMap<string, FileStat | undefined> = new Map(),
    /** Packs checked instead of each registry's `frameworks:` (a CI-wide choice). */
    private readonly frameworksOverride?: readonly string[],
    /** Linked documents that are still unfilled templates, shared with the engine and updated by it. */
    private readonly drafts: ReadonlyMap<string, DraftInfo> = new Map(),
    /** Packs turned off (the editor's `aigov.frameworks`): never checked, whatever a registry selects. */
    private readonly packsOff: ReadonlySet<string> = new Set(),
    /**
     * The last parse without a syntax error of a registry file (the editor keeps it while the user
     * types). A registry that does not parse governs its files as that parse did; without one,
     * which components cover its files is unknown (`coverageUnknown`).
     */
    lastGood?: (registryPath: string) => ParsedRegistry | undefined,
    /** Registries in folders above the root, nearest first. */
    above: readonly RegistryAbove[] = [],
  ) {
    this.registries = [...registries].sort(byPath);
    for (const r of this.registries) {
      // `.aigov.yaml` wins over `.aigov.yml` in the same folder (sorted first).
      if (!this.byDir.has(r.dir)) this.byDir.set(r.dir, r);
      for (const c of r.components) {
        const list = this.byId.get(c.id);
        if (list) list.push(c);
        else this.byId.set(c.id, [c]);
        this.addMatcher(c, r);
      }
      if (r.syntaxErrors.length === 0) continue;
      const good = lastGood?.(r.path);
      if (!good || good === r || good.syntaxErrors.length > 0) {
        this.unknown.add(r);
        continue;
      }
      this.standIns.set(r, good);
      for (const c of good.components) {
        if (!this.standInById.has(c.id)) this.standInById.set(c.id, c);
        this.addMatcher(c, good);
      }
    }
    // After the workspace's own: an id declared in both resolves to the workspace's component.
    for (const { registry: r, offset } of above) {
      this.offsets.set(r, offset);
      if (r.syntaxErrors.length > 0) this.unknown.add(r);
      for (const c of r.components) {
        const list = this.byId.get(c.id);
        if (list) list.push(c);
        else this.byId.set(c.id, [c]);
        this.addMatcher(c, r);
      }
    }
    this.above = above.map((a) => a.registry);
  }

  /** Whether some registry above the root does not parse: the ids it declares are unknown. */
  get aboveUnknown(): boolean {
    return this.above.some((r) => this.unknown.has(r));
  }

  /** `path` relative to the folder of `reg`, or undefined when `reg` does not hold it. */
  private within(reg: ParsedRegistry, path: string): string | undefined {
    const offset = this.offsets.get(reg);
    if (offset !== undefined) return offset + path;
    return isWithin(reg.dir, path) ? relativeTo(reg.dir, path) : undefined;
  }

  /** The detection settings (`detection:`) of the registry governing `path`. */
  detectionOf(path: string): DetectionSettings {
    const reg = this.governance(path);
    return detectionSettings(reg, reg ? this.offsets.get(reg) : undefined);
  }

  private addMatcher(c: ComponentEntry, r: ParsedRegistry): void {
    // A blank glob (a schema error) matches nothing.
    const globs = (c.data.paths ?? []).map(normalizeGlob).filter((g) => g !== '');
    if (globs.length > 0) {
      this.matchers.set(c, pathsMatcher(globs));
      this.globbed.add(r);
    }
  }

  /** Every component in registry order. */
  get components(): ComponentEntry[] {
    return this.registries.flatMap((r) => r.components);
  }

  get componentIds(): string[] {
    return [...this.byId.keys()].sort();
  }

  /** The declared id closest to an unknown one ("did you mean"), asked once per id and model. */
  closestId(id: string): string | undefined {
    if (!this.closest.has(id)) this.closest.set(id, suggest(id, this.componentIds));
    return this.closest.get(id);
  }

  /** The first component with this id (ids are unique; duplicates are AIGOV003). */
  component(id: string): ComponentEntry | undefined {
    return this.byId.get(id)?.[0];
  }

  componentsWithId(id: string): readonly ComponentEntry[] {
    return this.byId.get(id) ?? [];
  }

  /** The component `id` as declared in the registry file `path` (where a registry finding sits). */
  componentIn(path: string, id: string): ComponentEntry | undefined {
    return this.componentsWithId(id).find((c) => c.registry.path === path);
  }

  /** The registry that governs a path: the nearest one in its folder or above, up to those above the root. */
  governing(path: string): ParsedRegistry | undefined {
    const start = dirname(path);
    const known = this.governingByDir.get(start);
    if (known !== undefined) return known ?? undefined;
    let dir = start;
    let found: ParsedRegistry | undefined;
    for (;;) {
      found = this.byDir.get(dir);
      if (found || dir === '') break;
      dir = dirname(dir);
    }
    found ??= this.above[0];
    this.governingByDir.set(start, found ?? null);
    return found;
  }

  /**
   * The registry whose content governs a path: the governing one, or, while that one does not
   * parse, its last good parse when one was kept. Coverage, detection settings, `rules:` and
   * `frameworks:` of the files come from it.
   */
  governance(path: string): ParsedRegistry | undefined {
    const reg = this.governing(path);
    return reg ? (this.standIns.get(reg) ?? reg) : undefined;
  }

  /** The last good parse standing in for a registry that does not parse now, if one was kept. */
  standInFor(reg: ParsedRegistry): ParsedRegistry | undefined {
    return this.standIns.get(reg);
  }

  /**
   * Whether which components cover a file is unknown: its governing registry does not parse (and
   * no last good parse stands in), or it names a component that no registry declares while some
   * registry does not parse (the id may be declared there). Findings about uncovered or
   * undeclared AI use are held back for such a file; AIGOV001 says why.
   */
  coverageUnknown(path: string): boolean {
    if (this.unknown.size === 0) return false;
    const reg = this.governing(path);
    if (reg && this.unknown.has(reg)) return true;
    const annotations = this.files.get(path)?.annotations.annotations ?? [];
    return annotations.some((a) => !this.byId.has(a.id) && !this.standInById.has(a.id));
  }

  /** Components whose `paths` (in the governing registry) match the file. */
  pathCoverage(path: string): ComponentEntry[] {
    const reg = this.governance(path);
    const rel = reg ? this.within(reg, path) : undefined;
    if (!reg || rel === undefined) return [];
    return reg.components.filter((c) => this.matchers.get(c)?.(rel) ?? false);
  }

  /** Components covering a file, by annotation or by `paths`. Ids are unique in the result. */
  coverage(path: string): ComponentEntry[] {
    const annotations = this.files.get(path)?.annotations.annotations ?? [];
    if (annotations.length === 0) return this.pathCoverage(path);
    const out = new Map<string, ComponentEntry>();
    for (const a of annotations) {
      const c = this.component(a.id) ?? this.standInById.get(a.id);
      if (c && !out.has(c.id)) out.set(c.id, c);
    }
    for (const c of this.pathCoverage(path)) if (!out.has(c.id)) out.set(c.id, c);
    return [...out.values()];
  }

  /** Files covered by each component id, computed once per model and file-set change. */
  filesOf(id: string): string[] {
    if (!this.coverageIndex) {
      const idx = new Map<string, string[]>();
      const add = (c: ComponentEntry, path: string) => {
        const list = idx.get(c.id);
        if (list) list.push(path);
        else idx.set(c.id, [path]);
      };
      for (const [path, facts] of this.files) {
        if (facts.kind === 'registry') continue;
        if (facts.annotations.annotations.length > 0) {
          for (const c of this.coverage(path)) add(c, path);
          continue;
        }
        // `pathCoverage` without its array: most files of a large tree match no glob.
        const reg = this.governance(path);
        const rel = reg && this.globbed.has(reg) ? this.within(reg, path) : undefined;
        if (!reg || rel === undefined) continue;
        for (const c of reg.components) if (this.matchers.get(c)?.(rel)) add(c, path);
      }
      for (const list of idx.values()) list.sort();
      this.coverageIndex = idx;
    }
    return this.coverageIndex.get(id) ?? [];
  }

  /** Call when file facts changed (added, removed, re-scanned). */
  invalidateCoverage(): void {
    this.coverageIndex = undefined;
  }

  /** Whether a workspace-relative file exists (listed, or stat'ed as a referenced document). */
  exists(path: string): boolean {
    if (this.files.has(path)) return true;
    const st = this.docStats.get(path);
    return st !== undefined && st.type === 'file';
  }

  /** Whether a referenced path is a folder (the workspace's own folder included), not a document. */
  isFolder(path: string): boolean {
    return path === '' || this.docStats.get(path)?.type === 'directory';
  }

  /** The draft state of a linked document: undefined unless it is still an unfilled template. */
  draftOf(path: string): DraftInfo | undefined {
    return this.drafts.get(path);
  }

  /** A referenced document that resolves, through a symlink, outside the workspace. */
  escapes(path: string): boolean {
    return this.docStats.get(path)?.escapes === true;
  }

  /** Frameworks enabled for a registry, 'core' always included. */
  frameworksOf(registry: ParsedRegistry | undefined): Set<string> {
    const selected = this.frameworksOverride ?? registry?.data?.frameworks ?? [];
    return new Set(['core', ...selected.filter((p) => !this.packsOff.has(p))]);
  }
}

/**
 * Whether a registry-relative path matches any of `globs`. Most paths of a large tree match
 * none, so a path outside every glob's literal folder (`src/ai` of `src/ai/**`) is turned down
 * by a string compare before the glob runs. A negated glob, or one with no literal folder, can
 * match anywhere: then every path goes to the glob.
 */
export function pathsMatcher(globs: readonly string[]): Matcher {
  const kept = globs.filter((g) => g !== '');
  if (kept.length === 0) return () => false;
  const isMatch = picomatch(kept, { dot: true });
  const bases: string[] = [];
  for (const g of kept) {
    const { base, negated } = picomatch.scan(g);
    if (negated || base === '' || base.startsWith('/')) return isMatch;
    bases.push(base);
  }
  return (rel) => {
    for (const b of bases) {
      if (rel.startsWith(b) && (rel.length === b.length || rel.charCodeAt(b.length) === 47)) return isMatch(rel);
    }
    return false;
  };
}

