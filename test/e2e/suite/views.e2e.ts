import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ComponentInfo, IncidentInfo, PackCoverage } from '../../../client/src/protocol.js';
import type { Node } from '../../../client/src/views/tree.js';
import { api, componentsOf, description, flatten, indexedComponents, label } from './helpers.js';

const COMPONENTS = ['credit-scorer', 'fraud-scorer', 'product-recommender', 'support-chatbot'];

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
      assert.deepEqual(roots.map(label).sort(), ['.aigov.yaml', 'services/fraud/.aigov.yaml']);
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
      assert.deepEqual((await a.registrations.getChildren()).map(label), ['EU', 'JP']);
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'risk');
      assert.deepEqual((await a.registrations.getChildren()).map(label), ['Risk: high', 'Risk: limited', 'Risk: minimal']);
      await vscode.commands.executeCommand('aigov.registrations.groupBy', 'status');
      const statusGroups = await a.registrations.getChildren();
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

    it('Frameworks shows pack → obligation → failing components', async () => {
      const a = await api();
      const packs = await a.frameworks.getChildren();
      const ids = packs.map((p) => (p.value as PackCoverage | undefined)?.id);
      assert.ok(ids.includes('eu-ai-act'), `packs: ${ids.join(', ')}`);
      const eu = packs.find((p) => (p.value as PackCoverage).id === 'eu-ai-act')!;
      const obligations = await a.frameworks.getChildren(eu);
      assert.ok(obligations.length > 0);
      const failing = obligations.filter((o) => (o.children ?? []).length > 0);
      assert.ok(failing.length > 0, 'some obligation fails in the example');
      const comps = (await flatten(a.frameworks, failing)).map(label);
      assert.ok(comps.includes('credit-scorer'), comps.join(', '));
    });
  });
}
