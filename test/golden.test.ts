import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from './support/cli.js';
import { FIXTURES, TODAY } from './support/workspace.js';

const WORKSPACES = path.join(FIXTURES, 'workspaces');
const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

/** The SARIF 2.1.0 schema (OASIS), kept in the project. */
async function sarifValidator(): Promise<(data: unknown) => boolean> {
  const schema = JSON.parse(await fs.readFile(path.join(FIXTURES, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => {
    const ok = validate(data);
    if (!ok) assert.fail(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    return ok;
  };
}

async function compareGolden(file: string, actual: string): Promise<void> {
  if (UPDATE || !existsSync(file)) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, actual);
    if (!UPDATE) assert.fail(`wrote missing golden ${path.relative(FIXTURES, file)}; check it and run again`);
    return;
  }
  assert.equal(actual, await fs.readFile(file, 'utf8'), `golden ${path.relative(FIXTURES, file)} (AIGOV_UPDATE_GOLDENS=1 rewrites it)`);
}

/** Names of golden workspaces: folders with an expected/ folder (or any folder when updating). */
function workspaces(): string[] {
  if (!existsSync(WORKSPACES)) return [];
  return readdirSync(WORKSPACES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(WORKSPACES, d.name, 'expected')))
    .map((d) => d.name)
    .sort();
}

describe('golden workspaces', function () {
  this.timeout(60_000);
  let validate: (data: unknown) => boolean;
  before(async () => {
    validate = await sarifValidator();
  });

  for (const name of workspaces()) {
    const root = path.join(WORKSPACES, name);
    // Each workspace stands for a repository of its own, though it sits inside this one.
    describe(name, () => {
      it('findings match expected/findings.txt', async () => {
        const r = await runCli(['check', '.', '--root', '.', '--format', 'golden', '--today', TODAY, '--fail-on', 'never'], root);
        assert.equal(r.code, 0, r.stderr);
        await compareGolden(path.join(root, 'expected', 'findings.txt'), r.stdout);
      });

      it('SARIF matches expected/report.sarif.json and passes the SARIF 2.1.0 schema', async () => {
        const r = await runCli(['check', '.', '--root', '.', '--format', 'sarif', '--today', TODAY, '--fail-on', 'never'], root);
        assert.equal(r.code, 0, r.stderr);
        const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[]; partialFingerprints: Record<string, string> }[] }[] };
        assert.ok(validate(log));
        for (const res of log.runs[0]!.results) {
          const region = res.locations[0]!.physicalLocation.region;
          assert.ok(region.startLine >= 1 && region.startColumn >= 1, 'regions are 1-based');
          assert.ok(Object.values(res.partialFingerprints)[0], 'each result has a fingerprint');
        }
        // Versions differ between builds: keep the golden independent of them.
        await compareGolden(path.join(root, 'expected', 'report.sarif.json'), r.stdout.replace(/"semanticVersion": "[^"]*"/, '"semanticVersion": "*"'));
      });
    });
  }
});
