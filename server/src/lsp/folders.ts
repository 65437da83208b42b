import * as path from 'node:path';
import { Folder, type FolderHost } from './folder.js';
import { fsPathOf, relativeInside } from './uri.js';

interface Located {
  folder: Folder;
  /** Workspace-relative POSIX path inside `folder`. */
  path: string;
}

/**
 * The workspace folders, one engine each. Folders may nest: a file belongs to the innermost
 * folder (which reports its findings), while every folder containing it keeps it up to date.
 */
export class FolderSet {
  private readonly byUri = new Map<string, Folder>();

  constructor(private readonly host: FolderHost) {}

  get all(): Folder[] {
    return [...this.byUri.values()];
  }

  get(uri: string): Folder | undefined {
    return this.byUri.get(uri);
  }

  /** Adds a folder (not yet started); undefined when it is not a local folder or already known. */
  add(uri: string, name?: string): Folder | undefined {
    const root = fsPathOf(uri);
    if (root === undefined || this.byUri.has(uri)) return undefined;
    const folder = new Folder(root, uri, name ?? path.basename(root), this.host);
    this.byUri.set(uri, folder);
    return folder;
  }

  remove(uri: string): Folder | undefined {
    const f = this.byUri.get(uri);
    if (f) {
      f.stop();
      this.byUri.delete(uri);
    }
    return f;
  }

  /** Every folder holding the file, innermost first. */
  containing(fsPath: string): Located[] {
    const out: Located[] = [];
    for (const folder of this.byUri.values()) {
      const rel = relativeInside(folder.root, fsPath);
      if (rel !== undefined && rel !== '') out.push({ folder, path: rel });
    }
    return out.sort((a, b) => b.folder.root.length - a.folder.root.length);
  }

  /** The folder that owns a document, and its path there. */
  locate(uri: string): Located | undefined {
    const p = fsPathOf(uri);
    return p === undefined ? undefined : this.containing(p)[0];
  }

  /** True when `path` of `folder` belongs to a nested folder instead. */
  ownedElsewhere(folder: Folder, relPath: string): boolean {
    if (this.byUri.size === 1) return false;
    const abs = path.join(folder.root, ...relPath.split('/'));
    return this.containing(abs)[0]?.folder !== folder;
  }
}
