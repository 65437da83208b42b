import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { commitAll, git, initRepo } from './git.js';
import { FIXTURES, ROOT } from './workspace.js';

const REPO = path.join(FIXTURES, 'baselines', 'repo');
const ENTRY = path.join(ROOT, 'action', 'run-action.cjs');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs the committed action entry as the runner does: `node action/run-action.cjs` with the
 * workspace, event and step files in the environment, inputs as INPUT_<NAME>.
 */
export async function runAction(workspace: string, event: { name: string; payload: unknown; sha: string }, inputs: Record<string, string>, files: string, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  await fs.mkdir(files, { recursive: true });
  const eventPath = path.join(files, 'event.json');
  const summaryPath = path.join(files, 'step_summary.md');
  const outputPath = path.join(files, 'output.txt');
  await fs.writeFile(eventPath, JSON.stringify(event.payload, null, 2));
  await fs.writeFile(summaryPath, '');
  await fs.writeFile(outputPath, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|AIGOV_)/.test(k)) env[k] = v;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: 'example-org/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: event.sha,
  });
  Object.assign(env, extraEnv);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // The runner starts JavaScript actions in the workspace.
  const r = spawnSync(process.execPath, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const line of (await fs.readFile(outputPath, 'utf8')).split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: await fs.readFile(summaryPath, 'utf8'), outputs };
}

/** A repository with a pull request: base on main, the head on a feature branch. */
export async function pullRequestRepo(dir: string): Promise<{ base: string; head: string; payload: Record<string, unknown> }> {
  await fs.cp(REPO, dir, { recursive: true });
  const base = initRepo(dir, 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  // One new undeclared AI use, in a file whose name needs escaping in Markdown.
  await fs.writeFile(path.join(dir, 'src', 'report.py'), '"""Weekly report."""\nimport openai\n');
  await fs.writeFile(path.join(dir, 'src', 'odd|name_*x*.py'), 'import anthropic\n');
  // A change to a covered file, and an edit of the component's entry with Markdown in its name.
  await fs.appendFile(path.join(dir, 'src', 'assistant', 'reply.py'), '\n# reviewed\n');
  const reg = path.join(dir, '.aigov.yaml');
  await fs.writeFile(reg, (await fs.readFile(reg, 'utf8')).replace('    name: Chat assistant', '    name: "Chat | <b>assistant</b> *beta* [x](javascript:alert(1))"'));
  const head = commitAll(dir, 'report and assistant changes');
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      title: 'Weekly report',
      base: { ref: 'main', sha: base, repo: { full_name: 'example-org/shop' } },
      head: { ref: 'feature', sha: head, repo: { full_name: 'example-org/shop' } },
    },
    repository: { full_name: 'example-org/shop', default_branch: 'main' },
  };
  return { base, head, payload };
}
