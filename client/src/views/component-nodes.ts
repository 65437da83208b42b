import * as vscode from 'vscode';
import { severityCounts } from '../counts.js';
import type { AssessmentInfo, CodeLocation, ComponentInfo, ContactInfo, RegistrationInfo } from '../protocol.js';
import { incidentNode } from './incidents.js';
import { icon, ICON_COLORS, node, openCommand, type Node } from './tree.js';

/** Colour of a risk level's shield. */
const RISK_COLORS: Record<string, string> = {
  prohibited: ICON_COLORS.error,
  high: ICON_COLORS.error,
  limited: ICON_COLORS.warning,
  minimal: ICON_COLORS.ok,
};

export function riskLabel(level: string | undefined): string {
  switch (level) {
    case 'prohibited':
      return vscode.l10n.t('prohibited');
    case 'high':
      return vscode.l10n.t('high');
    case 'limited':
      return vscode.l10n.t('limited');
    case 'minimal':
      return vscode.l10n.t('minimal');
    case 'unassessed':
      return vscode.l10n.t('unassessed');
    default:
      return level ?? vscode.l10n.t('not set');
  }
}

/** The assessment's state in a word: "ok", "draft", "overdue", "missing". */
function assessmentState(a: AssessmentInfo): string {
  switch (a.state) {
    case 'ok':
      return vscode.l10n.t('ok');
    case 'draft':
      return vscode.l10n.t('draft');
    case 'overdue':
      return vscode.l10n.t('overdue');
    default:
      return vscode.l10n.t('missing');
  }
}

function assessmentLabel(a: AssessmentInfo): string {
  return vscode.l10n.t('Assessment: {0}', assessmentState(a));
}

function assessmentIcon(a: AssessmentInfo): vscode.ThemeIcon {
  if (a.state === 'ok') return icon('pass', ICON_COLORS.ok);
  if (a.state === 'draft') return icon('edit', ICON_COLORS.warning);
  if (a.state === 'overdue') return icon('history', ICON_COLORS.warning);
  return icon('circle-slash', ICON_COLORS.error);
}

/** The words after the label: what the contextValue-driven menus key on. */
function componentFlags(c: ComponentInfo): string[] {
  // A stale entry (its registry does not parse) offers no fixes: there is nothing to apply them to.
  if (c.stale) return ['stale'];
  const flags = [`assessment-${c.assessment.state}`];
  if (!c.contacts.some((k) => k.role === 'incident')) flags.push('no-incident-contact');
  if (c.incidents.some((i) => i.open && !i.reported)) flags.push('unreported-incident');
  return flags;
}

function componentIcon(c: ComponentInfo): vscode.ThemeIcon {
  if (c.stale) return icon('history', ICON_COLORS.warning);
  if (c.findings.error) return icon('error', ICON_COLORS.error);
  if (c.findings.warning) return icon('warning', ICON_COLORS.warning);
  return icon('pass', ICON_COLORS.ok);
}

function leaf(label: string, id: string, description?: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  if (description) item.description = description;
  return item;
}

function section(label: string, id: string, children: Node[], codicon: string, c: ComponentInfo): Node {
  const item = new vscode.TreeItem(label);
  item.id = id;
  item.iconPath = icon(codicon);
  if (!children.length) {
    item.description = vscode.l10n.t('none');
    item.command = openCommand(c.registryUri, c.range);
  }
  item.contextValue = 'aigov.section';
  return node(item, c, children);
}

function contactNode(k: ContactInfo, id: string): Node {
  const item = leaf(`${k.role}: ${k.value}`, id, k.inherited ? vscode.l10n.t('from organization') : undefined);
  item.iconPath = icon(k.role === 'owner' ? 'person' : 'mail');
  item.tooltip = k.inherited ? vscode.l10n.t('Inherited from the registry\'s organization defaults') : undefined;
  item.contextValue = 'aigov.contact';
  return node(item, k);
}

function registrationNode(r: RegistrationInfo, id: string, c: ComponentInfo): Node {
  const item = leaf(r.registry, id, [r.id, r.status, r.date].filter(Boolean).join(' · '));
  item.iconPath = icon('checklist', r.status === 'registered' ? ICON_COLORS.ok : undefined);
  item.command = openCommand(c.registryUri, c.range);
  item.contextValue = 'aigov.registration';
  return node(item, r);
}

function locationNode(loc: CodeLocation, id: string): Node {
  const slash = loc.path.lastIndexOf('/');
  const base = slash >= 0 ? loc.path.slice(slash + 1) : loc.path;
  const dir = slash >= 0 ? loc.path.slice(0, slash) : '';
  const via = loc.via === 'annotation' ? vscode.l10n.t('annotation, line {0}', loc.range.start.line + 1) : vscode.l10n.t('paths');
  const item = leaf(base, id, [dir, via].filter(Boolean).join(' · '));
  item.resourceUri = vscode.Uri.parse(loc.uri);
  item.iconPath = vscode.ThemeIcon.File;
  item.tooltip = `${loc.path} (${via})`;
  item.command = openCommand(loc.uri, loc.range);
  item.contextValue = 'aigov.location';
  return node(item, loc);
}

