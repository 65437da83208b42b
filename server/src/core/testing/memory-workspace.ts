import type { FileListing, FileStat, Workspace } from '../workspace.js';

/** A workspace held in memory, for tests and for callers that have no disk. */
export class InMemoryWorkspace implements Workspace {
  readonly name: string;
  private readonly files = new Map<string, Uint8Array>();
  /** Paths read, in order: lets tests assert what was (not) read. */
  readonly reads: string[] = [];

  constructor(files: Record<string, string | Uint8Array> = {}, name = 'memory') {
    this.name = name;
    for (const [p, v] of Object.entries(files)) this.write(p, v);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  text(path: string): string | undefined {
    const b = this.files.get(path);
    return b ? new TextDecoder().decode(b) : undefined;
  }

  listFiles(): Promise<FileListing> {
    return Promise.resolve({ files: [...this.files.keys()].sort(), skipped: [] });
  }

  readFile(path: string): Promise<Uint8Array | undefined> {
    this.reads.push(path);
    return Promise.resolve(this.files.get(path));
  }

  stat(path: string): Promise<FileStat | undefined> {
    const b = this.files.get(path);
    if (b) return Promise.resolve({ type: 'file', size: b.length, mtimeMs: 0 });
    const prefix = `${path}/`;
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return Promise.resolve({ type: 'directory', size: 0, mtimeMs: 0 });
    return Promise.resolve(undefined);
  }
}
