import { HONEST_NOTE, JP_ACT_FROM, JP_ACT_PACK, JP_GUIDELINES_PACK, jpActCitation } from './packs/jp.js';
import { appendToSeq, toFileEdit } from '../fixes/yaml-edit.js';
import { msg } from '../i18n/format.js';
import type { RegistryRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov502: RegistryRule = {
  code: 'AIGOV502',
  slug: 'jp-act-guidelines-pack',
  pack: JP_ACT_PACK,
  scope: 'registry',
  summary: 'The AI Promotion Act is selected without the AI Guidelines for Business',
  description: `Art 13 of the AI Promotion Act has the State issue guidelines consistent with international norms. ${HONEST_NOTE} The practical checks for businesses come from the voluntary AI Guidelines for Business (METI/MIC), the \`jp-ai-guidelines\` pack. This rule reports, at info level, a registry that selects \`jp-ai-promotion-act\` without \`jp-ai-guidelines\`.`,
  citation: jpActCitation('Art 13'),
  appliesFrom: JP_ACT_FROM,
  defaultSeverity: 'info',
  check(ctx) {
    const list = ctx.registry.data?.frameworks ?? [];
    const i = list.indexOf(JP_ACT_PACK);
    if (i < 0 || list.includes(JP_GUIDELINES_PACK)) return;
    ctx.report({
      file: ctx.registry.path,
      range: ctx.registry.locate(['frameworks', i], 'value'),
      messageId: 'AIGOV502.addGuidelines',
      args: { note: msg('jp.honestNote') },
      data: { index: i },
    });
  },
  fixes(f, ctx) {
    const text = ctx.textOf(f.file);
    const change = text === undefined ? undefined : appendToSeq(text, ['frameworks'], JP_GUIDELINES_PACK);
    if (!change || text === undefined) return [];
    return [{ title: fixTitle(ctx, 'fix.addFramework', { pack: JP_GUIDELINES_PACK }), code: f.code, isPreferred: true, safe: false, edits: [toFileEdit(f.file, text, change)] }];
  },
};