/** A component and what it expands to: risk, assessment, contacts, registrations, incidents, code. */
export function componentNode(c: ComponentInfo, parentId: string): Node<ComponentInfo> {
  const id = `${parentId}/${c.registryUri}#${c.id}`;
  const risk = leaf(vscode.l10n.t('Risk: {0}', riskLabel(c.risk.level)), `${id}/risk`, c.risk.basis);
  risk.iconPath = icon('shield', c.risk.level ? RISK_COLORS[c.risk.level] : undefined);
  risk.command = openCommand(c.registryUri, c.range);
  risk.contextValue = 'aigov.risk';

  const a = c.assessment;
  const detail =
    a.state === 'overdue'
      ? [a.path, vscode.l10n.t('review was due {0}', a.due ?? a.nextReview ?? '')].filter(Boolean).join(' · ')
      : a.state === 'draft'
        ? [a.path, a.todo === 1 ? vscode.l10n.t('1 section still says TODO') : vscode.l10n.t('{0} sections still say TODO', a.todo ?? 0)].filter(Boolean).join(' · ')
        : a.state === 'ok'
          ? [a.path, a.nextReview ? vscode.l10n.t('next review {0}', a.nextReview) : a.date].filter(Boolean).join(' · ')
          : vscode.l10n.t('no risk.assessment.path');
  const assessment = leaf(assessmentLabel(a), `${id}/assessment`, detail);
  assessment.iconPath = assessmentIcon(a);
  assessment.command = a.uri ? openCommand(a.uri) : openCommand(c.registryUri, c.range);
  assessment.contextValue = `aigov.assessment assessment-${a.state}`;

  const contacts = c.contacts.map((k, n) => contactNode(k, `${id}/contacts/${n}`));
  if (!c.contacts.some((k) => k.role === 'incident')) {
    const missing = leaf(vscode.l10n.t('No incident contact'), `${id}/contacts/missing`);
    missing.iconPath = icon('warning', ICON_COLORS.warning);
    missing.command = openCommand(c.registryUri, c.range);
    missing.contextValue = 'aigov.contact no-incident-contact';
    contacts.push(node(missing, c));
  }
  const children: Node[] = [
    node(risk, c),
    node(assessment, c),
    section(vscode.l10n.t('Contacts ({0})', c.contacts.length), `${id}/contacts`, contacts, 'organization', c),
    section(vscode.l10n.t('Registrations ({0})', c.registrations.length), `${id}/registrations`, c.registrations.map((r, n) => registrationNode(r, `${id}/registrations/${n}`, c)), 'checklist', c),
    section(vscode.l10n.t('Incidents ({0})', c.incidents.length), `${id}/incidents`, c.incidents.map((i) => incidentNode(i, id, false)), 'flame', c),
    section(vscode.l10n.t('Code ({0})', c.locations.length), `${id}/code`, c.locations.map((l, n) => locationNode(l, `${id}/code/${n}`)), 'code', c),
  ];

  const item = new vscode.TreeItem(c.id, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = [c.stale ? vscode.l10n.t('stale') : undefined, c.name, riskLabel(c.risk.level)].filter(Boolean).join(' · ');
  item.iconPath = componentIcon(c);
  item.command = openCommand(c.registryUri, c.range, vscode.l10n.t('Open in registry'));
  item.contextValue = ['aigov.component', ...componentFlags(c)].join(' ');
  item.tooltip = componentTooltip(c);
  return node(item, c, children);
}

function componentTooltip(c: ComponentInfo): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${c.id}**${c.name ? ` ${c.name}` : ''}\n\n`);
  if (c.stale) tip.appendMarkdown(`${vscode.l10n.t('{0} has a YAML syntax error: this is the component as the file last parsed. Fix the error to see its current state and findings.', c.registryPath)}\n\n`);
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Kind'), c.kind],
    [vscode.l10n.t('Owner'), c.owner],
    [vscode.l10n.t('Risk'), [riskLabel(c.risk.level), c.risk.basis].filter(Boolean).join(', ')],
    [vscode.l10n.t('Assessment'), assessmentState(c.assessment)],
    [vscode.l10n.t('Jurisdictions'), c.jurisdictions.join(', ')],
    [vscode.l10n.t('Roles'), c.roles.join(', ')],
    [vscode.l10n.t('Registry'), c.registryPath],
    [vscode.l10n.t('Findings'), severityCounts(c.findings.error, c.findings.warning, c.findings.info)],
  ];
  for (const [k, v] of rows) if (v) tip.appendMarkdown(`- ${k}: ${v.replace(/[<>*_`[\]]/g, (ch) => `\\${ch}`)}\n`);
  return tip;
}
