/**
 * Detection in one piece of code (a file, or a notebook cell): prefilter, lex, parse imports,
 * match them against the table, then look for client calls of what is imported and, when
 * enabled, model-id strings. Positions are offsets in the given text.
 */
import { languageForId } from '../annotations/languages.js';
import { lex, type LexResult } from '../annotations/scanner.js';
import type { Span } from '../text/line-index.js';
import { CodeView, type CodeText } from './code-view.js';
import { findCalls, findModelIds, findServiceClients, MODEL_ID_HINT } from './calls.js';
import { lineAround, type ImportRef } from './cursor.js';
import { jsImports } from './imports-js.js';
import { csharpImports, goImports, jvmImports, qualifiedNames, rustImports } from './imports-other.js';
import { pythonImports } from './imports-python.js';
import { LIBRARIES, type LibraryEntry } from './libraries.js';
import { mayImport, type ParserKind } from './prefilter.js';
import type { LibraryMatch, LibraryTable } from './table.js';
import type { ComponentKindHint, Confidence, DetectionConfig, DetectionKind } from './types.js';
import { pushAll } from '../arrays.js';

const PARSERS: Readonly<Record<string, ParserKind>> = {
  python: 'python',
  javascript: 'js',
  javascriptreact: 'js',
  typescript: 'js',
  typescriptreact: 'js',
  java: 'jvm',
  kotlin: 'jvm',
  scala: 'jvm',
  groovy: 'jvm',
  go: 'go',
  csharp: 'csharp',
  rust: 'rust',
};

/** The import parser for a language id (`python`, `typescript`, …), if detection reads it. */
export function parserFor(languageId: string | undefined): ParserKind | undefined {
  return languageId === undefined ? undefined : PARSERS[languageId];
}

/** A detection with an offset span in the analysed text. */
export interface CodeDetection {
  kind: DetectionKind;
  library: string;
  provider: string;
  family: string;
  componentKind: ComponentKindHint;
  vendor: boolean;
  extra: boolean;
  confidence: Confidence;
  span: Span;
  evidence: string;
  typeOnly?: boolean;
  localModule?: string;
}

interface CodeInput {
  text: string;
  languageId: string;
  /** The comment/string scan of exactly this text, when the caller has it. */
  lex?: LexResult;
  /** TypeScript declaration file or Python stub: every import is type-only. */
  declarationFile?: boolean;
  /**
   * Services (`bedrock-runtime`) for which the code shares a namespace with another piece that
   * makes a client: the other cells of a notebook (see `serviceClientsIn`).
   */
  sharedServices?: ReadonlySet<string>;
}

/** Every service name the table's general SDKs know. */
const SERVICE_NAMES: readonly string[] = [...new Set(LIBRARIES.flatMap((e) => (e.services ?? []).map((s) => s.name)))];

/** The services that `text` (one notebook cell, say) makes a client for. */
export function serviceClientsIn(text: string, languageId: string): string[] {
  const language = languageForId(languageId);
  if (!language || !SERVICE_NAMES.some((n) => text.includes(n))) return [];
  const lexed = lex(text, language.syntax);
  return findServiceClients(text, new CodeView(text, lexed), lexed.strings, SERVICE_NAMES).map((h) => h.needle);
}

