/**
 * Compiles the library table (plus a registry's `detection.libraries.extra`) into lookups by
 * ecosystem. Every lookup is a handful of map probes per name: no scanning of the table.
 */
import { LIBRARIES, PROVIDER_TOKENS, type LibraryEntry } from './libraries.js';
import type { DetectionConfig } from './types.js';

type Ecosystem = 'python' | 'npm' | 'jvm' | 'go' | 'dotnet' | 'crates' | 'pypi' | 'maven' | 'nuget';

/** A name that matched the table. */
export interface LibraryMatch {
  entry: LibraryEntry;
  /** The library as matched: the table's name, or the package for wildcard entries. */
  library: string;
  provider: string;
  vendor: boolean;
  extra: boolean;
}

interface Pattern {
  entry: LibraryEntry;
  name: string;
  extra: boolean;
}

/** Exact names and segment prefixes (`a.b` matches `a.b` and `a.b.c`), plus wildcard prefixes. */
class PrefixIndex {
  private readonly exact = new Map<string, Pattern>();
  private readonly wild: Pattern[] = [];

  constructor(
    private readonly sep: string,
    private readonly fold: (s: string) => string = (s) => s,
  ) {}

  add(name: string, entry: LibraryEntry, extra: boolean): void {
    if (name.endsWith('*')) {
      this.wild.push({ entry, name: this.fold(name.slice(0, -1)), extra });
      return;
    }
    const key = this.fold(name);
    // Extras never override the built-in table; the first entry for a name wins.
    if (!this.exact.has(key)) this.exact.set(key, { entry, name, extra });
  }

  /** The longest matching pattern and the part of the name it matches. */
  find(name: string): { pattern: Pattern; matched: string } | undefined {
    const key = this.fold(name);
    let end = key.length;
    for (;;) {
      const hit = this.exact.get(key.slice(0, end));
      if (hit) return { pattern: hit, matched: name.slice(0, end) };
      const prev = key.lastIndexOf(this.sep, end - 1);
      if (prev <= 0) break;
      end = prev;
    }
    for (const w of this.wild) {
      if (key.startsWith(w.name)) {
        const stop = key.indexOf(this.sep, w.name.length);
        const matched = stop < 0 ? name : name.slice(0, stop);
        return { pattern: w, matched };
      }
    }
    return undefined;
  }

  /** Every exact name, as written in the table. */
  names(): string[] {
    return [...this.exact.values()].map((p) => p.name);
  }

  /** First segments of every pattern: the cheap prefilter's vocabulary. */
  roots(): { exact: Set<string>; prefixes: string[] } {
    const exact = new Set<string>();
    for (const k of this.exact.keys()) exact.add(k.split(this.sep)[0] ?? k);
    return { exact, prefixes: this.wild.map((w) => w.name) };
  }
}

/** The vendor an integration package names, e.g. 'openai' for `langchain_openai`. */
export function providerFromName(rest: string): string | undefined {
  const squashed = rest.toLowerCase().replace(/[-_.:/]/g, '');
  if (squashed.length === 0) return undefined;
  for (const [token, provider] of PROVIDER_TOKENS) if (squashed.includes(token)) return provider;
  return undefined;
}

function normalizePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function normalizeCrate(name: string): string {
  return name.toLowerCase().replace(/-/g, '_');
}

const LANGUAGE_ECOSYSTEMS: Record<string, Ecosystem[]> = {
  python: ['python', 'pypi'],
  py: ['python', 'pypi'],
  javascript: ['npm'],
  typescript: ['npm'],
  js: ['npm'],
  ts: ['npm'],
  node: ['npm'],
  npm: ['npm'],
  java: ['jvm', 'maven'],
  kotlin: ['jvm', 'maven'],
  scala: ['jvm', 'maven'],
  jvm: ['jvm', 'maven'],
  maven: ['maven'],
  go: ['go'],
  golang: ['go'],
  csharp: ['dotnet', 'nuget'],
  'c#': ['dotnet', 'nuget'],
  dotnet: ['dotnet', 'nuget'],
  '.net': ['dotnet', 'nuget'],
  nuget: ['nuget'],
  rust: ['crates'],
  cargo: ['crates'],
};

