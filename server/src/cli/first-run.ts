import type { Engine } from '../core/engine.js';
import { UNCOVERED } from '../core/fixes/starter.js';

/**
 * The folders, as the user named them, whose check reads as a first run: no registry governs the
 * folder (none in it, none above it in its repository), yet detection found AI use no component declares (AIGOV301, AIGOV302, AIGOV304, the
 * findings `aigov init` builds its starter components from). The text output tells how to start
 * there. `engines[i]` is the check of `dirs[i]`; a folder named twice is told once.
 */
export function foldersWithoutRegistry(engines: readonly { engine: Pick<Engine, 'model' | 'findings'> }[], dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, { engine }] of engines.entries()) {
    const dir = dirs[i];
    // A registry of the folder, or one above it in its repository, governs it.
    if (dir === undefined || out.includes(dir) || engine.model.registries.length > 0 || engine.model.above.length > 0) continue;
    if (engine.findings().some((f) => UNCOVERED.has(f.code))) out.push(dir);
  }
  return out;
}
