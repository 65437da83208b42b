/**
 * V8's optimising compiler, set for a command that indexes a large folder and ends: a run of
 * seconds, not the hours of the language server.
 *
 * TurboFan spent about as much CPU compiling a large check's hot functions with their callees
 * inlined, several times over as their feedback changed, as the check spent running them (one
 * thread on diffusers: ~2.1 s of compiling, on background threads that take the second core of
 * a two-core machine). Without inlining the check of the bench's three real repositories took
 * 11-22% less CPU in interleaved runs (docs/performance.md). Changing the flag costs a few milliseconds (`node:v8`
 * and Node's stream modules load, and Node's own modules loaded afterwards start without their
 * compiled code), so it is changed only once a listing shows a large folder
 * (`TUNED_FROM_FILES`). `aigov lsp` and the editor's server keep inlining.
 */
import type { FileListing, CancellationToken } from '../core/workspace.js';
import { NodeWorkspace } from '../node/fs-workspace.js';
import { v8 } from '../node/lazy.js';
import { BEFORE_FLAGS_CHANGE } from './flags-hook.js';

/** Files listed from which a check pays for the change. */
const TUNED_FROM_FILES = 1000;

let tuned = false;

/** Turns TurboFan's inlining off for the rest of the process (its index workers included). */
export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  try {
    const before = (globalThis as Record<symbol, unknown>)[BEFORE_FLAGS_CHANGE];
    if (typeof before === 'function') before();
    v8().setFlagsFromString('--no-turbo-inlining');
  } catch {
    // A runtime without the flag runs as before.
  }
}

/** A workspace that tunes the compiler when a listing is large (the analysis starts after it). */
export class TunedWorkspace extends NodeWorkspace {
  override async listFiles(token?: CancellationToken): Promise<FileListing> {
    const listing = await super.listFiles(token);
    if (listing.files.length >= TUNED_FROM_FILES) tuneCompiler();
    return listing;
  }
}
