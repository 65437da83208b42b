import { strict as assert } from 'node:assert';
import { Engine } from '../../engine.js';
import { formatMessage } from '../../i18n/format.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { InMemoryWorkspace } from '../../testing/memory-workspace.js';
import { annexIiiNotPoint2, annexIiiPoint, annexRoute, euDbRegistration, highRiskApplication, highRiskNote, inAnnexIii } from './eu.js';

// The EU facts every high-risk rule reads: the route and point of Annex III, the dates of
// Art 113(c) and Art 111(2), and the EU database entry.

async function components(...flows: string[]): Promise<ComponentEntry[]> {
  const yaml = `version: 1\ncomponents:\n${flows.map((f, i) => `  - { id: c${i}, ${f} }\n`).join('')}`;
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today: '2026-11-25' });
  await e.indexAll();
  return [...e.model.components];
}

async function one(flow: string): Promise<ComponentEntry> {
  const [c] = await components(flow);
  return c!;
}

describe('the EU AI Act facts of a component', () => {
  it('takes the Annex I route when the basis names Annex I or Art 6(1), however written, unless an Annex III area is declared', async () => {
    const route = async (risk: string): Promise<string> => annexRoute(await one(`risk: { level: high, ${risk} }`));
    assert.equal(await route('basis: "Annex  I product"'), 'annex-i');
    assert.equal(await route('basis: "Art 6(1)"'), 'annex-i');
    assert.equal(await route('basis: "Art.6(1)"'), 'annex-i');
    assert.equal(await route('basis: "Article 6 (1)"'), 'annex-i');
    assert.equal(await route('basis: "Annex II product"'), 'annex-iii');
    assert.equal(await route('basis: "Annex I product", annex_iii_area: "5(b)"'), 'annex-iii');
  });

  it('reads the Annex III point from the area or the basis, spacing and letter forms included', async () => {
    const point = async (risk: string): Promise<string | undefined> => annexIiiPoint(await one(`risk: { level: high, ${risk} }`));
    assert.equal(await point('annex_iii_area: "5( b )"'), '5(b)');
    assert.equal(await point('annex_iii_area: "5b"'), '5(b)');
    assert.equal(await point('basis: "Annex  III 5(b)"'), '5(b)');
    assert.equal(await point('basis: "Annex III,5(c)"'), '5(c)');
    assert.equal(await point('basis: "Annex III point 4( a )"'), '4(a)');
    assert.equal(await point('basis: "Annex III , point 4(a)"'), '4(a)');
    assert.equal(await point('basis: "Annex III point4(a)"'), '4(a)');
    assert.equal(await point('basis: "not in Annex III"'), undefined);
    assert.equal(inAnnexIii(await one('risk: { level: high, basis: "Annex  III, point 4" }')), true);
    assert.equal(annexIiiNotPoint2(await one('risk: { level: high, annex_iii_area: "2(a)" }')), false);
    assert.equal(annexIiiNotPoint2(await one('risk: { level: high, annex_iii_area: "4(a)" }')), true);
  });

  it('finds the EU database entry under its usual names only', async () => {
    const entry = async (registry: string): Promise<number | undefined> => euDbRegistration(await one(`registrations: [{ registry: "${registry}" }]`))?.index;
    for (const name of ['EU database', ' eu-db ', 'EU AI database', 'eu_ai_db', 'EUDB', 'euaidatabase']) assert.equal(await entry(name), 0, name);
    for (const name of ['non-eu-db', 'eu-database-staging', 'national register']) assert.equal(await entry(name), undefined, name);
  });

  describe('Art 111(2): from when the high-risk duties bind a system placed on the market before its date', () => {
    const placed = 'risk: { level: high }, placed_on_market: 2025-01-10';

    it('a system changed on or after the date is covered from the change, a public authority\'s by 2 Aug 2030 at the latest', async () => {
      const app = async (more: string) => {
        const a = highRiskApplication(await one(`${placed}, ${more}`));
        return `${a.coverage} ${a.from}`;
      };
      assert.equal(await app('significant_change: 2028-01-05'), 'changed 2028-01-05');
      assert.equal(await app('significant_change: 2030-08-02, for_public_authorities: true'), 'changed 2030-08-02');
      assert.equal(await app('significant_change: 2031-01-05, for_public_authorities: true'), 'public-authority 2030-08-02');
      assert.equal(await app('for_public_authorities: true'), 'public-authority 2030-08-02');
      assert.equal(await app('significant_change: 2026-01-05'), 'legacy undefined');
    });

    it('says why the date moved, with the dates in the finding\'s data, and nothing for a system placed after its date', async () => {
      const changed = highRiskNote(await one(`${placed}, significant_change: 2028-01-05`), '2028-02-01');
      assert.equal(changed?.key, 'changed');
      assert.deepEqual(changed?.data, { placedOnMarket: '2025-01-10', significantChange: '2028-01-05', routeFrom: '2027-12-02' });
      const authority = highRiskNote(await one(`${placed}, for_public_authorities: true`), '2030-09-01');
      assert.equal(authority?.key, 'public-authority');
      assert.deepEqual(authority?.data, { placedOnMarket: '2025-01-10', routeFrom: '2027-12-02', from: '2030-08-02' });
      assert.match(formatMessage(authority!.message, 'en'), /2030-08-02/);
      assert.equal(highRiskNote(await one('risk: { level: high }, placed_on_market: 2028-01-10'), '2028-02-01'), undefined);
      // A change recorded for a system the date did not move (placed after it, or a public
      // authority's changed only after 2 Aug 2030) is not given as the reason.
      assert.equal(highRiskNote(await one('risk: { level: high }, placed_on_market: 2028-01-10, significant_change: 2028-06-01'), '2028-07-01'), undefined);
      const late = highRiskNote(await one(`${placed}, for_public_authorities: true, significant_change: 2031-01-05`), '2031-02-01');
      assert.equal(late?.key, 'public-authority');
    });
  });
});