const DOTTED = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$/;
const NPM_NAME = /^(?:@[\w.-]+\/)?[\w.-]+$/;
const CRATE = /^[A-Za-z_][\w-]*$/;

function extraEntry(e: DetectionConfig['extraLibraries'][number]): { entry: LibraryEntry; ecosystems: Ecosystem[] } {
  const name = e.name.trim();
  const entry: LibraryEntry = { family: name, provider: e.provider ?? name, kind: 'llm-app', vendor: e.provider !== undefined };
  const wanted = e.language ? LANGUAGE_ECOSYSTEMS[e.language.trim().toLowerCase()] : undefined;
  const ecosystems: Ecosystem[] = [];
  const allow = (eco: Ecosystem, ok: boolean): void => {
    if (ok && (!wanted || wanted.includes(eco))) ecosystems.push(eco);
  };
  allow('python', DOTTED.test(name));
  allow('pypi', /^[A-Za-z0-9][\w.-]*$/.test(name));
  allow('npm', NPM_NAME.test(name));
  allow('jvm', DOTTED.test(name) && name.includes('.'));
  allow('maven', DOTTED.test(name) && name.includes('.'));
  allow('dotnet', DOTTED.test(name));
  allow('nuget', DOTTED.test(name));
  allow('go', name.includes('/') && !name.startsWith('@'));
  allow('crates', CRATE.test(name));
  return { entry, ecosystems };
}

export class LibraryTable {
  readonly python = new PrefixIndex('.');
  readonly npm = new PrefixIndex('/');
  readonly jvm = new PrefixIndex('.');
  readonly go = new PrefixIndex('/');
  readonly dotnet = new PrefixIndex('.');
  readonly crates = new PrefixIndex('\u0000', normalizeCrate);
  readonly pypi = new PrefixIndex('\u0000', normalizePypi);
  readonly nuget = new PrefixIndex('.', (s) => s.toLowerCase());
  private readonly maven: Pattern[] = [];
  /** Top-level Python modules and their wildcard prefixes, for the prefilter. */
  readonly pythonRoots: { exact: Set<string>; prefixes: string[] };
  /** Rust crate names as code writes them (`async_openai`). */
  readonly rustNames: Set<string>;
  /**
   * Java/Kotlin and C# names of two or more segments (`dev.langchain4j`, `Azure.AI.OpenAI`) as
   * one pattern each: code may write a fully qualified name without importing it. One-segment
   * .NET namespaces (`OpenAI`) are left out: as a name in code they are as often a variable.
   */
  readonly qualified: { jvm: RegExp; dotnet: RegExp };

  constructor(extras: DetectionConfig['extraLibraries'] = []) {
    for (const entry of LIBRARIES) this.addEntry(entry, allEcosystems(entry), false);
    for (const e of extras) {
      if (typeof e?.name !== 'string' || e.name.trim() === '') continue;
      const { entry, ecosystems } = extraEntry(e);
      const names: Partial<Record<Ecosystem, string[]>> = {};
      for (const eco of ecosystems) names[eco] = [entry.family];
      this.addEntry(entry, names, true);
    }
    this.pythonRoots = this.python.roots();
    const crateRoots = this.crates.roots();
    this.rustNames = new Set([...crateRoots.exact].map(normalizeCrate));
    this.qualified = { jvm: qualifiedPattern(this.jvm.names()), dotnet: qualifiedPattern(this.dotnet.names()) };
  }

  private addEntry(entry: LibraryEntry, names: Partial<Record<Ecosystem, readonly string[]>>, extra: boolean): void {
    for (const [eco, list] of Object.entries(names) as [Ecosystem, readonly string[]][]) {
      for (const n of list) {
        if (eco === 'maven') this.maven.push({ entry, name: n, extra });
        else this[eco].add(n, entry, extra);
      }
    }
  }

