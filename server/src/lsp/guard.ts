import { ResponseError } from 'vscode-languageserver/node';

export interface ServerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.stack ?? err.message : String(err);
}

/**
 * Wraps a request handler: a bug is logged with its stack and answered with an empty result,
 * never a crash. A ResponseError is an intended answer (e.g. an invalid rename) and passes through.
 */
export function guard<A extends unknown[], R>(
  log: ServerLog,
  name: string,
  empty: R,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      log.error(`${name} failed`, err);
      return empty;
    }
  };
}

/** Same for notifications and timers: logs, never throws. */
export function guardVoid<A extends unknown[]>(log: ServerLog, name: string, handler: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = handler(...args);
      if (r instanceof Promise) r.catch((err: unknown) => log.error(`${name} failed`, err));
    } catch (err) {
      log.error(`${name} failed`, err);
    }
  };
}
