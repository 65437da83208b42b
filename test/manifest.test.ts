import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_IDS } from '../server/src/core/packs.js';
import { DEADLINE_DAYS } from '../server/src/core/rules/packs/incidents.js';
import { INCIDENT_SEVERITIES } from '../server/src/protocol/methods.js';
import { RULE_KEY as CORE_RULE_KEY } from '../server/src/core/severity.js';
import { DEFAULT_SETTINGS, FRAMEWORK_PACKS, parseSettings, RULE_KEY, settingsSchema } from '../server/src/protocol/settings.js';
import { frameworksProperties, rulesProperties } from '../scripts/update-settings-manifest.js';

/**
 * The extension manifest against its sources of truth: settings against the protocol's zod
 * schema, every `%key%` against both NLS files, every runtime string against the Japanese l10n
 * bundle, every command against its handler and its menus, and every referenced file on disk.
 */

const ROOT = join(__dirname, '..');
const readJson = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as Record<string, unknown>;
/* eslint-disable @typescript-eslint/no-explicit-any -- package.json is untyped JSON. */
const pkg = readJson('package.json') as any;
const contributes = pkg.contributes;
const nls = readJson('package.nls.json') as Record<string, string>;
const nlsJa = readJson('package.nls.ja.json') as Record<string, string>;

// ------------------------------------------------------------------ zod walking

interface Leaf {
  key: string;
  type: string;
  /** Enum values of the leaf, or of a record's values. */
  values?: string[];
  valueType?: string;
}

/** zod v4 internals: the definition of a schema. */
function def(s: unknown): any {
  return (s as { _zod: { def: any } })._zod.def;
}

/** The wrapped schema under catch/default/optional. */
function unwrap(s: unknown): unknown {
  let cur = s;
  while (['catch', 'default', 'optional', 'nullable', 'prefault'].includes(def(cur).type)) cur = def(cur).innerType;
  return cur;
}

function leaves(s: unknown, prefix: string): Leaf[] {
  const inner = unwrap(s);
  const d = def(inner);
  if (d.type === 'object') return Object.entries(d.shape as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  if (d.type === 'enum') return [{ key: prefix, type: 'string', values: Object.values(d.entries as Record<string, string>) }];
  if (d.type === 'record') {
    const v = def(unwrap(d.valueType));
    return [{ key: prefix, type: 'object', valueType: v.type === 'enum' ? 'string' : v.type, ...(v.type === 'enum' ? { values: Object.values(v.entries as Record<string, string>) } : {}) }];
  }
  return [{ key: prefix, type: d.type }];
}

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Settings that are the editor's business only. */
const WINDOW_SCOPED = new Set(['trace.server']);

describe('package.json settings match the protocol zod schema', () => {
  const props = contributes.configuration.properties as Record<string, any>;
  const zodLeaves = leaves(settingsSchema, '');

  it('declares exactly the zod settings', () => {
    assert.deepEqual(Object.keys(props).sort(), zodLeaves.map((l) => `aigov.${l.key}`).sort());
  });

  for (const leaf of zodLeaves) {
    it(`aigov.${leaf.key}: type, default, enum and scope`, () => {
      const p = props[`aigov.${leaf.key}`];
      assert.ok(p, 'declared');
      assert.equal(p.type, leaf.type);
      const zodDefault = get(DEFAULT_SETTINGS, leaf.key);
      // An optional string (today) has no zod default: the editor's empty string means the same.
      assert.deepEqual(p.default, zodDefault === undefined ? '' : zodDefault);
      if (leaf.values && leaf.type === 'string') assert.deepEqual(p.enum, leaf.values);
      if (leaf.values && leaf.type === 'object') {
        // Keys the Settings editor offers in a dropdown, each with the enum values as a dropdown.
        const schemas = [...Object.values(p.properties ?? {}), ...Object.values(p.patternProperties ?? {})] as { enum?: string[]; type?: string }[];
        assert.ok(schemas.length > 0, 'keys are listed');
        for (const v of schemas) {
          assert.deepEqual(v.enum, leaf.values);
          assert.equal(v.type, leaf.valueType);
        }
        assert.equal(p.additionalProperties, false);
      }
      assert.equal(p.scope, WINDOW_SCOPED.has(leaf.key) ? 'window' : 'resource');
      assert.ok(p.description || p.markdownDescription, 'described');
      if (p.enumDescriptions) assert.equal(p.enumDescriptions.length, p.enum.length);
    });
  }

  it('the defaults, as VS Code returns them, parse to the zod defaults', () => {
    const fromEditor: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(props)) {
      const path = k.slice('aigov.'.length).split('.');
      let o = fromEditor;
      for (const part of path.slice(0, -1)) o = (o[part] ??= {}) as Record<string, unknown>;
      o[path[path.length - 1]!] = p.default;
    }
    // Compared as JSON: an absent `today` and `today: undefined` are the same setting.
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    assert.deepEqual(json(parseSettings(fromEditor)), json(DEFAULT_SETTINGS));
  });

  it('aigov.rules lists every finding code and the code families (npx tsx scripts/update-settings-manifest.ts)', () => {
    assert.deepEqual(props['aigov.rules'].properties, rulesProperties());
    const keys = Object.keys(props['aigov.rules'].properties as object);
    for (const k of keys) assert.ok(RULE_KEY.test(k), k);
    assert.deepEqual(Object.keys(props['aigov.rules'].patternProperties), [RULE_KEY.source]);
    assert.equal(RULE_KEY.source, CORE_RULE_KEY.source, 'the protocol and the core read keys alike');
    assert.equal(parseSettings({ rules: { 'AIGOV55*': 'warning', AIGOV101: 'loud', 'AIGOV5x': 'off' } }).rules['AIGOV55*'], 'warning');
    assert.deepEqual(parseSettings({ rules: { 'AIGOV55*': 'warning', AIGOV101: 'loud', 'AIGOV5x': 'off' } }).rules, { 'AIGOV55*': 'warning' });
  });

  it('aigov.frameworks lists every pack but core (npx tsx scripts/update-settings-manifest.ts)', () => {
    assert.deepEqual(props['aigov.frameworks'].properties, frameworksProperties());
    assert.deepEqual([...FRAMEWORK_PACKS].sort(), PACK_IDS.filter((p) => p !== 'core').sort());
    assert.deepEqual(parseSettings({ frameworks: { 'nist-ai-rmf': 'off', 'eu-ai-act': 'loud', nope: 'off' } }).frameworks, { 'nist-ai-rmf': 'off' });
  });

  it('the protocol\'s incident severities and deadlines are the core\'s (EU AI Act Art 73)', () => {
    const fromProtocol = Object.fromEntries(INCIDENT_SEVERITIES.filter((s) => s.days !== undefined).map((s) => [s.severity, s.days]));
    assert.deepEqual(fromProtocol, DEADLINE_DAYS);
    assert.ok(INCIDENT_SEVERITIES.some((s) => s.severity === 'minor' && s.days === undefined));
  });

  it('the date pattern accepts what zod accepts', () => {
    const re = new RegExp(props['aigov.today'].pattern);
    for (const ok of ['', '2026-11-25']) assert.ok(re.test(ok), ok);
    for (const bad of ['2026-1-5', 'today']) assert.ok(!re.test(bad), bad);
    assert.equal(parseSettings({ today: '2026-11-25' }).today, '2026-11-25');
  });
});

