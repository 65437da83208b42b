import { incidentContactFix, ownerAddress, PLACEHOLDER_CONTACT } from './aigov102-missing-incident-contact.js';
import { incidentPath, incidentsOf, isOpen } from './packs/incidents.js';
import { present } from './packs/scope.js';
import { fixTitle } from '../fixes/context.js';
import type { RegistryRule } from './types.js';
import { findingComponent } from './util.js';

export const aigov402: RegistryRule = {
  code: 'AIGOV402',
  slug: 'open-incident-without-contact',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'An open incident has nobody to contact',
  description:
    'An incident that is open (not `closed` or `mitigated`) needs someone reachable now: to decide whether it is serious, to report it (as little as 2 days under EU AI Act Art 73) and to answer the authority. The rule reports such an incident when neither the component (`contacts.incident`) nor the organisation (`organization.contacts.incident`) names an incident contact.',
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      if (present(c, 'contacts.incident')) continue;
      for (const i of incidentsOf(c, ctx.today)) {
        if (!isOpen(i)) continue;
        ctx.report({
          file: reg.path,
          range: reg.locate(incidentPath(c, i.index, 'id'), 'value'),
          messageId: 'AIGOV402.noContact',
          args: { incident: i.id, id: c.id, status: i.status ?? 'open' },
          data: { id: c.id, incident: i.index, incidentId: i.id },
        });
      }
    }
  },
  fixes(f, ctx) {
    const found = findingComponent(f, ctx);
    if (!found) return [];
    const { id, c, text } = found;
    const owner = ownerAddress(c);
    const fix = incidentContactFix(f, text, c, owner ?? PLACEHOLDER_CONTACT, owner ? fixTitle(ctx, 'fix.useOwnerContactOf', { owner, id }) : fixTitle(ctx, 'fix.addIncidentContact', { id }), true);
    return fix ? [fix] : [];
  },
};
