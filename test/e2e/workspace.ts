import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const FIXTURE = join(__dirname, '../../test-fixtures/workspaces/example');

/** The date the example's goldens use: deadlines and reviews come out the same every run. */
export const E2E_TODAY = '2026-11-25';

/**
 * A throw-away copy of test-fixtures/workspaces/example under `parent` (the fixes the suite
 * applies write files), without its goldens, with `aigov.today` set in .vscode/settings.json.
 */
export function prepareWorkspace(parent: string): string {
  const dir = join(parent, 'example');
  cpSync(FIXTURE, dir, { recursive: true, filter: (src) => relative(FIXTURE, src) !== 'expected' });
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode/settings.json'), `${JSON.stringify({ 'aigov.today': E2E_TODAY }, null, 2)}\n`);
  return dir;
}

/**
 * A repository with AI code and no registry (item 10 of the flows): `shop/chat.py` importing
 * openai and `shop/services/rank/rank.go` importing go-openai.
 */
export function prepareFreshWorkspace(parent: string): string {
  const dir = join(parent, 'shop');
  mkdirSync(join(dir, 'services', 'rank'), { recursive: true });
  writeFileSync(join(dir, 'chat.py'), 'from openai import OpenAI\n\nclient = OpenAI()\n');
  writeFileSync(join(dir, 'services', 'rank', 'rank.go'), 'package rank\n\nimport openai "github.com/sashabaranov/go-openai"\n\nvar _ = openai.NewClient\n');
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode/settings.json'), `${JSON.stringify({ 'aigov.today': E2E_TODAY }, null, 2)}\n`);
  return dir;
}

/**
 * A git repository whose only registry is at its top (`mono/.aigov.yaml`, covering
 * `services/chat/bot/**`), and the folder the editor opens: `mono/services/chat`, with
 * `bot/main.py` (covered) and `tools/plain.py` (not), both importing openai.
 */
export function prepareAboveWorkspace(parent: string): string {
  const top = join(parent, 'mono');
  const dir = join(top, 'services', 'chat');
  mkdirSync(join(dir, 'bot'), { recursive: true });
  mkdirSync(join(dir, 'tools'), { recursive: true });
  writeFileSync(join(top, '.aigov.yaml'), 'version: 1\ncomponents:\n  - id: chat\n    kind: llm-app\n    model: { provider: openai }\n    paths: ["services/chat/bot/**"]\n');
  writeFileSync(join(dir, 'bot', 'main.py'), 'import openai\n');
  writeFileSync(join(dir, 'tools', 'plain.py'), 'import openai\n');
  execFileSync('git', ['init', '-q', top]);
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode/settings.json'), `${JSON.stringify({ 'aigov.today': E2E_TODAY }, null, 2)}\n`);
  return dir;
}
