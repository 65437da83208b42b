import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ComponentInfo, IncidentInfo, ObligationCoverage, PackCoverage } from '../../../client/src/protocol.js';
import type { Node } from '../../../client/src/views/tree.js';
import { api, componentsOf, description, flatten, indexedComponents, label } from './helpers.js';

const COMPONENTS = ['credit-scorer', 'fraud-scorer', 'product-recommender', 'support-chatbot'];

/** The grouping nodes (registry, jurisdiction, risk, status), without the uncovered AI uses. */
function groups(nodes: Node[]): Node[] {
  return nodes.filter((n) => typeof n.item.contextValue === 'string' && n.item.contextValue.startsWith('aigov.group'));
}

function componentNodes(nodes: Node[]): Node[] {
  return nodes.filter((n) => typeof n.item.contextValue === 'string' && n.item.contextValue.startsWith('aigov.component'));
}

export function viewsTests(): void {
  describe('Registrations view (its data provider)', () => {
    before(async () => {
      await indexedComponents(await api());
    });

    after(async () => {
      await vscode.commands.executeCommand('aigov.registrations.clearFilter');
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'registry');
    });

    it('returns the fixture components grouped by registry file', async () => {
      const a = await api();
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'registry');
      const roots = await a.registrations.getChildren();
      assert.deepEqual(groups(roots).map(label).sort(), ['.aigov.yaml', 'services/fraud/.aigov.yaml']);
      // The uncovered AI uses lead, with a node each.
      const uncovered = roots.find((n) => n.item.contextValue === 'aigov.uncoveredGroup');
      assert.ok(uncovered, roots.map(label).join(', '));
      assert.ok((uncovered.children ?? []).some((n) => label(n) === 'rank.go'));
      const all = await flatten(a.registrations, roots);
      assert.deepEqual(componentNodes(all).map(label).sort(), COMPONENTS);
      const byId = new Map(componentNodes(all).map((n) => [label(n), n]));
      assert.equal((byId.get('fraud-scorer')!.value as ComponentInfo).registryPath, 'services/fraud/.aigov.yaml');
    });

    it('each component expands to risk, assessment state, contacts, registrations, incidents and code', async () => {
      const a = await api();
      const fraud = componentNodes(await flatten(a.registrations)).find((n) => label(n) === 'fraud-scorer')!;
      const children = await a.registrations.getChildren(fraud);
      const labels = children.map(label);
      assert.equal(labels[0], 'Risk: minimal');
      assert.equal(labels[1], 'Assessment: ok');
      for (const prefix of ['Contacts (', 'Registrations (', 'Incidents (1)', 'Code (']) assert.ok(labels.some((l) => l.startsWith(prefix)), `${prefix} in ${labels.join(', ')}`);
      for (const n of children) {
        const expected = n.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
        assert.equal(n.item.collapsibleState, expected, `${label(n)} is expandable exactly when it has children`);
      }
      const incidents = children.find((n) => label(n) === 'Incidents (1)')!;
      const [inc] = await a.registrations.getChildren(incidents);
      assert.equal(label(inc!), 'INC-2026-004');
      // Serious, detected 2026-11-20: Art 73's 15 days end on Saturday 2026-12-05, so the last day
      // is Monday 2026-12-07, 12 days after "today".
      assert.match(description(inc!), /12 days left/);
      const code = children.find((n) => label(n).startsWith('Code ('))!;
      const files = (await a.registrations.getChildren(code)).map(label);
      assert.ok(files.includes('score.py'), files.join(', '));
      // Clicking opens the place: the component's id in its registry.
      assert.equal(fraud.item.command?.command, 'vscode.open');

      const chatbot = componentNodes(await flatten(a.registrations)).find((n) => label(n) === 'product-recommender')!;
      const assessment = (await a.registrations.getChildren(chatbot))[1]!;
      assert.equal(label(assessment), 'Assessment: overdue');
      assert.match(String(chatbot.item.contextValue), /\bassessment-overdue\b/);
    });

    it('groups by jurisdiction, risk level and status from the title-bar toggle, and filters', async () => {
      const a = await api();
      assert.equal(await vscode.commands.executeCommand('aigov.registrations.groupBy', 'jurisdiction'), 'jurisdiction');
      assert.deepEqual(groups(await a.registrations.getChildren()).map(label), ['EU', 'JP']);
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'risk');
      assert.deepEqual(groups(await a.registrations.getChildren()).map(label), ['Risk: high', 'Risk: limited', 'Risk: minimal']);
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'status');
      const statusGroups = groups(await a.registrations.getChildren());
      assert.ok(statusGroups.length >= 1 && statusGroups.every((g) => description(g).includes('component')));
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'registry');
      assert.equal(await vscode.commands.executeCommand('aigov.registrations.filter', 'fraud'), 'fraud');
      assert.deepEqual(componentNodes(await flatten(a.registrations)).map(label), ['fraud-scorer']);
      assert.match(String(a.registrations.view?.description), /fraud/);
      await vscode.commands.executeCommand('aigov.registrations.clearFilter');
      assert.deepEqual(componentNodes(await flatten(a.registrations)).map(label).sort(), COMPONENTS);
    });

    it('refreshes on aigov/modelChanged', async () => {
      const a = await api();
      const loaded = new Promise<Node[]>((resolve) => {
        const sub = a.registrations.onDidLoad((roots) => {
          sub.dispose();
          resolve(roots);
        });
      });
      a.server.refresh();
      // The view is not necessarily visible: ask for the roots as VS Code would after the event.
      void a.registrations.getChildren();
      assert.ok((await loaded).length > 0);
      assert.deepEqual(componentsOf(await indexedComponents(a)).map((c) => c.id).sort(), COMPONENTS);
    });
  });

  describe('Incidents and Frameworks views', () => {
    it('Incidents lists the open incident with its days left', async () => {
      const a = await api();
      const roots = await a.incidents.getChildren();
      const inc = roots.find((n) => label(n) === 'INC-2026-004');
      assert.ok(inc, roots.map(label).join(', '));
      assert.equal((inc.value as IncidentInfo).componentId, 'fraud-scorer');
      assert.match(description(inc), /fraud-scorer .*12 days left/);
      assert.match(String(inc.item.contextValue), /unreported/);
    });

    it('Frameworks shows pack → obligation (failing first, applies later, met, n/a) → the components', async () => {
      const a = await api();
      const packs = await a.frameworks.getChildren();
      const pack = (id: string) => packs.find((p) => (p.value as PackCoverage | undefined)?.id === id);
      const eu = pack('eu-ai-act');
      const jp = pack('jp-ai-guidelines');
      assert.ok(eu && jp, `packs: ${packs.map(label).join(', ')}`);
      assert.equal(label(eu), 'EU AI Act (Regulation (EU) 2024/1689)', 'titles, not slugs');
      // On the suite's day (2026-11-25) credit-scorer's high-risk duties apply from 2027-12-02:
      // "applies from", neither failing nor met, and no component listed under them.
      const euRows = await a.frameworks.getChildren(eu);
      const art9 = euRows.find((o) => (o.value as ObligationCoverage).code === 'AIGOV523');
      assert.ok(art9, euRows.map(label).join(', '));
      assert.match(description(art9), /^applies from 2027-12-02 · Art 9 · AIGOV523$/);
      assert.equal((art9.children ?? []).length, 0);
      // Each pack lists failing first, then draft, applies later, met, not applicable.
      const order = ['failing', 'draft', 'later', 'met', 'na'];
      for (const p of [eu, jp]) {
        const states = (await a.frameworks.getChildren(p)).map((o) => String(o.item.contextValue).replace(/^aigov\.obligation /, ''));
        assert.ok(states.every((x) => order.includes(x)), states.join(', '));
        assert.deepEqual(states, [...states].sort((x, y) => order.indexOf(x) - order.indexOf(y)), label(p));
      }
      // support-chatbot has no risk assessment (or, after the diagnostics tests, a linked template):
      // the Guidelines' safety principle lists it, failing or draft.
      const jpRows = await a.frameworks.getChildren(jp);
      const safety = jpRows.find((o) => (o.value as ObligationCoverage).code === 'AIGOV511');
      assert.ok(safety, jpRows.map(label).join(', '));
      assert.match(description(safety), /^(1 failing|draft) · Part 2, principle 2 \(safety\) · AIGOV511$/);
      const comps = (await flatten(a.frameworks, [safety])).map(label);
      assert.ok(comps.includes('support-chatbot'), comps.join(', '));
    });
  });
}
