import * as vscode from 'vscode';
import { FrameworkCoverageRequest, type FailingComponent, type ObligationCoverage, type PackCoverage } from '../protocol.js';
import { icon, ICON_COLORS, message, node, openCommand, ServerTree, type Node } from './tree.js';

type Finding = FailingComponent['findings'][number];

function severityIcon(severity: string): vscode.ThemeIcon {
  if (severity === 'error') return icon('error', ICON_COLORS.error);
  if (severity === 'warning') return icon('warning', ICON_COLORS.warning);
  return icon('info', ICON_COLORS.info);
}

function worst(findings: readonly { severity: string }[]): string {
  for (const s of ['error', 'warning', 'info']) if (findings.some((f) => f.severity === s)) return s;
  return 'hint';
}

function findingNode(f: Finding, id: string): Node {
  const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = severityIcon(f.severity);
  item.tooltip = f.message;
  item.command = openCommand(f.uri, f.range);
  return node(item, f);
}

function componentNode(c: FailingComponent, parentId: string): Node<FailingComponent> {
  const id = `${parentId}/${c.registryUri}#${c.id}`;
  const children = c.findings.map((f, n) => findingNode(f, `${id}/${n}`));
  const item = new vscode.TreeItem(c.id, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = c.findings.length === 1 ? c.findings[0]?.message : vscode.l10n.t('{0} findings', c.findings.length);
  item.iconPath = severityIcon(worst(c.findings));
  item.tooltip = new vscode.MarkdownString(c.findings.map((f) => `- ${f.message}`).join('\n'));
  // Clicking goes to the first finding; the children list the rest.
  const first = c.findings[0];
  item.command = first ? openCommand(first.uri, first.range) : openCommand(c.registryUri, c.range);
  item.contextValue = 'aigov.failingComponent';
  return node(item, c, children);
}

function obligationNode(o: ObligationCoverage, parentId: string): Node<ObligationCoverage> {
  const id = `${parentId}/${o.code}`;
  const failing = o.failing.length + o.other.length;
  const children = [...o.failing.map((c) => componentNode(c, id)), ...o.other.map((f, n) => findingNode(f, `${id}/other/${n}`))];
  const item = new vscode.TreeItem(`${o.code} ${o.slug}`);
  item.id = id;
  item.collapsibleState = failing ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const cite = o.citation ? `${o.citation.framework} ${o.citation.article}${o.citation.unverified ? '?' : ''}` : undefined;
  // Under its pack the framework's name is known: the article is enough here, the tooltip has both.
  const article = o.citation ? `${o.citation.article}${o.citation.unverified ? '?' : ''}` : undefined;
  item.description = [failing ? vscode.l10n.t('{0} failing', failing) : vscode.l10n.t('met'), article].filter(Boolean).join(' · ');
  item.iconPath = failing ? severityIcon(worst([...o.failing.flatMap((c) => c.findings), ...o.other])) : icon('pass', ICON_COLORS.ok);
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${o.code}** ${o.summary}\n\n`);
  if (cite) tip.appendMarkdown(`${vscode.l10n.t('Citation')}: ${cite}\n\n`);
  tip.appendMarkdown(failing ? vscode.l10n.t('{0} failing', failing) : vscode.l10n.t('Met by every component the pack applies to.'));
  item.tooltip = tip;
  item.contextValue = 'aigov.obligation';
  return node(item, o, children);
}

const failingCount = (o: ObligationCoverage) => o.failing.length + o.other.length;

function packNode(p: PackCoverage, expanded: boolean): Node<PackCoverage> {
  const id = `pack/${p.id}`;
  // What fails first, then what is met; the pack's own order within each.
  const ordered = [...p.obligations.filter((o) => failingCount(o) > 0), ...p.obligations.filter((o) => failingCount(o) === 0)];
  const children = ordered.map((o) => obligationNode(o, id));
  const failing = p.obligations.filter((o) => failingCount(o) > 0).length;
  const state = !children.length ? vscode.TreeItemCollapsibleState.None : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(p.title, state);
  item.id = id;
  item.description = [
    p.components === 1 ? vscode.l10n.t('1 component') : vscode.l10n.t('{0} components', p.components),
    vscode.l10n.t('{0} of {1} obligations failing', failing, p.obligations.length),
  ].join(' · ');
  item.iconPath = failing ? icon('law', ICON_COLORS.warning) : icon('law', ICON_COLORS.ok);
  item.tooltip = `${p.title} (${p.id})`;
  item.contextValue = 'aigov.pack';
  return node(item, p, children);
}

/** Framework packs → obligations → the components that fail them. */
export class FrameworksProvider extends ServerTree {
  protected async roots(): Promise<Node[]> {
    const result = await this.server.request(FrameworkCoverageRequest, {});
    if (!result) return [message(vscode.l10n.t('No answer from the aigov language server.'), 'warning')];
    if (!result.packs.length) return [message(vscode.l10n.t('No framework packs apply: add `frameworks:` to a registry.'))];
    // One pack opens by itself; with several, the list of packs is the overview.
    return result.packs.map((p) => packNode(p, result.packs.length === 1));
  }
}
