/**
 * The custom methods of the aigov language server, shared by the server and every client.
 * Plain method names and JSON types only: the VS Code client wraps them in its own
 * RequestType/NotificationType, other editors call them by name.
 */

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export const AigovMethods = {
  listComponents: 'aigov/listComponents',
  listIncidents: 'aigov/listIncidents',
  frameworkCoverage: 'aigov/frameworkCoverage',
  modelChanged: 'aigov/modelChanged',
} as const;

/**
 * The diagnostic `source` of aigov's findings: 'aigov', followed by the framework of the finding
 * ('aigov · EU AI Act'), so that an editor's problem filter finds a framework by name.
 */
export const AIGOV_SOURCE = 'aigov';

/** Whether a diagnostic comes from aigov, whatever framework its source names. */
export function isAigovSource(source: string | undefined): boolean {
  return source === AIGOV_SOURCE || (source !== undefined && source.startsWith(`${AIGOV_SOURCE} `));
}

/** Server commands (`workspace/executeCommand`), offered through code actions. */
export const AigovServerCommands = {
  /** Arguments: [code: string]. Opens the rule's documentation page. */
  showRuleDocumentation: 'aigov.server.showRuleDocumentation',
  /** Arguments: [RecordIncidentArgs]. Adds the incident (workspace/applyEdit); answers RecordIncidentResult. */
  recordIncident: 'aigov.server.recordIncident',
  /** Arguments: [MarkReportedArgs]. Sets `reported` and `authority` (workspace/applyEdit); answers MarkReportedResult. */
  markReported: 'aigov.server.markIncidentReported',
  /** Arguments: [uri: string], a file of a workspace folder. Shows it (window/showDocument): a fix that created it runs this after its edit. */
  openDocument: 'aigov.server.openDocument',
} as const;

/**
 * Commands the server's code lenses name, which a client provides (VS Code's does; in other
 * clients the lens is a label). Arguments are plain JSON.
 */
export const AigovClientCommands = {
  /** Arguments: [uri: string, range?: Range]. Opens the file, the range selected. */
  openLocation: 'aigov.internal.openLocation',
  /** Arguments: [uri: string, position: Position, locations: { uri: string; range: Range }[]]. Peeks the locations. */
  showLocations: 'aigov.internal.showLocations',
} as const;

/**
 * Incident severities (the registry's `severity`) and the days EU AI Act Art 73(2)–(5) allows for
 * the report, counted from the day the provider became aware; `minor` is not a serious incident.
 * The core's DEADLINE_DAYS, copied (a test checks).
 */
export const INCIDENT_SEVERITIES: readonly { severity: string; days?: number }[] = [
  { severity: 'serious', days: 15 },
  { severity: 'death', days: 10 },
  { severity: 'widespread', days: 2 },
  { severity: 'critical-infrastructure', days: 2 },
  { severity: 'minor' },
];

export interface RecordIncidentArgs {
  registryUri: string;
  componentId: string;
  title: string;
  severity: string;
  /** 'YYYY-MM-DD': the day the provider or deployer became aware. */
  detected: string;
}

export interface RecordIncidentResult {
  /** The new incident's id; undefined when nothing was written. */
  incidentId?: string;
  /** Why nothing was written. */
  error?: string;
}

export interface MarkReportedArgs {
  registryUri: string;
  componentId: string;
  incidentId: string;
  /** 'YYYY-MM-DD' */
  reported: string;
  /** The authority or the report's reference. */
  authority?: string;
}

export interface MarkReportedResult {
  ok: boolean;
  error?: string;
}

/** Every request takes an optional folder: without it, all workspace folders answer. */
export interface FolderParams {
  folderUri?: string;
}

// ------------------------------------------------------------------ aigov/listComponents

/** 'draft': the linked document is still an unfilled template (AIGOV110). */
export type AssessmentState = 'ok' | 'missing' | 'overdue' | 'draft';

