import { sortFindings, type Finding, type FixProposal, type SeveritySetting } from '../finding.js';
import type { Locale } from '../i18n/messages.js';
import { isRegistryPath, type ParsedRegistry } from '../manifest/registry.js';
import { factsHoldSomething, type FileFacts } from '../model/file-facts.js';
import type { FixContext } from '../fixes/context.js';
import type { RelatedReport, Report, Rule } from '../rules/types.js';
import { formatMessage } from '../i18n/format.js';
import { nullLogger, type Logger } from '../workspace.js';
import { suppressionFixes } from '../fixes/suppress.js';
import { settingFor } from '../severity.js';
import type { FileStore } from './file-store.js';
import { pushAll } from '../arrays.js';
import type { FactsCache } from '../facts-cache.js';
import type { ProjectModel } from '../model/project-model.js';
import { hash64 } from '../fingerprint.js';
import { ENGINE_BUILD } from '../engine-build.js';

interface FindingRunnerOptions {
  /** 'YYYY-MM-DD': the date deadlines are computed against. */
  today: string;
  rules: readonly Rule[];
  logger?: Logger;
  /** Severity overrides from settings or the command line (codes or families such as `AIGOV5*`); a registry's `rules:` wins. */
  overrides?: Record<string, SeveritySetting>;
  /** Severity per pack (`aigov.frameworks`); a code's own setting wins. */
  packs?: Readonly<Record<string, SeveritySetting>>;
  /** Remembers each file's findings across runs (see `FindingRunner.findingsKey`). */
  cache?: FactsCache;
}

/** Bumped when what a cached finding holds, or how it is keyed, changes. */
const FINDINGS_FORMAT = 2;

/**
 * What the source rules of one file asked of the listing while computing its findings: each path
 * asked about and whether it was listed; `whole` when they read the listing otherwise (its size,
 * its order, another file's facts), so that only the same listing gives the same findings.
 * `factsGen`: the store's facts generation then; `fromCache`: the findings came from a cache,
 * which checked its own answers.
 */
interface Asked {
  paths: Map<string, boolean>;
  whole: boolean;
  factsGen: number;
  fromCache: boolean;
}

/**
 * The model as the source rules of the file `own` see it: the same, with its listing (`files`)
 * recording into `asked` what they ask of it. Asking whether a path is listed, or for the file's
 * own facts, is recorded precisely; any other use of the listing marks the answers `whole`.
 */
function askingModel(model: ProjectModel, own: string, asked: Asked): ProjectModel {
  const files = model.files;
  const has = (p: string): boolean => {
    const r = files.has(p);
    asked.paths.set(p, r);
    return r;
  };
  const get = (p: string): FileFacts | undefined => {
    if (p !== own) asked.whole = true;
    return files.get(p);
  };
  const view = new Proxy(files, {
    get(target, key) {
      if (key === 'has') return has;
      if (key === 'get') return get;
      asked.whole = true;
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...args: unknown[]) => unknown).bind(target) : v;
    },
  });
  return new Proxy(model, { get: (target, key, receiver) => (key === 'files' ? view : Reflect.get(target, key, receiver)) });
}

/**
 * Runs the rules over a `FileStore` on demand: per registry and per file, with severity
 * overrides and suppressions applied, cached until the store's generations move on.
 */
export class FindingRunner {
  readonly today: string;
  readonly rules: readonly Rule[];
  private readonly log: Logger;
  private readonly ruleByCode: Map<string, Rule>;
  private readonly ruleCodes: ReadonlySet<string>;
  private readonly facts: ReadonlyMap<string, FileFacts>;
  private readonly registries: ReadonlyMap<string, ParsedRegistry>;
  private readonly sourceCache = new Map<string, { gen: number; facts: FileFacts; findings: Finding[]; asked: Asked }>();
  private readonly registryCache = new Map<string, { gen: number; factsGen: number; findings: Finding[] }>();
  private readonly failedRules = new Set<string>();
  private keyOf: { gen: number; factsGen: number; key: string } | undefined;
  /** Rules that threw so far (their files' findings are not remembered). */
  private failures = 0;

