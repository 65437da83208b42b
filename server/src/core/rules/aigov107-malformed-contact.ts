import { msg, type Message } from '../i18n/format.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { componentContacts } from '../model/doc-paths.js';
import type { RegistryRule } from './types.js';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const URL_LIKE = /^(?:https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9][0-9 ().-]{4,})$/i;
const PLACEHOLDER = /(?:^|[^a-z])(?:todo|tbd|fixme|changeme|xxx)(?:[^a-z]|$)|@example\.(?:com|org|net)$|\.invalid$/i;

/** Why a contact value is not usable, or undefined when it is fine. */
function contactProblem(v: string): Message | undefined {
  const s = v.trim();
  if (PLACEHOLDER.test(s)) return msg('AIGOV107.placeholder');
  if (EMAIL.test(s) || URL_LIKE.test(s)) return undefined;
  return msg('AIGOV107.notAnAddress');
}

export const aigov107: RegistryRule = {
  code: 'AIGOV107',
  slug: 'malformed-contact',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A contact is not a reachable address',
  description:
    'Contacts are used when something goes wrong, often under a deadline. A value that is not an e-mail address or a URL of a monitored channel (or is a placeholder) cannot be reached.',
  check(ctx) {
    const reg = ctx.registry;
    const orgContacts = reg.data?.organization?.contacts ?? {};
    for (const [key, value] of Object.entries(orgContacts)) {
      if (typeof value !== 'string') continue;
      const p = contactProblem(value);
      if (p) ctx.report({ file: reg.path, range: reg.locate(['organization', 'contacts', key], 'value'), messageId: 'AIGOV107.organization', args: { field: `organization.contacts.${key}`, value, problem: p }, data: { field: `organization.contacts.${key}` } });
    }
    const owner = reg.data?.organization?.owner;
    if (typeof owner === 'string') {
      const p = contactProblem(owner);
      if (p) ctx.report({ file: reg.path, range: reg.locate(['organization', 'owner'], 'value'), messageId: 'AIGOV107.organization', args: { field: 'organization.owner', value: owner, problem: p }, data: { field: 'organization.owner' } });
    }
    reg.components.forEach((c: ComponentEntry) => {
      for (const ref of componentContacts(c)) {
        const p = contactProblem(ref.value);
        if (p) ctx.report({ file: reg.path, range: reg.locate(ref.yamlPath, 'value'), messageId: 'AIGOV107.component', args: { field: ref.field, id: c.id, value: ref.value, problem: p }, data: { id: c.id, field: ref.field } });
      }
    });
  },
};