export interface AssessmentInfo {
  state: AssessmentState;
  /** The document path as written, relative to the registry's folder. */
  path?: string;
  /** The document's URI when it resolves inside the workspace. */
  uri?: string;
  date?: string;
  nextReview?: string;
  /** The review date that has passed (state 'overdue'). */
  due?: string;
  /** Sections of the document that still say TODO (state 'draft'). */
  todo?: number;
}

export interface ContactInfo {
  /** 'owner', 'incident', 'escalation', 'provider', 'legal_rep', 'privacy', 'oversight'. */
  role: string;
  value: string;
  /** Taken from the registry's `organization` defaults. */
  inherited?: boolean;
}

export interface RegistrationInfo {
  registry: string;
  id?: string;
  date?: string;
  status?: string;
}

export interface CodeLocation {
  uri: string;
  /** Path relative to the workspace folder, POSIX separators. */
  path: string;
  /** The annotation naming the component; the start of the file for `paths` matches. */
  range: Range;
  via: 'annotation' | 'paths';
}

export interface IncidentInfo {
  id: string;
  title?: string;
  componentId: string;
  componentName?: string;
  folderUri: string;
  registryUri: string;
  /** Range of the incident entry in the registry. */
  range: Range;
  detected: string;
  severity?: string;
  status: string;
  reported?: string;
  authority?: string;
  /** EU AI Act Art 73 report deadline (15 days, 10 for a death, 2 for widespread or critical infrastructure). */
  deadline?: string;
  /** Days from today to the deadline; negative once it has passed. Absent when reported or no deadline. */
  daysLeft?: number;
  open: boolean;
  /** From the last good parse of a registry that has a YAML syntax error now. */
  stale?: boolean;
}

export interface ComponentInfo {
  id: string;
  name?: string;
  kind?: string;
  folderUri: string;
  registryUri: string;
  /** Registry path relative to the workspace folder. */
  registryPath: string;
  /** Range of the `id` value in the registry. */
  range: Range;
  risk: { level?: string; basis?: string };
  assessment: AssessmentInfo;
  owner?: string;
  contacts: ContactInfo[];
  roles: string[];
  jurisdictions: string[];
  registrations: RegistrationInfo[];
  incidents: IncidentInfo[];
  locations: CodeLocation[];
  /** Findings about this component, by severity. */
  findings: { error: number; warning: number; info: number; hint: number };
  /** EU AI Act Art 73 deadlines bind an incident of this component recorded today (else they are good practice). */
  incidentDeadlinesBind?: boolean;
  /**
   * Shown as the registry last parsed: it has a YAML syntax error now (see the group's
   * `syntaxError`), so this entry may be out of date and has no findings.
   */
  stale?: boolean;
}

/** The first YAML syntax error of a registry that does not parse (AIGOV001). */
export interface SyntaxErrorInfo {
  message: string;
  range: Range;
}

export interface RegistryGroup {
  uri: string;
  path: string;
  /** The registry does not parse: `components` are those of its last good parse (marked stale), or none. */
  syntaxError?: SyntaxErrorInfo;
  components: ComponentInfo[];
}

/** AI use in code that no component covers (AIGOV301 library, AIGOV302 model file, AIGOV304 dependency). */
export interface UncoveredUse {
  code: string;
  uri: string;
  /** Path relative to the workspace folder. */
  path: string;
  range: Range;
  library: string;
  provider?: string;
  message: string;
}

export interface FolderComponents {
  uri: string;
  name: string;
  /** True while the first index runs: the lists are incomplete. */
  indexing: boolean;
  registries: RegistryGroup[];
  /**
   * Registries in folders above the folder (inside its repository) that govern it, nearest first:
   * their paths from the folder (`../../.aigov.yaml`). Their components are not listed.
   */
  governedFrom?: string[];
  /** Uncovered AI uses of the folder, by file and line. */
  uncovered: UncoveredUse[];
}

export interface ListComponentsResult {
  today: string;
  folders: FolderComponents[];
}

// ------------------------------------------------------------------ aigov/listIncidents

