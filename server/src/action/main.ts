/**
 * The GitHub Action (action.yml): `aigov check` on a pull request with the environment a runner
 * gives. Inputs come as INPUT_<NAME> variables, the event from GITHUB_EVENT_PATH. It writes the
 * SARIF file, annotations for the new findings (workflow commands on standard output), the job
 * summary (GITHUB_STEP_SUMMARY) and step outputs (GITHUB_OUTPUT), and fails when new findings
 * reach `fail-on`.
 */
import { promises as fs } from 'node:fs';
import { hasFindingsAtOrAbove } from '../core/finding.js';
import { docsUrl } from '../core/docs.js';
import type { Severity } from '../core/finding.js';
import { gitText, runGit } from '../node/git.js';
import { ioError, oneOf, resolveToday, usage, UsageError, writeResult, type Io } from '../cli/args.js';
import type { Locale } from '../core/i18n/messages.js';
import { resolveLocale } from '../core/i18n/resolve-locale.js';
import { parseFrameworks, performCheck, type CheckOutcome } from '../cli/commands/check.js';
import { formatGithub } from '../cli/reporters/github.js';
import { formatSarif, pathToUri } from '../cli/reporters/sarif.js';
import { VERSION } from '../cli/version.js';
import { failureLine, formatSummary, type TouchedComponent } from './summary.js';

type Env = Record<string, string | undefined>;

/** An input as the runner passes it: INPUT_ and the name in upper case, spaces as underscores. */
function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

interface EventInfo {
  /** The commit the findings are judged against by default. */
  baseSha?: string;
  name: string;
}

/** The default baseline of an event: the pull request's base, or the commit a push replaced. */
function eventBase(env: Env, payload: Record<string, unknown> | undefined): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const pr = payload?.pull_request as { base?: { sha?: unknown } } | undefined;
  if (typeof pr?.base?.sha === 'string' && pr.base.sha) return { name, baseSha: pr.base.sha };
  const before = payload?.before;
  if (name === 'push' && typeof before === 'string' && /^[0-9a-f]{40,64}$/.test(before) && !/^0+$/.test(before)) return { name, baseSha: before };
  return { name };
}

/** Appends `name=value` lines to the GITHUB_OUTPUT file (values here are single-line). */
async function setOutputs(env: Env, outputs: Record<string, string | number>): Promise<void> {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  await fs.appendFile(file, Object.entries(outputs).map(([k, v]) => `${k}=${String(v).replace(/[\r\n]+/g, ' ')}\n`).join(''));
}

