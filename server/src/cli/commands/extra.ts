import type { Io } from '../args.js';
import { lspCommand } from './lsp.js';
import { BOM_COMMAND } from './bom.js';
import { REPORT_COMMAND } from './report.js';

/** Commands registered by other modules (report, bom, lsp). */
export interface ExtraCommand {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], io: Io): Promise<number>;
}

export const EXTRA_COMMANDS: ExtraCommand[] = [
  { name: 'lsp', usage: 'lsp --stdio', summary: 'start the language server (--stdio or --node-ipc)', run: lspCommand },
  REPORT_COMMAND,
  BOM_COMMAND,
];
