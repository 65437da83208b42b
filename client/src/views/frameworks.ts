import * as vscode from 'vscode';
import { FrameworkCoverageRequest, type CoverageFinding, type DraftComponent, type FailingComponent, type ObligationCoverage, type PackCoverage } from '../protocol.js';
import { icon, ICON_COLORS, message, node, openCommand, ServerTree, type Node } from './tree.js';

function severityIcon(severity: string): vscode.ThemeIcon {
  if (severity === 'error') return icon('error', ICON_COLORS.error);
  if (severity === 'warning') return icon('warning', ICON_COLORS.warning);
  return icon('info', ICON_COLORS.info);
}

function worst(findings: readonly { severity: string }[]): string {
  for (const s of ['error', 'warning', 'info']) if (findings.some((f) => f.severity === s)) return s;
  return 'hint';
}

function findingNode(f: CoverageFinding, id: string): Node {
  const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = severityIcon(f.severity);
  item.tooltip = f.message;
  item.command = openCommand(f.uri, f.range);
  return node(item, f);
}

function failingNode(c: FailingComponent, parentId: string): Node<FailingComponent> {
  const id = `${parentId}/${c.registryUri}#${c.id}`;
  const children = c.findings.map((f, n) => findingNode(f, `${id}/${n}`));
  const item = new vscode.TreeItem(c.id, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = c.findings.length === 1 ? c.findings[0]?.message : vscode.l10n.t('{0} gaps', c.findings.length);
  item.iconPath = severityIcon(worst(c.findings));
  item.tooltip = new vscode.MarkdownString(c.findings.map((f) => `- ${f.message.replace(/[<>*_`[\]]/g, (ch) => `\\${ch}`)}`).join('\n'));
  // Clicking goes to the first gap; the children list them all.
  const first = c.findings[0];
  item.command = first ? openCommand(first.uri, first.range) : openCommand(c.registryUri, c.range);
  item.contextValue = 'aigov.failingComponent';
  return node(item, c, children);
}

function draftNode(d: DraftComponent, parentId: string): Node<DraftComponent> {
  const item = new vscode.TreeItem(d.id, vscode.TreeItemCollapsibleState.None);
  item.id = `${parentId}/draft/${d.registryUri}#${d.id}`;
  item.description = vscode.l10n.t('draft: {0}', d.documents.join(', '));
  item.iconPath = icon('edit', ICON_COLORS.warning);
  item.tooltip = vscode.l10n.t('Met only by documents that are still unfilled templates: {0}', d.documents.join(', '));
  item.command = openCommand(d.registryUri, d.range);
  item.contextValue = 'aigov.draftComponent';
  return node(item, d);
}

type ObligationState = 'failing' | 'draft' | 'later' | 'met' | 'n/a';

/** An obligation's state over every component: failing wins, then draft, then met; n/a when it concerns none. */
function obligationState(o: ObligationCoverage): ObligationState {
  if (o.failing.length + o.other.length > 0) return 'failing';
  if (o.draft.length > 0) return 'draft';
  if (o.met > 0) return 'met';
  if (o.notYetApplicable > 0) return 'later';
  return o.kind === 'check' ? 'met' : 'n/a';
}

function stateText(o: ObligationCoverage, s: ObligationState): string {
  const failing = o.failing.length + o.other.length;
  switch (s) {
    case 'failing':
      return failing === 1 ? vscode.l10n.t('1 failing') : vscode.l10n.t('{0} failing', failing);
    case 'draft':
      return vscode.l10n.t('draft');
    case 'later':
      return vscode.l10n.t('applies from {0}', o.appliesFrom ?? '');
    case 'met':
      return o.kind === 'check' ? vscode.l10n.t('no findings') : vscode.l10n.t('met');
    default:
      return vscode.l10n.t('not applicable');
  }
}

function stateIcon(o: ObligationCoverage, s: ObligationState): vscode.ThemeIcon {
  switch (s) {
    case 'failing':
      return severityIcon(worst([...o.failing.flatMap((c) => c.findings), ...o.other]));
    case 'draft':
      return icon('edit', ICON_COLORS.warning);
    case 'later':
      return icon('clock');
    case 'met':
      return icon('pass', ICON_COLORS.ok);
    default:
      return icon('circle-slash', 'disabledForeground');
  }
}

