/**
 * V8's optimising compiler, set for a command that indexes a folder and ends: a run of seconds,
 * not the hours of the language server.
 *
 * TurboFan spent about as much CPU compiling a large check's hot functions with their callees
 * inlined, several times over as their feedback changed, as the check spent running them (one
 * thread on diffusers: ~1.6 s of compiling, on background threads that take the second core of a
 * two-core machine). Without inlining, the check of each of the bench's three real repositories
 * took 14–18% less CPU (docs/performance.md). `aigov lsp` and the editor's server keep it.
 *
 * Called first thing, before the CLI bundle is compiled: V8 takes cached code (see launch.ts)
 * only under the flags it was made with. The flags are the process's: index workers have them.
 */

/** The commands that index a folder and end. */
const INDEXING = new Set(['check', 'fix', 'report', 'bom']);

export function tuneCompiler(command: string | undefined): void {
  if (command === undefined || !INDEXING.has(command)) return;
  try {
    // Node's own modules carry compiled code that V8 takes only under the flags it was made
    // with: the ones every such command loads are loaded before the change (loaded after it,
    // they took 3-4x as long to start).
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded only by the commands that index */
    require('node:vm');
    require('node:os');
    require('node:fs/promises');
    void (require('node:util') as typeof import('node:util')).parseArgs;
    // It brings Node's stream modules.
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--no-turbo-inlining');
    /* eslint-enable @typescript-eslint/no-require-imports */
  } catch {
    // A runtime without the flag runs as before.
  }
}
