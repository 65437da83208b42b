import { strict as assert } from 'node:assert';
import type { Severity } from '../../core/finding.js';
import { ALL_RULES } from '../../core/rules/index.js';
import type { CheckRun, ReportedFinding } from '../results.js';
import { formatCodeQuality } from './codequality.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif, pathToUri } from './sarif.js';
import { formatGolden, formatText } from './text.js';

const RULES = ALL_RULES.filter((r) => r.code === 'AIGOV101' || r.code === 'AIGOV201' || r.code === 'AIGOV303');

/** A reported finding on line `line` (1-based), columns 3 to 5. */
function finding(code: string, severity: Severity, displayPath: string, message: string, over: Partial<ReportedFinding> = {}): ReportedFinding {
  return {
    code,
    severity,
    message,
    file: displayPath,
    range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } },
    displayPath,
    fingerprint: `${code}-print:1`,
    contentFingerprint: `${code}-content`,
    lineText: 'x',
    isNew: true,
    ...over,
  };
}

function run(findings: ReportedFinding[], skipped: CheckRun['skipped'] = []): CheckRun {
  return { findings, rules: RULES, roots: ['/ws'], skipped, today: '2026-11-25' };
}

const HOSTILE = 'bad \u001b[2J<b>&"x"</b>\n50% done, next: step\r';