  constructor(
    private readonly store: FileStore,
    private readonly options: FindingRunnerOptions,
  ) {
    this.today = options.today;
    this.rules = options.rules;
    this.log = options.logger ?? nullLogger;
    this.ruleByCode = new Map(this.rules.map((r) => [r.code, r]));
    this.ruleCodes = new Set(this.ruleByCode.keys());
    this.facts = store.facts;
    this.registries = store.registries;
  }

  /** Drops what is cached for a file that is gone. */
  forget(path: string): void {
    this.sourceCache.delete(path);
    this.registryCache.delete(path);
  }

  /** All findings, sorted by file, range and code. */
  findings(): Finding[] {
    const out: Finding[] = [];
    // Only registries and files that hold something can have findings (see sourceFindings).
    const paths: string[] = [];
    for (const [path, facts] of this.facts) if (this.registries.has(path) || mayHaveFindings(facts)) paths.push(path);
    for (const path of paths.sort()) pushAll(out, this.findingsFor(path));
    return out;
  }

  /** Findings located in one file. */
  findingsFor(path: string): Finding[] {
    const facts = this.facts.get(path);
    if (!facts) return [];
    const reg = this.registries.get(path);
    const out: Finding[] = [];
    if (reg) pushAll(out, this.registryFindings(reg));
    pushAll(out, this.sourceFindings(facts));
    return sortFindings(out);
  }

  /** Quick-fixes for a finding: the rule's own, then suppression; the documents they write in `locale`. */
  fixesFor(finding: Finding, locale?: Locale): FixProposal[] {
    const ctx = locale ? { ...this.fixContext(), locale } : this.fixContext();
    const rule = this.ruleByCode.get(finding.code);
    const out: FixProposal[] = [];
    if (rule?.fixes) {
      try {
        pushAll(out, rule.fixes(finding, ctx));
      } catch (err) {
        this.log.error(`Fixes for ${finding.code} failed`, err);
      }
    }
    pushAll(out, suppressionFixes(finding, ctx));
    return out;
  }

  fixContext(): FixContext {
    return {
      model: this.store.model,
      today: this.today,
      textOf: (p) => this.facts.get(p)?.source?.text,
      exists: (p) => this.store.model.exists(p),
    };
  }

  private registryFindings(reg: ParsedRegistry): Finding[] {
    const { model, modelGen, factsGen } = this.store;
    const cached = this.registryCache.get(reg.path);
    if (cached && cached.gen === modelGen && cached.factsGen === factsGen) return cached.findings;
    const frameworks = model.frameworksOf(reg);
    const out: Finding[] = [];
    for (const rule of this.rules) {
      if (rule.scope !== 'registry' || !frameworks.has(rule.pack)) continue;
      this.runRule(rule, out, (report) => rule.check({ model, today: this.today, ruleCodes: this.ruleCodes, setting: (code) => this.codeSetting(reg, code), registry: reg, report }), reg.path);
    }
    const findings = this.finish(out);
    this.registryCache.set(reg.path, { gen: modelGen, factsGen, findings });
    return findings;
  }

