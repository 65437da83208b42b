import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Temporary folders made by a test file, removed by `removeTrees` (call it in `after`). */
const made: string[] = [];

/** A fresh temp folder holding `files` (path → content); `name` becomes part of its own name. */
export async function tree(files: Record<string, string | Uint8Array>, name = 'aigov-hostile-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), name));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  }
  return dir;
}

/** Registers a folder made otherwise for removal. */
export function removeLater(dir: string): void {
  made.push(dir);
}

export async function removeTrees(): Promise<void> {
  for (const d of made.splice(0)) {
    // Folders made read-only or immutable by a test are made writable again first.
    await fs.chmod(d, 0o755).catch(() => undefined);
    await fs.rm(d, { recursive: true, force: true }).catch(() => undefined);
  }
}
