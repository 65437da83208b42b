import { main } from '../../server/src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in process with a given working directory. The locale comes from `env` alone (by
 * default none: English), never from the environment the tests run in.
 */
export async function runCli(args: string[], cwd: string, env: Readonly<Record<string, string | undefined>> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}
