import { componentDocPaths } from '../model/doc-paths.js';
import { resolveFrom } from '../paths.js';
import type { RegistryRule } from './types.js';
import { msg } from '../i18n/format.js';

/** At most this many section names in a message. */
const NAMED = 3;

export const aigov110: RegistryRule = {
  code: 'AIGOV110',
  slug: 'draft-document',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A linked document is still an unfilled template',
  description:
    'The documents aigov creates from a template (risk assessment, impact assessment, incident procedure, model card, monitoring plan and the others) start with an `aigov:draft` marker line and say TODO where the team has to write. While the marker and a TODO are still there, the document is a draft: linking it shows where the evidence will be, not that the work is done. Every check that only asks for the link (AIGOV101 and the framework packs) counts the field as present, so this finding is what says the document is not written yet, and the editor views, code lens and report say "draft".',
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const ref of componentDocPaths(c)) {
        const target = resolveFrom(reg.dir, ref.value);
        const draft = target === undefined ? undefined : ctx.model.draftOf(target);
        if (!draft || target === undefined) continue;
        // A TODO outside any section ('') keeps the document a draft but is not one of its sections.
        const inSections = draft.sections.filter((x) => x !== '');
        const named = inSections.slice(0, NAMED);
        const n = inSections.length;
        const more = n - named.length;
        const sections = named.join('; ');
        const which = more > 0 ? msg('AIGOV110.whichMore', { sections, more }) : msg('AIGOV110.which', { sections });
        const place = { file: reg.path, range: reg.locate(ref.yamlPath, 'value'), data: { id: c.id, field: ref.field, target, todo: draft.sections.length, sections: draft.total } };
        const args = { field: ref.field, id: c.id, target };
        if (draft.total > 0 && n > 0) ctx.report({ ...place, messageId: 'AIGOV110.sections', args: { ...args, n, total: draft.total, which }, count: n });
        else ctx.report({ ...place, messageId: 'AIGOV110.noSections', args });
      }
    }
  },
};
