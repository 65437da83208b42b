import * as vscode from 'vscode';
import { ListComponentsRequest, type ComponentInfo, type ListComponentsResult, type RegistryGroup, type UncoveredUse } from '../protocol.js';
import type { AigovServer } from '../server.js';
import { componentNode, riskLabel } from './component-nodes.js';
import { icon, ICON_COLORS, message, node, openCommand, ServerTree, type Node } from './tree.js';

export const GROUPINGS = ['registry', 'jurisdiction', 'risk', 'status'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const RISK_ORDER = ['prohibited', 'high', 'limited', 'minimal', 'unassessed'];
const STATE_KEY = 'aigov.registrations.groupBy';

interface Group {
  key: string;
  label: string;
  description?: string;
  icon: vscode.ThemeIcon;
  order: number;
  components: ComponentInfo[];
}

export function groupingLabel(g: Grouping): string {
  switch (g) {
    case 'registry':
      return vscode.l10n.t('Registry file');
    case 'jurisdiction':
      return vscode.l10n.t('Jurisdiction');
    case 'risk':
      return vscode.l10n.t('Risk level');
    case 'status':
      return vscode.l10n.t('Status');
  }
}

function status(c: ComponentInfo): { key: string; label: string; order: number; icon: vscode.ThemeIcon } {
  if (c.findings.error) return { key: 'failing', label: vscode.l10n.t('Failing (errors)'), order: 0, icon: icon('error', ICON_COLORS.error) };
  if (c.findings.warning) return { key: 'attention', label: vscode.l10n.t('Needs attention (warnings)'), order: 1, icon: icon('warning', ICON_COLORS.warning) };
  return { key: 'ok', label: vscode.l10n.t('No open findings'), order: 2, icon: icon('pass', ICON_COLORS.ok) };
}

/** Puts components into the groups of a grouping; a component may sit in several (jurisdictions). */
function groupComponents(result: ListComponentsResult, by: Grouping, components: ComponentInfo[]): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, make: () => Omit<Group, 'components' | 'key'>, c: ComponentInfo) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, ...make(), components: [] }));
    g.components.push(c);
  };
  const multiRoot = result.folders.length > 1;
  const folderName = new Map(result.folders.map((f) => [f.uri, f.name]));
  for (const c of components) {
    switch (by) {
      case 'registry':
        add(c.registryUri, () => ({ label: c.registryPath, icon: icon('file-code'), order: 0, ...(multiRoot ? { description: folderName.get(c.folderUri) ?? '' } : {}) }), c);
        break;
      case 'jurisdiction':
        if (!c.jurisdictions.length) add('', () => ({ label: vscode.l10n.t('No jurisdiction'), icon: icon('globe'), order: 1 }), c);
        for (const j of c.jurisdictions) add(j, () => ({ label: j.toUpperCase(), icon: icon('globe'), order: 0 }), c);
        break;
      case 'risk': {
        const level = c.risk.level ?? '';
        const rank = RISK_ORDER.indexOf(level);
        add(level, () => ({ label: vscode.l10n.t('Risk: {0}', riskLabel(c.risk.level)), icon: icon('shield'), order: rank < 0 ? RISK_ORDER.length : rank }), c);
        break;
      }
      case 'status': {
        const s = status(c);
        add(s.key, () => ({ label: s.label, icon: s.icon, order: s.order }), c);
        break;
      }
    }
  }
  return [...groups.values()].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

