import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from './lazy.js';
import type { IndexChunk, IndexHelpers, IndexJob } from '../core/analysis.js';
import type { Logger } from '../core/workspace.js';
import type { NodeWorkspace } from './fs-workspace.js';
import type { ChunkRequest, ChunkResult, IndexWorkerData } from './index-worker.js';

/**
 * Fewer files are analysed on the main thread alone. A worker takes ~0.2 s of CPU to boot; on
 * two cores it paid off from about 10k files (measured with `npm run bench`: 10k files the same
 * or slower with a worker, 50k files faster).
 */
const MIN_FILES = 10_000;

/** Chunks a worker holds at once: one to work on, one waiting, so it never idles on a round trip. */
const IN_FLIGHT = 2;

/** Worker threads by default: one per core beside the main thread, at most three. */
export function defaultWorkerCount(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/**
 * The worker script (`index-worker.js`, bundled beside the CLI). From the sources (tests), the
 * built copy in `dist/`. Undefined when there is none: the engine then works alone.
 */
export function findWorkerScript(from = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'index-worker.js'), path.join(dir, 'dist', 'index-worker.js')]) if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * Worker threads that read and analyse files while the engine indexes one folder: the reads and
 * the detection of a large tree then run on every core. `start()` early lets the threads boot
 * while the folder is listed; `close()` ends them. A worker that fails gives its chunks back to
 * the engine and is logged; the results never depend on which thread analysed a file.
 */
export class WorkerHelpers implements IndexHelpers {
  private workers: Worker[] | undefined;
  readonly minFiles: number;

  constructor(
    private readonly ws: NodeWorkspace,
    private readonly options: { workers: number; script: string; logger?: Logger; minFiles?: number },
  ) {
    this.minFiles = options.minFiles ?? MIN_FILES;
  }

  /** Starts the threads (once). */
  start(): void {
    if (this.workers) return;
    this.workers = [];
    const data: IndexWorkerData = { root: this.ws.root, ...(this.ws.options.maxFileBytes !== undefined ? { maxFileBytes: this.ws.options.maxFileBytes } : {}) };
    for (let i = 0; i < this.options.workers; i++) {
      try {
        const w = new (workerThreads().Worker)(this.options.script, { workerData: data });
        // A worker that fails while idle is only dropped.
        w.on('error', () => this.drop(w));
        w.on('exit', () => this.drop(w));
        this.workers.push(w);
      } catch (err) {
        this.options.logger?.warn(`could not start an indexing worker: ${String(err)}`);
        break;
      }
    }
  }

  async help(job: IndexJob): Promise<void> {
    this.start();
    await Promise.all((this.workers ?? []).map((w) => this.drive(w, job)));
  }

  /** Ends the threads; safe to call more than once. */
  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  private drop(w: Worker): void {
    if (this.workers) this.workers = this.workers.filter((x) => x !== w);
  }

  /** Feeds one worker chunks of `job` until the job runs dry or the worker fails. */
  private drive(worker: Worker, job: IndexJob): Promise<void> {
    return new Promise((resolve) => {
      const inFlight = new Map<number, IndexChunk>();
      let seq = 0;
      let finished = false;
      const finish = (err?: unknown) => {
        if (finished) return;
        finished = true;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        for (const chunk of inFlight.values()) job.giveBack(chunk);
        inFlight.clear();
        if (err !== undefined) this.options.logger?.warn(`an indexing worker failed; the main thread analyses its files: ${err instanceof Error ? err.message : String(err)}`);
        resolve();
      };
      const send = (): boolean => {
        const chunk = job.next();
        if (!chunk) return false;
        const id = seq++;
        inFlight.set(id, chunk);
        worker.postMessage({ id, paths: [...chunk.paths], listed: this.ws.takeListed(chunk.paths), folders: this.ws.checksFolders, config: job.config, keep: job.keep, ...(chunk.options ? { options: [...chunk.options] } : {}) } satisfies ChunkRequest);
        return true;
      };
      const onMessage = (m: ChunkResult) => {
        const chunk = inFlight.get(m.id);
        if (!chunk) return;
        inFlight.delete(m.id);
        job.done(chunk, m.results);
        send();
        if (inFlight.size === 0) finish();
      };
      const onError = (err: unknown) => finish(err);
      const onExit = (code: number) => finish(new Error(`the worker exited (code ${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      for (let i = 0; i < IN_FLIGHT; i++) if (!send()) break;
      if (inFlight.size === 0) finish();
    });
  }
}
