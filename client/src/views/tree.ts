import * as vscode from 'vscode';
import type { Range } from '../protocol.js';
import type { AigovServer } from '../server.js';

/**
 * A node of a view: a ready TreeItem, the raw server object it shows (for commands run from
 * its context menu), and its children, built from the same server answer as the node.
 */
export interface Node<T = unknown> {
  item: vscode.TreeItem;
  value?: T;
  children?: Node[];
}

export function node<T>(item: vscode.TreeItem, value?: T, children?: Node[]): Node<T> {
  // A TreeItem starts as None: a node with children must be expandable, whatever its builder set.
  if (children?.length && !item.collapsibleState) item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
  return { item, ...(value !== undefined ? { value } : {}), ...(children ? { children } : {}) };
}

/** An informational leaf ("Indexing…", "The server is not running"). */
export function message(label: string, icon = 'info'): Node {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = 'aigov.message';
  return { item };
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A command that opens `uri` with `range` selected (the built-in `vscode.open`). */
export function openCommand(uri: string, range?: Range, title = vscode.l10n.t('Open')): vscode.Command {
  const options: vscode.TextDocumentShowOptions = range ? { selection: toRange(range), preview: true } : { preview: true };
  return { title, command: 'vscode.open', arguments: [vscode.Uri.parse(uri), options] };
}

export function icon(id: string, color?: string): vscode.ThemeIcon {
  return color ? new vscode.ThemeIcon(id, new vscode.ThemeColor(color)) : new vscode.ThemeIcon(id);
}

export const ICON_COLORS = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  info: 'problemsInfoIcon.foreground',
  ok: 'testing.iconPassed',
} as const;

/**
 * The shared part of the three views: roots fetched from the server on each refresh, children
 * taken from the nodes, refreshes coalesced when the server reports several changes at once.
 */
export abstract class ServerTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  protected readonly disposables: vscode.Disposable[] = [this.emitter];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<Node[]> | undefined;
  private loaded = new vscode.EventEmitter<Node[]>();
  /** Fires with the roots each time they were fetched. */
  readonly onDidLoad = this.loaded.event;

  constructor(protected readonly server: AigovServer) {
    this.disposables.push(
      this.loaded,
      server.onDidChangeModel(() => this.refreshSoon()),
    );
  }

  /** Rebuilds the view now. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    this.emitter.fire(undefined);
  }

  private refreshSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.refresh(), 250);
  }

  getTreeItem(n: Node): vscode.TreeItem {
    return n.item;
  }

  getChildren(n?: Node): Node[] | Promise<Node[]> {
    if (n) return n.children ?? [];
    this.pending ??= this.fetch();
    return this.pending;
  }

  private async fetch(): Promise<Node[]> {
    let roots: Node[];
    try {
      roots = this.server.state === 'running' ? await this.roots() : [message(vscode.l10n.t('The aigov language server is not running.'), 'debug-disconnect')];
    } catch (err) {
      roots = [message(vscode.l10n.t('Could not load: {0}', err instanceof Error ? err.message : String(err)), 'error')];
    }
    this.pending = undefined;
    this.loaded.fire(roots);
    return roots;
  }

  /** The top-level nodes, from a fresh server answer. */
  protected abstract roots(): Promise<Node[]>;

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** "3 days left", "due today", "overdue by 2 days": an incident's report deadline. */
export function deadlineText(daysLeft: number | undefined, reported: string | undefined, deadline: string | undefined): string {
  if (reported) return vscode.l10n.t('reported {0}', reported);
  if (daysLeft === undefined) return deadline ? vscode.l10n.t('due {0}', deadline) : vscode.l10n.t('no report deadline');
  if (daysLeft < 0) return daysLeft === -1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', -daysLeft);
  if (daysLeft === 0) return vscode.l10n.t('due today');
  return daysLeft === 1 ? vscode.l10n.t('1 day left') : vscode.l10n.t('{0} days left', daysLeft);
}
