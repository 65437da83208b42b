export * from './methods.js';
export * from './settings.js';
