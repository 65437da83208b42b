import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AigovApi } from '../../../client/src/extension.js';
import type { ComponentInfo, ListComponentsResult } from '../../../client/src/protocol.js';
import type { Node } from '../../../client/src/views/tree.js';

/** The extension under test: publisher.name from package.json. */
export const EXTENSION_ID = 'aigov.aigov';

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the suite runs with the example workspace open');
  return f.uri;
}

export function file(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

let cached: AigovApi | undefined;

/** Activates the extension (once) and waits for the server's first start. */
export async function api(): Promise<AigovApi> {
  if (cached) return cached;
  const ext = vscode.extensions.getExtension<AigovApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed in the extension host`);
  const exports = await ext.activate();
  await exports.ready;
  cached = exports;
  return exports;
}

/**
 * Resolves with `check()`'s value as soon as it is defined. Re-checks whenever one of
 * `events` fires (and once a second, for events that were missed); fails after `timeoutMs`
 * naming `what`. Never a fixed sleep.
 */
export function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, events: vscode.Event<unknown>[], timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let last: unknown;
    const subs: vscode.Disposable[] = [];
    const finish = (err: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(tick);
      for (const s of subs) s.dispose();
      if (err) reject(err);
      else resolve(value as T);
    };
    const attempt = async () => {
      if (done) return;
      try {
        const v = await check();
        if (v !== undefined) finish(undefined, v);
      } catch (err) {
        last = err;
      }
    };
    for (const e of events) subs.push(e(() => void attempt()));
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`)), timeoutMs);
    const tick = setInterval(() => void attempt(), 1000);
    void attempt();
  });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : typeof c === 'object' ? String(c.value) : String(c);
}

export function aigov(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'aigov' || d.source?.startsWith('aigov ') === true);
}

/** Waits until `uri` has aigov diagnostics satisfying `ok`; returns them. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${vscode.workspace.asRelativePath(uri)}`,
    () => {
      const ds = aigov(uri);
      return ok(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
  );
}

/** The server's component list once the first index is complete. */
export async function indexedComponents(a: AigovApi): Promise<ListComponentsResult> {
  return waitFor(
    'the first index (aigov/listComponents without indexing)',
    async () => {
      const r = await a.server.client.sendRequest<ListComponentsResult>('aigov/listComponents', {});
      return r.folders.length > 0 && r.folders.every((f) => !f.indexing) ? r : undefined;
    },
    [a.server.onDidChangeModel],
  );
}

export function componentsOf(r: ListComponentsResult): ComponentInfo[] {
  return r.folders.flatMap((f) => f.registries.flatMap((g) => g.components));
}

export function label(n: Node): string {
  const l = n.item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}

export function description(n: Node): string {
  return typeof n.item.description === 'string' ? n.item.description : '';
}

/** Every node of a tree, depth first. */
export async function flatten(provider: { getChildren(n?: Node): Node[] | Promise<Node[]> }, roots?: Node[]): Promise<Node[]> {
  const out: Node[] = [];
  const walk = async (nodes: Node[]) => {
    for (const n of nodes) {
      out.push(n);
      await walk(await provider.getChildren(n));
    }
  };
  await walk(roots ?? (await provider.getChildren()));
  return out;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}
