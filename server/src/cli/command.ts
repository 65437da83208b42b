import type { Io } from './args.js';

/** One `aigov` command: its name, its line in the help, and what runs it (answering the exit code). */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], io: Io): Promise<number>;
}
