import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './workspace.js';

export const CI_DOC = path.join(ROOT, 'docs', 'ci.md');

/** The fenced blocks of a Markdown file, each with the snippet name of the `<!-- snippet: name -->` line above it. */
export function fencedBlocks(file = CI_DOC): { name?: string; lang: string; text: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { name?: string; lang: string; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: unclosed code block`);
    const marker = /^<!-- snippet: ([\w-]+) -->$/.exec(lines[i - 1] ?? '');
    out.push({ ...(marker ? { name: marker[1]! } : {}), lang: open[1] ?? '', text: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return out;
}

/** The text of the snippet `name` of docs/ci.md. */
export function docSnippet(name: string): string {
  const block = fencedBlocks().find((b) => b.name === name);
  if (!block) throw new Error(`docs/ci.md has no snippet '${name}'`);
  return block.text;
}
