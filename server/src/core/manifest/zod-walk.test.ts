import { strict as assert } from 'node:assert';
import * as z from 'zod';
import { schemas } from './schema.js';
import { enumValuesAt, knownKeysAt, parsePruned, schemaAt } from './zod-walk.js';

describe('zod-walk', () => {
  const registry = (): z.ZodType => schemas().registry;

  describe('schemaAt', () => {
    it('follows objects, array items and record values, unwrapping optional and nullable', () => {
      assert.ok(schemaAt(registry(), ['components', 0, 'risk', 'level']) instanceof z.ZodEnum);
      assert.ok(schemaAt(registry(), ['rules', 'AIGOV101']) instanceof z.ZodEnum);
      // `reported` is a nullable, optional date.
      assert.ok(schemaAt(registry(), ['components', 3, 'incidents', 0, 'reported']) instanceof z.ZodISODate);
      assert.ok(schemaAt(registry(), ['components', 0, 'roles']) instanceof z.ZodArray);
      assert.ok(schemaAt(registry(), []) instanceof z.ZodObject);
    });

    it('takes the first object of a union', () => {
      // `extra` items are a library name or { name, provider, language }.
      assert.ok(schemaAt(registry(), ['detection', 'libraries', 'extra', 2, 'provider']) instanceof z.ZodString);
      assert.equal(schemaAt(registry(), ['detection', 'libraries', 'extra', 2, 'nope']), undefined);
      assert.equal(schemaAt(z.union([z.string(), z.number()]), ['a']), undefined);
    });

    it('finds nothing below a leaf, under an unknown key, or for an index into an object', () => {
      assert.equal(schemaAt(registry(), ['version', 'x']), undefined);
      assert.equal(schemaAt(registry(), ['version', 'x', 'y']), undefined);
      assert.equal(schemaAt(registry(), ['nope']), undefined);
      assert.equal(schemaAt(registry(), ['nope', 'deeper']), undefined);
      assert.equal(schemaAt(registry(), [0]), undefined);
    });

    it('unwraps defaults too', () => {
      const s = z.object({ a: z.object({ b: z.enum(['x', 'y']).default('x') }).optional().nullable() });
      assert.ok(schemaAt(s, ['a', 'b']) instanceof z.ZodEnum);
      assert.deepEqual(enumValuesAt(s, ['a', 'b']), ['x', 'y']);
    });
  });

  describe('knownKeysAt', () => {
    it('lists the keys of the object at a path', () => {
      assert.deepEqual(knownKeysAt(registry(), ['components', 0, 'impact_assessment']), ['path', 'date']);
      assert.deepEqual(knownKeysAt(registry(), ['organization', 'contacts']), ['incident', 'escalation', 'provider', 'legal_rep', 'privacy']);
    });

    it('lists the keys of every object of a union, once each', () => {
      const u = z.union([z.object({ a: z.string(), b: z.string() }), z.string(), z.object({ b: z.number(), c: z.number() }).optional()]);
      assert.deepEqual(knownKeysAt(u, []), ['a', 'b', 'c']);
      assert.deepEqual(knownKeysAt(registry(), ['detection', 'libraries', 'extra', 0]), ['name', 'provider', 'language']);
    });

    it('lists nothing at a leaf or a missing path', () => {
      assert.deepEqual(knownKeysAt(registry(), ['version']), []);
      assert.deepEqual(knownKeysAt(registry(), ['nope']), []);
    });
  });

  describe('enumValuesAt', () => {
    it('lists the values of an enum, or of an array of enums', () => {
      assert.deepEqual(enumValuesAt(registry(), ['components', 0, 'risk', 'level']), ['prohibited', 'high', 'limited', 'minimal', 'unassessed']);
      assert.deepEqual(enumValuesAt(registry(), ['components', 0, 'roles']), ['provider', 'deployer', 'importer', 'distributor', 'developer', 'business-user']);
      assert.deepEqual(enumValuesAt(registry(), ['components', 0, 'roles', 1]), ['provider', 'deployer', 'importer', 'distributor', 'developer', 'business-user']);
    });

    it('lists nothing for anything else', () => {
      assert.deepEqual(enumValuesAt(registry(), ['components', 0, 'paths']), []);
      assert.deepEqual(enumValuesAt(registry(), ['components', 0, 'owner']), []);
      assert.deepEqual(enumValuesAt(registry(), ['nope']), []);
    });
  });

  describe('parsePruned', () => {
    const component = (): z.ZodType => schemas().component;

    it('returns valid data as it is', () => {
      assert.deepEqual(parsePruned(component(), { id: 'a', roles: ['provider'] }), { id: 'a', roles: ['provider'] });
    });

    it('drops unknown keys, invalid fields and invalid array items, and keeps the rest', () => {
      const value = {
        id: 'a',
        bogus: 1,
        owner: 'me@example.com',
        logging: { enabled: 'yes', retention_days: 30, extra: true },
        roles: ['provider', 'nope', 'deployer', 7],
        risk: { level: 'high', assessment: { date: '2026-01-01' } },
      };
      assert.deepEqual(parsePruned(component(), value), {
        id: 'a',
        owner: 'me@example.com',
        logging: { retention_days: 30 },
        roles: ['provider', 'deployer'],
        // The assessment lacks its required path: it goes, the level stays.
        risk: { level: 'high' },
      });
    });

    it('gives up when a required top-level key is missing or wrong, or the value is not an object', () => {
      assert.equal(parsePruned(component(), { name: 'no id' }), undefined);
      assert.equal(parsePruned(component(), { id: 'Not Kebab', name: 'x' }), undefined);
      assert.equal(parsePruned(component(), 'text'), undefined);
      assert.equal(parsePruned(component(), null), undefined);
    });

    it('drops an item of an array of objects that lacks a required key', () => {
      const value = { id: 'a', incidents: [{ id: 'INC-1', detected: '2026-01-01' }, { id: 'INC-2' }, { id: 'INC-3', detected: '2026-02-01', status: 'bad' }] };
      assert.deepEqual(parsePruned(component(), value), { id: 'a', incidents: [{ id: 'INC-1', detected: '2026-01-01' }, { id: 'INC-3', detected: '2026-02-01' }] });
    });

    it('drops a part that lacks a required key together with the problems reported inside it', () => {
      // The assessment lacks its path and goes; its bad date and unknown key, reported in the
      // same round, point into what is gone.
      const value = { id: 'a', risk: { level: 'high', assessment: { date: 'nope', extra: 1 } } };
      assert.deepEqual(parsePruned(component(), value), { id: 'a', risk: { level: 'high' } });
      // Two levels down: `a` goes for its missing `need`, and the problem under a.b has no parent left.
      const s = z.object({ a: z.object({ need: z.string(), b: z.object({ c: z.number() }) }).optional(), keep: z.number() });
      assert.deepEqual(parsePruned(s, { a: { b: { c: 'x' } }, keep: 1 }), { keep: 1 });
    });

    it('prunes in rounds until the value passes', () => {
      // A custom check sees the object only once its fields pass: the second round removes what it flags.
      const s = z
        .object({ a: z.number().optional(), b: z.number().optional() })
        .refine((v) => v.b === undefined, { path: ['b'], message: 'no b' });
      assert.deepEqual(parsePruned(s, { a: 'x', b: 2 }), {});
      assert.deepEqual(parsePruned(s, { a: 1, b: 2 }), { a: 1 });
    });

    it('gives up when a problem cannot be removed', () => {
      const s = z.object({ a: z.number() }).refine(() => false, { message: 'never' });
      assert.equal(parsePruned(s, { a: 1 }), undefined);
      const unfixable = z.object({ a: z.object({ b: z.number() }) }).refine(() => false, { path: ['a', 'b', 'c'], message: 'never' });
      assert.equal(parsePruned(unfixable, { a: { b: 1 } }), undefined);
      // A problem placed under a key the value does not have: removing it changes nothing, round after round.
      const nowhere = z.object({ a: z.number() }).refine(() => false, { path: ['gone', 'x'], message: 'never' });
      assert.equal(parsePruned(nowhere, { a: 1 }), undefined);
    });
  });
});
