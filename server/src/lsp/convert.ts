import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Command,
  type CreateFile,
  type Diagnostic,
  type SnippetTextEdit,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { docsUrl } from '../core/docs.js';
import type { FileEdit, Finding, FixProposal, Severity } from '../core/finding.js';
import { localizedMessage, localizedRelated, type Locale } from '../core/i18n/messages.js';
import { ui } from '../core/i18n/ui.js';
import { isAbsoluteLike, normalizeRelative } from '../core/paths.js';
import { checkEditTarget } from '../node/safe-write.js';
import { frameworkLabel } from '../core/packs.js';
import { AIGOV_SOURCE, AigovServerCommands } from '../protocol/methods.js';
import type { Folder } from './folder.js';
import { absoluteOf } from './uri.js';

/** Engine ranges are zero-based line and UTF-16 character: the LSP convention, so no conversion. */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

/** What a code action needs to find the finding again, carried in `Diagnostic.data`. */
interface DiagnosticData {
  folderUri: string;
  file: string;
  code: string;
  data?: Record<string, unknown>;
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (v === null || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return typeof d.folderUri === 'string' && typeof d.file === 'string' && typeof d.code === 'string';
}

export function toDiagnostic(folder: Folder, f: Finding, locale: Locale = 'en'): Diagnostic {
  const citation = f.citation ? ` (${f.citation.framework} ${f.citation.article}${f.citation.unverified ? ', unverified' : ''})` : '';
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: docsUrl(f.code, locale) },
    // 'aigov · EU AI Act', 'aigov · core': the Problems filter finds a framework by name.
    source: `${AIGOV_SOURCE} · ${frameworkLabel(folder.engine?.allRules.find((r) => r.code === f.code)?.pack, f.citation)}`,
    message: `${localizedMessage(f, locale)}${citation}`,
  };
  if (f.tags?.length) d.tags = f.tags.map((t) => TAGS[t]);
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: folder.uriOf(r.file), range: r.range }, message: localizedRelated(r, locale) }));
  }
  const data: DiagnosticData = { folderUri: folder.uri, file: f.file, code: f.code, ...(f.data ? { data: f.data } : {}) };
  d.data = data;
  return d;
}

/** Rebuilds a finding from a diagnostic the client sends back (when the engine no longer has it). */
export function findingFromDiagnostic(d: Diagnostic, data: DiagnosticData): Finding {
  const sev = Object.entries(SEVERITY).find(([, v]) => v === d.severity)?.[0] as Severity | undefined;
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const f: Finding = { code: data.code, severity: sev ?? 'warning', message, file: data.file, range: d.range };
  if (data.data) f.data = data.data;
  return f;
}

interface EditOptions {
  /** The client accepts `documentChanges` with resource operations (create). */
  documentChanges: boolean;
  /** Version of an open document, for versioned edits. */
  versionOf(uri: string): number | null;
  /** The client takes snippet edits: an edit with a `cursor` becomes one (in `documentChanges`). */
  snippets?: boolean;
}

/** A snippet that inserts exactly `text` (`$`, `}` and `\` escaped) with the final tab stop at offset `cursor`. */
export function snippetWithCursor(text: string, cursor: number): string {
  const literal = (s: string): string => s.replace(/[$}\\]/g, '\\$&');
  return `${literal(text.slice(0, cursor))}$0${literal(text.slice(cursor))}`;
}

/** A replace edit as the client gets it: a snippet with the final tab stop at its cursor, when it has one and the client takes snippets. */
function textEditOf(e: Extract<FileEdit, { kind: 'replace' }>, snippets: boolean): TextEdit | SnippetTextEdit {
  if (!snippets || e.cursor === undefined) return { range: e.range, newText: e.newText };
  return { range: e.range, snippet: { kind: 'snippet', value: snippetWithCursor(e.newText, e.cursor) } };
}

/**
 * Why the edits may not be offered: a target outside the folder (through `..`, an absolute path or
 * a symlinked folder, resolved on disk) or a file to create that exists; undefined when they may.
 */
export function refusedEdit(folder: Folder, edits: readonly FileEdit[]): string | undefined {
  for (const e of edits) {
    const reason = refusedTarget(folder, e.file, e.kind === 'create' ? 'create' : 'edit');
    if (reason) return reason;
  }
  return undefined;
}

/**
 * Why an edit may not touch the folder's file `file` (a workspace path): it leaves the folder (by
 * `..`, an absolute path or a symlinked folder on disk), or a file to create exists already.
 */
export function refusedTarget(folder: Folder, file: string, kind: 'create' | 'edit'): string | undefined {
  const rel = normalizeRelative(file);
  if (rel === undefined || rel === '' || isAbsoluteLike(file)) return `${file}: it leaves the workspace folder`;
  return checkEditTarget(folder.root, absoluteOf(folder.root, rel), kind);
}

/**
 * A fix's edits as a WorkspaceEdit. A `create` becomes CreateFile (never overwriting) followed by
 * an insert of the content; a `replace` becomes a TextDocumentEdit of the open version. Undefined
 * when an edit would land outside the folder or create over an existing file (`refusedEdit`).
 */
export function toWorkspaceEdit(folder: Folder, edits: readonly FileEdit[], opts: EditOptions): WorkspaceEdit | undefined {
  if (refusedEdit(folder, edits) !== undefined) return undefined;
  if (!opts.documentChanges) {
    const changes: Record<string, TextEdit[]> = {};
    for (const e of edits) {
      const uri = folder.uriOf(e.file);
      const list = (changes[uri] ??= []);
      if (e.kind === 'replace') list.push({ range: e.range, newText: e.newText });
      else list.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: e.text });
    }
    return { changes };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  const created = new Set<string>();
  for (const e of edits) {
    const uri = folder.uriOf(e.file);
    if (e.kind === 'create') {
      created.add(uri);
      documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true, overwrite: false } });
      documentChanges.push({
        textDocument: { uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: e.text }],
      });
      continue;
    }
    const version = created.has(uri) ? null : opts.versionOf(uri);
    const last = documentChanges[documentChanges.length - 1];
    const edit = textEditOf(e, opts.snippets === true);
    if (last && 'textDocument' in last && last.textDocument.uri === uri) last.edits.push(edit);
    else documentChanges.push({ textDocument: { uri, version }, edits: [edit] });
  }
  return { documentChanges };
}

/**
 * For a fix that creates a document (a template): the command that shows it once the edit is
 * applied, so that the user lands in the new file. Only for a client that can show documents.
 */
export function openCreatedCommand(showDocument: boolean, folder: Folder, fix: FixProposal, locale: Locale = 'en'): Command | undefined {
  const created = fix.edits.find((e) => e.kind === 'create');
  if (!created || !showDocument) return undefined;
  return { title: ui(locale, 'lsp.action.open', { path: created.file }), command: AigovServerCommands.openDocument, arguments: [folder.uriOf(created.file)] };
}
