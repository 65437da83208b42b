import type { Io } from '../args.js';

/** Commands registered by other modules (report, bom, lsp). */
export interface ExtraCommand {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], io: Io): Promise<number>;
}

export const EXTRA_COMMANDS: ExtraCommand[] = [];
