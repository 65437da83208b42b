/**
 * The titles of fixes (quick-fixes in the editor, the lines `aigov fix` prints), in English.
 * Values are ids, paths, field names, dates: they read the same in every language.
 */
export const FIX_EN = {
  'fix.suppressLine': 'Suppress {code} on this line (write the reason after --)',
  'fix.suppressFile': 'Suppress {code} in this file (write the reason after --)',
  'fix.createAndLink': 'Create {path} from a template and link it',
  'fix.createAndLinkAs': 'Create {path} from a template and link it as {field}',
  'fix.createFromTemplate': 'Create {path} from a template',
  'fix.createNextReview': 'Create the next review {path} from the template and link it',
  'fix.recordReview': 'Record a review of {path} today (date {today})',
  'fix.recordReviewNext': 'Record a review of {path} today (date {today}, next review {next})',
  'fix.registerIn': "Register new component '{id}' in {registry}",
  'fix.registerNew': "Register new component '{id}' in a new .aigov.yaml",
  'fix.link': "Link to existing component '{id}'",
  'fix.linkPaths': "Link to existing component '{id}' (add to its paths)",
  'fix.linkProvider': "Link to existing component '{id}'; records provider '{provider}'",
  'fix.linkPathsProvider': "Link to existing component '{id}' (add to its paths); records provider '{provider}'",
  'fix.addProvider': "Add provider '{provider}' to upstream_models of '{id}'",
  'fix.changeTo': "Change to '{value}'",
  'fix.renameKey': "Rename key to '{value}'",
  'fix.useOwnerContact': 'Use the owner {owner} as incident contact',
  'fix.useOwnerContactOf': "Use the owner {owner} as incident contact of '{id}'",
  'fix.addIncidentContact': "Add an incident contact to '{id}' (fill in the address)",
  'fix.addOrgIncidentContact': 'Add an organization default incident contact (fill in the address)',
  'fix.addFramework': "Add '{pack}' to frameworks",
  'fix.addMissingRecords': { one: "Add the missing {name} records to '{id}' ({count} field, to fill in)", other: "Add the missing {name} records to '{id}' ({count} fields, to fill in)" },
  'fix.markReported': 'Mark incident {label} reported today ({today})',
  'fix.recordIncident': "Record incident {id} for '{component}'",
  'fix.markReportedOn': 'Mark {id} reported on {today}',
  'fix.recordIncidentFor': "Record an incident for '{id}'",
} as const;
