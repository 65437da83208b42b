import {
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { Node, Pair } from 'yaml';
import { yaml } from '../core/manifest/yaml-lib.js';
import type { ParsedRegistry } from '../core/manifest/registry.js';
import { registryOf } from './at-position.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/** Nodes as written, not as validated: symbols work on registries with schema problems too. */

function spanRange(reg: ParsedRegistry, start: number, end: number): DocumentSymbol['range'] {
  return reg.rangeOf({ start, end: Math.max(start, end) });
}

function pairRange(reg: ParsedRegistry, p: Pair): DocumentSymbol['range'] | undefined {
  const k = (p.key as Node | null)?.range;
  if (!k) return undefined;
  const v = (p.value as Node | null)?.range;
  return spanRange(reg, k[0], v ? v[1] : k[1]);
}

function keyName(p: Pair): string {
  return yaml().isScalar(p.key) ? String(p.key.value) : String(p.key);
}

function scalarText(n: unknown): string | undefined {
  return yaml().isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined;
}

function kindOf(value: unknown): SymbolKind {
  if (yaml().isSeq(value)) return SymbolKind.Array;
  if (yaml().isMap(value)) return SymbolKind.Object;
  return SymbolKind.Property;
}

/** One field of a component; incident lists get one child per incident. */
function fieldSymbol(reg: ParsedRegistry, p: Pair): DocumentSymbol | undefined {
  const range = pairRange(reg, p);
  const keyRange = (p.key as Node | null)?.range;
  if (!range || !keyRange) return undefined;
  const name = keyName(p);
  const sym: DocumentSymbol = { name, kind: kindOf(p.value), range, selectionRange: spanRange(reg, keyRange[0], keyRange[1]) };
  const detail = scalarText(p.value);
  if (detail !== undefined) sym.detail = detail;
  if (name === 'incidents' && yaml().isSeq(p.value)) {
    sym.children = p.value.items.flatMap((item): DocumentSymbol[] => {
      const r = (item as Node | null)?.range;
      if (!yaml().isMap(item) || !r) return [];
      const id = scalarText(item.get('id', true));
      const idNode = item.get('id', true) as Node | undefined;
      const sel = idNode?.range ?? r;
      const title = scalarText(item.get('title', true));
      return [{ name: id ?? '(incident)', kind: SymbolKind.Event, range: spanRange(reg, r[0], r[1]), selectionRange: spanRange(reg, sel[0], sel[1]), ...(title ? { detail: title } : {}) }];
    });
  }
  return sym;
}

function componentSymbol(reg: ParsedRegistry, item: unknown, index: number): DocumentSymbol | undefined {
  const r = (item as Node | null)?.range;
  if (!yaml().isMap(item) || !r) return undefined;
  const idNode = item.get('id', true) as Node | undefined;
  const id = scalarText(idNode);
  const sel = idNode?.range ?? r;
  const detail = [scalarText(item.get('name', true)), scalarText(item.get('kind', true))].filter(Boolean).join(' · ');
  const children = item.items.map((p) => fieldSymbol(reg, p)).filter((s): s is DocumentSymbol => s !== undefined);
  return {
    name: id ?? `(component ${index + 1})`,
    kind: SymbolKind.Class,
    range: spanRange(reg, r[0], r[1]),
    selectionRange: spanRange(reg, sel[0], sel[1]),
    ...(detail ? { detail } : {}),
    children,
  };
}

function registrySymbols(reg: ParsedRegistry): DocumentSymbol[] {
  const root = reg.doc?.contents;
  if (!yaml().isMap(root)) return [];
  const out: DocumentSymbol[] = [];
  for (const p of root.items) {
    const sym = fieldSymbol(reg, p);
    if (!sym) continue;
    if (keyName(p) === 'components' && yaml().isSeq(p.value)) {
      sym.kind = SymbolKind.Namespace;
      sym.children = p.value.items.map((item, i) => componentSymbol(reg, item, i)).filter((s): s is DocumentSymbol => s !== undefined);
    } else if (yaml().isMap(p.value)) {
      sym.children = p.value.items.map((q) => fieldSymbol(reg, q)).filter((s): s is DocumentSymbol => s !== undefined);
    }
    out.push(sym);
  }
  return out;
}

function flatten(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}

/** Document symbols of `.aigov.yaml`: top-level sections, components with their fields, incidents. */
export function registerSymbols(server: AigovServer): void {
  server.connection.onDocumentSymbol(
    guard(server.log, 'textDocument/documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], async (params: DocumentSymbolParams) => {
      const at = await server.engineAt(params.textDocument.uri);
      const reg = at ? registryOf(at.engine, at.path) : undefined;
      if (!reg) return [];
      const symbols = registrySymbols(reg);
      return server.caps.hierarchicalSymbols ? symbols : flatten(params.textDocument.uri, symbols);
    }),
  );
}
