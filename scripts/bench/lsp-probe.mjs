// Language-server latency probe: starts `aigov lsp --stdio` on a folder, opens one file at once
// (time to its first diagnostics while the workspace indexes), waits for the index, then edits
// the file N times and measures each edit (didChange) to its new diagnostics (pull
// `textDocument/diagnostic`, or `publishDiagnostics` when the server only pushes).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { nodeEnv } from './measure.mjs';

/** Pause between the end of indexing and the first edit. */
const SETTLE_MS = 500;
const COMMENT = { '.py': '#', '.rb': '#', '.sh': '#', '.yaml': '#', '.yml': '#' };

/** Minimal JSON-RPC over stdio with LSP framing. */
class Rpc {
  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buf = Buffer.alloc(0);
    this.requestHandler = () => null;
    child.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
      if (!m) throw new Error('bad LSP header from the server');
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(sep + 4 + len);
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p && msg.error) p.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
      else if (p) p.resolve(msg.result);
    } else if (msg.id !== undefined) {
      Promise.resolve(this.requestHandler(msg.method, msg.params)).then((result) => this.send({ id: msg.id, result: result ?? null }));
    } else {
      for (const l of this.listeners) l(msg.method, msg.params);
    }
  }

  send(msg) {
    const s = JSON.stringify({ jsonrpc: '2.0', ...msg });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  }

  request(method, params, timeoutMs = 600000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: (v) => (clearTimeout(timer), resolve(v)), reject: (e) => (clearTimeout(timer), reject(e)) });
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /** Resolves with the first notification for which `match` returns a truthy value. */
  waitFor(match, timeoutMs) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => (this.listeners.delete(l), resolve(undefined)), timeoutMs);
      const l = (method, params) => {
        const v = match(method, params);
        if (v) {
          clearTimeout(timer);
          this.listeners.delete(l);
          resolve(v);
        }
      };
      this.listeners.add(l);
    });
  }
}

function serverCommand(root) {
  const cli = path.join(root, 'dist', 'cli.js');
  const server = path.join(root, 'dist', 'server.js');
  if (!existsSync(server)) return undefined;
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  if (/^\s+lsp\b/m.test(help.stdout ?? '')) return [cli, 'lsp', '--stdio'];
  return [server, '--stdio'];
}

const percentile = (xs, p) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/**
 * Runs the probe. `file` is a workspace-relative source file. Returns the numbers, or
 * `{ skipped }` with the reason when the server is not built.
 */
