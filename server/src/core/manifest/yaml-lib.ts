import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * The `yaml` library, evaluated on first use: its few dozen modules' top-level code ran on every
 * start, while a check of a folder without a registry or a conda environment never reads or writes
 * YAML. Every value the engine takes from `yaml` comes through here (types may be imported
 * directly).
 */
export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
  lib ??= require('yaml') as typeof Yaml;
  return lib;
}
