import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import { basename, joinPath } from '../core/paths.js';
import type { Folder, FolderChange } from './folder.js';
import type { ServerCore } from './server-core.js';
import { absoluteOf, fsPathOf, uriOfFsPath } from './uri.js';

/** File events closer together than this are handled as one batch. */
const WATCH_DEBOUNCE_MS = 200;
/** A created folder is walked for its files, up to this many. */
const MAX_WALK = 20_000;

/**
 * `workspace/didChangeWatchedFiles`: debounced, batched, and applied file by file through
 * `updateFile`/`removeFile`. No event ever triggers a full rescan. Documents open in the editor
 * are left alone: the editor's text is the truth for them.
 */
export class WatchedFiles {
  private pending = new Map<string, 'update' | 'delete'>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private registration: Promise<Disposable | undefined> = Promise.resolve(undefined);

  constructor(private readonly server: ServerCore) {}

  /**
   * Dynamic registration of `**\/*` when the client supports it (VS Code does, Neovim 0.7 does not),
   * again whenever the workspace folders change. With relative patterns, each folder's own, and the
   * places of the registries above each folder (`Folder.placesAbove`), outside the workspace: a
   * client that takes only plain patterns reports the workspace's files alone.
   */
  async registerWatchers(): Promise<void> {
    const { caps, connection, folders } = this.server;
    if (!caps.watchedFilesDynamic) return;
    const watchers: FileSystemWatcher[] = [];
    if (caps.relativePatterns) {
      const above = new Set<string>();
      for (const f of folders.all) {
        watchers.push({ globPattern: { baseUri: f.uri, pattern: '**/*' } });
        for (const place of f.placesAbove) above.add(path.dirname(place));
      }
      for (const dir of above) watchers.push({ globPattern: { baseUri: uriOfFsPath(dir), pattern: '.aigov.{yaml,yml}' } });
    }
    if (watchers.length === 0) watchers.push({ globPattern: '**/*' });
    const previous = this.registration;
    this.registration = (async () => {
      (await previous.catch(() => undefined))?.dispose();
      return connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    })();
    await this.registration;
  }

  onEvents(params: DidChangeWatchedFilesParams): void {
    for (const c of params.changes) this.pending.set(c.uri, c.type === FileChangeType.Deleted ? 'delete' : 'update');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = this.pending;
      this.pending = new Map();
      this.running = this.running.then(() => this.process(batch)).catch((err: unknown) => this.server.log.error('File events failed', err));
    }, WATCH_DEBOUNCE_MS);
  }

  /** Resolves when every event received so far has been applied (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.timer || this.pending.size > 0) await new Promise((r) => setTimeout(r, WATCH_DEBOUNCE_MS));
    await this.running;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private async process(batch: Map<string, 'update' | 'delete'>): Promise<void> {
    this.registriesAbove(batch.keys());
    const changes: FolderChange[] = [];
    for (const [uri, kind] of batch) {
      const fsPath = fsPathOf(uri);
      if (fsPath === undefined || this.server.isOpen(fsPath)) continue;
      for (const { folder, path: rel } of this.server.folders.containing(fsPath)) {
        try {
          if (basename(rel) === '.gitignore') {
            folder.ignore.invalidate(rel);
            continue;
          }
          if (kind === 'delete') {
            const c = await folder.remove(rel);
            if (c) changes.push(c);
            continue;
          }
          const st = await fs.stat(fsPath).catch(() => undefined);
          if (st?.isDirectory()) {
            for (const file of await this.walk(folder, rel)) {
              const c = await folder.update(file);
              if (c) changes.push(c);
            }
            continue;
          }
          if (await folder.ignore.isIgnored(rel)) continue;
          const c = await folder.update(rel);
          if (c) changes.push(c);
        } catch (err) {
          this.server.log.error(`Could not apply the change of ${rel}`, err);
        }
      }
    }
    this.server.changed(changes, 'disk');
  }

  /**
   * A folder whose registries above changed (one made, edited or removed, as saved on the disk)
   * is indexed again with them: they may change the coverage of every file in it.
   */
  private registriesAbove(uris: Iterable<string>): void {
    const restart = new Set<Folder>();
    for (const uri of uris) {
      const fsPath = fsPathOf(uri);
      if (fsPath === undefined) continue;
      for (const f of this.server.folders.all) if (!restart.has(f) && f.isPlaceAbove(fsPath)) restart.add(f);
    }
    const changed = [...restart].filter((f) => f.aboveChanged());
    if (changed.length > 0) this.server.reindex(changed, 'registry').catch((err: unknown) => this.server.log.error('Indexing again failed', err));
  }

  /** Files below a created folder, ignore rules applied; symlinked folders are not followed. */
  private async walk(folder: Folder, dirRel: string): Promise<string[]> {
    const out: string[] = [];
    const visit = async (rel: string): Promise<void> => {
      if (out.length >= MAX_WALK || (await folder.ignore.isIgnored(rel, true))) return;
      const entries = await fs.readdir(path.normalize(absoluteOf(folder.root, rel)), { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const child = joinPath(rel, e.name);
        if (e.isDirectory()) await visit(child);
        else if (e.isFile() && !(await folder.ignore.isIgnored(child))) out.push(child);
        if (out.length >= MAX_WALK) return;
      }
    };
    await visit(dirRel);
    return out.sort();
  }
}
