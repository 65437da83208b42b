import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { EngineOptions, IndexProgress } from '../core/engine.js';
import type { Folder } from './folder.js';
import type { ServerCore } from './server-core.js';

const REPORT_EVERY_MS = 100;

/**
 * Indexes folders with one work-done progress (`window/workDoneProgress/create`) when the client
 * supports it. Each folder answers its open documents from the start (`onOpenDocsReady`), and
 * `onIndexed` runs once per folder when its index is complete.
 */
export async function indexWithProgress(
  server: ServerCore,
  jobs: readonly { folder: Folder; options: EngineOptions }[],
  onIndexed: (folder: Folder) => void,
  onOpenDocsReady?: (folder: Folder) => void,
): Promise<void> {
  let reporter: WorkDoneProgressServerReporter | undefined;
  if (server.caps.workDoneProgress) {
    try {
      reporter = await server.connection.window.createWorkDoneProgress();
      reporter.begin('aigov: indexing', 0, jobs.map((j) => j.folder.name).join(', '), false);
    } catch (err) {
      server.log.warn(`No progress for indexing: ${String(err)}`);
      reporter = undefined;
    }
  }
  const progress = new Map<Folder, IndexProgress>();
  let lastReport = 0;
  const report = (final = false): void => {
    if (!reporter) return;
    const now = Date.now();
    if (!final && now - lastReport < REPORT_EVERY_MS) return;
    lastReport = now;
    let done = 0;
    let total = 0;
    for (const p of progress.values()) {
      done += p.done;
      total += p.total;
    }
    const pct = total === 0 ? 0 : Math.min(100, Math.floor((done / total) * 100));
    reporter.report(pct, `${done}/${total} files`);
  };
  await Promise.all(
    jobs.map(async ({ folder, options }) => {
      try {
        const indexed = folder.start(options, (p) => {
          progress.set(folder, p);
          report();
        });
        // The open documents are answerable long before the whole folder is.
        if (onOpenDocsReady) void folder.current().then(() => !folder.indexed && onOpenDocsReady(folder));
        await indexed;
        if (folder.indexed) onIndexed(folder);
      } catch (err) {
        server.log.error(`Indexing ${folder.name} failed`, err);
      }
    }),
  );
  report(true);
  reporter?.done();
}
