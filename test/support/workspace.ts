import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine, type EngineOptions } from '../../server/src/core/engine.js';
import type { FileEdit, FixProposal } from '../../server/src/core/finding.js';
import { applyEdits } from '../../server/src/core/fixes/yaml-edit.js';
import { NodeWorkspace } from '../../server/src/node/fs-workspace.js';

export const TODAY = '2026-11-25';
export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test-fixtures');

export async function engineFor(dir: string, options: EngineOptions = {}): Promise<Engine> {
  const engine = new Engine(new NodeWorkspace(dir, { useGit: false }), { today: TODAY, ...options });
  await engine.indexAll();
  return engine;
}

/** Copies a folder to a fresh temp folder (fixtures are never modified in place). */
export async function copyToTemp(dir: string): Promise<string> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-test-'));
  await fs.cp(dir, tmp, { recursive: true });
  return tmp;
}

/** Applies a fix's edits on disk like an editor would; creates never overwrite. */
export async function applyFix(root: string, fix: FixProposal): Promise<void> {
  const byFile = new Map<string, FileEdit[]>();
  for (const e of fix.edits) {
    if (e.kind === 'create') {
      const abs = path.join(root, e.file);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, e.text, { flag: 'wx' });
    } else {
      byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    }
  }
  for (const [file, edits] of byFile) {
    const abs = path.join(root, file);
    const before = await fs.readFile(abs, 'utf8').catch(() => '');
    await fs.writeFile(abs, applyEdits(before, edits));
  }
}

/** All files below a folder, relative, sorted, with their text. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) await walk(abs);
      else out.set(path.relative(dir, abs).split(path.sep).join('/'), await fs.readFile(abs, 'utf8'));
    }
  };
  await walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
