import type { CancellationToken } from 'vscode-languageserver/node';
import { Engine, type EngineOptions, type IndexProgress } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { isRegistryPath, type ParsedRegistry } from '../core/manifest/registry.js';
import { isWithin } from '../core/paths.js';
import { NodeWorkspace } from '../node/fs-workspace.js';
import { readRegistries, realPlace, registriesAboveNow, registryPlacesAbove, sameRegistriesAbove, unparsedAbove, type RegistryAboveFile } from '../node/registries-above.js';
import type { ModelChangeReason } from '../protocol/methods.js';
import type { ServerLog } from './guard.js';
import { IgnoreFilter } from './ignore-filter.js';
import { OverlayWorkspace, PriorityWorkspace, registryChain } from './overlay-workspace.js';
import { absoluteOf, uriOfFsPath } from './uri.js';

/** Codes that need the whole workspace to be right: held back while only the open files are known. */
const WHOLE_WORKSPACE_CODES = new Set(['AIGOV203']);

export interface OpenDoc {
  path: string;
  text: string;
  version: number;
}

/** What a folder needs from the server around it. */
export interface FolderHost {
  readonly log: ServerLog;
  /** Documents the editor holds open inside this folder (nested folders included). */
  openDocs(folder: Folder): OpenDoc[];
  openText(folder: Folder, path: string): string | undefined;
}

/** The result of one update: which file, and whether more than that file's own findings may change. */
export interface FolderChange {
  folder: Folder;
  path: string;
  reason?: ModelChangeReason;
}

interface Generation {
  full: Engine;
  /** Open documents and their registries only, answering while `full` indexes. */
  quick: Engine;
  indexed: boolean;
  token: { isCancellationRequested: boolean };
  /** Files changed on disk while indexing: re-read once the index is complete. */
  pending: Set<string>;
  quickReady: Promise<void>;
  fullReady: Promise<void>;
}

/**
 * One workspace folder: its engine, indexed once and then updated file by file. Every change to
 * the engine runs through one queue, so readers never see a half-applied update.
 */
export class Folder {
  readonly ignore: IgnoreFilter;
  readonly workspace: OverlayWorkspace;
  private generation: Generation | undefined;
  /**
   * Each registry's last parse without a syntax error: while the file does not parse, the views show
   * it and the engine keeps the coverage it gave (`EngineOptions.lastGood`).
   */
  private readonly lastGood = new Map<string, ParsedRegistry>();
  /** The registries above the folder when indexing started, nearest first. */
  registriesAbove: readonly RegistryAboveFile[] = [];
  /** Where a registry above the folder may be, present or not (`registryPlacesAbove`): watched. */
  readonly placesAbove: readonly string[];
  private queue: Promise<unknown> = Promise.resolve();
  private startedResolve!: () => void;
  private readonly started = new Promise<void>((resolve) => (this.startedResolve = resolve));

  constructor(
    readonly root: string,
    readonly uri: string,
    readonly name: string,
    private readonly host: FolderHost,
  ) {
    this.ignore = new IgnoreFilter(root);
    this.placesAbove = registryPlacesAbove(root);
    this.workspace = new OverlayWorkspace(new NodeWorkspace(root), (p) => host.openText(this, p));
  }

  /** The engine answering now: the full one once indexed, before that the quick one. */
  get engine(): Engine | undefined {
    const g = this.generation;
    return g ? (g.indexed ? g.full : g.quick) : undefined;
  }

  get indexed(): boolean {
    return this.generation?.indexed ?? false;
  }

  get today(): string {
    return this.engine?.today ?? '';
  }

  uriOf(path: string): string {
    return uriOfFsPath(absoluteOf(this.root, path));
  }

