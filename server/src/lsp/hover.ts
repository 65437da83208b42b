import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { Locale } from '../core/i18n/locale.js';
import { ui } from '../core/i18n/ui.js';
import { reportWords } from '../core/report/words.js';
import type { ComponentInfo } from '../protocol/methods.js';
import { idTargetAt } from './at-position.js';
import { componentInfo } from './component-info.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/** The component card, shown on `@aigov <id>` annotations and on registry ids, in the editor's language. */
function componentCard(info: ComponentInfo, today: string, locale: Locale = 'en'): string {
  const w = reportWords(locale);
  const { t } = w;
  const lines: string[] = [];
  lines.push(`**${escape(info.name ?? info.id)}** \`${info.id}\`${info.kind ? ` · ${info.kind}` : ''}`);
  lines.push('');
  const risk = info.risk.level ? `**${info.risk.level}**` : t('lsp.hover.riskUnset');
  lines.push(`- ${t('lsp.hover.risk', { risk: `${risk}${info.risk.basis ? w.paren(escape(info.risk.basis)) : ''}` })}`);
  const a = info.assessment;
  if (a.state === 'missing') lines.push(`- ${t('lsp.hover.assessment', { state: t('lsp.hover.assessmentMissing') })}`);
  else {
    const when = [a.date ? t('lsp.hover.dated', { date: w.date(a.date) }) : undefined, a.nextReview ? t('lsp.hover.nextReview', { date: w.date(a.nextReview) }) : undefined].filter(Boolean).join(w.comma);
    const state =
      a.state === 'overdue' ? t('lsp.hover.assessmentOverdue', { due: w.date(a.due) }) : a.state === 'draft' ? t('lsp.hover.assessmentDraft', { count: a.todo ?? 0 }) : t('lsp.hover.assessmentOk');
    lines.push(`- ${t('lsp.hover.assessment', { state: `${state} — \`${escape(a.path ?? '')}\`${when ? w.paren(when) : ''}` })}`);
  }
  if (info.owner) lines.push(`- ${t('lsp.hover.owner', { owner: escape(info.owner) })}`);
  const contacts = info.contacts.filter((c) => c.role !== 'owner');
  if (contacts.length > 0) {
    const list = contacts.map((c) => `${w.contactRole(c.role)} ${escape(c.value)}${c.inherited ? w.paren(t('lsp.hover.organisation')) : ''}`).join(w.semi);
    lines.push(`- ${t('lsp.hover.contacts', { list })}`);
  }
  const files = new Set(info.locations.map((l) => l.path)).size;
  lines.push(`- ${t('lsp.hover.files', { count: files })}`);
  const open = info.incidents.filter((i) => i.open);
  if (open.length === 0) lines.push(`- ${t('lsp.hover.openIncidentsNone')}`);
  else {
    lines.push(`- ${t('lsp.hover.openIncidents', { count: open.length })}`);
    for (const i of open) {
      const due = i.deadline
        ? i.daysLeft === undefined
          ? t('lsp.hover.incidentReported', { date: w.date(i.reported) })
          : i.daysLeft < 0
            ? t('lsp.hover.incidentOverdue', { deadline: w.date(i.deadline) })
            : t('lsp.hover.incidentDue', { deadline: w.date(i.deadline), count: i.daysLeft })
        : undefined;
      lines.push(`  - ${escape(i.id)}${i.title ? `: ${escape(i.title)}` : ''}${i.severity ? ` [${i.severity}]` : ''}${due ? ` — ${due}` : ''}`);
    }
  }
  if (info.registrations.length > 0) {
    const list = info.registrations.map((r) => `${escape(r.registry)}${r.id ? ` ${escape(r.id)}` : ''}${r.status ? w.paren(r.status) : ''}`).join(w.semi);
    lines.push(`- ${t('lsp.hover.registrations', { list })}`);
  }
  lines.push('');
  lines.push(`_${t('lsp.hover.asOf', { registry: escape(info.registryPath), today: w.date(today) })}_`);
  return lines.join('\n');
}

/** The hover on an id no registry declares, with the closest one if any. */
function unknownIdText(id: string, suggestion: string | undefined, locale: Locale = 'en'): string {
  const unknown = `\`${escape(id)}\``;
  return suggestion ? ui(locale, 'lsp.hover.didYouMean', { id: unknown, suggestion: `\`${suggestion}\`` }) : ui(locale, 'lsp.hover.unknownId', { id: unknown });
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]<>])/g, '$1').replace(/\*\*|`|_/g, '');
}

export function registerHover(server: AigovServer): void {
  server.connection.onHover(
    guard(server.log, 'textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return null;
      const target = idTargetAt(at.engine, at.path, params.position);
      if (!target) return null;
      let value: string;
      if (target.component) {
        value = componentCard(componentInfo(at.folder, at.engine, target.component), at.engine.today, server.caps.locale);
      } else {
        value = unknownIdText(target.id, at.engine.model.closestId(target.id), server.caps.locale);
      }
      const markdown = server.caps.hoverMarkdown;
      return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown ? value : plain(value) }, range: target.range };
    }),
  );
}
