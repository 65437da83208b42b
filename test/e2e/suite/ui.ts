import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The user's hands, lent by the harness (scripts/e2e/ui-bridge.mjs): each call prints one
 * request line and waits for the harness's answer file. Only where the harness runs the suite in
 * code-server with a bridge (AIGOV_E2E_BRIDGE); elsewhere `hasHands()` is false and the tests
 * that need clicks skip.
 */

export type UiOp =
  | { op: 'screenshot'; name: string; settleMs?: number }
  | { op: 'click' | 'hover' | 'waitFor'; selector?: string; text?: string; within?: string; nth?: number; state?: 'visible' | 'hidden' | 'attached'; timeoutMs?: number }
  | { op: 'press'; keys: string }
  | { op: 'type'; text: string }
  | { op: 'palette'; text: string }
  | { op: 'pick'; label: string; timeoutMs?: number }
  | { op: 'input'; text: string; timeoutMs?: number }
  | { op: 'dialog'; button: string; timeoutMs?: number }
  | { op: 'treeAction'; view: string; row: string; action: string; timeoutMs?: number }
  | { op: 'expand'; view: string; row: string; timeoutMs?: number }
  | { op: 'texts'; selector: string; within?: string };

let next = 0;

export function hasHands(): boolean {
  return !!process.env.AIGOV_E2E_BRIDGE;
}

/** Performs one UI step in the workbench; resolves with the harness's answer, rejects when it failed. */
export async function ui(step: UiOp, timeoutMs = 40_000): Promise<{ texts?: string[]; file?: string }> {
  const dir = process.env.AIGOV_E2E_BRIDGE;
  if (!dir) throw new Error('no UI bridge (AIGOV_E2E_BRIDGE): run the suite with scripts/e2e/run-vscode-tests.mjs');
  const id = `${process.pid}-${++next}`;
  console.log(`@@ui ${JSON.stringify({ id, ...step })}`);
  const file = path.join(dir, `${id}.json`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the harness did not answer ${step.op} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const answer = JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; error?: string; texts?: string[]; file?: string };
  if (!answer.ok) throw new Error(`UI step ${JSON.stringify(step)} failed: ${answer.error ?? '?'}`);
  return answer;
}

/** A screenshot under artifacts/e2e/<name>.png. */
export function shot(name: string): Promise<unknown> {
  return ui({ op: 'screenshot', name });
}