// ------------------------------------------------------------------ NLS and l10n

function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([\w.]+)%$/g)) out.add(m[1]!);
  else if (Array.isArray(value)) for (const v of value) nlsKeys(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) nlsKeys(v, out);
  return out;
}

function clientSources(dir = join(ROOT, 'client/src')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? clientSources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The message of every `vscode.l10n.t('…')` call in the client. */
function runtimeStrings(): Set<string> {
  const out = new Set<string>();
  for (const f of clientSources()) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) out.add(m[2]!.replace(/\\(['"`\\])/g, '$1'));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('English and Japanese UI text', () => {
  it('every %key% of package.json is in package.nls.json and package.nls.ja.json, and nothing else is', () => {
    const used = [...nlsKeys(pkg)].sort();
    assert.deepEqual(Object.keys(nls).sort(), used);
    assert.deepEqual(Object.keys(nlsJa).sort(), used);
  });

  it('Japanese NLS entries are translated and keep the command links', () => {
    for (const [k, en] of Object.entries(nls)) {
      const ja = nlsJa[k]!;
      assert.ok(ja.trim(), k);
      const links = (s: string) => [...s.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]).sort();
      assert.deepEqual(links(ja), links(en), `${k}: same command links`);
    }
  });

  it('every runtime string has a Japanese translation with the same placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.ja.json') as Record<string, string>;
    const strings = runtimeStrings();
    assert.ok(strings.size > 50, 'found the l10n.t calls');
    const missing = [...strings].filter((s) => !(s in bundle));
    assert.deepEqual(missing, [], 'missing from l10n/bundle.l10n.ja.json');
    const stale = Object.keys(bundle).filter((s) => !strings.has(s));
    assert.deepEqual(stale, [], 'no longer used');
    for (const s of strings) assert.deepEqual(placeholders(bundle[s]!), placeholders(s), s);
    assert.equal(pkg.l10n, './l10n');
  });
});

// ------------------------------------------------------------------ commands, menus, files

