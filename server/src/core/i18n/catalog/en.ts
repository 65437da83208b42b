import type { Template } from '../template.js';
import { EN_PACKS } from './en-packs.js';
import { JP_HONEST_NOTE_EN } from './jp-note.js';

/**
 * The English catalogue: every message aigov shows, by id, with `{name}` holes. It is the source
 * the other catalogues translate (ja.ts) and the type of every message id.
 *
 * Ids: `AIGOVnnn.<what>` for a rule's messages (the rule's code first, so a rule's texts sort
 * together), `common.<what>` for pieces many messages share. A template with plural forms is an
 * object keyed by CLDR category (`one`, `other`); the message then carries `count`.
 * A message that reads differently in its variants is best split into whole sentences (two ids)
 * rather than assembled from fragments: translators then see whole sentences.
 */
const CORE = {
  'common.listSeparator': ', ',
  'common.articleSeparator': '; ',
  'common.quoted': "'{value}'",
  'common.didYouMean': " Did you mean '{suggestion}'?",
  'common.days': { one: '{n} day', other: '{n} days' },

  'jp.honestNote': JP_HONEST_NOTE_EN,

  'AIGOV001.syntax': 'YAML syntax error: {detail}. {until}',
  'AIGOV001.syntaxMore': {
    one: 'YAML syntax error: {detail}. The parser reports {more} more error after this one, most likely caused by it; fix this one first. {until}',
    other: 'YAML syntax error: {detail}. The parser reports {more} more errors after this one, most likely caused by it; fix this one first. {until}',
  },
  'AIGOV001.untilHeld':
    'Until the file parses, its components are not checked, and AI use in the files it governs is not reported (AIGOV301–304), since which component covers them is unknown.',
  'AIGOV001.untilLastGood':
    'Until the file parses, its components are not checked, and the files it governs keep the coverage of its last parse without errors.',

  'AIGOV002.notAMapping': 'A registry file is a mapping with `version` and `components`.',
  'AIGOV002.unknownKey': "Unknown key '{key}'.{didYouMean} Keys of your own start with 'x-'.",
  'AIGOV002.notOneOf': '{path}Expected one of {values}{actual}.{didYouMean}',
  'AIGOV002.got': ", got '{actual}'",
  'AIGOV002.missingKey': "{path}Missing required key '{key}'.",
  'AIGOV002.notADate': '{path}Expected a date written as YYYY-MM-DD.',
  'AIGOV002.quotedNumber': "{path}Expected a number, got the text '{actual}' (in quotes): write {value} without quotes.",
  'AIGOV002.quotedBoolean': "{path}Expected true or false, got the text '{actual}' (in quotes): write {value} without quotes.",
  'AIGOV002.invalid': '{path}{detail}',

  'AIGOV003.duplicate': "Component id '{id}' is already used in {file}:{line}. Ids must be unique in the workspace.",
  'AIGOV003.firstDefinition': "first definition of '{id}'",

  'AIGOV004.missing': "Missing 'version: 1' at the top of the registry file.",
  'AIGOV004.unknown': "Unknown registry version '{version}'; this aigov understands version 1.",

  'AIGOV005.unknown': "Unknown framework pack '{name}'.{didYouMean} Known packs: {packs}.",

  'AIGOV006.unknown': "No finding has the code '{code}', so this override does nothing.{didYouMean}",
  'AIGOV006.noFamily': "No finding code starts with '{prefix}', so this override does nothing.",

  'AIGOV007.folder': "'{path}' is a folder, so it is not read as a registry. Move its contents into a file of that name.",
  'AIGOV008.not-utf8': "'{path}' is not valid UTF-8 (nor UTF-16 with a byte-order mark), so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV008.too-large': "'{path}' is larger than {mib} MiB, so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV008.binary': "'{path}' holds a NUL byte, as binary files do, so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV008.unreadable': "'{path}' could not be read (permissions, or an error of the file system), so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV008.symlink-loop': "'{path}' is a symbolic link in a loop, so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV008.outside-workspace': "'{path}' is a symbolic link that leads outside the workspace, so it is not read as a registry and declares nothing. Save it as UTF-8 text under {mib} MiB inside the workspace.",
  'AIGOV009.nameNotUtf8': "The name of '{path}' is not valid UTF-8, so the file cannot be opened by it and is not analysed: AI use in it would go unseen. Rename it (bytes that are not UTF-8 are shown as \\xNN).",
  'AIGOV009.unreadable': "'{path}' could not be read or analysed, so AI use in it would go unseen; the other files are checked. Check that it can be read (its permissions, or those of its folder; the disk); a failed analysis is in the log.",
  'AIGOV009.ruleFailed': "Rule {rule} ({slug}) failed on '{path}', so its findings for this file are missing; the other rules and files are checked. The log says why.",

  'AIGOV101.missing': "Component '{id}' has no risk assessment (risk.assessment.path). Without one nobody has recorded what can go wrong and what is done about it.",

  'AIGOV102.missing': "Component '{id}' has no incident contact (contacts.incident), and the file sets no organization default. Incidents need someone reachable at once.",

  'AIGOV103.folder': "{field} of '{id}' points at '{value}', which is a folder, not a document: name the file itself.",
  'AIGOV103.notFound': "{field} of '{id}' points at '{value}', which does not exist (looked for {target}).",

  'AIGOV104.riskAssessment': 'risk assessment',
  'AIGOV104.impactAssessment': 'impact_assessment',
  'AIGOV104.nextReviewPassed': "The {assessment} of '{id}' was due for review on {date}.",
  'AIGOV104.intervalPassed': "The {assessment} of '{id}' dates from {date}, older than the policy's review interval of {days} days (due {due}).",

  'AIGOV105.missing': "Component '{id}' has no owner. Someone must be accountable for it.",

  'AIGOV106.unassessed': "Component '{id}' has risk level 'unassessed'. Classify it (prohibited, high, limited or minimal) so the right obligations apply.",
  'AIGOV106.missing': "Component '{id}' has no risk level. Classify it (prohibited, high, limited or minimal) so the right obligations apply.",

  'AIGOV107.organization': "{field} '{value}' {problem}.",
  'AIGOV107.component': "{field} of '{id}' ('{value}') {problem}.",
  'AIGOV107.placeholder': 'looks like a placeholder',
  'AIGOV107.notAnAddress': 'is neither an e-mail address nor an http(s), mailto: or tel: URL',

  'AIGOV108.missing': "Component '{id}' does not state its intended purpose; risk is judged against it.",

  'AIGOV109.path': "{field} of '{id}' ('{value}') {how}; it was not read. Keep evidence inside the repository.",
  'AIGOV109.absolute': 'is absolute',
  'AIGOV109.climbsOut': "climbs out with '..'",
  'AIGOV109.symlink': 'is a symbolic link to a place outside the workspace',
  'AIGOV109.glob': "paths glob '{glob}' of '{id}' leaves the folder of this registry; globs are relative to it and cannot climb out.",

  'AIGOV110.sections': {
    one: "{field} of '{id}' links {target}, which is still an unfilled template: {n} of its {total} sections still says TODO{which}. Write it, then delete its first line (aigov:draft).",
    other: "{field} of '{id}' links {target}, which is still an unfilled template: {n} of its {total} sections still say TODO{which}. Write them, then delete its first line (aigov:draft).",
  },
  'AIGOV110.noSections': "{field} of '{id}' links {target}, which is still an unfilled template: it still says TODO. Fill it in, then delete its first line (aigov:draft).",
  'AIGOV110.which': ' ({sections})',
  'AIGOV110.whichMore': ' ({sections}; {more} more)',

  'AIGOV201.unknownDidYouMean': "No registry declares a component '{id}'. Did you mean '{suggestion}'?",
  'AIGOV201.unknown': "No registry declares a component '{id}'. Register it in .aigov.yaml or fix the id.",

  'AIGOV202.unknownTag': "Unknown tag '{name}'. The tags are @aigov, @aigov-ignore and @aigov-ignore-file.{didYouMean}",
  'AIGOV202.colon': "Write '@aigov <id>' without a colon.",
  'AIGOV202.noId': "'@aigov' needs a component id, e.g. '@aigov fraud-scorer'.",
  'AIGOV202.notKebab': "'{id}' is not a valid component id: ids are kebab-case (lower-case letters, digits and single hyphens).{didYouMean}",
  'AIGOV202.unexpected': "Unexpected '{token}' after the component id. Options are scope=file and scope=block; put a description after ' -- '.",
  'AIGOV202.unknownOption': "Unknown option '{option}'. The only option is scope=file|block.{didYouMean}",
  'AIGOV202.unknownScope': "Unknown scope '{scope}'. Use scope=file or scope=block.{didYouMean}",
  'AIGOV202.codeCase': "Write the code as '{code}'.",
  'AIGOV202.reasonSeparator': "Separate the reason with ' -- ': '{tag} {codes} -- <reason>'.",
  'AIGOV202.notACode': "'{token}' is not a finding code; codes look like AIGOV301.",
  'AIGOV202.noCode': "'{tag}' needs at least one code: '{tag} AIGOVnnn -- <reason>'.",

  'AIGOV203.pathsMatchNothing': "No file matches the paths of '{id}' and no annotation names it.",
  'AIGOV203.noPaths': "Component '{id}' has no paths and no annotation names it, so no code is linked to it.",

  'AIGOV204.noReason': "This suppression of {codes} has no reason, so it is not applied. Write why after ' -- '.",
  'AIGOV204.aFinding': 'a finding',

  'AIGOV301.modelId':
    "Model id '{library}' ({provider}) appears here, but no component covers this file, so this AI use has no owner or risk record. Register a component in .aigov.yaml or link the file with '@aigov <id>'.",
  'AIGOV301.import':
    "Undeclared AI use: '{library}'{via} is imported, but no component covers this file, so this AI use has no owner or risk record. Register a component in .aigov.yaml or link the file with '@aigov <id>'.",
  'AIGOV301.viaNone': '',
  'AIGOV301.viaFamily': ' ({family})',
  'AIGOV301.viaFamilyProvider': ' ({family}, provider {provider})',
  'AIGOV301.viaProvider': ' (provider {provider})',

  'AIGOV302.uncovered':
    "Model file '{name}' ({library}) is not covered by any component, so its origin, licence and risk are unrecorded. Register it, or add it to the paths of the component it belongs to.",

  'AIGOV303.notNamed': {
    one: "'{library}' uses provider '{provider}', which component {components} does not name in kind, model.provider or upstream_models. Record the upstream provider.",
    other: "'{library}' uses provider '{provider}', which components {components} do not name in kind, model.provider or upstream_models. Record the upstream provider.",
  },

  'AIGOV304.uncovered':
    "AI dependency '{library}' ({family}) is declared here, but no component covers {manifest}, so nothing records which AI system it serves. Add the manifest to the paths of that component, or register one.",

  'AIGOV401.head': "incident {incident} of '{id}' ({severity}; aware since {detected})",
  'AIGOV401.severity': '{name}, {days} days',
  'AIGOV401.severityAssumed': 'severity not set, {days} days assumed',
  'AIGOV401.serious': 'serious',
  'AIGOV401.death': 'death',
  'AIGOV401.widespread': 'widespread',
  'AIGOV401.criticalInfrastructure': 'critical-infrastructure',
  'AIGOV401.due': 'Report {head} to the market surveillance authority immediately; at the latest by {deadline}: {left} left.{extension}',
  'AIGOV401.dueToday': 'Report {head} to the market surveillance authority immediately; at the latest by today, {deadline}.{extension}',
  'AIGOV401.overdue': 'The report of {head} was due by {deadline}, {ago} ago, and is not marked reported: report it now (an incomplete first report is allowed).{extension}',
  'AIGOV401.late': 'The report of {head} was made on {reported}, {lateBy} after the limit of {deadline}: record why it was late.{extension}',
  'AIGOV401.practiceDue': 'Good practice: report {head} by {deadline}: {left} left.{extension} {why}',
  'AIGOV401.practiceDueToday': 'Good practice: report {head} by today, {deadline}.{extension} {why}',
  'AIGOV401.practiceOverdue': 'Good practice: {head} was not reported by {deadline}, {ago} ago.{extension} {why}',
  'AIGOV401.practiceLate': 'Good practice: {head} was reported on {reported}, {lateBy} after {deadline}.{extension} {why}',
  'AIGOV401.extension': ' The {days} days end on {weekday} {periodEnd}; a period ending on a Saturday or Sunday runs to the end of the next working day (Reg 1182/71 Art 3(4)).',
  'AIGOV401.saturday': 'Saturday',
  'AIGOV401.sunday': 'Sunday',
  'AIGOV401.notBindingBefore': 'Art 73 binds this high-risk system for incidents its provider becomes aware of from {from} (Digital Omnibus); until then aigov applies its limits as good practice.',
  'AIGOV401.notBindingLegacy': 'The system was placed on the market before its high-risk date and not significantly changed since, so Art 111(2) keeps Art 73 off; aigov applies its limits as good practice.',
  'AIGOV401.notBindingScope': 'Art 73 binds only providers of high-risk systems in the EU; aigov applies its limits here as good practice.',

  'AIGOV402.noContact':
    "Incident {incident} of '{id}' is {status} but nobody is named to receive it: set contacts.incident on the component or organization.contacts.incident.",

  'AIGOV502.addGuidelines':
    "The AI Promotion Act checks only cooperation (Art 7) and readiness (Art 16). {note} Under Art 13 the State issues guidelines: add 'jp-ai-guidelines' for the practical checks of the AI Guidelines for Business.",

  'AIGOV601.missing': "{policy}: '{id}' has no {field}.{citation}",
  'AIGOV601.citation': ' [{framework} {article}]',
  'AIGOV601.requiredBy': 'required by this policy',

  'AIGOV602.field': "Policy field '{field}': {problem}",
  'AIGOV602.condition': "Policy condition '{key}': {problem}",
  'AIGOV602.noSubfields': "'{parent}' has no sub-fields, so '{path}' can never be present.",
  'AIGOV602.notAField': "'{segment}' is not a component field{under}.{didYouMean}",
  'AIGOV602.under': " under '{parent}'",
} as const satisfies Readonly<Record<string, Template>>;

/** Every English text: the core's above, the framework packs' in en-packs.ts. */
export const EN = { ...CORE, ...EN_PACKS } as const;

/** Every message id. */
export type MessageId = keyof typeof EN;
/** The ids of the framework packs' texts. */
export type PackMessageId = keyof typeof EN_PACKS;
