// The floor of a warm check in Node with this cache: list the files with git as the check does
// (the index with its blob ids, and the untracked files), read the cache file the check wrote,
// parse the remembered findings of every file (and nothing else of it: no facts, no rules), and
// write them as a JSON report. It leaves out what a warm check cannot skip (asking git which files
// changed, the model, fingerprints, registry rules), so (warm floor - node -e 0) / rg is a lower
// bound of the warm analysis ratio of a check that keeps its findings as JSON per file.
// `node warm-floor-child.mjs <tree> <cache folder>`; prints `entries findings` on stdout.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const [tree, cacheDir] = process.argv.slice(2).map((p) => path.resolve(p));
const git = (args) =>
  new Promise((resolve, reject) => execFile('git', ['-C', tree, '--no-optional-locks', ...args], { encoding: 'buffer', maxBuffer: 1 << 30 }, (err, out) => (err ? reject(err) : resolve(out))));
const listed = Promise.all([git(['ls-files', '-z', '--stage', '-v']), git(['ls-files', '-z', '--others', '--exclude-standard'])]);
const files = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
if (files.length !== 1) throw new Error(`expected one cache file in ${cacheDir}, found ${files.length}`);
const text = readFileSync(path.join(cacheDir, files[0])).toString('latin1');
const { format } = JSON.parse(text.slice(0, text.indexOf('\n')));
if (format !== 8) throw new Error(`the cache file is format ${format}; this floor reads format 8 (node/facts-cache-file.ts)`);
const findings = [];
let entries = 0;
// Each line: size, mtime, content id, facts, detections, `key findings`, answers, path (tab-separated).
for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; ) {
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end < 0 ? text.length : end);
  at = end < 0 ? -1 : end + 1;
  const cols = line.split('\t');
  if (cols.length < 8) continue;
  entries++;
  const found = cols[5];
  if (found) for (const f of JSON.parse(found.slice(found.indexOf(' ') + 1))) findings.push(f);
}
const [staged, others] = await listed;
if (staged.length + others.length === 0) throw new Error('git listed nothing');
writeFileSync('/dev/null', `${JSON.stringify({ findings }, null, 2)}\n`);
process.stdout.write(`${entries} ${findings.length}\n`);