describe('CLI reporters', () => {
  describe('text', () => {
    it('one line per finding, 1-based, then the summary; hints count as info', () => {
      const r = run([finding('AIGOV201', 'error', 'a.py', 'Unknown id'), finding('AIGOV101', 'warning', 'b.yaml', 'No risk'), finding('AIGOV303', 'info', 'c.py', 'Info'), finding('AIGOV303', 'hint', 'd.py', 'Hint')]);
      assert.equal(
        formatText(r, { color: false, baseline: false }),
        [
          'a.py:2:3  error  AIGOV201  Unknown id',
          'b.yaml:2:3  warning  AIGOV101  No risk',
          'c.py:2:3  info  AIGOV303  Info',
          'd.py:2:3  hint  AIGOV303  Hint',
          '',
          '4 findings (1 error, 1 warning, 2 info)',
          '',
        ].join('\n'),
      );
      assert.equal(formatText(run([]), { color: false, baseline: false }), '0 findings (0 errors, 0 warnings, 0 info)\n');
    });

    it('the summary gives each count its own plural form in English, none in Japanese', () => {
      const summary = (severities: Severity[], locale: 'en' | 'ja' = 'en'): string | undefined =>
        formatText(run(severities.map((s, i) => finding('AIGOV201', s, `${i}.py`, 'm'))), { color: false, baseline: false }, locale).trimEnd().split('\n').pop();
      assert.equal(summary([]), '0 findings (0 errors, 0 warnings, 0 info)');
      assert.equal(summary(['warning']), '1 finding (0 errors, 1 warning, 0 info)');
      assert.equal(summary(['error', 'warning', 'hint']), '3 findings (1 error, 1 warning, 1 info)');
      assert.equal(summary(['error', 'error', 'warning', 'warning', 'info', 'hint']), '6 findings (2 errors, 2 warnings, 2 info)');
      assert.equal(summary(['warning'], 'ja'), '指摘 1 件（エラー 0、警告 1、情報 0）');
      assert.equal(summary(['error', 'error', 'warning', 'info'], 'ja'), '指摘 4 件（エラー 2、警告 1、情報 1）');
    });

    it('control characters of paths and messages are made visible; colour only when asked', () => {
      const plain = formatText(run([finding('AIGOV201', 'error', 'we\u001bird\\dir/x\n.py', HOSTILE)]), { color: false, baseline: false });
      assert.equal(plain.split('\n')[0], 'we\\x1bird\\\\dir/x\\n.py:2:3  error  AIGOV201  bad \\x1b[2J<b>&"x"</b>\\n50% done, next: step\\r');
      assert.ok(!plain.includes('\u001b'), 'no raw ESC');
      const colored = formatText(run([finding('AIGOV201', 'error', 'a.py', 'm'), finding('AIGOV101', 'warning', 'b.py', 'm'), finding('AIGOV303', 'info', 'c.py', 'm'), finding('AIGOV303', 'hint', 'd.py', 'm')]), { color: true, baseline: true });
      const lines = colored.split('\n');
      assert.equal(lines[0], 'a.py:2:3  \u001b[31merror\u001b[0m  AIGOV201  m \u001b[35m(new)\u001b[0m');
      assert.ok(lines[1]!.includes('\u001b[33mwarning\u001b[0m'));
      assert.ok(lines[2]!.includes('\u001b[36minfo\u001b[0m'));
      assert.ok(lines[3]!.includes('\u001b[90mhint\u001b[0m'));
    });

    it('with a baseline: new findings marked, the count of new ones, the ref shown visibly; skipped files counted', () => {
      const r = run([finding('AIGOV201', 'error', 'a.py', 'new one'), finding('AIGOV101', 'warning', 'b.py', 'old one', { isNew: false })], [{ path: 'big.bin', reason: 'binary' }]);
      assert.equal(
        formatText(r, { color: false, baseline: true }),
        ['a.py:2:3  error  AIGOV201  new one (new)', 'b.py:2:3  warning  AIGOV101  old one', '', '2 findings (1 error, 1 warning, 0 info), 1 new against the baseline', '1 file skipped (binary, too large, not UTF-8 or outside the workspace)', ''].join('\n'),
      );
      const against = formatText(r, { color: false, baseline: true, against: { id: 'cli.text.against', args: { ref: 'origin/ma\u001bin', commit: '0123456789ab' } } });
      assert.match(against, /^2 findings \(1 error, 1 warning, 0 info\), 1 new against the baseline origin\/ma\\x1bin \(merge-base 0123456789ab\)$/m);
      assert.doesNotMatch(formatText(r, { color: false, baseline: false }), /\(new\)|against/);
    });

    it('golden: sorted ranges, code, severity and the English message', () => {
      assert.equal(formatGolden(run([finding('AIGOV201', 'error', 'a.py', 'Unknown'), finding('AIGOV303', 'hint', 'b\\c.py', 'H')])), 'a.py:2:3-2:5 AIGOV201 error Unknown\nb\\\\c.py:2:3-2:5 AIGOV303 hint H\n');
      assert.equal(formatGolden(run([])), '');
    });
  });

  describe('github', () => {
    it('workflow commands: properties and message encoded, control characters visible, info and hint as notices', () => {
      const out = formatGithub(run([finding('AIGOV201', 'error', 'dir,a:b%c.py', HOSTILE), finding('AIGOV101', 'warning', 'w.py', 'w'), finding('AIGOV303', 'info', 'i.py', 'i'), finding('AIGOV303', 'hint', 'h.py', 'h')]));
      assert.equal(
        out,
        [
          '::error file=dir%2Ca%3Ab%25c.py,line=2,col=3,endLine=2,endColumn=5,title=AIGOV201::AIGOV201: bad \\x1b[2J<b>&"x"</b>\\n50%25 done, next: step\\r',
          '::warning file=w.py,line=2,col=3,endLine=2,endColumn=5,title=AIGOV101::AIGOV101: w',
          '::notice file=i.py,line=2,col=3,endLine=2,endColumn=5,title=AIGOV303::AIGOV303: i',
          '::notice file=h.py,line=2,col=3,endLine=2,endColumn=5,title=AIGOV303::AIGOV303: h',
          '',
        ].join('\n'),
      );
      assert.ok(!out.replace(/\n/g, '').includes('\r') && !out.includes('\u001b'), 'one command per line, no raw ESC');
      assert.equal(formatGithub(run([])), '');
    });
  });

  describe('junit', () => {
    it('a failure per error or warning, a passing case per rule without one, XML-escaped text', () => {
      const xml = formatJunit(run([finding('AIGOV201', 'error', 'a&<b>.py', HOSTILE), finding('AIGOV201', 'warning', 'c.py', 'w'), finding('AIGOV303', 'info', 'i.py', 'only info')]));
      const r101 = RULES.find((r) => r.code === 'AIGOV101')!;
      const r201 = RULES.find((r) => r.code === 'AIGOV201')!;
      const r303 = RULES.find((r) => r.code === 'AIGOV303')!;
      const message = 'bad \\x1b[2J&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;\\n50% done, next: step\\r';
      assert.equal(
        xml,
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="aigov" tests="4" failures="2">',
          '  <testsuite name="aigov check" tests="4" failures="2">',
          `    <testcase classname="aigov.${r101.pack}" name="AIGOV101 ${r101.slug}"/>`,
          `    <testcase classname="aigov.${r201.pack}" name="AIGOV201 ${r201.slug} a&amp;&lt;b&gt;.py:2:3" file="a&amp;&lt;b&gt;.py">`,
          `      <failure type="error" message="${message}">a&amp;&lt;b&gt;.py:2:3 ${message}</failure>`,
          '    </testcase>',
          `    <testcase classname="aigov.${r201.pack}" name="AIGOV201 ${r201.slug} c.py:2:3" file="c.py">`,
          '      <failure type="warning" message="w">c.py:2:3 w</failure>',
          '    </testcase>',
          `    <testcase classname="aigov.${r303.pack}" name="AIGOV303 ${r303.slug}"/>`,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    });
  });

  describe('sarif', () => {
    it('paths are relative references: reserved characters, spaces and non-ASCII percent-encoded, slashes kept', () => {
      assert.equal(pathToUri('a b/#1?%.py'), 'a%20b/%231%3F%25.py');
      assert.equal(pathToUri('c:x/日本.md'), 'c%3Ax/%E6%97%A5%E6%9C%AC.md');
      assert.equal(pathToUri('lone\ud800.py'), 'lone%EF%BF%BD.py');
      assert.equal(pathToUri('low\udc00.py'), 'low%EF%BF%BD.py');
      assert.equal(pathToUri("it's (v1)~!*.py"), "it's%20(v1)~!*.py");
    });

    interface Sarif {
      runs: {
        tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string }; properties: { tags: string[]; citation?: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
          partialFingerprints: Record<string, string>;
          baselineState: string;
          relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
          properties: { contentFingerprint: string; citation?: unknown; englishMessage?: string };
        }[];
      }[];
    }

    it('results: levels, rule index, 1-based regions, fingerprints, baseline state, related locations', () => {
      const related = [{ file: 'docs/x y.md', range: { start: { line: 0, character: 0 }, end: { line: 2, character: 7 } }, message: 'declared here' }];
      const log = JSON.parse(
        formatSarif(
          run([
            finding('AIGOV303', 'info', 'sp ace.py', HOSTILE, { related, citation: { framework: 'EU AI Act', article: 'Art 50' } }),
            finding('AIGOV201', 'error', 'a.py', 'e', { isNew: false }),
            finding('AIGOV101', 'warning', 'b.py', 'w'),
            finding('AIGOV303', 'hint', 'c.py', 'h'),
          ]),
          '9.9.9',
          'https://docs.example/rules/',
        ),
      ) as Sarif;
      const [sarifRun] = log.runs;
      assert.equal(sarifRun!.tool.driver.name, 'aigov');
      assert.equal(sarifRun!.tool.driver.semanticVersion, '9.9.9');
      assert.doesNotMatch(sarifRun!.tool.driver.informationUri, /docs\/rules/);
      const rules = sarifRun!.tool.driver.rules;
      assert.deepEqual(
        rules.map((r) => [r.id, r.helpUri, r.defaultConfiguration.level]),
        RULES.map((r) => [r.code, `https://docs.example/rules/${r.code}.md`, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[r.defaultSeverity]]),
      );
      const [info, error, warning, hint] = sarifRun!.results;
      assert.deepEqual(
        sarifRun!.results.map((r) => [r.ruleId, rules[r.ruleIndex]!.id, r.level, r.baselineState]),
        [
          ['AIGOV303', 'AIGOV303', 'note', 'new'],
          ['AIGOV201', 'AIGOV201', 'error', 'unchanged'],
          ['AIGOV101', 'AIGOV101', 'warning', 'new'],
          ['AIGOV303', 'AIGOV303', 'note', 'new'],
        ],
      );
      assert.equal(info!.message.text, HOSTILE, 'JSON escapes the message; nothing is lost');
      assert.deepEqual(info!.locations[0]!.physicalLocation, { artifactLocation: { uri: 'sp%20ace.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 } });
      assert.deepEqual(Object.values(info!.partialFingerprints), ['AIGOV303-print:1']);
      assert.deepEqual(info!.properties, { contentFingerprint: 'AIGOV303-content', citation: { framework: 'EU AI Act', article: 'Art 50' } });
      assert.deepEqual(info!.relatedLocations, [
        { id: 1, message: { text: 'declared here' }, physicalLocation: { artifactLocation: { uri: 'docs/x%20y.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 3, endColumn: 8 } } },
      ]);
      for (const r of [error, warning, hint]) assert.equal(r!.relatedLocations, undefined);
      assert.equal(formatSarif(run([finding('AIGOV303', 'info', 'a.py', 'm', { related: [] })]), '1').includes('relatedLocations'), false);
    });

    it('in another locale the message is translated and the English kept beside it', () => {
      const en = JSON.parse(formatSarif(run([finding('AIGOV201', 'error', 'a.py', 'Unknown id')]), '1')) as Sarif;
      const ja = JSON.parse(formatSarif(run([finding('AIGOV201', 'error', 'a.py', 'Unknown id')]), '1', undefined, 'ja')) as Sarif;
      assert.equal(en.runs[0]!.results[0]!.properties.englishMessage, undefined);
      const jaResult = ja.runs[0]!.results[0]!;
      assert.notEqual(jaResult.message.text, 'Unknown id');
      assert.equal(jaResult.properties.englishMessage, 'Unknown id');
    });
  });

  describe('json and code quality', () => {
    it('json: 1-based positions beside the 0-based range, paths as shown, new, related, data, skipped', () => {
      const f = finding('AIGOV303', 'info', 'a\\b.py', 'm', { isNew: false, data: { id: 'bot' }, related: [{ file: 'r\\s.md', range: { start: { line: 4, character: 1 }, end: { line: 4, character: 2 } }, message: 'here' }] });
      const json = JSON.parse(formatJson(run([f, finding('AIGOV201', 'error', 'b.py', 'e')], [{ path: 'x\\y.bin', reason: 'binary' }]))) as Record<string, unknown> & { findings: Record<string, unknown>[] };
      assert.equal(json.tool, 'aigov');
      assert.equal(json.today, '2026-11-25');
      assert.deepEqual(json.findings[0], {
        code: 'AIGOV303',
        severity: 'info',
        message: 'm',
        path: 'a\\\\b.py',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 5,
        range: f.range,
        fingerprint: 'AIGOV303-print:1',
        contentFingerprint: 'AIGOV303-content',
        new: false,
        related: [{ path: 'r\\\\s.md', line: 5, column: 2, message: 'here' }],
        data: { id: 'bot' },
      });
      assert.equal(json.findings[1]!.new, true);
      assert.ok(!('related' in json.findings[1]!) && !('data' in json.findings[1]!) && !('citation' in json.findings[1]!));
      assert.deepEqual(json.skipped, [{ path: 'x\\\\y.bin', reason: 'binary' }]);
    });

    it('code quality: one issue per finding on GitLab\'s severity scale', () => {
      const issues = JSON.parse(formatCodeQuality(run([finding('AIGOV201', 'error', 'a\\b.py', 'e'), finding('AIGOV101', 'warning', 'b.py', 'w'), finding('AIGOV303', 'info', 'c.py', 'i'), finding('AIGOV303', 'hint', 'd.py', 'h')]))) as { severity: string; description: string; check_name: string; fingerprint: string; location: unknown; type: string }[];
      assert.deepEqual(
        issues.map((i) => i.severity),
        ['critical', 'major', 'minor', 'info'],
      );
      assert.deepEqual(issues[0], { type: 'issue', check_name: 'AIGOV201', description: 'AIGOV201: e', severity: 'critical', fingerprint: 'AIGOV201-print:1', location: { path: 'a\\\\b.py', lines: { begin: 2, end: 2 } } });
    });
  });
});
