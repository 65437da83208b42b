import type { Citation, Finding, FixProposal, Severity, SeveritySetting } from '../finding.js';
import type { ComponentEntry, ParsedRegistry } from '../manifest/registry.js';
import type { FileFacts } from '../model/file-facts.js';
import type { ProjectModel } from '../model/project-model.js';
import type { Range } from '../text/line-index.js';
import type { FixContext } from '../fixes/context.js';
import type { Message, MessageId, MessageOf } from '../i18n/format.js';

/** A related place and what it is, as a message. */
export type RelatedReport = { file: string; range: Range } & Message;

/** Where and what, apart from the words: see `Report`. */
interface ReportPlace {
  file: string;
  range: Range;
  /** Overrides the rule's default severity for this finding (e.g. a deadline that has passed). */
  severity?: Severity;
  data?: Record<string, unknown>;
  citation?: Citation;
  tags?: Finding['tags'];
  related?: RelatedReport[];
}

/**
 * What a rule reports: a place and a message `{ messageId, args }` from the catalogues
 * (i18n/catalog); the engine adds the code, the effective severity and the English text.
 * A literal `messageId` has its `args` checked against the English template's holes.
 */
export type Report<K extends MessageId = MessageId> = ReportPlace & MessageOf<K>;

interface RuleContext {
  readonly model: ProjectModel;
  /** 'YYYY-MM-DD', injectable for reproducible results. */
  readonly today: string;
  /** Every finding code the engine knows. */
  readonly ruleCodes: ReadonlySet<string>;
  /**
   * The severity set for a code itself, by the registry's `rules:` or by settings (exact code or
   * family such as `AIGOV55*`); undefined when nobody set one. Voluntary-framework obligations
   * report on their own only when set (see packs/voluntary.ts).
   */
  setting(code: string): SeveritySetting | undefined;
  report<K extends MessageId>(r: Report<K>): void;
}

export interface RegistryRuleContext extends RuleContext {
  readonly registry: ParsedRegistry;
}

export interface SourceRuleContext extends RuleContext {
  readonly facts: FileFacts;
  /** Components covering this file. */
  readonly coverage: readonly ComponentEntry[];
}

interface RuleMeta {
  /** 'AIGOVnnn': the identity used in diagnostics, SARIF, suppressions and settings. */
  code: string;
  /** Kebab-case display name. */
  slug: string;
  defaultSeverity: Severity;
  /** One line, for SARIF shortDescription and lists. */
  summary: string;
  /** Why it matters, for SARIF fullDescription, `aigov explain` and hovers. */
  description: string;
  /** The rule pack: 'core' or a framework id such as 'eu-ai-act'. */
  pack: string;
  citation?: Citation;
  /** First day the underlying obligation applies, 'YYYY-MM-DD'. */
  appliesFrom?: string;
}

interface RuleBase extends RuleMeta {
  /** Fix builders: read only the finding (its data) and the context. */
  fixes?(finding: Finding, ctx: FixContext): FixProposal[];
}

export interface RegistryRule extends RuleBase {
  scope: 'registry';
  check(ctx: RegistryRuleContext): void;
}

export interface SourceRule extends RuleBase {
  scope: 'source';
  check(ctx: SourceRuleContext): void;
}

export type Rule = RegistryRule | SourceRule;
