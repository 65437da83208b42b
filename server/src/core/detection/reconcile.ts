/**
 * Reconciling detections with the registry: which detections a rule reports (one use per file
 * and library, local modules and type-only imports left out), the governing registry's detection
 * settings (`detection.ignore` with real glob semantics, `libraries.extra`, `model_ids`), and
 * the helpers the fixes need (suggested ids, likely components, provider mentions).
 */
import picomatch from 'picomatch';
import type { ComponentEntry, ParsedRegistry } from '../manifest/registry.js';
import { COMPONENT_ID } from '../manifest/schema.js';
import { basename, dirname, joinPath, normalizeGlob, relativeTo } from '../paths.js';
import { comparePositions } from '../text/line-index.js';
import { kebab } from '../text/kebab.js';
import { PROVIDER_ALIASES } from './libraries.js';
import type { Confidence, Detection } from './types.js';

// ---- settings of the governing registry -------------------------------------------------------------

export interface DetectionSettings {
  /** `detection.ignore` matches the file (or a folder above it), relative to the registry's folder. */
  ignored(path: string): boolean;
  modelIds: boolean;
  /** Names from `detection.libraries.extra`. */
  extras: ReadonlySet<string>;
}

const NO_SETTINGS: DetectionSettings = { ignored: () => false, modelIds: false, extras: new Set() };
const settingsCache = new WeakMap<ParsedRegistry, DetectionSettings>();


/**
 * The detection settings of `reg`, the registry governing a file (`ProjectModel.governing`: nearest
 * `.aigov.yaml` wins). `above`: `reg` is in a folder above the workspace root, and this is the
 * root's path from there (`ProjectModel.detectionOf`).
 */
export function detectionSettings(reg: ParsedRegistry | undefined, above?: string): DetectionSettings {
  if (!reg) return NO_SETTINGS;
  let s = settingsCache.get(reg);
  if (!s) {
    const d = reg.data?.detection;
    // A leading `/` anchors at the registry's folder, as in .gitignore.
    const globs = (d?.ignore ?? []).map((g) => normalizeGlob(g.trim().replace(/^\/+/, ''))).filter((g) => g.length > 0);
    const isMatch = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined;
    const dir = reg.dir;
    s = {
      ignored(p: string): boolean {
        if (!isMatch) return false;
        // A glob names files or folders: `vendor` and `vendor/**` both leave out vendor/x.py.
        let rel = above === undefined ? relativeTo(dir, p) : above + p;
        while (rel !== '') {
          if (isMatch(rel)) return true;
          rel = dirname(rel);
        }
        return false;
      },
      modelIds: d?.model_ids === true,
      extras: new Set((d?.libraries?.extra ?? []).map((e) => (typeof e === 'string' ? e : e.name).trim())),
    };
    settingsCache.set(reg, s);
  }
  return s;
}

// ---- uses ------------------------------------------------------------------------------------------------

/** One library used by one file: what a finding reports. */
export interface LibraryUse {
  /** Where the finding sits: the first (value) import, or the model-id string. */
  anchor: Detection;
  calls: Detection[];
  /** The anchor's confidence, one step higher when client calls back it up. */
  confidence: Confidence;
}

interface UseOptions {
  /** Whether a workspace file exists: local modules named like an SDK shadow it. */
  exists(path: string): boolean;
  modelIds: boolean;
  /** Extra library names this file's registry declares; detections from other registries' extras are dropped. */
  extras: ReadonlySet<string>;
}

/**
 * The folder `import x` in the Python file `path` resolves top-level modules from: the folder
 * holding the file's top package, or the file's own folder when it is a script outside any
 * package (what Python puts first on `sys.path`).
 */
export function pythonSourceRoot(path: string, exists: (p: string) => boolean): string {
  let top = dirname(path);
  while (top !== '' && exists(joinPath(top, '__init__.py'))) top = dirname(top);
  return top;
}