function obligationNode(o: ObligationCoverage, parentId: string): Node<ObligationCoverage> {
  const id = `${parentId}/${o.code}`;
  const state = obligationState(o);
  const children = [...o.failing.map((c) => failingNode(c, id)), ...o.other.map((f, n) => findingNode(f, `${id}/other/${n}`)), ...o.draft.map((d) => draftNode(d, id))];
  const item = new vscode.TreeItem(o.title, children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  // Under its pack the framework's name is known: the article is enough here, the tooltip has both.
  item.description = [stateText(o, state), o.citation?.article, o.code].filter(Boolean).join(' · ');
  item.iconPath = stateIcon(o, state);
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${o.code}** ${o.slug}\n\n${o.summary}\n\n`);
  if (o.citation) tip.appendMarkdown(`${vscode.l10n.t('Citation')}: ${o.citation.framework} ${o.citation.article}${o.citation.unverified ? ` (${vscode.l10n.t('unverified source')})` : ''}\n\n`);
  if (o.kind === 'obligation') {
    tip.appendMarkdown(
      vscode.l10n.t('{0} failing, {1} draft, {2} met, {3} not applicable, {4} applicable later', o.failing.length, o.draft.length, o.met, o.notApplicable, o.notYetApplicable),
    );
  } else tip.appendMarkdown(vscode.l10n.t('A check of aigov\'s own, known by its findings.'));
  tip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open its documentation.')}`);
  item.tooltip = tip;
  item.command = { title: vscode.l10n.t('Open documentation'), command: 'vscode.open', arguments: [vscode.Uri.parse(o.docs)] };
  item.contextValue = `aigov.obligation ${state === 'n/a' ? 'na' : state}`;
  return node(item, o, children);
}

const RANK: Record<ObligationState, number> = { failing: 0, draft: 1, later: 2, met: 3, 'n/a': 4 };

function packNode(p: PackCoverage, expanded: boolean): Node<PackCoverage> {
  const id = `pack/${p.id}`;
  const rows = p.obligations.map((o) => ({ o, s: obligationState(o) }));
  // Failing first, then drafts, later, met, not applicable; the pack's own order within each.
  const ordered = rows.map((r, i) => ({ ...r, i })).sort((a, b) => RANK[a.s] - RANK[b.s] || a.i - b.i);
  const children = ordered.map((r) => obligationNode(r.o, id));
  const count = (s: ObligationState) => rows.filter((r) => r.s === s).length;
  const checks = p.obligations.every((o) => o.kind === 'check');
  const state = !children.length ? vscode.TreeItemCollapsibleState.None : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(p.title, state);
  item.id = id;
  const parts = [p.components === 1 ? vscode.l10n.t('1 component') : vscode.l10n.t('{0} components', p.components)];
  if (checks) parts.push(vscode.l10n.t('{0} of {1} checks with findings', count('failing'), rows.length));
  else {
    parts.push(vscode.l10n.t('{0} failing', count('failing')));
    if (count('draft')) parts.push(vscode.l10n.t('{0} draft', count('draft')));
    parts.push(vscode.l10n.t('{0} met', count('met')));
    if (count('later')) parts.push(vscode.l10n.t('{0} later', count('later')));
    if (count('n/a')) parts.push(vscode.l10n.t('{0} n/a', count('n/a')));
  }
  if (p.voluntary) parts.push(vscode.l10n.t('voluntary'));
  item.description = parts.join(' · ');
  item.iconPath = count('failing') ? icon('law', ICON_COLORS.warning) : icon('law', ICON_COLORS.ok);
  item.tooltip = `${p.title} (${p.id})`;
  item.contextValue = 'aigov.pack';
  return node(item, p, children);
}

/** Framework packs → obligations (met, draft, failing, not applicable) → the components that fail them. */
export class FrameworksProvider extends ServerTree {
  protected async roots(): Promise<Node[]> {
    const result = await this.server.request(FrameworkCoverageRequest, {});
    if (!result) return [message(vscode.l10n.t('No answer from the aigov language server.'), 'warning')];
    if (!result.packs.length) return [message(vscode.l10n.t('No framework packs apply: add `frameworks:` to a registry.'))];
    // One pack opens by itself; with several, the list of packs is the overview.
    return result.packs.map((p) => packNode(p, result.packs.length === 1));
  }
}
