/**
 * Detection of AI use (SPEC §3): imports of AI libraries (tier 1) with client calls of what is
 * imported (tier 2), model artefacts by name (tier 3), model-id strings when enabled (tier 4),
 * and AI dependencies in manifests. The engine calls `detectArtefact` for every listed file and
 * `detectInSource` for every text file it reads; both never throw.
 */
import { languageForId, languageForPath } from '../annotations/languages.js';
import type { LexResult } from '../annotations/scanner.js';
import { parseNotebook, rawSpan } from '../annotations/notebook.js';
import { extname } from '../paths.js';
import type { SourceFile } from '../text/source-file.js';
import { detectArtefactAt, formatOfBytes, type FileSample } from './artefacts.js';
import { detectManifest, manifestKind, type ManifestHit } from './manifests.js';
import { scriptBlocks } from './script-blocks.js';
import { detectCode, parserFor, serviceClientsIn, type CodeDetection } from './source.js';
import { tableFor } from './table.js';
import type { Detection, DetectionConfig } from './types.js';

export { artefactFormat, sniffCandidate, SNIFF_HEAD, SNIFF_TAIL, type FileSample } from './artefacts.js';
export { manifestKind } from './manifests.js';

/**
 * Finds AI use in one source file. `lex` is the comment/string scan when the caller already
 * has it. Never throws.
 */
export function detectInSource(source: SourceFile, lex: LexResult | undefined, config: DetectionConfig): Detection[] {
  try {
    const path = source.path;
    const table = tableFor(config);
    if (manifestKind(path)) return detectManifest(path, source.text, table).map((h) => fromManifest(h, source));
    if (extname(path) === '.ipynb') return detectNotebook(source, config);
    const language = languageForPath(path);
    if (language && COMPONENT_LANGUAGES.has(language.id)) return detectScripts(source, language.id === 'astro', config);
    if (!language || !parserFor(language.id)) return [];
    const input = { text: source.text, languageId: language.id, declarationFile: /\.d\.[cm]?ts$|\.pyi$/i.test(path), ...(lex ? { lex } : {}) };
    return detectCode(input, table, config).map((d) => fromCode(d, source.rangeOf(d.span), language.id));
  } catch {
    return [];
  }
}

/** A model artefact recognised by its extension, without reading it. */
export function detectArtefact(path: string): Detection | undefined {
  return detectArtefactAt(path);
}

/** A model artefact recognised by its first and last bytes (for `sniffCandidate` paths). Never throws. */
export function detectArtefactBytes(path: string, sample: FileSample): Detection | undefined {
  try {
    const f = formatOfBytes(sample);
    return f ? detectArtefactAt(path, f) : undefined;
  } catch {
    return undefined;
  }
}

/** Single-file components whose script blocks are read. */
const COMPONENT_LANGUAGES: ReadonlySet<string> = new Set(['vue', 'svelte', 'astro']);

/** Whether the file's content is worth reading for detection (by name). */
export function isDetectionCandidate(path: string): boolean {
  if (manifestKind(path) !== undefined || extname(path) === '.ipynb') return true;
  const id = languageForPath(path)?.id;
  return parserFor(id) !== undefined || (id !== undefined && COMPONENT_LANGUAGES.has(id));
}

/** The `<script>` blocks (and Astro's frontmatter) of a component file, each as JavaScript or TypeScript. */
function detectScripts(source: SourceFile, astro: boolean, config: DetectionConfig): Detection[] {
  const table = tableFor(config);
  const out: Detection[] = [];
  for (const block of scriptBlocks(source.text, astro)) {
    const text = source.text.slice(block.span.start, block.span.end);
    const shift = (s: { start: number; end: number }): { start: number; end: number } => ({ start: s.start + block.span.start, end: s.end + block.span.start });
    for (const d of detectCode({ text, languageId: block.languageId }, table, config)) out.push(fromCode(d, source.rangeOf(shift(d.span)), block.languageId));
  }
  return out;
}

/** Code cells of a notebook, each in its own language, with ranges in the raw `.ipynb` text. */
function detectNotebook(source: SourceFile, config: DetectionConfig): Detection[] {
  const notebook = parseNotebook(source.text);
  if (!notebook) return [];
  const table = tableFor(config);
  const fileLanguage = languageForId(notebook.language)?.id;
  const cells = notebook.cells.map((cell) => ({ cell, languageId: cell.language !== undefined ? languageForId(cell.language)?.id : fileLanguage }));
  // Cells share one namespace: a client made in one cell backs an SDK imported in another.
  const shared = new Set<string>();
  for (const { cell, languageId } of cells) if (languageId === 'python') for (const s of serviceClientsIn(cell.text, languageId)) shared.add(s);
  const out: Detection[] = [];
  for (const { cell, languageId } of cells) {
    if (!languageId || !parserFor(languageId)) continue;
    for (const d of detectCode({ text: cell.text, languageId, ...(shared.size > 0 ? { sharedServices: shared } : {}) }, table, config)) {
      out.push(fromCode(d, source.rangeOf(rawSpan(cell, d.span)), languageId));
    }
  }
  return out;
}

function fromCode(d: CodeDetection, range: Detection['range'], language: string): Detection {
  const out: Detection = {
    kind: d.kind,
    library: d.library,
    provider: d.provider,
    language,
    confidence: d.confidence,
    range,
    evidence: d.evidence,
    family: d.family,
    componentKind: d.componentKind,
    vendor: d.vendor,
  };
  if (d.typeOnly) out.typeOnly = true;
  if (d.extra) out.extra = true;
  if (d.localModule) out.localModule = d.localModule;
  return out;
}

function fromManifest(h: ManifestHit, source: SourceFile): Detection {
  const range = source.rangeOf(h.span);
  const out: Detection = {
    kind: 'manifest',
    library: h.name,
    provider: h.match.provider,
    language: h.ecosystem,
    confidence: 'high',
    range,
    evidence: source.lineIndex.lineText(range.start.line).trim().slice(0, 200),
    family: h.match.entry.family,
    componentKind: h.match.entry.kind,
    vendor: h.match.vendor,
  };
  if (h.match.extra) out.extra = true;
  return out;
}
