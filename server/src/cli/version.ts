/** Set by the bundler from package.json; 'dev' when run from source. */
declare const __AIGOV_VERSION__: string | undefined;
export const VERSION: string = typeof __AIGOV_VERSION__ === 'string' ? __AIGOV_VERSION__ : '0.0.0-dev';