export interface ListIncidentsParams extends FolderParams {
  /** Include closed and mitigated incidents too. */
  includeClosed?: boolean;
}

export interface ListIncidentsResult {
  today: string;
  /** Open incidents: unreported ones with a deadline first, soonest first. */
  incidents: IncidentInfo[];
}

// ------------------------------------------------------------------ aigov/frameworkCoverage

export interface CoverageFinding {
  message: string;
  severity: string;
  uri: string;
  range: Range;
}

export interface FailingComponent {
  id: string;
  folderUri: string;
  registryUri: string;
  range: Range;
  /** What fails: the findings, or for an obligation rolled into its pack's summary, its gaps. */
  findings: CoverageFinding[];
}

/** A component whose obligation is met only by documents that are still unfilled templates. */
export interface DraftComponent {
  id: string;
  folderUri: string;
  registryUri: string;
  range: Range;
  /** Workspace-relative paths of the draft documents. */
  documents: string[];
}

/**
 * 'obligation': a framework duty or practice, with a status per component (the report's coverage
 * matrix). 'check': a check of aigov's own (YAML syntax, annotations, detection, incidents), known
 * only by its findings.
 */
export type CoverageKind = 'obligation' | 'check';

export interface ObligationCoverage {
  code: string;
  slug: string;
  /** The obligation named positively ("Technical documentation"); the summary for checks. */
  title: string;
  summary: string;
  kind: CoverageKind;
  /** The rule's documentation page. */
  docs: string;
  citation?: { framework: string; article: string; unverified?: boolean };
  failing: FailingComponent[];
  /** Met only by draft documents (AIGOV110). */
  draft: DraftComponent[];
  /** Components that meet it. */
  met: number;
  /** Components it does not concern (role, jurisdiction, risk level, kind). */
  notApplicable: number;
  /** Components it will concern from a later date, with the earliest such date. */
  notYetApplicable: number;
  appliesFrom?: string;
  /** Findings of this rule that are about no component (e.g. an unregistered file). */
  other: CoverageFinding[];
}

export interface PackCoverage {
  id: string;
  title: string;
  /** Components the pack applies to (those in registries that enable it). */
  components: number;
  /** Guidelines and standards: their gaps are summed up per component, at info, unless raised. */
  voluntary?: boolean;
  obligations: ObligationCoverage[];
}

export interface FrameworkCoverageResult {
  today: string;
  packs: PackCoverage[];
}

// ------------------------------------------------------------------ aigov/modelChanged

/** 'documents': a document a component links changed (it may have become, or stopped being, a draft). */
export type ModelChangeReason = 'indexed' | 'registry' | 'annotations' | 'files' | 'documents' | 'settings' | 'folders';

export interface ModelChangedParams {
  folderUris: string[];
  reason: ModelChangeReason;
}

// ------------------------------------------------------------------ code action kinds

/**
 * Kinds of the code actions that are not tied to one finding, so clients find them by kind
 * (`CodeActionContext.only`), never by title (titles are translated). The VS Code client's
 * commands and tree context menus ask for these; without them it falls back to the finding's
 * quick-fixes.
 */
export const AigovCodeActionKinds = {
  /** On a code file (cursor or selection): register it as a new component, or link it to one. */
  registerComponent: 'refactor.aigov.registerComponent',
  /** On a component's id in a registry: add an incident entry from a template. */
  recordIncident: 'refactor.aigov.recordIncident',
  /** On an incident's id in a registry: set `reported` to today. */
  markReported: 'refactor.aigov.markReported',
  /**
   * On a component's id in a registry: its first risk assessment from a template, or for an
   * assessed component the next dated review document, or new dates for a review done in place.
   */
  newRiskAssessment: 'refactor.aigov.newRiskAssessment',
  /** A quick-fix that suppresses a finding (`@aigov-ignore`) instead of fixing it: never applied unasked. */
  suppress: 'quickfix.aigov.suppress',
} as const;
