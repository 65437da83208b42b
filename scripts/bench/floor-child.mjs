// The floor of a check in Node: list the files as the check does (git's tracked and untracked,
// not ignored, files), then read and decode each one as UTF-8, nothing else, on as many threads
// as the check analyses on (the main thread and min(3, cores - 1) workers). Whatever the check
// does beyond this (lexing, detection, rules, the report) comes on top, so
// (floor - node -e 0) / rg is the least analysis ratio any check written in Node can reach on
// this machine. `node floor-child.mjs <tree>`; prints `files bytes` on stdout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Reads and decodes each file; answers how many were read and their characters. */
function readAll(tree, files) {
  let read = 0;
  let chars = 0;
  for (const f of files) {
    try {
      chars += readFileSync(path.join(tree, f), 'utf8').length;
      read++;
    } catch {
      // a file git lists but the checkout lacks: the check reports it; here it costs its open
    }
  }
  return { read, chars };
}

if (isMainThread) {
  const tree = path.resolve(process.argv[2] ?? '.');
  const listed = execFileSync('git', ['-C', tree, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const files = [...new Set(listed.split('\0').filter(Boolean))];
  const threads = 1 + Math.max(0, Math.min(3, availableParallelism() - 1));
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const done = shares.slice(1).map(
    (share) =>
      new Promise((resolve, reject) => {
        const w = new Worker(new URL(import.meta.url), { workerData: { tree, files: share } });
        w.once('message', resolve);
        w.once('error', reject);
      }),
  );
  const here = readAll(tree, shares[0]);
  const all = [here, ...(await Promise.all(done))];
  process.stdout.write(`${all.reduce((a, r) => a + r.read, 0)} ${all.reduce((a, r) => a + r.chars, 0)}\n`);
} else {
  parentPort.postMessage(readAll(workerData.tree, workerData.files));
}
