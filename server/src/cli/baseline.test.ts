import { strict as assert } from 'node:assert';
import { applyBaseline, baselineOf, FINGERPRINT_KEY, readBaseline, type BaselineEntry } from './baseline.js';
import { contentFingerprint, fingerprintsAt, type ReportedFinding } from './results.js';

/** A reported finding at `file` whose line reads `line`, with its two fingerprints. */
function reported(file: string, line: string, id = 'bot', code = 'AIGOV201'): ReportedFinding {
  const f: ReportedFinding = {
    code,
    severity: 'error',
    message: 'm',
    file,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    data: { id },
    displayPath: file,
    fingerprint: '',
    contentFingerprint: contentFingerprint({ code, data: { id } }, line),
    lineText: line,
    isNew: true,
  };
  f.fingerprint = fingerprintsAt([f], () => file)[0]!;
  return f;
}

const news = (findings: readonly ReportedFinding[]): boolean[] => findings.map((f) => f.isNew);

describe('readBaseline', () => {
  it('reads SARIF results: fingerprint, content fingerprint, decoded path and code; skips results without a fingerprint', () => {
    const sarif = {
      runs: [
        {
          results: [
            { ruleId: 'AIGOV201', partialFingerprints: { [FINGERPRINT_KEY]: 'a:1' }, properties: { contentFingerprint: 'c1' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a%20b%23.py' } } }] },
            { ruleId: 'AIGOV301', partialFingerprints: { other: 'x' } },
            { ruleId: '', partialFingerprints: { [FINGERPRINT_KEY]: 'b:1' }, properties: { contentFingerprint: '' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'bad%zz.py' } } }] },
            { partialFingerprints: { [FINGERPRINT_KEY]: 'c:1' }, locations: [{ physicalLocation: { artifactLocation: { uri: '' } } }] },
            { partialFingerprints: { [FINGERPRINT_KEY]: '' } },
            { partialFingerprints: { [FINGERPRINT_KEY]: 'd:1' }, locations: [{ physicalLocation: { artifactLocation: { uri: 7 } } }] },
            { partialFingerprints: { [FINGERPRINT_KEY]: 'e:1' } },
            null,
          ],
        },
        {},
        null,
      ],
    };
    assert.deepEqual(readBaseline(JSON.stringify(sarif)), [
      { fingerprint: 'a:1', contentFingerprint: 'c1', path: 'src/a b#.py', code: 'AIGOV201' },
      { fingerprint: 'b:1', path: 'bad%zz.py' },
      { fingerprint: 'c:1' },
      { fingerprint: 'd:1' },
      { fingerprint: 'e:1' },
    ]);
  });

  it('reads JSON findings the same way', () => {
    const json = { findings: [{ fingerprint: 'a:1', contentFingerprint: 'c1', path: 'x.py', code: 'AIGOV201' }, { code: 'AIGOV301' }, { fingerprint: 'b:2', path: '', code: 7 }, null] };
    assert.deepEqual(readBaseline(JSON.stringify(json)), [{ fingerprint: 'a:1', contentFingerprint: 'c1', path: 'x.py', code: 'AIGOV201' }, { fingerprint: 'b:2' }]);
  });

  it('turns down anything else', () => {
    assert.throws(() => readBaseline('{"results": []}'), /not an aigov SARIF or JSON result/);
    assert.throws(() => readBaseline('{"findings": {}}'), /not an aigov SARIF or JSON result/);
  });
});

