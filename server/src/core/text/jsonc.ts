import type * as JsoncVisit from './jsonc-visit.js';

let loaded: typeof JsoncVisit | undefined;

/**
 * jsonc-parser's `visit` (for package.json-like manifests and notebooks), evaluated on first use:
 * its module builds tables of whitespace strings at load, which a run that reads no such file does
 * not need. Loaded through a module of the engine's own (jsonc-visit.ts): `require('jsonc-parser')`
 * would bundle the package's UMD build beside the ES module one.
 */
export const visit: typeof JsoncVisit.visit = (text, visitor, options) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
  loaded ??= require('./jsonc-visit.js') as typeof JsoncVisit;
  return loaded.visit(text, visitor, options);
};
