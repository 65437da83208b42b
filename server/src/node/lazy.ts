/**
 * Built-in modules that a check of a small folder, or of one outside any repository, may never
 * use, loaded at their first use: each costs start-up time on every run (`crypto` brings a dozen
 * internal modules, `child_process` the socket and stream machinery, `worker_threads` the
 * worker's, `v8` the stream modules, `zlib` its bindings: only a check with `--cache` uses it).
 * `require` keeps each once loaded.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded at first use, on purpose */
export const childProcess = (): typeof import('node:child_process') => require('node:child_process');
export const crypto = (): typeof import('node:crypto') => require('node:crypto');
export const workerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads');
export const v8 = (): typeof import('node:v8') => require('node:v8');
export const zlib = (): typeof import('node:zlib') => require('node:zlib');