describe('applyBaseline', () => {
  it('a finding in the baseline is old, one absent is new; the baseline is a multiset', () => {
    const a1 = reported('x.py', '# @aigov a');
    const [first, second] = [reported('y.py', '# @aigov nope'), reported('y.py', '# @aigov nope')];
    second.fingerprint = fingerprintsAt([first, second], () => 'y.py')[1]!;
    const fresh = reported('z.py', '# @aigov z');
    const findings = [a1, first, second, fresh];
    applyBaseline(findings, baselineOf([a1, first]));
    assert.deepEqual(news(findings), [false, false, true, true]);
  });

  it('nothing is old against an empty baseline', () => {
    const findings = [reported('x.py', 'l')];
    findings[0]!.isNew = false;
    applyBaseline(findings, []);
    assert.deepEqual(news(findings), [true]);
  });

  it('a finding whose file moved matches by its content fingerprint, once', () => {
    const before = reported('old/x.py', '# @aigov a');
    const moved = [reported('new/x.py', '# @aigov a'), reported('new/y.py', '# @aigov a')];
    applyBaseline(moved, baselineOf([before]));
    assert.deepEqual(news(moved), [false, true]);
  });

  it('an entry is matched by its fingerprint first, then by its content, once', () => {
    const same = reported('x.py', '# @aigov a');
    const copy = reported('elsewhere/x.py', '# @aigov a');
    // The copy comes first and has the same content: still the exact match wins the entry.
    const findings = [copy, same];
    applyBaseline(findings, baselineOf([same]));
    assert.deepEqual(news(findings), [true, false]);
  });

  describe('older baselines (no content fingerprint, paths relative to where they ran)', () => {
    const legacy = (f: ReportedFinding, oldPath: string): BaselineEntry => ({ fingerprint: fingerprintsAt([f], () => oldPath)[0]!, path: oldPath, code: f.code });

    it('match a finding at a path that ends with the old one, or that the old one ends with', () => {
      const inside = reported('repo/src/x.py', '# @aigov a');
      const above = reported('x.py', '# @aigov b');
      const findings = [inside, above];
      applyBaseline(findings, [legacy(inside, 'src/x.py'), legacy(above, 'repo/x.py')]);
      assert.deepEqual(news(findings), [false, false]);
    });

    it('do not match a file of the same name elsewhere, nor a finding whose line changed', () => {
      const other = reported('lib/x.py', '# @aigov a');
      const changed = reported('repo/y.py', '# @aigov c');
      const findings = [other, changed];
      applyBaseline(findings, [legacy(other, 'src/x.py'), legacy(reported('repo/y.py', '# @aigov c  # edited'), 'y.py')]);
      assert.deepEqual(news(findings), [true, true]);
    });

    it('are used once: two findings like the old one, one entry, one match', () => {
      const f1 = reported('repo/x.py', '# @aigov a');
      const f2 = reported('repo/x.py', '# @aigov a');
      f2.fingerprint = fingerprintsAt([f1, f2], () => 'repo/x.py')[1]!;
      const findings = [f1, f2];
      applyBaseline(findings, [legacy(f1, 'x.py')]);
      assert.deepEqual(news(findings), [false, true]);
    });

    it('match a finding whose neighbour in the file matched exactly', () => {
      const exact = reported('repo/x.py', '# @aigov a');
      const older = reported('repo/x.py', '# @aigov b');
      const findings = [exact, older];
      applyBaseline(findings, [...baselineOf([exact]), legacy(older, 'x.py')]);
      assert.deepEqual(news(findings), [false, false]);
    });

    it('an entry with no path (nor content) is left alone', () => {
      const f = reported('repo/x.py', '# @aigov a');
      applyBaseline([f], [{ fingerprint: fingerprintsAt([f], () => 'x.py')[0]! }]);
      assert.equal(f.isNew, true);
    });

    it('only entries of older runs are matched at older paths', () => {
      const f = reported('repo/x.py', '# @aigov a');
      // An entry of a newer run (it has a content fingerprint) whose fingerprint is the one the
      // finding would have at the older path: not an older entry, so no match.
      const newer: BaselineEntry = { fingerprint: fingerprintsAt([f], () => 'x.py')[0]!, contentFingerprint: 'another', path: 'elsewhere.py' };
      const older = { ...legacy(reported('repo/x.py', '# @aigov other'), 'x.py') };
      applyBaseline([f], [newer, older]);
      assert.equal(f.isNew, true);
    });

    it('leave entries with a content fingerprint to the exact and moved matches', () => {
      const f = reported('repo/x.py', '# @aigov a');
      const entry = { ...legacy(f, 'x.py'), contentFingerprint: 'something else' };
      applyBaseline([f], [entry]);
      assert.equal(f.isNew, true);
    });
  });
});
