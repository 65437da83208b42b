import { CompletionItemKind, type CompletionItem, type CompletionList, type CompletionParams, type Range } from 'vscode-languageserver/node';
import * as z from 'zod';
import { languageForPath } from '../core/annotations/languages.js';
import { lex } from '../core/annotations/scanner.js';
import type { Engine } from '../core/engine.js';
import { isRegistryPath } from '../core/manifest/registry.js';
import { schemas } from '../core/manifest/schema.js';
import { enumValuesAt, knownKeysAt, schemaAt } from '../core/manifest/zod-walk.js';
import type { Locale } from '../core/i18n/locale.js';
import { localizedSummary } from '../core/i18n/messages.js';
import { ui } from '../core/i18n/ui.js';
import { packDescriptionIn, packTitleIn } from '../core/pack-names.js';
import { PACKS } from '../core/packs.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';
import { yamlContextAt, type YamlPathSeg } from './yaml-context.js';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** `@aigov <id>` or `@aigov-ignore[-file] <codes>` right before the cursor. */
const TAG_BEFORE = /@aigov(-ignore(?:-file)?)?[ \t]+(?:[A-Za-z0-9]+[ \t]*,[ \t]*)*([A-Za-z0-9-]*)$/;

/**
 * Completion: component ids after `@aigov ` and finding codes after `@aigov-ignore ` (in
 * comments only), keys and enum values in `.aigov.yaml` from the zod schema.
 */
export function registerCompletion(server: AigovServer): void {
  server.connection.onCompletion(
    guard(server.log, 'textDocument/completion', EMPTY, async (params: CompletionParams): Promise<CompletionList> => {
      const doc = server.documents.get(params.textDocument.uri);
      if (!doc) return EMPTY;
      const text = doc.getText();
      const { line, character } = params.position;
      const lineText = text.slice(doc.offsetAt({ line, character: 0 }), doc.offsetAt({ line, character }));
      const m = TAG_BEFORE.exec(lineText);
      const registry = isRegistryPath(params.textDocument.uri);
      // The space trigger fires everywhere: answer "nothing" without touching the engine.
      if (!m && !registry) return EMPTY;
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return EMPTY;
      if (registry) return registryCompletion(at.engine, text, line, character, server.caps.locale);
      if (!m) return EMPTY;
      const tagOffset = doc.offsetAt({ line, character: 0 }) + m.index;
      if (!inComment(at.path, text, tagOffset)) return EMPTY;
      const prefix = m[2] ?? '';
      const range: Range = { start: { line, character: character - prefix.length }, end: { line, character } };
      return m[1] ? codeItems(at.engine, range, server.caps.locale) : idItems(at.engine, range, server.caps.locale);
    }),
  );
}

function inComment(path: string, text: string, offset: number): boolean {
  const lang = languageForPath(path);
  if (!lang) return false;
  return lex(text, lang.syntax).comments.some((c) => c.contentSpan.start <= offset && offset < c.contentSpan.end);
}

function idItems(engine: Engine, range: Range, locale: Locale): CompletionList {
  const items = engine.model.components.map((c): CompletionItem => ({
    label: c.id,
    kind: CompletionItemKind.Module,
    detail: [c.data.name, c.data.kind, c.data.risk?.level ? ui(locale, 'lsp.lens.risk', { level: c.data.risk.level }) : undefined].filter(Boolean).join(' · ') || undefined,
    documentation: ui(locale, 'lsp.completion.declaredIn', { path: c.registry.path }),
    textEdit: { range, newText: c.id },
  }));
  return { isIncomplete: false, items: dedupe(items) };
}

function codeItems(engine: Engine, range: Range, locale: Locale): CompletionList {
  const items = engine.allRules.map((r): CompletionItem => ({
    label: r.code,
    kind: CompletionItemKind.Value,
    detail: r.slug,
    documentation: localizedSummary(r.code, r.summary, locale),
    textEdit: { range, newText: r.code },
  }));
  return { isIncomplete: false, items };
}

function registryCompletion(engine: Engine, text: string, line: number, character: number, locale: Locale): CompletionList {
  const ctx = yamlContextAt(text, line, character);
  if (!ctx) return EMPTY;
  const range: Range = { start: { line, character: ctx.start }, end: { line, character } };
  if (ctx.kind === 'key') {
    const keys = keysAt(engine, ctx.path);
    if (keys.length > 0) {
      return {
        isIncomplete: false,
        items: keys
          .filter((k) => !ctx.siblings.has(k))
          .map((k): CompletionItem => ({ label: k, kind: CompletionItemKind.Property, textEdit: { range, newText: `${k}: ` }, filterText: k })),
      };
    }
    // A scalar item of a block sequence (`- provider`): the values of the sequence.
    const last = ctx.path[ctx.path.length - 1];
    if (typeof last !== 'number') return EMPTY;
    return valueItems(valuesAt(ctx.path.slice(0, -1)), range, locale);
  }
  return valueItems(valuesAt(ctx.path), range, locale);
}

function keysAt(engine: Engine, path: readonly YamlPathSeg[]): string[] {
  if (path.length === 1 && path[0] === 'rules') return engine.allRules.map((r) => r.code);
  return knownKeysAt(schemas().registry, path);
}

function valuesAt(path: readonly YamlPathSeg[]): string[] {
  if (path.length === 1 && path[0] === 'frameworks') return PACKS.filter((p) => p.id !== 'core').map((p) => p.id);
  if (path.length === 1 && path[0] === 'version') return ['1'];
  const values = enumValuesAt(schemas().registry, path);
  if (values.length > 0) return values;
  return schemaAt(schemas().registry, path) instanceof z.ZodBoolean ? ['true', 'false'] : [];
}

function valueItems(values: readonly string[], range: Range, locale: Locale): CompletionList {
  return {
    isIncomplete: false,
    items: values.map((v): CompletionItem => {
      // A framework id says what selecting it means.
      const pack = PACKS.find((p) => p.id === v && p.id !== 'core');
      return {
        label: v,
        kind: CompletionItemKind.EnumMember,
        textEdit: { range, newText: v },
        ...(pack ? { detail: packTitleIn(pack.id, pack.title, locale), documentation: packDescriptionIn(pack.id, pack.description, locale), labelDetails: { description: pack.short } } : {}),
      };
    }),
  };
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.label) ? false : (seen.add(i.label), true)));
}
