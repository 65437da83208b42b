/**
 * A worker thread that reads and analyses listed files for the engine (see `WorkerHelpers`). Each
 * message is one chunk of paths; the answer is their analyses, in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseListedFile, type FileAnalysis, type Keep } from '../core/analysis.js';
import type { DetectionConfig } from '../core/detection/types.js';
import type { ListedReadOptions } from '../core/workspace.js';
import { NodeWorkspace } from './fs-workspace.js';

export interface IndexWorkerData {
  root: string;
  maxFileBytes?: number;
}

export interface ChunkRequest {
  id: number;
  paths: string[];
  /** The paths the listing found with no symlink on the way (`NodeWorkspace.takeListed`). */
  listed: string[];
  /** Whether the reads check the folders on the way to each path (`NodeWorkspace.checksFolders`). */
  folders: boolean;
  config: DetectionConfig;
  /** What is kept of a file that holds something. */
  keep: Keep;
  /** Per path, the read's options (a cache's hints), when any. */
  options?: (ListedReadOptions | undefined)[];
}

export interface ChunkResult {
  id: number;
  results: FileAnalysis[];
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as IndexWorkerData;
  const ws = new NodeWorkspace(data.root, data.maxFileBytes !== undefined ? { maxFileBytes: data.maxFileBytes } : {});
  // Chunks one after the other, in the order they came.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (req: ChunkRequest) => {
    queue = queue.then(async () => {
      ws.adoptListed(req.listed, req.folders);
      const results: FileAnalysis[] = [];
      for (let i = 0; i < req.paths.length; i++) results.push(await analyseListedFile(ws, req.paths[i] as string, req.config, req.options?.[i], req.keep));
      port.postMessage({ id: req.id, results } satisfies ChunkResult);
    });
  });
}
