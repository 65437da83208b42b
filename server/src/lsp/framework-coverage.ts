import type { Engine } from '../core/engine.js';
import { PACKS } from '../core/packs.js';
import type { FailingComponent, ObligationCoverage, PackCoverage } from '../protocol/methods.js';
import type { Folder } from './folder.js';
import type { AigovServer } from './server.js';

/**
 * Pack → obligation (one rule each) → the components that fail it, derived from the findings.
 * A finding names its component through `data.id`; findings about no component (an unregistered
 * file, a malformed annotation) are listed under the obligation as `other`.
 */
export function frameworkCoverage(server: AigovServer, list: readonly { folder: Folder; engine: Engine }[]): PackCoverage[] {
  const packs = new Map<string, PackCoverage>();
  const obligations = new Map<string, ObligationCoverage>();
  for (const { folder, engine } of list) {
    const enabled = new Set<string>(['core']);
    const counted = new Map<string, number>();
    for (const reg of engine.model.registries) {
      for (const p of engine.model.frameworksOf(reg)) {
        enabled.add(p);
        counted.set(p, (counted.get(p) ?? 0) + reg.components.length);
      }
    }
    for (const id of enabled) {
      let pack = packs.get(id);
      if (!pack) {
        pack = { id, title: PACKS.find((p) => p.id === id)?.title ?? id, components: 0, obligations: [] };
        packs.set(id, pack);
        for (const rule of engine.allRules.filter((r) => r.pack === id)) {
          const o: ObligationCoverage = { code: rule.code, slug: rule.slug, summary: rule.summary, failing: [], other: [] };
          if (rule.citation) o.citation = { ...rule.citation };
          pack.obligations.push(o);
          obligations.set(rule.code, o);
        }
      }
      pack.components += counted.get(id) ?? 0;
    }
    for (const path of [...engine.files.keys()].sort()) {
      if (server.folders.ownedElsewhere(folder, path)) continue;
      for (const f of folder.findingsFor(path)) {
        const o = obligations.get(f.code);
        if (!o) continue;
        const entry = { message: f.message, severity: f.severity, uri: server.uriOf(folder, f.file), range: f.range };
        const id = f.data?.id;
        const c = typeof id === 'string' ? engine.model.component(id) : undefined;
        if (!c) {
          o.other.push(entry);
          continue;
        }
        let failing = o.failing.find((x) => x.id === c.id && x.folderUri === folder.uri);
        if (!failing) {
          failing = { id: c.id, folderUri: folder.uri, registryUri: server.uriOf(folder, c.registry.path), range: c.idRange, findings: [] } satisfies FailingComponent;
          o.failing.push(failing);
        }
        failing.findings.push(entry);
      }
    }
  }
  const order = new Map(PACKS.map((p, i) => [p.id, i]));
  return [...packs.values()].sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99) || (a.id < b.id ? -1 : 1));
}