  /** (Re)starts indexing with new options; resolves when this generation is indexed or superseded. */
  start(options: EngineOptions, onProgress?: (p: IndexProgress) => void): Promise<void> {
    if (this.generation) this.generation.token.isCancellationRequested = true;
    const priority = new PriorityWorkspace(this.workspace, () => this.host.openDocs(this).map((d) => d.path));
    // While a registry does not parse, the files it governs keep the coverage of its last good parse.
    // A folder inside a repository is governed by the registries above it too, as read now: a
    // change to one of them starts the folder again (`aboveChanged`).
    this.registriesAbove = registriesAboveNow(this.root);
    const above = readRegistries(this.registriesAbove);
    for (const r of this.registriesAbove) if (r.text === undefined) this.host.log.warn(`${r.abs} governs ${this.root} from a folder above it, but cannot be read (${r.problem ?? 'unreadable'}): it is left out`);
    const withLastGood: EngineOptions = { ...options, lastGood: (p) => this.lastGood.get(p), ...(above.length ? { above } : {}) };
    const g: Generation = {
      full: new Engine(this.workspace, withLastGood),
      quick: new Engine(priority, withLastGood),
      indexed: false,
      token: { isCancellationRequested: false },
      pending: new Set(),
      quickReady: Promise.resolve(),
      fullReady: Promise.resolve(),
    };
    this.generation = g;
    g.quickReady = this.serial(async () => {
      await g.quick.indexAll();
      this.noteRegistries(g.quick);
      this.warnBrokenAbove(g.quick);
    });
    this.startedResolve();
    g.fullReady = (async () => {
      await g.quickReady.catch(() => undefined);
      // The documents opened meanwhile are answered by the quick engine first: the full index
      // starts its listing's processes, 10-20 ms of this thread, which would come before their
      // first diagnostics. Their answers are computed once the queue is settled; the connection
      // writes each message from a setImmediate callback of its own, so the listing waits two
      // turns of the event loop, behind the writes queued in the first.
      await this.settled();
      for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      // Started again meanwhile (settings, a registry above): the next generation lists the files.
      if (g.token.isCancellationRequested) return;
      const t0 = Date.now();
      await g.full.indexAll(g.token, onProgress);
      if (g.token.isCancellationRequested) return;
      await this.serial(async () => {
        // The listing was read from the disk: bring back what the editor and the watcher saw meanwhile.
        for (const d of this.host.openDocs(this)) await g.full.updateFile(d.path, d.text, d.version);
        for (const p of g.pending) if (this.host.openText(this, p) === undefined) await g.full.updateFile(p);
        g.pending.clear();
        this.noteRegistries(g.full);
        g.indexed = true;
        g.quick = g.full; // the quick engine has served its purpose: let it go
      });
      const s = g.full.stats;
      this.host.log.info(`Indexed ${this.name}: ${s.files} files, ${s.registries} registries, ${s.components} components in ${Date.now() - t0} ms`);
    })();
    return g.fullReady;
  }

  /** Whether `abs`, a path the editor's watcher reported, is where a registry above the folder may be. */
  isPlaceAbove(abs: string): boolean {
    return this.placesAbove.length > 0 && isRegistryPath(abs.replace(/\\/g, '/')) && this.placesAbove.includes(realPlace(abs));
  }

  /** Whether the registries above the folder now differ from those its engines were given. */
  aboveChanged(): boolean {
    return !sameRegistriesAbove(registriesAboveNow(this.root), this.registriesAbove);
  }

  /** A registry above that does not parse governs nothing here: its coverage and ids are held back. */
  private warnBrokenAbove(engine: Engine): void {
    for (const r of unparsedAbove(this.registriesAbove, engine.model)) {
      this.host.log.warn(`${r.abs} governs ${this.root} from a folder above it, but does not parse: findings that depend on it are held back until it does`);
    }
  }

  stop(): void {
    if (this.generation) this.generation.token.isCancellationRequested = true;
  }

  /** Waits for the first answerable engine and for queued updates; then returns it. */
  async current(): Promise<Engine | undefined> {
    await this.started;
    await this.generation?.quickReady.catch(() => undefined);
    await this.settled();
    return this.engine;
  }

  /** Waits for the complete index (for whole-workspace answers); a cancelled wait returns what is ready. */
  async complete(token?: CancellationToken): Promise<Engine | undefined> {
    const cancelled = new Promise<void>((resolve) => {
      if (token?.isCancellationRequested) resolve();
      token?.onCancellationRequested(() => resolve());
    });
    await Promise.race([this.started, cancelled]);
    for (;;) {
      const g = this.generation;
      if (!g || token?.isCancellationRequested) break;
      await Promise.race([g.fullReady.catch(() => undefined), cancelled]);
      if (g === this.generation) break;
    }
    await this.settled();
    return this.engine;
  }

