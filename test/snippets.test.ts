import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schemas } from '../server/src/core/manifest/schema.js';

/**
 * Expands every YAML snippet of snippets/ the way VS Code would with the placeholders left at
 * their defaults (and each choice tried in turn), then validates the result against the zod
 * schema: a snippet must never insert something the registry rejects.
 */

const ROOT = join(__dirname, '..');
const FILE = join(ROOT, 'snippets/aigov.yaml.code-snippets');

interface Snippet {
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

const TODAY = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '25', CURRENT_YEAR_SHORT: '26', TM_FILENAME_BASE: '.aigov' };

/**
 * A small TextMate snippet expander: `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}`
 * (choice number `choice`, modulo the options), `$VAR`, `${VAR}`, `${VAR:default}`, `\$`.
 */
export function expand(body: string, choice = 0): string {
  let i = 0;
  const parseUntil = (stop: string | undefined): string => {
    let out = '';
    while (i < body.length) {
      const ch = body[i]!;
      if (ch === '\\' && i + 1 < body.length) {
        out += body[i + 1];
        i += 2;
      } else if (stop !== undefined && ch === stop) {
        return out;
      } else if (ch === '$') {
        out += parseDollar();
      } else {
        out += ch;
        i++;
      }
    }
    if (stop !== undefined) throw new Error(`unterminated placeholder in ${JSON.stringify(body)}`);
    return out;
  };
  const parseDollar = (): string => {
    i++; // $
    const simple = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
    if (simple) {
      i += simple[0].length;
      return /^\d/.test(simple[0]) ? '' : variable(simple[0]);
    }
    if (body[i] !== '{') return '$';
    i++; // {
    const head = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
    if (!head) throw new Error(`bad placeholder at ${i} in ${JSON.stringify(body)}`);
    i += head[0].length;
    const name = head[0];
    const next = body[i];
    if (next === '}') {
      i++;
      return /^\d/.test(name) ? '' : variable(name);
    }
    if (next === '|') {
      const end = body.indexOf('|}', i + 1);
      const options = body.slice(i + 1, end).split(',');
      i = end + 2;
      return options[choice % options.length]!;
    }
    if (next === ':') {
      i++;
      const def = parseUntil('}');
      i++; // }
      return /^\d/.test(name) ? def : variable(name, def);
    }
    throw new Error(`bad placeholder ${name} in ${JSON.stringify(body)}`);
  };
  const variable = (name: string, def = ''): string => (name in TODAY ? TODAY[name as keyof typeof TODAY] : def);
  return parseUntil(undefined);
}

function load(): Record<string, Snippet> {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
}

function text(s: Snippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}

/** How many choices the snippet's longest choice placeholder has (1 when none). */
function choiceCount(body: string): number {
  return Math.max(1, ...[...body.matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map((m) => m[1]!.split(',').length));
}

/** What each snippet's expansion must be, as a zod check. */
const VALIDATORS: Record<string, (v: unknown) => void> = {
  'aigov registry': (v) => {
    schemas().registry.parse(v);
  },
  'aigov component': (v) => {
    assert.ok(Array.isArray(v) && v.length === 1, 'one list item');
    schemas().component.parse(v[0]);
    schemas().registry.parse({ version: 1, components: v });
  },
  'aigov incident': (v) => {
    assert.ok(Array.isArray(v) && v.length === 1, 'one list item');
    schemas().component.parse({ id: 'x', incidents: v });
  },
  'aigov registration': (v) => {
    assert.ok(Array.isArray(v) && v.length === 1, 'one list item');
    schemas().component.parse({ id: 'x', registrations: v });
  },
  'aigov risk assessment': (v) => {
    schemas().component.parse({ id: 'x', risk: v });
  },
};

describe('snippets', () => {
  it('the expander handles the TextMate forms the snippets use', () => {
    assert.equal(expand('a ${1:x${2:y}} $1 ${3|p,q|} \\$ $CURRENT_YEAR ${NOPE:d} $0'), 'a xy  p $ 2026 d ');
    assert.equal(expand('${3|p,q|}', 1), 'q');
  });

  it('has the component, incident and registration snippets, each with a validator', () => {
    const names = Object.keys(load());
    for (const required of ['aigov component', 'aigov incident', 'aigov registration']) assert.ok(names.includes(required), required);
    assert.deepEqual(names.filter((n) => !VALIDATORS[n]), [], 'every snippet is validated');
  });

  for (const [name, snippet] of Object.entries(load())) {
    it(`${name}: every expansion is valid against the zod schema`, () => {
      assert.ok(snippet.description, 'has a description');
      const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
      assert.ok(prefixes.every((p) => p.startsWith('aigov')), 'prefixes start with aigov');
      const body = text(snippet);
      for (let c = 0; c < choiceCount(body); c++) {
        const expanded = expand(body, c);
        const value: unknown = parse(expanded);
        try {
          VALIDATORS[name]!(value);
        } catch (err) {
          assert.fail(`choice ${c} of '${name}' expands to YAML the schema rejects:\n${expanded}\n${String(err)}`);
        }
      }
    });
  }
});
