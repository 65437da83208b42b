import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { ComponentInfo } from '../protocol/methods.js';
import { idTargetAt } from './at-position.js';
import { componentInfo } from './component-info.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/** The component card, shown on `@aigov <id>` annotations and on registry ids. */
export function componentCard(info: ComponentInfo, today: string): string {
  const lines: string[] = [];
  lines.push(`**${escape(info.name ?? info.id)}** \`${info.id}\`${info.kind ? ` · ${info.kind}` : ''}`);
  lines.push('');
  const risk = info.risk.level ? `**${info.risk.level}**` : '_not set_';
  lines.push(`- Risk: ${risk}${info.risk.basis ? ` (${escape(info.risk.basis)})` : ''}`);
  const a = info.assessment;
  if (a.state === 'missing') lines.push('- Assessment: **missing**');
  else {
    const when = [a.date ? `dated ${a.date}` : undefined, a.nextReview ? `next review ${a.nextReview}` : undefined].filter(Boolean).join(', ');
    const state = a.state === 'overdue' ? `**overdue** since ${a.due}` : 'ok';
    lines.push(`- Assessment: ${state} — \`${escape(a.path ?? '')}\`${when ? ` (${when})` : ''}`);
  }
  if (info.owner) lines.push(`- Owner: ${escape(info.owner)}`);
  const contacts = info.contacts.filter((c) => c.role !== 'owner');
  if (contacts.length > 0) {
    lines.push(`- Contacts: ${contacts.map((c) => `${c.role} ${escape(c.value)}${c.inherited ? ' (organisation)' : ''}`).join('; ')}`);
  }
  const files = new Set(info.locations.map((l) => l.path)).size;
  lines.push(`- Files: ${files}`);
  const open = info.incidents.filter((i) => i.open);
  if (open.length === 0) lines.push('- Open incidents: none');
  else {
    lines.push(`- Open incidents: ${open.length}`);
    for (const i of open) {
      const due = i.deadline
        ? i.daysLeft === undefined
          ? ` — reported ${i.reported}`
          : i.daysLeft < 0
            ? ` — report **overdue** since ${i.deadline}`
            : ` — report due ${i.deadline} (${i.daysLeft} ${i.daysLeft === 1 ? 'day' : 'days'} left)`
        : '';
      lines.push(`  - ${escape(i.id)}${i.title ? `: ${escape(i.title)}` : ''}${i.severity ? ` [${i.severity}]` : ''}${due}`);
    }
  }
  if (info.registrations.length > 0) {
    lines.push(`- Registrations: ${info.registrations.map((r) => `${escape(r.registry)}${r.id ? ` ${escape(r.id)}` : ''}${r.status ? ` (${r.status})` : ''}`).join('; ')}`);
  }
  lines.push('');
  lines.push(`_${escape(info.registryPath)} · as of ${today}_`);
  return lines.join('\n');
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
        value = componentCard(componentInfo(at.folder, at.engine, target.component), at.engine.today);
      } else {
        const s = at.engine.model.closestId(target.id);
        value = `No registry declares a component \`${escape(target.id)}\`.${s ? ` Did you mean \`${s}\`?` : ''}`;
      }
      const markdown = server.caps.hoverMarkdown;
      return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown ? value : plain(value) }, range: target.range };
    }),
  );
}
