import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../server/src/core/finding.js';
import { FIXTURES } from './support/workspace.js';

/** Shared by the packs-*.test.ts suites: the per-rule fixtures under test-fixtures/packs. */

export const PACKS_DIR = path.join(FIXTURES, 'packs');

export interface PackFixture {
  pack: string;
  name: string;
  code: string;
  dir: string;
}

/** test-fixtures/packs/<pack>/<CODE>-<slug>/{invalid,valid}, sorted. */
export function packFixtures(): PackFixture[] {
  if (!existsSync(PACKS_DIR)) return [];
  const out: PackFixture[] = [];
  for (const pack of readdirSync(PACKS_DIR).sort()) {
    for (const name of readdirSync(path.join(PACKS_DIR, pack)).sort()) {
      const code = name.slice(0, 8);
      if (/^AIGOV\d{3}$/.test(code)) out.push({ pack, name, code, dir: path.join(PACKS_DIR, pack, name) });
    }
  }
  return out;
}

/** `L:C-L:C severity message`, 1-based. */
export function findingLine(f: Finding): string {
  const r = f.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${f.severity} ${f.message}`;
}
