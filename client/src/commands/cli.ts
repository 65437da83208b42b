import { fork } from 'node:child_process';
import * as vscode from 'vscode';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled CLI (`dist/cli.js <args>`) in `cwd` and collects its output. Only in
 * trusted workspaces: callers check `vscode.workspace.isTrusted` first. `fork` runs it with
 * the extension host's own Node (Electron as Node in desktop VS Code).
 */
export function runCli(cliPath: string, args: string[], cwd: string, output: vscode.OutputChannel, token?: vscode.CancellationToken, timeoutMs = 120_000): Promise<CliResult> {
  output.appendLine(`> aigov ${args.join(' ')}  (in ${cwd})`);
  return new Promise((resolve) => {
    const child = fork(cliPath, args, { cwd, silent: true, execArgv: [], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    let settled = false;
    const finish = (code: number, extra = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      cancel?.dispose();
      const stderr = Buffer.concat(err).toString('utf8') + extra;
      if (stderr.trim()) output.appendLine(stderr.trimEnd());
      output.appendLine(`  exit code ${code}`);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr });
    };
    const timer = setTimeout(() => {
      child.kill();
      finish(2, vscode.l10n.t('Timed out after {0} s.', timeoutMs / 1000));
    }, timeoutMs);
    const cancel = token?.onCancellationRequested(() => {
      child.kill();
      finish(2, vscode.l10n.t('Cancelled.'));
    });
    child.on('error', (e) => finish(2, e.message));
    child.on('close', (code) => finish(code ?? 2));
  });
}