  async settled(): Promise<void> {
    let q: Promise<unknown>;
    do {
      q = this.queue;
      await q.catch(() => undefined);
    } while (q !== this.queue);
  }

  /** Findings located in one file, as the current engine sees them. */
  findingsFor(path: string): Finding[] {
    const g = this.generation;
    if (!g) return [];
    if (g.indexed) return g.full.findingsFor(path);
    return g.quick.findingsFor(path).filter((f) => !WHOLE_WORKSPACE_CODES.has(f.code));
  }

  /** Re-reads a file: from `text` when the editor holds it, else from the disk. */
  update(path: string, text?: string, version?: number): Promise<FolderChange | undefined> {
    return this.serial(async () => {
      const g = this.generation;
      if (!g) return undefined;
      if (!g.indexed) {
        if (text === undefined) {
          g.pending.add(path);
          if (!g.quick.factsOf(path)) return undefined;
        } else {
          for (const r of await registryChain(this.workspace, path)) if (!g.quick.factsOf(r)) await g.quick.updateFile(r);
        }
      }
      const engine = g.indexed ? g.full : g.quick;
      // Opening a file the engine already holds with the same text changes nothing.
      if (text !== undefined && engine.factsOf(path)?.source?.text === text) return { folder: this, path };
      const before = signature(engine, path);
      await engine.updateFile(path, text, version);
      if (isRegistryPath(path)) this.noteRegistries(engine, path);
      const reason = reasonOf(path, before, signature(engine, path)) ?? (engine.isLinkedDocument(path) ? 'documents' : undefined);
      return { folder: this, path, reason };
    });
  }

  /** Forgets a deleted file, or every file below a deleted folder. */
  remove(path: string): Promise<FolderChange | undefined> {
    return this.serial(async () => {
      const g = this.generation;
      if (!g) return undefined;
      if (!g.indexed) g.pending.add(path);
      const engine = g.indexed ? g.full : g.quick;
      const below = [...engine.files.keys()].filter((p) => p !== path && isWithin(path, p));
      const targets = engine.factsOf(path) ? [path, ...below] : below;
      if (targets.length === 0) return undefined;
      let reason: ModelChangeReason = 'files';
      for (const p of targets) {
        if (isRegistryPath(p)) {
          reason = 'registry';
          this.lastGood.delete(p);
        }
        if (!g.indexed) g.pending.add(p);
        engine.removeFile(p);
      }
      return { folder: this, path, reason };
    });
  }

  /**
   * The last parse of a registry that now has a YAML syntax error, for the views to keep showing
   * (marked stale); undefined when the registry parses, or never parsed since the server started.
   */
  staleRegistry(reg: ParsedRegistry): ParsedRegistry | undefined {
    if (reg.syntaxErrors.length === 0) return undefined;
    const good = this.lastGood.get(reg.path);
    return good && good !== reg ? good : undefined;
  }

  /** Remembers the registries (or the one at `only`) that parse; forgets those that are gone. */
  private noteRegistries(engine: Engine, only?: string): void {
    const regs = engine.model.registries.filter((r) => only === undefined || r.path === only);
    if (only !== undefined && regs.length === 0) this.lastGood.delete(only);
    for (const r of regs) if (r.syntaxErrors.length === 0) this.lastGood.set(r.path, r);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch((err: unknown) => this.host.log.error(`Update in ${this.name} failed`, err));
    return run;
  }
}

/** What other files' findings depend on: the file's kind and the components it names. */
function signature(engine: Engine, path: string): string | undefined {
  const f = engine.factsOf(path);
  if (!f) return undefined;
  const ids = f.annotations.annotations.map((a) => `${a.id}@${a.idRange.start.line}:${a.idRange.start.character}`);
  return `${f.kind}|${ids.join(',')}`;
}

function reasonOf(path: string, before: string | undefined, after: string | undefined): ModelChangeReason | undefined {
  if (isRegistryPath(path)) return 'registry';
  if (before === after) return undefined;
  return before === undefined || after === undefined ? 'files' : 'annotations';
}