/** Escapes a workflow command's message (`::error::message`). */
function commandText(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Components touched by the change from `base` to the working tree of each checked folder. */
async function touchedComponents(outcome: CheckOutcome, base: string): Promise<{ touched: TouchedComponent[]; uncovered: string[] } | undefined> {
  const touched = new Map<string, TouchedComponent>();
  const uncovered: string[] = [];
  for (const { engine, root } of outcome.engines) {
    const gitPrefix = ((await gitText(root, ['rev-parse', '--show-prefix'])) ?? '').replace(/\/$/, '');
    const names = await runGit(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--relative', base, '--', '.']);
    if (names.code !== 0) return undefined;
    const changed = names.stdout.toString('utf8').split('\0').filter(Boolean);
    const model = engine.model;
    const entry = (c: { id: string; name?: string; risk?: string; registry: string }): TouchedComponent => {
      const key = `${c.registry}\u0000${c.id}`;
      const t = touched.get(key) ?? { ...c, files: 0, entryEdited: false };
      touched.set(key, t);
      return t;
    };
    const shown = (p: string): string => (gitPrefix ? `${gitPrefix}/${p}` : p);
    for (const file of changed) {
      const registry = model.registries.find((r) => r.source.path === file);
      if (registry) {
        const edited = await editedLines(root, base, file);
        for (const c of registry.components) {
          if (edited.some(([a, b]) => a <= c.range.end.line && b >= c.range.start.line)) {
            entry({ id: c.id, ...(c.data.name ? { name: c.data.name } : {}), ...(c.data.risk?.level ? { risk: c.data.risk.level } : {}), registry: shown(registry.source.path) }).entryEdited = true;
          }
        }
        continue;
      }
      const covering = model.coverage(file);
      if (covering.length === 0) uncovered.push(shown(file));
      for (const c of covering) entry({ id: c.id, ...(c.data.name ? { name: c.data.name } : {}), ...(c.data.risk?.level ? { risk: c.data.risk.level } : {}), registry: shown(c.registry.source.path) }).files++;
    }
  }
  return { touched: [...touched.values()].sort((a, b) => (a.registry + a.id < b.registry + b.id ? -1 : 1)), uncovered: uncovered.sort() };
}

/** 0-based line ranges [first, last] of the working-tree file that differ from `base`. */
async function editedLines(root: string, base: string, file: string): Promise<[number, number][]> {
  const r = await runGit(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '--relative', base, '--', file]);
  const out: [number, number][] = [];
  for (const m of r.stdout.toString('utf8').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    // A pure deletion (count 0) sits between lines start and start + 1.
    out.push(count === 0 ? [start - 1, start] : [start - 1, start - 2 + count]);
  }
  return out;
}

export async function runAction(env: Env, io: Io): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE || io.cwd;
  const wio: Io = { ...io, cwd: workspace };
  let locale: Locale = 'en';
  try {
    const payload = env.GITHUB_EVENT_PATH ? (JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>) : undefined;
    const event = eventBase(env, payload);
    const failOn = oneOf('fail-on', input(env, 'fail-on') || undefined, ['error', 'warning', 'info', 'never'] as const, 'warning');
    const refInput = input(env, 'baseline-ref');
    const baselineRef = refInput === 'none' ? undefined : refInput || event.baseSha;
    const dirs = input(env, 'paths').split(/[\n,]+/).map((p) => p.trim()).filter(Boolean);
    const frameworks = input(env, 'frameworks');
    const today = resolveToday(input(env, 'today') || undefined);
    const sarifFile = input(env, 'sarif-file') || 'aigov.sarif';
    // What each file held, kept between jobs by actions/cache: only changed files are analysed.
    const cache = oneOf('cache', input(env, 'cache') || undefined, ['true', 'false'] as const, 'false') === 'true';
    const resolved = resolveLocale(input(env, 'locale') || undefined, env);
    if ('error' in resolved) throw usage('cli.locale', { source: resolved.error.source === '--locale' ? 'locale' : resolved.error.source, value: resolved.error.value });
    locale = resolved.locale;
    wio.locale = locale;

    const outcome = await performCheck(
      {
        dirs: dirs.length ? dirs : ['.'],
        ...(today ? { today } : {}),
        ...(baselineRef ? { baselineRef } : {}),
        ...(frameworks ? { frameworks: parseFrameworks(frameworks) } : {}),
        ...(cache ? { cache: { enabled: true } } : {}),
      },
      wio,
    );
    const { run } = outcome;
    // As the CLI writes `--output`: atomically, and a path in the workspace stays in it (a
    // symlinked folder or file in the checked-out tree cannot carry the write elsewhere).
    await writeResult(wio, sarifFile, formatSarif(run, VERSION, undefined, locale));
    const fresh = run.findings.filter((f) => f.isNew);
    // Annotations on the diff: the new findings only.
    io.stdout(formatGithub({ ...run, findings: fresh }, locale));
    const failed = failOn !== 'never' && hasFindingsAtOrAbove(fresh, failOn as Severity);

    const sha = env.GITHUB_SHA || (await gitText(workspace, ['rev-parse', 'HEAD']));
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const repo = env.GITHUB_REPOSITORY;
    const lineUrl = repo && sha ? (p: string, line: number) => `${server}/${repo}/blob/${sha}/${pathToUri(p)}#L${line}` : undefined;
    const changes = outcome.baseline?.commit && !outcome.baseline.commit.includes(',') ? await touchedComponents(outcome, outcome.baseline.commit) : undefined;
    await outcome.closed;

    const summary = formatSummary({
      run,
      ...(outcome.baseline ? { baseline: outcome.baseline } : {}),
      failOn,
      failed,
      ...(lineUrl ? { lineUrl } : {}),
      docsUrl: (code) => docsUrl(code, locale),
      ...(changes ? { touched: changes.touched, uncovered: changes.uncovered } : {}),
      sarifFile,
      locale,
    });
    if (env.GITHUB_STEP_SUMMARY) await fs.appendFile(env.GITHUB_STEP_SUMMARY, summary);
    const count = (sev: Severity[]): number => fresh.filter((f) => sev.includes(f.severity)).length;
    await setOutputs(env, {
      findings: run.findings.length,
      'new-findings': fresh.length,
      'new-errors': count(['error']),
      'new-warnings': count(['warning']),
      'new-notes': count(['info', 'hint']),
      'sarif-file': sarifFile,
      'baseline-commit': outcome.baseline?.commit ?? '',
    });
    if (failed) {
      io.stdout(`::error::${commandText(failureLine(fresh.length, failOn as Severity, locale))}\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    const message = err instanceof UsageError ? err.in(locale) : (ioError(err, workspace, locale)?.join('\n') ?? `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    io.stdout(`::error title=aigov::${commandText(message)}\n`);
    return 2;
  }
}
