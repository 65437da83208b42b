/**
 * What git says of the repository holding a folder, from one `git rev-parse`: a check asks it
 * once per folder for everything that needs it (the run's base, git's word on changed files, a
 * pull request's base), each question a process would otherwise cost.
 */
import * as path from 'node:path';
import { gitText } from './git.js';

export interface Repository {
  /** The repository's top folder. */
  top: string;
  /** The folder's path below the top (POSIX, '' at the top). */
  prefix: string;
  shallow: boolean;
  /** The absolute path of its objects (shared by its worktrees). */
  objects: string | undefined;
  /** `sha1` or `sha256`. */
  format: string | undefined;
  /** The absolute path of its index file (`GIT_INDEX_FILE` when set). */
  index: string | undefined;
}

/** The questions, each answered on a line of its own in this order (the last two as absolute paths). */
const QUESTIONS = ['--show-toplevel', '--show-prefix', '--is-shallow-repository', '--show-object-format', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'index'];
const ANSWERS = 6;

/** The repository holding `folder`; undefined when there is none (or git cannot say). */
export async function repositoryOf(folder: string): Promise<Repository | undefined> {
  let answers = (await gitText(folder, ['rev-parse', ...QUESTIONS]))?.split('\n');
  // A line break in a path makes more lines than answers: then each is asked on its own.
  if (answers && answers.length !== ANSWERS) {
    const ask = (args: string[]): Promise<string> => gitText(folder, ['rev-parse', ...args]).then((a) => a ?? '');
    const absolute = (name: string): string[] => ['--path-format=absolute', '--git-path', name];
    answers = await Promise.all([['--show-toplevel'], ['--show-prefix'], ['--is-shallow-repository'], ['--show-object-format'], absolute('objects'), absolute('index')].map(ask));
  }
  const [top, prefix, shallow, format, objects, index] = answers ?? [];
  if (!top) return undefined;
  return { top, prefix: (prefix ?? '').replace(/\/$/, ''), shallow: shallow === 'true', objects: objects || undefined, format: format || undefined, index: index || undefined };
}

/**
 * `repositoryOf` asked once per folder for the life of one command: the answers of a run that
 * starts and ends in seconds, never of a language server (a repository can be made, moved or
 * removed under it).
 */
export class Repositories {
  private readonly asked = new Map<string, Promise<Repository | undefined>>();

  of(folder: string): Promise<Repository | undefined> {
    const key = path.resolve(folder);
    let answer = this.asked.get(key);
    if (answer === undefined) this.asked.set(key, (answer = repositoryOf(key)));
    return answer;
  }
}
