import { strict as assert } from 'node:assert';
import { normalizeGlob } from './paths.js';

describe('registry globs', () => {
  it('are relative to the registry folder: ./, . and a trailing / are folders, blanks match nothing', () => {
    const cases: [string, string][] = [
      ['src/**', 'src/**'],
      ['./src/**', 'src/**'],
      ['././src/', 'src/**'],
      ['/src/**', '/src/**'],
      ['vendor/', 'vendor/**'],
      ['src\\ai\\*.py', 'src/ai/*.py'],
      ['  gen/**  ', 'gen/**'],
      ['./', '**'],
      ['.', '**'],
      ['', ''],
      ['   ', ''],
      ['agent', 'agent'],
      ['**/*.py', '**/*.py'],
    ];
    for (const [glob, expected] of cases) assert.equal(normalizeGlob(glob), expected, JSON.stringify(glob));
  });
});
