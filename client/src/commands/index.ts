import * as vscode from 'vscode';
import type { AigovServer } from '../server.js';
import type { StatusItem } from '../status.js';
import { GROUPINGS, groupingLabel, type Grouping, type RegistrationsProvider } from '../views/registrations.js';
import { addIncidentContact, markReported, newRiskAssessment, recordIncident, registerComponent } from './component.js';
import { exportBom, generateReport, initRegistry, type CommandContext } from './workspace.js';

interface Views {
  registrations: RegistrationsProvider;
  refreshAll(): void;
}

/** Every `aigov.*` command of package.json's `contributes.commands`, with its handler. */
export function registerCommands(context: vscode.ExtensionContext, server: AigovServer, status: StatusItem, views: Views, ctx: CommandContext): void {
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    'aigov.init': (arg) => initRegistry(ctx, arg),
    'aigov.registerComponent': (arg) => registerComponent(server, arg),
    'aigov.newRiskAssessment': (arg) => newRiskAssessment(server, arg),
    'aigov.addIncidentContact': (arg) => addIncidentContact(server, arg),
    'aigov.recordIncident': (arg) => recordIncident(server, arg),
    'aigov.markReported': (arg) => markReported(server, arg),
    'aigov.generateReport': (arg) => generateReport(ctx, arg),
    'aigov.exportBom': (arg) => exportBom(ctx, arg),
    'aigov.refresh': () => {
      views.refreshAll();
      status.update();
    },
    'aigov.showOutput': () => ctx.output.show(true),
    'aigov.restartServer': async () => {
      ctx.output.appendLine(vscode.l10n.t('Restarting the aigov language server…'));
      await server.restart();
    },
    'aigov.registrations.groupBy': async (arg) => {
      const reg = views.registrations;
      let g = typeof arg === 'string' && (GROUPINGS as readonly string[]).includes(arg) ? (arg as Grouping) : undefined;
      if (!g) {
        const picked = await vscode.window.showQuickPick(
          GROUPINGS.map((x) => ({ label: groupingLabel(x), description: x === reg.groupBy ? vscode.l10n.t('current') : undefined, g: x })),
          { placeHolder: vscode.l10n.t('Group components by') },
        );
        g = picked?.g;
      }
      if (g) await reg.setGrouping(g);
      return reg.groupBy;
    },
    'aigov.registrations.filter': async (arg) => {
      const reg = views.registrations;
      const text =
        typeof arg === 'string'
          ? arg
          : await vscode.window.showInputBox({
              prompt: vscode.l10n.t('Show components whose id, name, owner, kind, risk, jurisdiction or registry contains every word'),
              placeHolder: vscode.l10n.t('e.g. high eu'),
              value: reg.filter,
            });
      if (text !== undefined) await reg.setFilter(text);
      return reg.filter;
    },
    'aigov.registrations.clearFilter': () => views.registrations.setFilter(''),
  };
  for (const [id, handler] of Object.entries(handlers)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }
}
