import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { runCli } from './support/cli.js';
import { FIXTURES, TODAY } from './support/workspace.js';

const WS = path.join(FIXTURES, 'workspaces', 'frameworks-eu-jp');

describe('aigov report and aigov bom', function () {
  this.timeout(60_000);
  let tmp: string;
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-report-'));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('writes a self-contained HTML report with links relative to the output file', async () => {
    const out = path.join(tmp, 'reports', 'ai.html');
    const r = await runCli(['report', WS, '--output', out, '--today', TODAY], tmp);
    assert.equal(r.code, 0, r.stderr);
    const html = await fs.readFile(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    const rel = path.relative(path.dirname(out), path.join(WS, 'docs', 'risk', 'credit-scorer.md')).split(path.sep).join('/');
    assert.ok(html.includes(`href="${encodeURI(rel)}"`), rel);
    assert.ok(html.includes('2026-11-23 (2 days overdue)'));
    assert.ok(html.includes('Art 73') || html.includes('Serious-incident reporting procedure'));
  });

  it('prints markdown by default, with the coverage matrix of each selected pack', async () => {
    const r = await runCli(['report', '.', '--today', TODAY], WS);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('# AI governance report: frameworks-eu-jp'));
    assert.ok(r.stdout.includes('#### EU AI Act (Regulation (EU) 2024/1689)'));
    assert.ok(r.stdout.includes('#### Japan AI Guidelines for Business (METI/MIC)'));
    assert.ok(r.stdout.includes('#### Example Credit AI Policy'));
    assert.ok(r.stdout.includes('[docs/risk/credit-scorer.md](docs/risk/credit-scorer.md)'));
  });

  it('rejects a bad format and a second folder (exit 2)', async () => {
    assert.equal((await runCli(['report', '.', '--format', 'pdf'], WS)).code, 2);
    assert.equal((await runCli(['bom', '.', 'other'], WS)).code, 2);
  });

  it('an output named .html in any case is HTML unless --format says otherwise; one folder only, said by name', async () => {
    const upper = path.join(tmp, 'UPPER.HTML');
    assert.equal((await runCli(['report', '.', '--output', upper, '--today', TODAY], WS)).code, 0);
    assert.match(await fs.readFile(upper, 'utf8'), /^<!DOCTYPE html>/);
    const md = path.join(tmp, 'asked-md.html');
    assert.equal((await runCli(['report', '.', '--output', md, '--format', 'md', '--today', TODAY], WS)).code, 0);
    assert.match(await fs.readFile(md, 'utf8'), /^# AI governance report: frameworks-eu-jp\n/);
    for (const command of ['report', 'bom']) {
      const r = await runCli([command, '.', 'other'], WS);
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `aigov ${command}: ${command} takes one folder\n`], command);
    }
  });

  it('writes a CycloneDX 1.6 BOM that validates and is reproducible', async () => {
    const out = path.join(tmp, 'bom.cdx.json');
    const a = await runCli(['bom', WS, '--output', out, '--today', TODAY], tmp);
    assert.equal(a.code, 0, a.stderr);
    const text = await fs.readFile(out, 'utf8');
    const errors = await new Validation.JsonValidator(Spec.Version.v1dot6).validate(text);
    assert.equal(errors, null, JSON.stringify(errors));
    const b = await runCli(['bom', '.', '--today', TODAY], WS);
    assert.equal(JSON.parse(b.stdout).serialNumber, JSON.parse(text).serialNumber);
    const c = await runCli(['bom', '.', '--today', TODAY, '--random-serial'], WS);
    assert.notEqual(JSON.parse(c.stdout).serialNumber, JSON.parse(text).serialNumber);
    assert.match(JSON.parse(c.stdout).serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('every golden AI-BOM of the framework workspaces validates', async () => {
    const validator = new Validation.JsonValidator(Spec.Version.v1dot6);
    for (const name of ['frameworks-eu-jp', 'frameworks-jp-act', 'frameworks-kr-co-cn', 'frameworks-nist-iso']) {
      const text = await fs.readFile(path.join(FIXTURES, 'workspaces', name, 'expected', 'bom.cdx.json'), 'utf8');
      assert.equal(await validator.validate(text), null, name);
    }
  });

  it('explain covers the new codes', async () => {
    for (const code of ['AIGOV401', 'AIGOV523', 'AIGOV601']) {
      const r = await runCli(['explain', code], WS);
      assert.equal(r.code, 0);
      assert.ok(r.stdout.includes(code));
    }
  });
});
