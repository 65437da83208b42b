import { strict as assert } from 'node:assert';
import { isAscii } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import type { CachedFacts } from '../core/facts-cache.js';
import { FileFactsCache, trackedByGit } from './facts-cache-file.js';

/** Changes the lines below a cache file's header as a writer would, CRC-32 and all. */
function rewrite(file: string, change: (body: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  const body = change(text.slice(nl + 1));
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(text.slice(0, nl)), crc: crc32(body) })}\n${body}`);
}

/** Facts as read back, without the store's word that they are whole (checked on its own). */
function plain(f: CachedFacts | undefined): Omit<CachedFacts, 'vouched'> | undefined {
  if (!f) return undefined;
  assert.equal(f.vouched, true, 'a store that checked what it read vouches for it');
  return { annotations: f.annotations, detections: f.detections, lines: f.lines };
}

describe('persisted facts cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-factscache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps entries across runs, with odd paths, and writes only when they changed', () => {
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    const entries = new Map([
      ['src/a.py', { size: 10, mtimeMs: 1700000000000.25 }],
      ['docs/with\ttab.md', { size: 0, mtimeMs: 1 }],
      ['odd\nname.txt', { size: 3, mtimeMs: 2 }],
    ]);
    a.update('k1', entries);
    assert.ok(a.save());
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    assert.ok(b.knownByVersion('k1', 'src/a.py', { size: 10, mtimeMs: 1700000000000.25 }));
    assert.ok(b.knownByVersion('k1', 'docs/with\ttab.md', { size: 0, mtimeMs: 1 }));
    assert.equal(b.known('k1', 'odd\nname.txt'), undefined, 'a path with a line break is not stored (read again)');
    assert.equal(b.known('k2', 'src/a.py'), undefined, 'other settings: nothing known');
    // The same entries again: nothing is written (the removed file stays removed).
    rmSync(b.file);
    b.update('k1', new Map([...entries].filter(([p]) => !p.includes('\n'))));
    assert.ok(b.save());
    assert.ok(!existsSync(b.file), 'an unchanged cache is not written again');
    b.update('k1', new Map([['src/a.py', { size: 11, mtimeMs: 2 }]]));
    assert.ok(b.save());
    assert.ok(existsSync(b.file), 'a changed one is');
  });

  it('writes a cache of several megabytes in pieces that read back whole, non-ASCII paths and all', () => {
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    // 40,000 entries of ~80 bytes: about 3 MB, so the lines are turned into bytes in several pieces.
    const entries = new Map<string, { size: number; mtimeMs: number; contentId: string }>();
    for (let i = 0; i < 40_000; i++) entries.set(`src/パッケージ-${i}/module_${i}.py`, { size: i, mtimeMs: 1_700_000_000_000 + i, contentId: i.toString(16).padStart(16, '0') });
    a.update('k1', entries);
    assert.ok(a.save());
    const file = readdirSync(dir).find((f) => f.endsWith('.json'))!;
    const bytes = readFileSync(path.join(dir, file));
    assert.ok(bytes.length > 3_000_000, String(bytes.length));
    // The header's CRC-32 is that of everything after its line, as one piece.
    const nl = bytes.indexOf(0x0a);
    assert.equal((JSON.parse(bytes.subarray(0, nl).toString('utf8')) as { crc: number }).crc, crc32(bytes.subarray(nl + 1)));
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    for (const i of [0, 12_345, 39_999]) assert.deepEqual(b.known('k1', `src/パッケージ-${i}/module_${i}.py`), entries.get(`src/パッケージ-${i}/module_${i}.py`));
  });

  it('ignores a cache of another aigov version, another root or a damaged file', () => {
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['x.py', { size: 1, mtimeMs: 1 }]]));
    a.save();
    assert.equal(new FileFactsCache('/repo', '1.0.1', dir).known('k1', 'x.py'), undefined);
    writeFileSync(a.file, '{"format":2,"tool":"1.0.0"');
    assert.equal(new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'x.py'), undefined);
    writeFileSync(a.file, '{"format":1,"tool":"1.0.0","root":"/repo","key":"k1","entries":[["x.py",1,1]]}');
    assert.equal(new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'x.py'), undefined, 'the older JSON format is not read');
    writeFileSync(a.file, '{"format":2,"tool":"1.0.0","root":"/repo","key":"k1"}\n1\t1\tx.py\n');
    assert.equal(new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'x.py'), undefined, 'nor the format without content ids');
    writeFileSync(a.file, '{"format":3,"tool":"1.0.0","root":"/repo","key":"k1"}\n1\t1\t\tx.py\n');
    assert.equal(new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'x.py'), undefined, 'nor the format that kept empty files only');
    writeFileSync(a.file, '{"format":4,"tool":"1.0.0","root":"/repo","key":"k1"}\n1\t1\t\t\tx.py\n');
    assert.equal(new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'x.py'), undefined, 'nor the format without findings');
  });

  it('keeps content ids, with or without a size and mtime, and loads only when first asked', () => {
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update(
      'k1',
      new Map([
        ['by-id.py', { contentId: '0123456789abcdef' }],
        ['both.py', { size: 4, mtimeMs: 5, contentId: 'fedcba9876543210' }],
        ['by-version.py', { size: 6, mtimeMs: 7 }],
        ['with\ttab.py', { contentId: 'aaaaaaaaaaaaaaaa' }],
      ]),
    );
    assert.ok(a.save());
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    rmSync(b.file); // not read yet: the first question does it
    assert.equal(b.knownByContent('k1', 'by-id.py', '0123456789abcdef'), undefined, 'loaded lazily, after the file went');
    const c = new FileFactsCache('/repo', '1.0.0', dir);
    c.update('k1', new Map([['by-id.py', { contentId: '0123456789abcdef' }], ['with\ttab.py', { contentId: 'aaaaaaaaaaaaaaaa' }], ['both.py', { size: 4, mtimeMs: 5, contentId: 'fedcba9876543210' }], ['by-version.py', { size: 6, mtimeMs: 7 }]]));
    assert.ok(c.save());
    const d = new FileFactsCache('/repo', '1.0.0', dir);
    assert.ok(d.knownByContent('k1', 'by-id.py', '0123456789abcdef'));
    assert.ok(!d.knownByContent('k1', 'by-id.py', '0123456789abcdee'), 'another id');
    assert.ok(!d.knownByContent('k2', 'by-id.py', '0123456789abcdef'), 'other settings');
    assert.deepEqual(d.known('k1', 'by-id.py'), { contentId: '0123456789abcdef' }, 'no version known');
    assert.ok(d.knownByContent('k1', 'with\ttab.py', 'aaaaaaaaaaaaaaaa'));
    assert.ok(d.knownByContent('k1', 'both.py', 'fedcba9876543210'));
    assert.deepEqual(d.known('k1', 'both.py'), { size: 4, mtimeMs: 5, contentId: 'fedcba9876543210' });
    assert.ok(d.knownByVersion('k1', 'by-version.py', { size: 6, mtimeMs: 7 }));
    assert.ok(!d.knownByContent('k1', 'by-version.py', ''), 'an empty id matches nothing');
  });

  it('keeps what a file holds, and reads a damaged entry as unknown', () => {
    const facts = {
      annotations: { annotations: [{ id: 'bot', scope: 'file' as const, range: r(0, 2, 0, 13), idRange: r(0, 10, 0, 13) }], suppressions: [], malformed: [{ range: r(1, 0, 1, 4), messageId: 'AIGOV202.notACode' as const, args: { token: 'odd "quote"\tand tab' }, data: { n: 1 } }], language: 'python' },
      detections: [{ kind: 'import' as const, library: 'openai', provider: 'openai', confidence: 'high' as const, range: r(2, 7, 2, 13), evidence: 'import openai' }],
      lines: { 0: '# @aigov bot', 1: '# @aigov-ignore "odd', 2: 'import openai\t# tab' },
    };
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts }], ['broken.py', { size: 1, mtimeMs: 1, facts }], ['plain.py', { size: 2, mtimeMs: 2 }]]));
    assert.ok(a.save());
    const written = readFileSync(a.file, 'utf8');
    // An entry whose facts are not what was written (a writer that also wrote the file's CRC).
    const breakFacts = (body: string) => body.replace(/\t(\{[^\t]*)\t(\[[^\t]*)\t([^\t]*)\t([^\t]*)\tbroken\.py/, (_m, json: string, det: string, found: string, asked: string) => `\t${json.slice(0, -3)}\t${det}\t${found}\t${asked}\tbroken.py`);
    rewrite(a.file, breakFacts);
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    assert.deepEqual(plain(b.knownByContent('k1', 'ai.py', 'abababababababab')?.facts), facts);
    assert.equal(b.known('k1', 'broken.py'), undefined, 'a damaged entry is analysed again');
    assert.deepEqual(b.known('k1', 'plain.py'), { size: 2, mtimeMs: 2 }, 'held nothing');
    // Any byte changed below the header without its CRC: nothing of the file is trusted.
    for (const damage of [breakFacts, (body: string) => body.replace('import openai', 'import opena1'), (body: string) => body.slice(0, -1), (body: string) => `${body}x`]) {
      writeFileSync(a.file, written.replace(/\n[^]*$/, (m) => `\n${damage(m.slice(1))}`));
      assert.notEqual(readFileSync(a.file, 'utf8'), written);
      const c = new FileFactsCache('/repo', '1.0.0', dir);
      assert.equal(c.known('k1', 'ai.py'), undefined);
      assert.equal(c.known('k1', 'plain.py'), undefined);
    }
    // Facts of another shape, CRC and all: that entry is analysed again.
    for (const [what, change] of [
      ['a line that is not text', (json: string) => json.replace('"0":"# @aigov bot"', '"0":5')],
      ['lines as a list', (json: string) => json.replace(/"lines":\{.*\}\}$/, '"lines":["# @aigov bot"]}')],
      ['an annotation that is not an object', (json: string) => json.replace('"annotations":[{', '"annotations":[null,{')],
      ['suppressions that are not a list', (json: string) => json.replace('"suppressions":[]', '"suppressions":{}')],
    ] as const) {
      writeFileSync(a.file, written);
      rewrite(a.file, (body) => body.replace(/\t(\{[^\t]*)(\t[^\t]*\t[^\t]*\t[^\t]*\tai\.py)/, (_m, json: string, rest: string) => {
        assert.notEqual(change(json), json, what);
        return `\t${change(json)}${rest}`;
      }));
      const e = new FileFactsCache('/repo', '1.0.0', dir);
      assert.equal(e.known('k1', 'ai.py'), undefined, what);
      assert.ok(e.known('k1', 'plain.py'), what);
    }
    // Detections that are not a list, CRC and all: the entry loads, and asking for them says what is wrong.
    writeFileSync(a.file, written);
    rewrite(a.file, (body) => body.replace(/\t\[[^\t]*\t([^\t]*\t[^\t]*\tai\.py)/, '\t{}\t$1'));
    const d = new FileFactsCache('/repo', '1.0.0', dir).known('k1', 'ai.py')?.facts;
    assert.deepEqual(d?.lines, facts.lines);
    assert.throws(() => d?.detections, /a cached file holds detections that are not a list/);
  });

  it('parses detections only when first asked for, and writes them back as read', () => {
    const facts = openaiFacts();
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts }], ['b.py', { contentId: 'cdcdcdcdcdcdcdcd', facts }]]));
    assert.ok(a.save());
    const parse = JSON.parse;
    const parsed: string[] = [];
    JSON.parse = (text: string, ...rest: unknown[]) => {
      parsed.push(text);
      return (parse as (t: string, ...r: unknown[]) => unknown)(text, ...rest);
    };
    let b: FileFactsCache;
    try {
      b = new FileFactsCache('/repo', '1.0.0', dir);
      b.load();
      assert.ok(!parsed.some((t) => t.startsWith('[') && t.includes('"library"')), 'no detections parsed on load');
      const known = b.known('k1', 'ai.py')?.facts;
      assert.deepEqual(known?.detections, facts.detections);
      assert.equal(known?.detections, known?.detections, 'parsed once');
      assert.equal(parsed.filter((t) => t.startsWith('[') && t.includes('"library"')).length, 1);
    } finally {
      JSON.parse = parse;
    }
    // Written again (another file came): what was read is written as it was, parsed or not.
    const before = readFileSync(b.file, 'utf8');
    b.update('k1', new Map([...[...['ai.py', 'b.py']].map((p) => [p, b.known('k1', p)!] as const), ['c.py', { size: 1, mtimeMs: 1 }]]));
    const stringify = JSON.stringify;
    const made: unknown[] = [];
    JSON.stringify = (value: unknown, ...rest: unknown[]) => {
      made.push(value);
      return (stringify as (v: unknown, ...r: unknown[]) => string)(value, ...rest);
    };
    try {
      assert.ok(b.save());
    } finally {
      JSON.stringify = stringify;
    }
    assert.ok(!made.some((v) => Array.isArray(v) && v.some((d: { library?: string }) => d.library === 'openai')), 'no detections made into JSON again');
    const after = readFileSync(b.file, 'utf8');
    assert.equal(after.split('\n').slice(1, 3).join('\n'), before.split('\n').slice(1, 3).join('\n'));
    const c = new FileFactsCache('/repo', '1.0.0', dir);
    assert.deepEqual(plain(c.known('k1', 'b.py')?.facts), facts);
    assert.ok(c.known('k1', 'c.py'));
  });

  it('writes text outside ASCII as JSON escapes and reads it back, and a path outside ASCII too', () => {
    const facts = {
      annotations: { annotations: [], suppressions: [], malformed: [] },
      detections: [{ kind: 'import' as const, library: 'openai', provider: 'openai', confidence: 'high' as const, range: r(0, 7, 0, 13), evidence: 'import openai # 日本語 😀 é' }],
      lines: { 0: 'import openai # 日本語 😀 é' },
    };
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts }]]));
    a.rememberFindings('k1f', 'ai.py', facts, [{ code: 'AIGOV301', severity: 'warning', message: '“openai” ✓', file: 'ai.py', range: r(0, 7, 0, 13) }]);
    assert.ok(a.save());
    assert.ok(isAscii(readFileSync(a.file)), 'the file is ASCII');
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    const known = b.knownByContent('k1', 'ai.py', 'abababababababab')?.facts;
    assert.deepEqual(plain(known), facts);
    assert.equal(b.findingsOf('k1f', 'ai.py', { ...known!, cached: known })?.[0]?.message, '“openai” ✓');
    b.update('k1', new Map([['données/ai.py', { contentId: 'abababababababab', facts }]]));
    assert.ok(b.save());
    assert.ok(!isAscii(readFileSync(b.file)), 'a path is written as it is');
    assert.deepEqual(plain(new FileFactsCache('/repo', '1.0.0', dir).knownByContent('k1', 'données/ai.py', 'abababababababab')?.facts), facts);
  });

  it("keeps with a file's findings the listing's answers to its rules, and gives the findings only while each answer is the same", () => {
    const facts = openaiFacts();
    const found = [{ code: 'AIGOV301', severity: 'warning' as const, message: 'm', file: 'pkg/ai.py', range: r(0, 7, 0, 13) }];
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['pkg/ai.py', { contentId: 'abababababababab', facts }]]));
    // A path with a tab, a space and text outside ASCII stays one answer.
    a.rememberFindings('f1', 'pkg/ai.py', facts, found, new Map([['pkg/openai.py', false], ['pkg/__init__.py', true], ['a b\té.py', false]]));
    assert.ok(a.save());
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    const known = b.knownByContent('k1', 'pkg/ai.py', 'abababababababab')!.facts!;
    const listed = new Set(['pkg/__init__.py', 'pkg/ai.py']);
    assert.deepEqual(b.findingsOf('f1', 'pkg/ai.py', known, (p) => listed.has(p)), found);
    assert.equal(b.findingsOf('f1', 'pkg/ai.py', known), undefined, 'no listing to ask: not given');
    listed.add('pkg/openai.py');
    assert.equal(b.findingsOf('f1', 'pkg/ai.py', known, (p) => listed.has(p)), undefined, 'a module now shadows the library');
    listed.delete('pkg/openai.py');
    listed.add('a b\té.py');
    assert.equal(b.findingsOf('f1', 'pkg/ai.py', known, (p) => listed.has(p)), undefined);
  });

  it('keeps findings with the facts they were made from, under their key, and drops them with those facts', () => {
    const facts = openaiFacts();
    const found = [{ code: 'AIGOV301', severity: 'warning' as const, message: 'm', file: 'ai.py', range: r(0, 7, 0, 13), data: { library: 'openai', calls: [] } }];
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts }], ['other.py', { contentId: 'cdcdcdcdcdcdcdcd', facts: structuredClone(facts) }]]));
    a.rememberFindings('f1', 'ai.py', facts, found);
    a.rememberFindings('f1', 'other.py', facts, found);
    assert.ok(a.save());
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    const known = b.knownByContent('k1', 'ai.py', 'abababababababab')!.facts!;
    assert.deepEqual(b.findingsOf('f1', 'ai.py', known), found);
    assert.equal(b.findingsOf('f2', 'ai.py', known), undefined, 'another key');
    assert.equal(b.findingsOf('f1', 'ai.py', structuredClone(known)), undefined, 'facts that are not the ones the cache holds');
    assert.equal(b.findingsOf('f1', 'other.py', b.known('k1', 'other.py')!.facts!), undefined, 'never remembered for facts the cache did not hold');
    // The same facts carried into the next run keep their findings; new facts do not.
    b.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts: known }], ['other.py', { contentId: 'efefefefefefefef', facts }]]));
    assert.deepEqual(b.findingsOf('f1', 'ai.py', known), found);
    b.rememberFindings('f1', 'other.py', facts, found);
    const again = structuredClone(known);
    b.update('k1', new Map([['ai.py', { contentId: 'abababababababab', facts: again }], ['other.py', { contentId: 'efefefefefefefef', facts }]]));
    assert.equal(b.findingsOf('f1', 'ai.py', again), undefined, 'the same file analysed again: not the facts the findings came from');
    b.update('k1', new Map([['ai.py', { contentId: '0000000000000000', facts: again }], ['other.py', { contentId: 'efefefefefefefef', facts }]]));
    assert.equal(b.findingsOf('f1', 'ai.py', again), undefined, 'a changed file: its findings are gone');
    assert.equal(b.findingsOf('f1', 'ai.py', known), undefined);
    assert.deepEqual(b.findingsOf('f1', 'other.py', facts), found);
    // Damaged findings are computed again; the facts stay.
    assert.ok(b.save());
    rewrite(b.file, (body) => body.replace(/\tf1 \[/, '\tf1 {'));
    const c = new FileFactsCache('/repo', '1.0.0', dir);
    const cf = c.knownByContent('k1', 'other.py', 'efefefefefefefef')?.facts;
    assert.deepEqual(plain(cf), facts);
    assert.equal(c.findingsOf('f1', 'other.py', cf!), undefined);
  });

  it('parses its lines a slice at a time when loaded soon, and finishes them at the first question', async () => {
    const files = new Map<string, { size: number; mtimeMs: number; contentId: string }>();
    for (let i = 0; i < 100_000; i++) files.set(`src/f${i}.py`, { size: i, mtimeMs: 1, contentId: i.toString(16).padStart(16, '0') });
    const a = new FileFactsCache('/repo', '1.0.0', dir);
    a.update('k1', files);
    assert.ok(a.save());
    const parsed = (c: FileFactsCache): number => (c as unknown as { entries: Map<string, unknown> }).entries.size;
    const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    const b = new FileFactsCache('/repo', '1.0.0', dir);
    b.loadSoon();
    assert.equal(parsed(b), 0, 'the lines wait for the event loop');
    await turn();
    assert.equal(parsed(b), 0, 'a slice is not the whole file');
    assert.ok(b.knownByContent('k1', 'src/f99999.py', (99_999).toString(16).padStart(16, '0')), 'a question finishes it');
    assert.equal(parsed(b), 100_000);
    await turn();
    assert.equal(parsed(b), 100_000, 'and what was scheduled does nothing more');
    // Left alone, it finishes by itself.
    const c = new FileFactsCache('/repo', '1.0.0', dir);
    c.loadSoon();
    let turns = 0;
    while (parsed(c) === 0 && turns < 10_000) {
      await turn();
      turns++;
    }
    assert.ok(turns > 1, `in ${turns} turns`);
    assert.equal(parsed(c), 100_000);
    assert.deepEqual(c.known('k1', 'src/f5.py'), { size: 5, mtimeMs: 1, contentId: '0000000000000005' });
  });

  it('knows a cache file that git tracks, under its own name or through a link to its folder', async () => {
    const repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, '.aigov-cache'), { recursive: true });
    const git = (...args: string[]): void => void execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' });
    git('init', '-q');
    const file = path.join(repo, '.aigov-cache', 'abc.json');
    assert.equal(await trackedByGit(file), false, 'no file yet');
    writeFileSync(file, 'x\n');
    assert.equal(await trackedByGit(file), false, 'written by a run');
    git('add', '.aigov-cache/abc.json');
    assert.equal(await trackedByGit(file), true, 'brought by a commit');
    symlinkSync(path.join(repo, '.aigov-cache'), path.join(dir, 'link'));
    assert.equal(await trackedByGit(path.join(dir, 'link', 'abc.json')), true, 'through a link');
    // A tracked link in the file's place: a run would replace the link.
    symlinkSync(path.join('..', 'elsewhere.json'), path.join(repo, '.aigov-cache', 'def.json'));
    assert.equal(await trackedByGit(path.join(repo, '.aigov-cache', 'def.json')), false);
    git('add', '.aigov-cache/def.json');
    assert.equal(await trackedByGit(path.join(repo, '.aigov-cache', 'def.json')), true);
    // Names are names, not patterns.
    writeFileSync(path.join(repo, '.aigov-cache', '*.json'), 'x\n');
    assert.equal(await trackedByGit(path.join(repo, '.aigov-cache', '*.json')), false);
    writeFileSync(path.join(dir, 'outside.json'), 'x\n');
    assert.equal(await trackedByGit(path.join(dir, 'outside.json')), false, 'outside any repository');
  });
});

/** The facts of a file that holds `import openai` on its first line. */
function openaiFacts() {
  return {
    annotations: { annotations: [], suppressions: [], malformed: [] },
    detections: [{ kind: 'import' as const, library: 'openai', provider: 'openai', confidence: 'high' as const, range: r(0, 7, 0, 13), evidence: 'import openai' }],
    lines: { 0: 'import openai' },
  };
}

function r(sl: number, sc: number, el: number, ec: number) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}
