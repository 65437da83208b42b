/**
 * What the language server shows in the editor, in English: the component card (hover) and the
 * prompts it sends. Markdown marks (`**`, `_`) belong to the text; values are escaped before.
 */
export const LSP_EN = {
  'lsp.hover.risk': 'Risk: {risk}',
  'lsp.hover.riskUnset': '_not set_',
  'lsp.hover.assessment': 'Assessment: {state}',
  'lsp.hover.assessmentMissing': '**missing**',
  'lsp.hover.assessmentOk': 'ok',
  'lsp.hover.assessmentOverdue': '**overdue** since {due}',
  'lsp.hover.dated': 'dated {date}',
  'lsp.hover.nextReview': 'next review {date}',
  'lsp.hover.owner': 'Owner: {owner}',
  'lsp.hover.contacts': 'Contacts: {list}',
  'lsp.hover.organisation': 'organisation',
  'lsp.hover.files': 'Files: {count}',
  'lsp.hover.openIncidentsNone': 'Open incidents: none',
  'lsp.hover.openIncidents': 'Open incidents: {count}',
  'lsp.hover.incidentReported': 'reported {date}',
  'lsp.hover.incidentOverdue': 'report **overdue** since {deadline}',
  'lsp.hover.incidentDue': { one: 'report due {deadline} ({count} day left)', other: 'report due {deadline} ({count} days left)' },
  'lsp.hover.registrations': 'Registrations: {list}',
  'lsp.hover.asOf': '{registry} · as of {today}',
  'lsp.hover.unknownId': 'No registry declares a component {id}.',
  'lsp.hover.didYouMean': 'No registry declares a component {id}. Did you mean {suggestion}?',
} as const;