describe('commands and menus', () => {
  const commands = contributes.commands as { command: string; title: string; category?: string; enablement?: string }[];
  const ids = new Set(commands.map((c) => c.command));
  const handlers = readFileSync(join(ROOT, 'client/src/commands/index.ts'), 'utf8');

  it('every command has the category, a translated title and a handler', () => {
    for (const c of commands) {
      assert.equal(c.category, '%category%', c.command);
      assert.match(c.title, /^%command\.\w+%$/, c.command);
      assert.ok(handlers.includes(`'${c.command}'`), `${c.command} has a handler in client/src/commands/index.ts`);
    }
    for (const required of ['init', 'registerComponent', 'newRiskAssessment', 'recordIncident', 'generateReport', 'exportBom', 'refresh', 'showOutput', 'restartServer']) {
      assert.ok(ids.has(`aigov.${required}`), required);
    }
  });

  it('every command a menu, welcome view or walkthrough names exists', () => {
    const builtin = (id: string) => /^(workbench|vscode)\./.test(id) || /^aigov\.(registrations|incidents|frameworks)\.focus$/.test(id);
    const named = new Set<string>();
    for (const list of Object.values(contributes.menus as Record<string, { command: string }[]>)) for (const m of list) named.add(m.command);
    for (const text of Object.values(nls)) for (const m of text.matchAll(/\(command:([\w.]+)/g)) named.add(m[1]!);
    for (const id of named) assert.ok(ids.has(id) || builtin(id), id);
  });

  it('commands that need an argument are hidden from the palette; writing commands need trust', () => {
    const palette = contributes.menus.commandPalette as { command: string; when: string }[];
    assert.equal(palette.find((m) => m.command === 'aigov.markReported')?.when, 'false');
    for (const id of ['init', 'registerComponent', 'newRiskAssessment', 'addIncidentContact', 'recordIncident', 'markReported', 'generateReport', 'exportBom']) {
      assert.equal(commands.find((c) => c.command === `aigov.${id}`)?.enablement, 'isWorkspaceTrusted', id);
    }
  });

  it('views, welcome view, activation and capabilities', () => {
    const views = (contributes.views.aigov as { id: string }[]).map((v) => v.id);
    assert.deepEqual(views, ['aigov.registrations', 'aigov.incidents', 'aigov.frameworks']);
    assert.ok((contributes.viewsWelcome as { view: string; contents: string }[]).some((w) => w.view === 'aigov.registrations' && w.contents === '%welcome.noRegistry%'));
    assert.match(nls['welcome.noRegistry']!, /\[Create \.aigov\.yaml\]\(command:aigov\.init\)/);
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/.aigov.yaml'));
    for (const k of ['untrustedWorkspaces', 'virtualWorkspaces']) {
      assert.equal(pkg.capabilities[k].supported, 'limited', k);
      assert.ok(nls[pkg.capabilities[k].description.slice(1, -1)], `${k} described`);
    }
  });
});

describe('files the manifest points at', () => {
  it('schema, grammar, snippets, walkthrough media and icons exist', () => {
    const paths = [
      ...contributes.yamlValidation.map((y: { url: string }) => y.url),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((s) => s.media.markdown)),
      ...contributes.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
      pkg.icon,
    ];
    for (const p of paths) assert.ok(existsSync(join(ROOT, p)), p);
  });

  it('the icon is a 128x128 PNG', () => {
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('the injection grammar colours tags, ids, suppressions and codes', () => {
    const g = readJson('syntaxes/aigov.injection.tmLanguage.json') as any;
    assert.equal(g.scopeName, 'aigov.injection');
    assert.match(g.injectionSelector, /comment/);
    // Oniguruma and JavaScript agree on these patterns.
    const re = (name: string) => new RegExp(g.repository[name].match);
    assert.deepEqual(re('tag').exec('# @aigov fraud-scorer scope=block')?.slice(1, 6), ['@aigov', 'fraud-scorer', 'scope', '=', 'block']);
    assert.equal(re('tag').exec('// @aigov-ignore AIGOV301 -- x'), null, 'the tag is not the start of @aigov-ignore');
    assert.deepEqual(re('ignore').exec('// @aigov-ignore AIGOV301, AIGOV302 -- vendored */')?.slice(1, 5), ['@aigov-ignore', ' AIGOV301, AIGOV302', '--', 'vendored ']);
    assert.equal(re('ignore').exec('<!-- @aigov-ignore-file AIGOV203 -->')?.[1], '@aigov-ignore-file');
    assert.equal(re('code').exec('see AIGOV101.')?.[0], 'AIGOV101');
    assert.equal(re('tag').exec('me@aigov.example'), null, 'not inside an e-mail address');
    const injectTo: string[] = contributes.grammars[0].injectTo;
    for (const lang of ['source.python', 'source.ts', 'source.js', 'source.go', 'source.java', 'source.cs', 'source.rust', 'source.yaml', 'source.shell', 'text.html.markdown']) {
      assert.ok(injectTo.includes(lang), lang);
    }
  });
});