  private sourceFindings(facts: FileFacts): Finding[] {
    const { model, modelGen } = this.store;
    const cached = this.sourceCache.get(facts.path);
    if (cached && cached.gen === modelGen && cached.facts === facts && this.stillAnswered(cached.asked)) return cached.findings;
    // Source rules report only on what a file holds: most files hold nothing (measured: a third
    // of the findings time at 100k files).
    if (!mayHaveFindings(facts)) return [];
    const { cache } = this.options;
    const key = cache?.findingsOf ? this.findingsKey() : '';
    const known = cache?.findingsOf?.(key, facts.path, facts, this.listed);
    if (known) {
      // The cache checked its answers; later changes to the listing are checked against them here.
      this.sourceCache.set(facts.path, { gen: modelGen, facts, findings: known, asked: { paths: new Map(), whole: false, factsGen: this.store.factsGen, fromCache: true } });
      return known;
    }
    // While the governing registry does not parse, its last good parse (if kept) stands in.
    const governance = model.governance(facts.path);
    const frameworks = model.frameworksOf(governance);
    const coverage = model.coverage(facts.path);
    const out: Finding[] = [];
    const today = this.today;
    // Findings that depend on the date are never remembered: a rule that read it, or a finding
    // about a duty that applies from some day (its severity depends on today).
    let dated = false;
    const failedBefore = this.failures;
    const asked: Asked = { paths: new Map(), whole: false, factsGen: this.store.factsGen, fromCache: false };
    const asking = askingModel(model, facts.path, asked);
    for (const rule of this.rules) {
      if (rule.scope !== 'source' || !frameworks.has(rule.pack)) continue;
      this.runRule(
        rule,
        out,
        (report) =>
          rule.check({
            model: asking,
            get today() {
              dated = true;
              return today;
            },
            ruleCodes: this.ruleCodes,
            setting: (code) => this.codeSetting(governance, code),
            facts,
            coverage,
            report,
          }),
        facts.path,
      );
    }
    dated ||= out.some((f) => f.data?.appliesFrom !== undefined);
    const findings = this.finish(out);
    this.sourceCache.set(facts.path, { gen: modelGen, facts, findings, asked });
    if (cache?.rememberFindings && !dated && !asked.whole && this.failures === failedBefore) cache.rememberFindings(key, facts.path, facts, findings, asked.paths);
    return findings;
  }

  /** Whether a path is listed now: what the source rules ask of the listing (see `askingModel`). */
  private readonly listed = (path: string): boolean => this.facts.has(path);

  /**
   * Whether the listing answers as it did when a file's findings were computed. Findings a cache
   * gave were checked then: they hold until the listing changes, and are computed again after.
   */
  private stillAnswered(asked: Asked): boolean {
    if (asked.factsGen === this.store.factsGen) return true;
    if (asked.whole || asked.fromCache) return false;
    for (const [p, was] of asked.paths) if (this.facts.has(p) !== was) return false;
    // The same answers under this listing: not asked again until it changes.
    asked.factsGen = this.store.factsGen;
    return true;
  }

  /**
   * What a file's source findings depend on besides its own facts and the listing's answers to
   * the rules (`Asked`), as a digest: the engine's build, the rules and their settings, every
   * registry's path and text, the referenced documents as stat'ed and the drafts. A source rule
   * reads no other file's facts. The date is not in it: findings that depend on it are not
   * remembered. Neither are the listed paths: a file added or removed elsewhere (as most pull
   * requests do) leaves the findings of a file whose rules did not ask about it as they were.
   */
  private findingsKey(): string {
    const { modelGen, factsGen } = this.store;
    if (this.keyOf?.gen === modelGen && this.keyOf.factsGen === factsGen) return this.keyOf.key;
    const o = this.options;
    const parts = [
      FINDINGS_FORMAT,
      ENGINE_BUILD,
      this.rules.map((r) => r.code),
      o.overrides ?? null,
      o.packs ?? null,
      this.store.settingsDigestParts(),
      // A registry that does not parse is judged by its last good parse when one is kept.
      [...this.registries.values()].map((r) => [r.path, r.source.text, this.store.model.standInFor(r)?.source.text ?? null]),
    ];
    const key = hash64(JSON.stringify(parts));
    this.keyOf = { gen: modelGen, factsGen, key };
    return key;
  }

