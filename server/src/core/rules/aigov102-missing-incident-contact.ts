import { setMissing, toFileEdit } from '../fixes/yaml-edit.js';
import type { Finding, FixProposal } from '../finding.js';
import type { ComponentEntry } from '../manifest/registry.js';
import type { RegistryRule } from './types.js';
import { componentPath, findingComponent, hasField, missingFieldRange, orgDefault } from './util.js';
import { fixTitle } from '../fixes/context.js';

export const PLACEHOLDER_CONTACT = 'TODO-incident-contact@example.com';

export const aigov102: RegistryRule = {
  code: 'AIGOV102',
  slug: 'missing-incident-contact',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'Nobody is named to receive incident reports',
  description:
    'When an AI system misbehaves, someone must be reachable at once: the EU AI Act gives providers as little as 2 days to report a serious incident (Art 73), and NIST AI RMF MANAGE 4.3 and ISO/IEC 42001 A.8.4 expect incidents to be communicated. Set `contacts.incident` on the component or `organization.contacts.incident` as the default.',
  check(ctx) {
    const orgContact = orgDefault(ctx.registry, 'contacts.incident');
    if (typeof orgContact === 'string' && orgContact.trim()) return;
    for (const c of ctx.registry.components) {
      if (hasField(c, 'contacts.incident')) continue;
      ctx.report({
        file: ctx.registry.path,
        range: missingFieldRange(c, 'contacts.incident'),
        messageId: 'AIGOV102.missing',
        args: { id: c.id },
        data: { id: c.id, ...(typeof c.data.owner === 'string' ? { owner: c.data.owner } : {}) },
      });
    }
  },
  fixes(f, ctx) {
    const found = findingComponent(f, ctx);
    if (!found) return [];
    const { id, c, text } = found;
    const out: FixProposal[] = [];
    const owner = ownerAddress(c);
    if (owner) pushDefined(out, incidentContactFix(f, text, c, owner, fixTitle(ctx, 'fix.useOwnerContact', { owner }), true));
    pushDefined(out, incidentContactFix(f, text, c, PLACEHOLDER_CONTACT, fixTitle(ctx, 'fix.addIncidentContact', { id })));
    const org = setMissing(text, ['organization', 'contacts', 'incident'], PLACEHOLDER_CONTACT);
    if (org) out.push({ title: fixTitle(ctx, 'fix.addOrgIncidentContact'), code: f.code, safe: false, edits: [toFileEdit(f.file, text, org)] });
    return out;
  },
};

/** The component's owner when it is an e-mail address: the natural incident contact. */
export function ownerAddress(c: ComponentEntry): string | undefined {
  const owner = c.data.owner;
  return typeof owner === 'string' && owner.includes('@') ? owner : undefined;
}

/** A fix that sets the component's `contacts.incident` to `value`; undefined when it is set already. */
export function incidentContactFix(f: Finding, text: string, c: ComponentEntry, value: string, title: string, isPreferred = false): FixProposal | undefined {
  const change = setMissing(text, [...componentPath(c, 'contacts'), 'incident'], value);
  return change ? { title, code: f.code, ...(isPreferred ? { isPreferred } : {}), safe: false, edits: [toFileEdit(f.file, text, change)] } : undefined;
}

function pushDefined<T>(out: T[], x: T | undefined): void {
  if (x !== undefined) out.push(x);
}