/** True when every word of `filter` occurs in the component's id, name, kind, owner, risk, jurisdictions or registry. */
function matchesFilter(c: ComponentInfo, filter: string): boolean {
  const hay = [c.id, c.name, c.kind, c.owner, c.risk.level, c.registryPath, ...c.jurisdictions, ...c.roles].filter(Boolean).join(' ').toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** AI use that no component covers: one node per use (file, library), with a Register action. */
function uncoveredNode(uses: UncoveredUse[]): Node {
  const children = uses.map((u, n) => {
    const slash = u.path.lastIndexOf('/');
    const item = new vscode.TreeItem(slash >= 0 ? u.path.slice(slash + 1) : u.path, vscode.TreeItemCollapsibleState.None);
    item.id = `uncovered/${u.uri}#${u.range.start.line}:${u.range.start.character}/${n}`;
    item.description = [u.library, u.provider && u.provider !== u.library ? u.provider : undefined, slash >= 0 ? u.path.slice(0, slash) : undefined].filter(Boolean).join(' · ');
    item.resourceUri = vscode.Uri.parse(u.uri);
    item.iconPath = icon('search', ICON_COLORS.warning);
    item.tooltip = u.message;
    item.command = openCommand(u.uri, u.range);
    item.contextValue = 'aigov.uncovered';
    return node(item, { uri: vscode.Uri.parse(u.uri), range: new vscode.Range(u.range.start.line, u.range.start.character, u.range.end.line, u.range.end.character) });
  });
  const item = new vscode.TreeItem(vscode.l10n.t('Uncovered AI uses ({0})', uses.length), vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'uncovered';
  item.iconPath = icon('search', ICON_COLORS.warning);
  item.description = vscode.l10n.t('AI in code that no component covers');
  item.contextValue = 'aigov.uncoveredGroup';
  return node(item, uses, children);
}

/** A registry that does not parse: where its first error is, and what the view shows meanwhile. */
function brokenRegistryNode(g: RegistryGroup): Node<RegistryGroup> {
  const e = g.syntaxError!;
  const line = e.range.start.line + 1;
  const label = vscode.l10n.t('{0}: YAML syntax error on line {1}', g.path, line);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `broken/${g.uri}`;
  item.description = g.components.length ? vscode.l10n.t('showing the components as last parsed') : vscode.l10n.t('nothing to show until it parses');
  item.iconPath = icon('error', ICON_COLORS.error);
  item.tooltip = `${e.message}`;
  item.command = openCommand(g.uri, e.range);
  item.contextValue = 'aigov.syntaxError';
  return node(item, g);
}

/**
 * The Registrations view: every component the server knows, grouped by registry file,
 * jurisdiction, risk level or status, optionally filtered. Sets `aigov.noRegistry` so the
 * welcome view ("Create .aigov.yaml") shows when the workspace has no registry.
 */
export class RegistrationsProvider extends ServerTree {
  private grouping: Grouping;
  private filterText = '';
  view: vscode.TreeView<Node> | undefined;

  constructor(
    server: AigovServer,
    private readonly state: vscode.Memento,
  ) {
    super(server);
    const saved = state.get<string>(STATE_KEY);
    this.grouping = (GROUPINGS as readonly string[]).includes(saved ?? '') ? (saved as Grouping) : 'registry';
    void this.setContext('aigov.registrations.groupBy', this.grouping);
  }

  get groupBy(): Grouping {
    return this.grouping;
  }

  get filter(): string {
    return this.filterText;
  }

  async setGrouping(g: Grouping): Promise<void> {
    this.grouping = g;
    await this.state.update(STATE_KEY, g);
    await this.setContext('aigov.registrations.groupBy', g);
    this.updateDescription();
    this.refresh();
  }

  async setFilter(text: string): Promise<void> {
    this.filterText = text.trim();
    await this.setContext('aigov.registrations.filtered', this.filterText !== '');
    this.updateDescription();
    this.refresh();
  }

  updateDescription(): void {
    if (!this.view) return;
    const by = vscode.l10n.t('by {0}', groupingLabel(this.grouping).toLowerCase());
    this.view.description = this.filterText ? `${by} · ${vscode.l10n.t('filter: {0}', this.filterText)}` : by;
  }

  /** Every component of the last answer (for tests and for commands run from the view). */
  async components(): Promise<ComponentInfo[]> {
    const r = await this.server.request(ListComponentsRequest, {});
    return r ? r.folders.flatMap((f) => f.registries.flatMap((g) => g.components)) : [];
  }

  protected async roots(): Promise<Node[]> {
    const result = await this.server.request(ListComponentsRequest, {});
    if (!result) return [message(vscode.l10n.t('No answer from the aigov language server.'), 'warning')];
    const indexing = result.folders.some((f) => f.indexing);
    const all = result.folders.flatMap((f) => f.registries.flatMap((g) => g.components));
    const registries = result.folders.reduce((n, f) => n + f.registries.length, 0);
    // A folder inside a repository may be governed by a registry above it: no "Create .aigov.yaml"
    // then (a new one would take its place for the folder), but a word on where it is.
    const above = [...new Set(result.folders.flatMap((f) => f.governedFrom ?? []))];
    const governed = above.length > 0 ? [message(vscode.l10n.t('Also governed by {0}, in a folder above this workspace: open the repository\'s top folder to browse its components.', above.join(', ')), 'info')] : [];
    await this.setContext('aigov.noRegistry', !indexing && registries === 0 && above.length === 0);
    await this.setContext('aigov.hasRegistry', registries > 0);
    if (!registries) return indexing ? [message(vscode.l10n.t('Indexing the workspace…'), 'sync~spin')] : governed;
    const shown = this.filterText ? all.filter((c) => matchesFilter(c, this.filterText)) : all;
    const out: Node[] = [...governed];
    if (indexing) out.push(message(vscode.l10n.t('Indexing the workspace…'), 'sync~spin'));
    for (const f of result.folders) for (const g of f.registries) if (g.syntaxError) out.push(brokenRegistryNode(g));
    const uncovered = result.folders.flatMap((f) => f.uncovered ?? []);
    if (uncovered.length) out.push(uncoveredNode(uncovered));
    if (!shown.length) {
      if (!this.filterText) return out;
      out.push(message(vscode.l10n.t('No component matches the filter “{0}”.', this.filterText), 'filter'));
      return out;
    }
    for (const g of groupComponents(result, this.grouping, shown)) {
      const gid = `${this.grouping}/${g.key}`;
      const children = g.components.sort((a, b) => a.id.localeCompare(b.id)).map((c) => componentNode(c, gid));
      const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = gid;
      item.iconPath = g.icon;
      const count = g.components.length === 1 ? vscode.l10n.t('1 component') : vscode.l10n.t('{0} components', g.components.length);
      item.description = [g.description, count].filter(Boolean).join(' · ');
      item.contextValue = `aigov.group ${this.grouping}`;
      if (this.grouping === 'registry') item.resourceUri = vscode.Uri.parse(g.key);
      out.push(node(item, g, children));
    }
    return out;
  }

  private async setContext(key: string, value: unknown): Promise<void> {
    await vscode.commands.executeCommand('setContext', key, value);
  }
}
