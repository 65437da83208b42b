import type { Command } from '../command.js';

/*
 * Each command's module is evaluated when the command runs (`import()`, which the bundle turns
 * into a call of the module's initialiser): a check does not pay for the top-level code of the
 * report, the BOM, the fixes or the language server.
 */

/** Every command, in the order of the help. */
export const COMMANDS: readonly Command[] = [
  { name: 'check', usage: 'check [dir...]', summary: 'check registries and annotations (text, json, sarif, github, junit)', run: async (argv, io) => (await import('./check.js')).checkCommand(argv, io) },
  { name: 'init', usage: 'init [dir]', summary: 'write a commented starter .aigov.yaml', run: async (argv, io) => (await import('./init.js')).initCommand(argv, io) },
  { name: 'fix', usage: 'fix [dir...]', summary: 'apply safe fixes (--dry-run shows a diff)', run: async (argv, io) => (await import('./fix.js')).fixCommand(argv, io) },
  { name: 'explain', usage: 'explain AIGOVnnn', summary: 'what a finding means and how to fix it', run: async (argv, io) => (await import('./explain.js')).explainCommand(argv, io) },
  { name: 'lsp', usage: 'lsp --stdio', summary: 'start the language server (--stdio or --node-ipc)', run: async (argv, io) => (await import('./lsp.js')).lspCommand(argv, io) },
  { name: 'report', usage: 'report [dir]', summary: 'governance report per component (md or self-contained html)', run: async (argv, io) => (await import('./report.js')).reportCommand(argv, io) },
  { name: 'bom', usage: 'bom [dir]', summary: 'AI bill of materials (CycloneDX 1.6 JSON)', run: async (argv, io) => (await import('./bom.js')).bomCommand(argv, io) },
];
