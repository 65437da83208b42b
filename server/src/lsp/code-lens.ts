import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import type { Locale } from '../core/i18n/locale.js';
import { ui, type UiArgs, type UiId } from '../core/i18n/ui.js';
import { reportWords } from '../core/report/words.js';
import { AigovClientCommands, type ComponentInfo } from '../protocol/methods.js';
import { registryOf } from './at-position.js';
import { componentInfo } from './component-info.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/** The assessment part of a component's lens, in the editor's language: "risk high · assessed 2026-03-01". */
function riskLens(info: ComponentInfo, locale: Locale = 'en'): string {
  const w = reportWords(locale);
  const { t } = w;
  const a = info.assessment;
  const risk = info.risk.level ? t('lsp.lens.risk', { level: info.risk.level }) : t('lsp.lens.riskUnset');
  const state =
    a.state === 'missing'
      ? t('lsp.lens.noAssessment')
      : a.state === 'draft'
        ? t('lsp.lens.draft', { count: a.todo ?? 0 })
        : a.state === 'overdue'
          ? t('lsp.lens.overdue', { due: w.date(a.due) })
          : a.date
            ? t('lsp.lens.assessed', { date: w.date(a.date) })
            : t('lsp.lens.assessedUndated');
  return `${risk} · ${state}`;
}

/**
 * Lenses above each component of a registry: "risk high · assessed 2026-03-01" (opens the
 * assessment), "3 files" (peeks at them), "1 open incident" (goes to it). Clients without the
 * commands show the titles as labels.
 */
export function registerCodeLens(server: AigovServer): void {
  server.connection.onCodeLens(
    guard(server.log, 'textDocument/codeLens', [] as CodeLens[], async (params: CodeLensParams): Promise<CodeLens[]> => {
      const at = await server.engineAt(params.textDocument.uri);
      const reg = at ? registryOf(at.engine, at.path) : undefined;
      if (!at || !reg) return [];
      const locale = server.caps.locale;
      const t = (id: UiId, args?: UiArgs): string => ui(locale, id, args);
      return reg.components.flatMap((c) => {
        const info = componentInfo(at.folder, at.engine, c);
        const range = c.idRange;
        const lens = (title: string, command = '', args?: unknown[]): CodeLens => ({ range, command: { title, command, ...(args ? { arguments: args } : {}) } });
        const a = info.assessment;
        const files = [...new Map(info.locations.map((l) => [l.path, l])).values()];
        const open = info.incidents.filter((i) => i.open);
        return [
          a.uri ? lens(riskLens(info, locale), AigovClientCommands.openLocation, [a.uri]) : lens(riskLens(info, locale)),
          files.length > 0
            ? lens(t('lsp.lens.files', { count: files.length }), AigovClientCommands.showLocations, [info.registryUri, range.start, info.locations.map((l) => ({ uri: l.uri, range: l.range }))])
            : lens(t('lsp.lens.files', { count: 0 })),
          open[0]
            ? lens(t('lsp.lens.openIncidents', { count: open.length }), AigovClientCommands.openLocation, [open[0].registryUri, open[0].range])
            : lens(t('lsp.lens.openIncidents', { count: 0 })),
        ];
      });
    }),
  );
}
