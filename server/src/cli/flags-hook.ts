/**
 * Where the launcher (dist/cli.js) leaves the write of its code cache for the CLI bundle, another
 * bundle, to call just before V8's flags change (compiler.ts): V8 takes cached code only under
 * the flags it was made with.
 */
export const BEFORE_FLAGS_CHANGE = Symbol.for('aigov.beforeCompilerFlagsChange');
