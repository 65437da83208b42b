import type { Position, Range } from 'vscode-languageserver/node';
import type { Engine } from '../core/engine.js';
import type { ComponentEntry, ParsedRegistry } from '../core/manifest/registry.js';
import { isRegistryPath } from '../core/manifest/registry.js';

/** A component id under the cursor: in an `@aigov` annotation, or the `id:` of a registry entry. */
type IdTarget =
  | { kind: 'annotation'; id: string; range: Range; component: ComponentEntry | undefined }
  | { kind: 'registry'; id: string; range: Range; component: ComponentEntry };

export function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function registryOf(engine: Engine, path: string): ParsedRegistry | undefined {
  if (!isRegistryPath(path)) return undefined;
  return engine.model.registries.find((r) => r.path === path);
}

export function idTargetAt(engine: Engine, path: string, pos: Position): IdTarget | undefined {
  const reg = registryOf(engine, path);
  if (reg) {
    const c = reg.components.find((x) => contains(x.idRange, pos));
    return c ? { kind: 'registry', id: c.id, range: c.idRange, component: c } : undefined;
  }
  const a = engine.factsOf(path)?.annotations.annotations.find((x) => contains(x.idRange, pos));
  return a ? { kind: 'annotation', id: a.id, range: a.idRange, component: engine.model.component(a.id) } : undefined;
}

/** Every `@aigov <id>` naming the component, file by file (sorted). */
export function annotationsNaming(engine: Engine, id: string): { path: string; range: Range }[] {
  const out: { path: string; range: Range }[] = [];
  for (const path of [...engine.files.keys()].sort()) {
    for (const a of engine.factsOf(path)?.annotations.annotations ?? []) if (a.id === id) out.push({ path, range: a.idRange });
  }
  return out;
}
