import { Engine } from '../engine.js';
import { InMemoryWorkspace } from './memory-workspace.js';

/** The fix context of a workspace indexed in memory, and its components by id (asserted present). */
export async function fixContextOf(files: Record<string, string>, today = '2026-11-25') {
  const engine = new Engine(new InMemoryWorkspace(files), { today });
  await engine.indexAll();
  const ctx = engine.fixContext();
  const component = (id: string) => {
    const c = ctx.model.components.find((x) => x.id === id);
    if (c === undefined) throw new Error(`no component ${id}`);
    return c;
  };
  return { ctx, component };
}
