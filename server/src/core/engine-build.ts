/**
 * Set by the bundler: a digest of the engine's sources (see scripts/esbuild-options.mjs), so that
 * a cache of per-file results never outlives a change to the code that made them, even within
 * one release. Run from source (tests), it is 'source'.
 */
declare const __AIGOV_ENGINE__: string | undefined;
export const ENGINE_BUILD: string = typeof __AIGOV_ENGINE__ === 'string' ? __AIGOV_ENGINE__ : 'source';
