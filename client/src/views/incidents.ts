import * as vscode from 'vscode';
import { ListIncidentsRequest, type IncidentInfo } from '../protocol.js';
import { deadlineText, icon, ICON_COLORS, message, node, openCommand, ServerTree, type Node } from './tree.js';

/** Days left at or under which an unreported incident shows as a warning. */
const SOON_DAYS = 3;

function incidentIcon(i: IncidentInfo): vscode.ThemeIcon {
  if (!i.open) return icon('pass', ICON_COLORS.ok);
  if (i.daysLeft === undefined) return icon(i.reported ? 'megaphone' : 'flame');
  if (i.daysLeft < 0) return icon('error', ICON_COLORS.error);
  if (i.daysLeft <= SOON_DAYS) return icon('warning', ICON_COLORS.warning);
  return icon('clock');
}

/** An incident: used by the Incidents view and under each component of Registrations. */
export function incidentNode(i: IncidentInfo, idPrefix: string, withComponent: boolean): Node<IncidentInfo> {
  const item = new vscode.TreeItem(i.id, vscode.TreeItemCollapsibleState.None);
  item.id = `${idPrefix}/incident/${i.registryUri}#${i.componentId}/${i.id}`;
  const when = deadlineText(i.daysLeft, i.reported, i.deadline);
  item.description = [i.stale ? vscode.l10n.t('stale') : undefined, withComponent ? i.componentId : undefined, i.title, when].filter(Boolean).join(' · ');
  item.iconPath = incidentIcon(i);
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${i.id}**${i.title ? ` ${escape(i.title)}` : ''}\n\n`);
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Component'), i.componentName ? `${i.componentId} (${i.componentName})` : i.componentId],
    [vscode.l10n.t('Detected'), i.detected],
    [vscode.l10n.t('Severity'), i.severity],
    [vscode.l10n.t('Status'), i.status],
    [vscode.l10n.t('Report deadline'), i.deadline ? `${i.deadline} (${when})` : when],
    [vscode.l10n.t('Reported'), i.reported],
    [vscode.l10n.t('Authority'), i.authority],
  ];
  for (const [k, v] of rows) if (v) tip.appendMarkdown(`- ${k}: ${escape(v)}\n`);
  item.tooltip = tip;
  item.command = openCommand(i.registryUri, i.range);
  item.contextValue = `aigov.incident${i.stale ? ' stale' : i.open && !i.reported ? ' unreported' : ''}`;
  item.accessibilityInformation = { label: `${i.id} ${i.title ?? ''} ${when}` };
  return node(item, i);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}

/** The key an incident keeps across answers. */
function keyOf(i: IncidentInfo): string {
  return `${i.registryUri}#${i.componentId}/${i.id}`;
}

/**
 * Open incidents, soonest report deadline first, with the days left. The order is kept while the
 * view lives: an incident marked reported stays where the user's cursor is instead of jumping to
 * the end; new incidents come after the known ones, and "Refresh" sorts everything again.
 */
export class IncidentsProvider extends ServerTree {
  private empty = false;
  private order = new Map<string, number>();

  /** The next answer is sorted afresh (the Refresh command). */
  resetOrder(): void {
    this.order.clear();
  }

  protected async roots(): Promise<Node[]> {
    const result = await this.server.request(ListIncidentsRequest, {});
    if (!result) return [message(vscode.l10n.t('No answer from the aigov language server.'), 'warning')];
    const open = result.incidents.filter((i) => i.open);
    this.setEmpty(open.length === 0);
    // Empty: the view's welcome content says "No open incidents" with a Record Incident button.
    if (!open.length) return [];
    // The server sorts already; keep that order, but make sure passed deadlines lead.
    const rank = (i: IncidentInfo) => (i.daysLeft === undefined ? Number.MAX_SAFE_INTEGER : i.daysLeft);
    const fresh = [...open].sort((a, b) => rank(a) - rank(b));
    const known = (i: IncidentInfo) => this.order.get(keyOf(i)) ?? Number.MAX_SAFE_INTEGER;
    const sorted = fresh.map((i, n) => ({ i, n })).sort((a, b) => known(a.i) - known(b.i) || a.n - b.n).map((x) => x.i);
    this.order = new Map(sorted.map((i, n) => [keyOf(i), n]));
    return sorted.map((i) => incidentNode(i, 'incidents', true));
  }

  private setEmpty(empty: boolean): void {
    if (empty === this.empty) return;
    this.empty = empty;
    void vscode.commands.executeCommand('setContext', 'aigov.noIncidents', empty);
  }
}