  /** Looks a name up in one ecosystem. */
  lookup(eco: Exclude<Ecosystem, 'maven'>, name: string): LibraryMatch | undefined {
    const hit = this[eco].find(name) ?? (eco === 'go' ? this.findGoUnversioned(name) : undefined);
    if (!hit) return undefined;
    return toMatch(hit.pattern, hit.matched, name);
  }

  /**
   * A Go import path with its major-version segments left out (`…/cohere-go/v2/client` →
   * `…/cohere-go/client`, `…/oci-go-sdk/v65/generativeai` → `…/oci-go-sdk/generativeai`): the
   * table names modules without them. `matched` stays the path as written.
   */
  private findGoUnversioned(name: string): ReturnType<PrefixIndex['find']> {
    const segments = name.split('/');
    const kept: number[] = [];
    for (let i = 0; i < segments.length; i++) if (i < 2 || !/^v\d+$/.test(segments[i] ?? '')) kept.push(i);
    if (kept.length === segments.length) return undefined;
    const hit = this.go.find(kept.map((i) => segments[i]).join('/'));
    if (!hit) return undefined;
    // The matched prefix, counted in kept segments, mapped back onto the path as written.
    const count = hit.matched.split('/').length;
    const last = kept[count - 1] ?? segments.length - 1;
    const matched = segments.slice(0, last + 1).join('/');
    return { ...hit, matched };
  }

  /** A Maven/Gradle coordinate. */
  lookupMaven(group: string, artifact: string): LibraryMatch | undefined {
    for (const p of this.maven) {
      const [g, a] = p.name.split(':');
      if (g === undefined) continue;
      if (a === undefined) {
        if (group === g || group.startsWith(`${g}.`)) return toMatch(p, `${group}:${artifact}`, `${group}:${artifact}`);
      } else if (group === g && (artifact === a || (a.endsWith('*') && artifact.startsWith(a.slice(0, -1))))) {
        return toMatch(p, `${group}:${artifact}`, `${group}:${artifact}`);
      }
    }
    return undefined;
  }
}

function allEcosystems(e: LibraryEntry): Partial<Record<Ecosystem, readonly string[]>> {
  const out: Partial<Record<Ecosystem, readonly string[]>> = {};
  if (e.python) out.python = e.python;
  if (e.npm) out.npm = e.npm;
  if (e.jvm) out.jvm = e.jvm;
  if (e.go) out.go = e.go;
  if (e.dotnet) out.dotnet = e.dotnet;
  if (e.crates) out.crates = e.crates;
  if (e.pypi) out.pypi = e.pypi;
  if (e.maven) out.maven = e.maven;
  if (e.nuget) out.nuget = e.nuget;
  return out;
}

/** `name`: the whole name looked up; an integration's vendor is read from it (the family's own names name none). */
function toMatch(p: Pattern, matched: string, name: string): LibraryMatch {
  const derived = p.entry.integrations ? providerFromName(name) : undefined;
  return {
    entry: p.entry,
    library: matched,
    provider: derived ?? p.entry.provider,
    vendor: derived !== undefined ? true : p.entry.vendor === true,
    extra: p.extra,
  };
}

/**
 * One alternation of literal names (longest first), each a whole name not reached through a member
 * access (`x.com.openai`), followed by `.` and a name: linear, since no part repeats.
 */
function qualifiedPattern(names: readonly string[]): RegExp {
  const multi = [...new Set(names.filter((n) => n.includes('.') && /^[\w.]+$/.test(n)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (multi.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\w$.])(?:${multi.map((n) => n.replace(/\./g, '\\.')).join('|')})(?=\\.[A-Za-z_])`, 'g');
}

const cache = new Map<string, LibraryTable>();

/** The compiled table for a configuration (cached per distinct list of extras). */
export function tableFor(config: DetectionConfig): LibraryTable {
  const key = config.extraLibraries.length === 0 ? '' : JSON.stringify(config.extraLibraries);
  let t = cache.get(key);
  if (!t) {
    if (cache.size > 32) cache.clear();
    t = new LibraryTable(config.extraLibraries);
    cache.set(key, t);
  }
  return t;
}