export async function probeLsp({ root, tree, file, edits = 40, log = () => {}, nodeArgs = [] }) {
  const cmd = serverCommand(root);
  if (!cmd) return { skipped: 'dist/server.js is absent (the language server is not built yet); LSP latency not measured' };
  const child = spawn(process.execPath, [...nodeArgs, ...cmd], { cwd: tree, env: nodeEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => void (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const rpc = new Rpc(child);
  const folderUri = pathToFileURL(tree).href;
  const uri = pathToFileURL(path.join(tree, file)).href;
  const comment = COMMENT[path.extname(file)] ?? '//';
  const original = readFileSync(path.join(tree, file), 'utf8');
  rpc.requestHandler = (method, params) => {
    if (method === 'workspace/configuration') return (params?.items ?? []).map(() => ({}));
    if (method === 'workspace/workspaceFolders') return [{ uri: folderUri, name: path.basename(tree) }];
    return null;
  };
  let indexedAt;
  const indexed = rpc.waitFor((method, params) => {
    if (method === '$/progress' && params?.value?.kind === 'end') return true;
    if (method === 'window/logMessage' && /\bIndexed\b/.test(params?.message ?? '')) return true;
    return false;
  }, 15 * 60 * 1000).then((v) => (indexedAt = performance.now(), v));
  const out = { command: cmd.slice(1).join(' '), file };
  try {
    const t0 = performance.now();
    const init = await rpc.request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(tree) }],
      capabilities: {
        textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true }, synchronization: { didSave: false } },
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    const pull = init?.capabilities?.diagnosticProvider !== undefined;
    out.mode = pull ? 'pull' : 'push';
    rpc.notify('initialized', {});
    // First diagnostics for an open file while the workspace is indexing.
    let version = 1;
    const tOpen = performance.now();
    const firstPush = pull ? undefined : rpc.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && p, 600000);
    rpc.notify('textDocument/didOpen', { textDocument: { uri, languageId: languageId(file), version, text: original } });
    const first = pull ? await rpc.request('textDocument/diagnostic', { textDocument: { uri } }) : await firstPush;
    const tFirst = performance.now();
    out.firstDiagnosticsMs = tFirst - tOpen;
    out.firstDiagnosticsFromStartMs = tFirst - t0;
    out.firstDiagnosticsCount = (first?.items ?? first?.diagnostics ?? []).length;
    const ready = await indexed;
    out.indexReadyMs = ready ? indexedAt - t0 : undefined;
    out.firstBeforeIndexed = ready ? tFirst < indexedAt : undefined;
    if (!ready) out.note = 'no indexing-end signal ($/progress end or an "Indexed" log) seen; edits measured anyway';
    // The server finishes its own post-index work (refreshes, notifications) first: measure the steady state.
    await new Promise((res) => setTimeout(res, SETTLE_MS));
    // One-file edits: didChange → diagnostics that show the edit.
    const lat = [];
    let stale = 0;
    let neverFresh = 0;
    for (let i = 1; i <= edits && neverFresh < 3; i++) {
      // An unknown id (AIGOV201) and a stray token after it (AIGOV202): either finding shows the edit.
      const markers = [`bench-unknown-${i}`, `x${i}q`];
      const marker = markers[0];
      const text = `${original}\n${comment} @aigov ${marker} ${markers[1]}\n`;
      version++;
      const shows = (d) => markers.some((mk) => d.message.includes(mk));
      const pushed = pull ? undefined : rpc.waitFor((m, p) => m === 'textDocument/publishDiagnostics' && p.uri === uri && p.diagnostics.some(shows) && p, 10000);
      const s = performance.now();
      rpc.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      let fresh = false;
      for (let attempt = 0; attempt < 100 && !fresh; attempt++) {
        const r = pull ? await rpc.request('textDocument/diagnostic', { textDocument: { uri } }, 10000) : await pushed;
        fresh = (r?.items ?? r?.diagnostics ?? []).some(shows);
        if (!fresh) {
          stale++;
          if (!pull) break;
          await new Promise((res) => setTimeout(res, 5));
        }
      }
      if (fresh) lat.push(performance.now() - s);
      neverFresh = fresh ? 0 : neverFresh + 1;
      await new Promise((res) => setTimeout(res, 20));
    }
    if (neverFresh >= 3) out.note = 'the edits never showed in the diagnostics (no AIGOV201/202 for the marker); re-check latency not measured';
    out.edits = edits;
    out.measured = lat.length;
    out.staleAnswers = stale;
    out.latenciesMs = lat.map((x) => Math.round(x * 10) / 10);
    out.p50Ms = percentile(lat, 50);
    out.p95Ms = percentile(lat, 95);
    out.maxMs = lat.length ? Math.max(...lat) : undefined;
    out.serverPeakRssBytes = peakRss(child.pid);
    rpc.notify('textDocument/didClose', { textDocument: { uri } });
    await rpc.request('shutdown', null, 10000).catch(() => undefined);
    rpc.notify('exit', null);
  } catch (err) {
    out.error = `${err instanceof Error ? err.message : String(err)}${stderr ? `; server stderr: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
    log(`  LSP probe failed: ${out.error}`);
  }
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 3000))]);
  if (code === 'timeout') child.kill('SIGKILL');
  return out;
}

function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function languageId(file) {
  const ext = path.extname(file);
  return { '.py': 'python', '.ts': 'typescript', '.js': 'javascript', '.go': 'go', '.java': 'java', '.rs': 'rust', '.cs': 'csharp' }[ext] ?? 'plaintext';
}
