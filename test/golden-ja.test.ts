import { strict as assert } from 'node:assert';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runCli } from './support/cli.js';
import { FIXTURES, TODAY } from './support/workspace.js';

/**
 * The example workspace as a Japanese team sees it: `aigov check --locale ja` (text) and
 * `aigov report --locale ja` (markdown and HTML), kept as goldens next to the English ones.
 * AIGOV_UPDATE_GOLDENS=1 rewrites them; read the diff as a Japanese reader would.
 */

const ROOT = path.join(FIXTURES, 'workspaces', 'example');
const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

async function compareGolden(name: string, actual: string): Promise<void> {
  const file = path.join(ROOT, 'expected', name);
  if (UPDATE || !existsSync(file)) {
    await fs.writeFile(file, actual);
    if (!UPDATE) assert.fail(`wrote missing golden ${name}; check it and run again`);
    return;
  }
  assert.equal(actual, await fs.readFile(file, 'utf8'), `golden expected/${name} (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
}

/** The version differs between builds: keep the goldens independent of it. */
const unversioned = (s: string): string => s.replace(/aigov \d+\.\d+\.\d+[^\s"<]*/g, 'aigov *');

describe('golden: the example workspace in Japanese', function () {
  this.timeout(60_000);

  it('aigov check --locale ja matches expected/findings.ja.txt', async () => {
    const r = await runCli(['check', '.', '--root', '.', '--no-color', '--today', TODAY, '--fail-on', 'never', '--locale', 'ja'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    await compareGolden('findings.ja.txt', r.stdout);
  });

  for (const format of ['md', 'html'] as const) {
    it(`aigov report --locale ja --format ${format} matches expected/report.ja.${format}`, async () => {
      const r = await runCli(['report', '.', '--format', format, '--today', TODAY, '--locale', 'ja'], ROOT);
      assert.equal(r.code, 0, r.stderr);
      await compareGolden(`report.ja.${format}`, unversioned(r.stdout));
    });
  }
});