export function detectCode(input: CodeInput, table: LibraryTable, config: DetectionConfig): CodeDetection[] {
  const kind = parserFor(input.languageId);
  if (!kind) return [];
  const { text } = input;
  const wantImports = mayImport(text, kind, table);
  const wantModelIds = config.modelIds && MODEL_ID_HINT.test(text);
  if (!wantImports && !wantModelIds) return [];
  const language = languageForId(input.languageId);
  if (!language) return [];
  const lexed = input.lex ?? lex(text, language.syntax);
  // The parsers and the call finders look at a few places of the code: they read it in place.
  const code = new CodeView(text, lexed);
  const out: CodeDetection[] = [];
  if (wantImports) {
    const refs = parse(kind, text, code, lexed, table, input.declarationFile === true);
    const imports = matchImports(refs, text, table);
    const calls = callEvidence(imports, text, code, lexed, input.sharedServices);
    for (const d of imports) out.push(withoutEntry(d));
    pushAll(out, calls);
  }
  if (wantModelIds) {
    for (const hit of findModelIds(text, lexed.strings)) {
      out.push({
        kind: 'model-id',
        library: hit.id,
        provider: hit.provider,
        family: `${hit.provider} model id`,
        componentKind: 'llm-app',
        vendor: true,
        extra: false,
        confidence: 'low',
        span: hit.span,
        evidence: evidenceAt(text, hit.span),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function parse(kind: ParserKind, text: string, code: CodeView, lexed: LexResult, table: LibraryTable, dts: boolean): ImportRef[] {
  switch (kind) {
    case 'python':
      return pythonImports(text, code, lexed.strings, dts);
    case 'js':
      return jsImports(text, code, lexed.strings, dts);
    case 'jvm':
      return [...jvmImports(code, text), ...qualifiedNames(code, text, 'jvm', table.qualified.jvm)];
    case 'go':
      return goImports(text, code, lexed.strings);
    case 'csharp':
      return [...csharpImports(code, text), ...qualifiedNames(code, text, 'dotnet', table.qualified.dotnet)];
    case 'rust':
      return rustImports(code, text, table.rustNames);
  }
}

interface Pending extends CodeDetection {
  entry: LibraryEntry;
}

function matchImports(refs: readonly ImportRef[], text: string, table: LibraryTable): Pending[] {
  const out: Pending[] = [];
  for (const ref of refs) {
    let match: LibraryMatch | undefined = table.lookup(ref.eco, ref.name);
    let span = ref.span;
    if (!match && ref.alternatives) {
      for (const alt of ref.alternatives) {
        match = table.lookup(ref.eco, alt.name);
        if (match) {
          span = { start: ref.span.start, end: alt.span.end };
          break;
        }
      }
    }
    if (!match) continue;
    const d: Pending = {
      entry: match.entry,
      kind: 'import',
      library: match.library,
      provider: match.provider,
      family: match.entry.family,
      componentKind: match.entry.kind,
      vendor: match.vendor,
      extra: match.extra,
      confidence: ref.pathUse ? 'medium' : (match.entry.confidence ?? 'high'),
      span,
      evidence: evidenceAt(text, ref.span),
    };
    if (ref.typeOnly) d.typeOnly = true;
    if (ref.eco === 'python') d.localModule = ref.name.split('.')[0] ?? ref.name;
    out.push(d);
  }
  return out;
}

/**
 * Client calls count only for libraries the code imports. A general cloud SDK (boto3) counts only
 * where the file makes a client for one of its AI services: its imports are then reported once
 * per service provider, else removed from `imports`. Returns the call detections.
 */
function callEvidence(imports: Pending[], text: string, code: CodeText, lexed: LexResult, shared?: ReadonlySet<string>): CodeDetection[] {
  const byEntry = new Map<LibraryEntry, Pending>();
  for (const d of imports) if (!d.typeOnly && !byEntry.has(d.entry)) byEntry.set(d.entry, d);
  const replaced = new Map<LibraryEntry, Pending[]>();
  const calls: CodeDetection[] = [];
  for (const [entry, first] of byEntry) {
    const base = withoutEntry(first);
    delete base.localModule;
    if (entry.services) {
      const clients = findServiceClients(text, code, lexed.strings, entry.services.map((s) => s.name));
      const uses: Pending[] = [];
      for (const hit of clients) {
        const service = entry.services.find((s) => s.name === hit.needle);
        if (!service) continue;
        const use = { provider: service.provider, family: service.family, componentKind: service.kind };
        if (!uses.some((u) => u.provider === use.provider)) {
          for (const d of imports) if (d.entry === entry) uses.push({ ...d, ...use });
        }
        calls.push({ ...base, ...use, kind: 'call', confidence: 'medium', span: hit.span, evidence: evidenceAt(text, hit.span) });
      }
      // The client is made in another cell of the same notebook.
      for (const service of clients.length === 0 && shared ? entry.services.filter((sv) => shared.has(sv.name)) : []) {
        if (uses.some((u) => u.provider === service.provider)) continue;
        for (const d of imports) if (d.entry === entry) uses.push({ ...d, provider: service.provider, family: service.family, componentKind: service.kind });
      }
      replaced.set(entry, uses);
      continue;
    }
    for (const h of entry.calls ? findCalls(code, entry.calls) : []) calls.push({ ...base, kind: 'call', confidence: 'medium', span: h.span, evidence: evidenceAt(text, h.span) });
  }
  if (replaced.size > 0) {
    const kept = imports.filter((d) => !replaced.has(d.entry));
    for (const uses of replaced.values()) pushAll(kept, uses);
    imports.length = 0;
    pushAll(imports, kept.sort((a, b) => a.span.start - b.span.start));
  }
  return calls;
}

function withoutEntry(p: Pending): CodeDetection {
  const { entry: _entry, ...rest } = p;
  return rest;
}

/** The line holding the span, trimmed, for a reviewer. */
function evidenceAt(text: string, span: Span): string {
  const line = lineAround(text, span.start, 300);
  const s = text.slice(line.start, line.end).trim();
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}