  /**
   * Runs one rule on one file. A rule that throws loses its findings there, never the others';
   * the file gets an AIGOV009 saying so (when that rule is on), so the gap is not silent.
   */
  private runRule(rule: Rule, out: Finding[], run: (report: (r: Report) => void) => void, file: string): void {
    try {
      run((r) => {
        const f: Finding = {
          code: rule.code,
          severity: r.severity ?? rule.defaultSeverity,
          message: formatMessage(r, 'en'),
          messageId: r.messageId,
          file: r.file,
          range: r.range,
        };
        if (r.args) f.args = r.args;
        if (r.count !== undefined) f.count = r.count;
        if (r.data) f.data = r.data;
        const citation = r.citation ?? rule.citation;
        if (citation) f.citation = citation;
        if (r.tags) f.tags = r.tags;
        if (r.related) f.related = r.related.map(relatedLocation);
        out.push(f);
      });
    } catch (err) {
      this.failures++;
      if (!this.failedRules.has(rule.code)) {
        this.failedRules.add(rule.code);
        this.log.error(`Rule ${rule.code} (${rule.slug}) failed; its findings are missing, the others are not affected`, err);
      }
      const notAnalysed = this.ruleByCode.get('AIGOV009');
      if (notAnalysed && notAnalysed !== rule) {
        const args = { rule: rule.code, slug: rule.slug, path: file };
        out.push({
          code: notAnalysed.code,
          severity: notAnalysed.defaultSeverity,
          message: formatMessage({ messageId: 'AIGOV009.ruleFailed', args }, 'en'),
          messageId: 'AIGOV009.ruleFailed',
          args,
          file,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          data: { reason: 'rule-failed', rule: rule.code },
        });
      }
    }
  }

  /** Applies severity overrides and suppressions. */
  private finish(raw: Finding[]): Finding[] {
    const out: Finding[] = [];
    for (const f of raw) {
      const setting = this.severitySetting(f);
      if (setting === 'off') continue;
      if (setting) f.severity = setting;
      if (this.isSuppressed(f)) continue;
      out.push(f);
    }
    return out;
  }

  /** The setting of a code itself (exact or by family): the registry's `rules:`, then the editor's or command line's. */
  private codeSetting(reg: ParsedRegistry | undefined, code: string): SeveritySetting | undefined {
    return settingFor(code, reg?.data?.rules) ?? settingFor(code, this.options.overrides);
  }

  /**
   * A finding's effective setting: its code's, else its pack's (`packs`). A severity setting never
   * lifts a finding about a duty that does not apply yet (`data.appliesFrom` after today) above info.
   */
  private severitySetting(f: Finding): SeveritySetting | undefined {
    const reg = this.registries.get(f.file) ?? this.store.model.governance(f.file);
    const pack = this.ruleByCode.get(f.code)?.pack;
    const setting = this.codeSetting(reg, f.code) ?? (pack !== undefined ? this.options.packs?.[pack] : undefined);
    const from = f.data?.appliesFrom;
    if ((setting === 'error' || setting === 'warning') && typeof from === 'string' && from > this.today) return 'info';
    return setting;
  }

  private isSuppressed(f: Finding): boolean {
    // AIGOV204 (suppression without a reason) cannot itself be suppressed.
    if (f.code === 'AIGOV204') return false;
    const sups = this.facts.get(f.file)?.annotations.suppressions ?? [];
    if (sups.length === 0) return false;
    // In a registry, a suppression above a component's `- id:` line covers the whole component.
    const id = f.data?.id;
    const componentLine = typeof id === 'string' ? this.registries.get(f.file)?.components.find((c) => c.id === id)?.range.start.line : undefined;
    return sups.some(
      (s) =>
        s.reason !== undefined &&
        s.reason.trim() !== '' &&
        s.codes.includes(f.code) &&
        (s.scope === 'file' || s.targetLine === f.range.start.line || (componentLine !== undefined && s.targetLine === componentLine)),
    );
  }
}

/**
 * Source rules report only on what a file holds, on a registry that was not read (a folder, or a
 * file that is not text, too large, unreadable or out of the workspace), or on a file that could
 * not be analysed (its name is not UTF-8, or its read or analysis failed).
 */
function mayHaveFindings(facts: FileFacts): boolean {
  if (factsHoldSomething(facts)) return true;
  const skipped = facts.skipped;
  return skipped !== undefined && (skipped === 'unreadable' || skipped === 'name-not-utf8' || isRegistryPath(facts.path));
}

/** A related place with its English words, keeping the message for other locales. */
function relatedLocation(r: RelatedReport): NonNullable<Finding['related']>[number] {
  return { file: r.file, range: r.range, message: formatMessage(r, 'en'), messageId: r.messageId, ...(r.args ? { args: r.args } : {}), ...(r.count !== undefined ? { count: r.count } : {}) };
}
