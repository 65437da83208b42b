import * as vscode from 'vscode';
import { plural, severityCounts } from './counts.js';
import { isAigovSource, UNCOVERED_CODES } from './protocol.js';
import type { AigovServer } from './server.js';

interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Undeclared AI use: AIGOV301 (library) and AIGOV302 (model artefact). */
  uncovered: number;
}

/** The finding code of a diagnostic, whatever shape the client gave it. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** The aigov diagnostics VS Code currently shows, by file. */
function aigovDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  const out: [vscode.Uri, vscode.Diagnostic[]][] = [];
  for (const [uri, all] of vscode.languages.getDiagnostics()) {
    const mine = all.filter((d) => isAigovSource(d.source));
    if (mine.length) out.push([uri, mine]);
  }
  return out;
}

function countFindings(): FindingCounts {
  const n: FindingCounts = { errors: 0, warnings: 0, infos: 0, uncovered: 0 };
  for (const [, diags] of aigovDiagnostics()) {
    for (const d of diags) {
      if (d.severity === vscode.DiagnosticSeverity.Error) n.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) n.warnings++;
      else if (d.severity === vscode.DiagnosticSeverity.Information) n.infos++;
      if (UNCOVERED_CODES.includes(codeOf(d) ?? '')) n.uncovered++;
    }
  }
  return n;
}

/**
 * The status bar item: open findings and uncovered AI uses, counted from the diagnostics
 * VS Code holds (no model of its own). Clicking it focuses the Registrations view; when the
 * server failed it shows the output instead.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aigov.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: FindingCounts = { errors: 0, warnings: 0, infos: 0, uncovered: 0 };

  constructor(private readonly server: AigovServer) {
    this.item.name = vscode.l10n.t('AI Governance');
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      server.onDidChangeState(() => this.update()),
    );
    this.update();
    this.item.show();
  }

  /** The counts last shown. */
  get counts(): FindingCounts {
    return this.current;
  }

  get text(): string {
    return this.item.text;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 150);
  }

  update(): void {
    const item = this.item;
    const state = this.server.state;
    item.backgroundColor = undefined;
    if (state === 'failed' || state === 'stopped') {
      item.text = `$(error) ${vscode.l10n.t('aigov')}`;
      item.tooltip = state === 'failed' ? vscode.l10n.t('The aigov language server failed: {0}', this.server.error ?? '') : vscode.l10n.t('The aigov language server is stopped.');
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      item.command = 'aigov.showOutput';
      return;
    }
    if (state === 'starting') {
      item.text = `$(sync~spin) ${vscode.l10n.t('aigov')}`;
      item.tooltip = vscode.l10n.t('The aigov language server is starting…');
      item.command = 'aigov.showOutput';
      return;
    }
    const n = (this.current = countFindings());
    // The same count as the Problems panel's: errors, warnings and infos.
    const findings = n.errors + n.warnings + n.infos;
    item.text = `$(shield) ${findings}  $(search) ${n.uncovered}`;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${vscode.l10n.t('AI Governance')}**\n\n`);
    tip.appendMarkdown(`- ${severityCounts(n.errors, n.warnings, n.infos)}\n`);
    tip.appendMarkdown(`- ${plural(n.uncovered, vscode.l10n.t('1 uncovered AI use (AIGOV301/302/304)'), vscode.l10n.t('{0} uncovered AI uses (AIGOV301/302/304)', n.uncovered))}\n\n`);
    tip.appendMarkdown(n.uncovered ? vscode.l10n.t('Click to see the uncovered AI uses in the Registrations view.') : vscode.l10n.t('Click to open the Registrations view.'));
    item.tooltip = tip;
    item.accessibilityInformation = {
      label: `${vscode.l10n.t('AI Governance')}: ${plural(findings, vscode.l10n.t('1 open finding'), vscode.l10n.t('{0} open findings', findings))}, ${plural(n.uncovered, vscode.l10n.t('1 uncovered AI use'), vscode.l10n.t('{0} uncovered AI uses', n.uncovered))}`,
    };
    item.command = 'aigov.registrations.focus';
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