/**
 * A top-level module of the project's own that `import <name>` in `path` loads instead of the SDK.
 * Python 3 imports are absolute: only `<name>.py` or a package `<name>/` directly in the source
 * root (`pythonSourceRoot`) counts, never a sub-package of that name deeper in the tree
 * (`connectors/ai/ollama/` does not hide the `ollama` SDK). The file itself does not count:
 * `openai.py` importing `openai` means the SDK.
 */
export function shadowedByLocalModule(path: string, name: string, exists: (p: string) => boolean, root = pythonSourceRoot(path, exists)): boolean {
  const module = joinPath(root, `${name}.py`);
  return (module !== path && exists(module)) || exists(joinPath(root, `${name}/__init__.py`));
}

/** Imports, calls and model ids of a file, reduced to one use per library and provider. */
export function libraryUses(path: string, detections: readonly Detection[], opts: UseOptions): LibraryUse[] {
  const groups = new Map<string, { imports: Detection[]; calls: Detection[] }>();
  const modelIds = new Map<string, Detection>();
  /** The file's source root, looked for once (a file imports many modules). */
  let root: string | undefined;
  for (const d of detections) {
    if (d.kind === 'artefact' || d.kind === 'manifest') continue;
    if (d.extra && !opts.extras.has(d.family ?? d.library)) continue;
    if (d.kind === 'model-id') {
      if (opts.modelIds && !modelIds.has(d.provider)) modelIds.set(d.provider, d);
      continue;
    }
    if (d.kind === 'import' && d.localModule && shadowedByLocalModule(path, d.localModule, opts.exists, (root ??= pythonSourceRoot(path, opts.exists)))) continue;
    const key = `${d.library}\u0000${d.provider}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { imports: [], calls: [] }));
    (d.kind === 'call' ? g.calls : g.imports).push(d);
  }
  const out: LibraryUse[] = [];
  const providers = new Set<string>();
  for (const g of groups.values()) {
    const anchor = g.imports.filter((d) => !d.typeOnly).sort((a, b) => comparePositions(a.range.start, b.range.start))[0];
    if (!anchor) continue; // type-only: a dependency, not a use; calls without an import: nothing
    providers.add(anchor.provider);
    const confidence: Confidence = g.calls.length > 0 && anchor.confidence === 'medium' ? 'high' : anchor.confidence;
    out.push({ anchor, calls: g.calls, confidence });
  }
  for (const [provider, d] of modelIds) {
    if (!providers.has(provider)) out.push({ anchor: d, calls: [], confidence: 'low' });
  }
  return out.sort((a, b) => comparePositions(a.anchor.range.start, b.anchor.range.start));
}

/** Manifest detections, one per dependency line. */
export function manifestUses(detections: readonly Detection[], extras: ReadonlySet<string>): Detection[] {
  const seen = new Set<string>();
  const out: Detection[] = [];
  for (const d of detections) {
    if (d.kind !== 'manifest' || (d.extra && !extras.has(d.family ?? d.library))) continue;
    const key = `${d.range.start.line}:${d.range.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

// ---- providers and components ----------------------------------------------------------------------------

function squash(s: string): string {
  return s.toLowerCase().replace(/[-_. /]/g, '');
}

/** Whether a component names the provider in `kind`, `model` or `upstream_models`. */
export function mentionsProvider(c: ComponentEntry, provider: string): boolean {
  const aliases = (PROVIDER_ALIASES[provider] ?? [provider]).map(squash);
  const values: string[] = [];
  const d = c.data;
  if (d.kind) values.push(d.kind);
  if (d.model?.provider) values.push(d.model.provider);
  if (d.model?.name) values.push(d.model.name);
  for (const u of d.upstream_models ?? []) {
    values.push(u.provider);
    if (u.name) values.push(u.name);
  }
  return values.some((v) => {
    const s = squash(v);
    return aliases.some((a) => a.length > 0 && s.includes(a));
  });
}

/** The fixed folder a glob starts with (`services/chat/**` → `services/chat`). */
function globBase(glob: string): string {
  const segs = normalizeGlob(glob).split('/');
  const out: string[] = [];
  for (const s of segs) {
    if (/[*?[\]{}!]/.test(s)) break;
    out.push(s);
  }
  return out.join('/');
}

function commonSegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  // Past the end of `y`, `y[n]` is undefined and differs from any segment of `x`.
  while (n < x.length && x[n] === y[n] && x[n] !== '') n++;
  return n;
}

/**
 * Components of `reg`, the registry governing `path`, that the file most likely belongs to, best
 * first: those naming the provider, then those whose `paths` are nearest the file, then by kind.
 */
export function linkCandidates(reg: ParsedRegistry | undefined, path: string, provider: string | undefined, kind: string | undefined, limit = 3): ComponentEntry[] {
  if (!reg) return [];
  const dir = dirname(path);
  const scored = reg.components.map((c) => {
      let score = 0;
      if (provider && mentionsProvider(c, provider)) score += 100;
      let near = 0;
      for (const g of c.data.paths ?? []) near = Math.max(near, commonSegments(dir, joinPath(reg.dir, globBase(g))));
      score += near * 10;
      if (kind && c.data.kind === kind) score += 5;
      return { c, score };
    });
  scored.sort((a, b) => b.score - a.score || a.c.index - b.c.index);
  const seen = new Set<string>();
  const out: ComponentEntry[] = [];
  for (const { c } of scored) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

const GENERIC_SEGMENTS = new Set(['', '.', 'src', 'lib', 'libs', 'app', 'apps', 'main', 'java', 'kotlin', 'scala', 'python', 'py', 'js', 'ts', 'go', 'rust', 'cmd', 'pkg', 'internal', 'source', 'sources', 'code', 'com', 'org', 'net', 'io', 'dev', 'scripts', 'services', 'packages', 'modules', 'notebooks', 'test', 'tests']);
const GENERIC_STEMS = new Set(['index', 'main', 'app', '__init__', '__main__', 'mod', 'lib', 'program', 'module', 'server', 'client', 'package', 'requirements', 'pyproject', 'cargo', 'pom', 'build', 'go']);

/**
 * A component id for AI use found in a file, named after where it is (the nearest meaningful
 * folder, else the file) and never after the SDK it imports: `services/support/bot.py` gives
 * `support`, `src/summarize.ts` gives `summarize`, `src/main.py` gives `main`. Made unique.
 */
export function suggestIdForUse(path: string, taken: (id: string) => boolean): string {
  const segs = dirname(path).split('/').reverse();
  const folder = segs.find((s) => !GENERIC_SEGMENTS.has(s.toLowerCase()) && !s.startsWith('.')) ?? '';
  const stem = basename(path).replace(/\..*$/, '');
  let id = kebab(folder) || kebab(stem);
  if (!COMPONENT_ID.test(id)) id = 'ai-component';
  if (!taken(id)) return id;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}

/** A component id for a model or dependency found in a file: its place (folder, else a stem that is not generic) with what it is. Made unique. */
export function suggestComponentId(path: string, what: string, taken: (id: string) => boolean): string {
  const segs = dirname(path).split('/').reverse();
  let base = segs.find((s) => !GENERIC_SEGMENTS.has(s.toLowerCase()) && !s.startsWith('.')) ?? '';
  if (base === '') {
    const stem = basename(path).replace(/\..*$/, '');
    base = GENERIC_STEMS.has(stem.toLowerCase()) ? '' : stem;
  }
  const b = kebab(base);
  const w = kebab(what) || 'ai';
  // Both are kebab-case and `w` is not empty: the id is a valid component id.
  const id = b === '' ? w : b.includes(w) ? b : `${b}-${w}`;
  if (!taken(id)) return id;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}
