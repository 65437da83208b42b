/** jsonc-parser's `visit`, in a module of its own so that jsonc.ts can load it on first use. */
export { visit } from 'jsonc-parser';
