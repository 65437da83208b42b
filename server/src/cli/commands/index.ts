import type { Command } from '../command.js';
import { BOM_COMMAND } from './bom.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { fixCommand } from './fix.js';
import { initCommand } from './init.js';
import { lspCommand } from './lsp.js';
import { REPORT_COMMAND } from './report.js';

/** Every command, in the order of the help. */
export const COMMANDS: readonly Command[] = [
  { name: 'check', usage: 'check [dir...]', summary: 'check registries and annotations (text, json, sarif, github, junit)', run: checkCommand },
  { name: 'init', usage: 'init [dir]', summary: 'write a commented starter .aigov.yaml', run: initCommand },
  { name: 'fix', usage: 'fix [dir...]', summary: 'apply safe fixes (--dry-run shows a diff)', run: fixCommand },
  { name: 'explain', usage: 'explain AIGOVnnn', summary: 'what a finding means and how to fix it', run: explainCommand },
  { name: 'lsp', usage: 'lsp --stdio', summary: 'start the language server (--stdio or --node-ipc)', run: lspCommand },
  REPORT_COMMAND,
  BOM_COMMAND,
];
