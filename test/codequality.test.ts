import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli } from './support/cli.js';
import { copyToTemp, FIXTURES, TODAY } from './support/workspace.js';

const EXAMPLE = path.join(FIXTURES, 'workspaces', 'example');

/** The fields GitLab's Code Quality report needs for the merge-request widget (its documented format). */
const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

interface Issue {
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe('aigov check --format codequality (GitLab merge requests)', function () {
  this.timeout(60_000);

  it('writes one Code Quality issue per finding, with GitLab severities, 1-based lines and unique fingerprints', async () => {
    const r = await runCli(['check', '.', '--root', '.', '--format', 'codequality', '--today', TODAY, '--fail-on', 'never'], EXAMPLE);
    assert.equal(r.code, 0, r.stderr);
    const issues = JSON.parse(r.stdout) as Issue[];
    const validate = new Ajv({ allErrors: true }).compile(GITLAB_CODE_QUALITY);
    assert.ok(validate(issues), JSON.stringify(validate.errors));
    const json = JSON.parse((await runCli(['check', '.', '--root', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], EXAMPLE)).stdout) as { findings: { code: string; severity: string; path: string; line: number; fingerprint: string }[] };
    assert.equal(issues.length, json.findings.length);
    const severity = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' } as Record<string, string>;
    json.findings.forEach((f, i) => {
      const issue = issues[i]!;
      assert.deepEqual([issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin, issue.fingerprint], [f.code, severity[f.severity], f.path, f.line, f.fingerprint]);
    });
    assert.ok(new Set(issues.map((i) => i.severity)).size >= 3, 'the example has errors, warnings and info');
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'GitLab shows one issue per fingerprint');
    const typo = issues.find((i) => i.location.path === 'tools/summarize.ts' && i.check_name === 'AIGOV201');
    assert.ok(typo && typo.severity === 'critical' && typo.location.lines.begin === 1 && typo.description.startsWith('AIGOV201: '));
  });

  it('keeps each fingerprint when lines are added above, so the widget reports only what changed', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    try {
      const before = JSON.parse((await runCli(['check', '.', '--format', 'codequality', '--today', TODAY, '--fail-on', 'never'], tmp)).stdout) as Issue[];
      const reg = path.join(tmp, '.aigov.yaml');
      await fs.writeFile(reg, `# edited\n${await fs.readFile(reg, 'utf8')}`);
      const after = JSON.parse((await runCli(['check', '.', '--format', 'codequality', '--today', TODAY, '--fail-on', 'never'], tmp)).stdout) as Issue[];
      assert.deepEqual(after.map((i) => i.fingerprint).sort(), before.map((i) => i.fingerprint).sort());
      assert.notDeepEqual(after.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin));
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('--frameworks replaces the registries\u2019 packs and turns down an unknown one', async () => {
    const only = JSON.parse((await runCli(['check', '.', '--format', 'json', '--frameworks', 'nist-ai-rmf', '--today', TODAY, '--fail-on', 'never'], EXAMPLE)).stdout) as { findings: { code: string; citation?: { framework: string } }[] };
    const usual = JSON.parse((await runCli(['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], EXAMPLE)).stdout) as { findings: { code: string; citation?: { framework: string } }[] };
    const frameworks = (doc: typeof only): string[] => [...new Set(doc.findings.filter((f) => /^AIGOV5/.test(f.code)).map((f) => f.citation?.framework ?? ''))].sort();
    assert.ok(frameworks(usual).some((f) => /EU AI Act|Regulation \(EU\) 2024\/1689/.test(f)), frameworks(usual).join());
    assert.ok(frameworks(only).length > 0);
    assert.ok(frameworks(only).every((f) => /NIST/.test(f)), frameworks(only).join());
    const bad = await runCli(['check', '.', '--frameworks', 'eu-ai-akt'], EXAMPLE);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown pack 'eu-ai-akt'\. Did you mean 'eu-ai-act'\?/);
  });
});
