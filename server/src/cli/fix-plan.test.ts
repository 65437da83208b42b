import { strict as assert } from 'node:assert';
import { Engine } from '../core/engine.js';
import type { FileEdit, Finding, FixProposal } from '../core/finding.js';
import { InMemoryWorkspace } from '../core/testing/memory-workspace.js';
import { planFixes } from './fix-plan.js';

type Found = { finding: Finding; fixes: FixProposal[] };

/**
 * An engine whose findings are worked out again from the files' texts after each update, by
 * `analyse`: what `planFixes` needs of the real one (findings, their fixes, texts, updates).
 */
class ScriptedEngine {
  readonly texts: Map<string, string>;
  readonly updates: string[] = [];
  private found: Found[] = [];
  constructor(
    texts: Record<string, string>,
    private readonly analyse: (texts: ReadonlyMap<string, string>) => Found[],
  ) {
    this.texts = new Map(Object.entries(texts));
    this.found = analyse(this.texts);
  }
  findings(): Finding[] {
    return this.found.map((f) => f.finding);
  }
  fixesFor(finding: Finding): FixProposal[] {
    return this.found.find((f) => f.finding === finding)?.fixes ?? [];
  }
  factsOf(file: string): { source: { text: string } } | undefined {
    const text = this.texts.get(file);
    return text === undefined ? undefined : { source: { text } };
  }
  updateFile(file: string, text: string): Promise<void> {
    this.texts.set(file, text);
    this.updates.push(file);
    this.found = this.analyse(this.texts);
    return Promise.resolve();
  }
}

const at = (line: number, character: number): { line: number; character: number } => ({ line, character });

function finding(code: string, file = '.aigov.yaml', line = 0): Finding {
  return { code, severity: 'warning', message: code, file, range: { start: at(line, 0), end: at(line, 1) } };
}

function replace(file: string, line: number, from: number, to: number, newText: string): FileEdit {
  return { kind: 'replace', file, range: { start: at(line, from), end: at(line, to) }, newText };
}

function fix(title: string, edits: FileEdit[], safe = true): FixProposal {
  return { title, code: 'x', safe, edits };
}

const NOTHING = { exists: (): boolean => false, read: (): string | undefined => undefined };

async function plan(engine: ScriptedEngine, accept: (f: Finding) => boolean = () => true, disk: { exists(p: string): boolean; read(p: string): string | undefined } = NOTHING) {
  const p = await planFixes(engine as unknown as Engine, accept, disk);
  return {
    creates: Object.fromEntries(p.creates),
    changes: Object.fromEntries(p.changes),
    applied: p.applied.map((a) => `${a.finding.code} ${a.title}`),
    skipped: p.skipped.map((s) => `${s.finding.code} ${s.title}: ${s.reason.kind}${'file' in s.reason ? ` ${s.reason.file}` : ''}`),
  };
}

describe('planFixes', () => {
  it('applies the first safe fix of each accepted finding, and re-reads the file after', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'owner: none\nrisk: none\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (text.includes('owner: none')) out.push({ finding: finding('AIGOV105'), fixes: [fix('unsafe owner', [replace('.aigov.yaml', 0, 7, 11, 'WRONG')], false), fix('set owner', [replace('.aigov.yaml', 0, 7, 11, 'team')])] });
      if (text.includes('risk: none')) out.push({ finding: finding('AIGOV106', '.aigov.yaml', 1), fixes: [fix('set risk', [replace('.aigov.yaml', 1, 6, 10, 'low')])] });
      return out;
    });
    assert.deepEqual(await plan(engine, (f) => f.code === 'AIGOV105'), {
      creates: {},
      changes: { '.aigov.yaml': { before: 'owner: none\nrisk: none\n', after: 'owner: team\nrisk: none\n' } },
      applied: ['AIGOV105 set owner'],
      skipped: [],
    });
    assert.deepEqual(engine.updates, ['.aigov.yaml']);
  });

  it('edits of one file that do not overlap go together; one that overlaps waits for the next pass, computed on the new text', async () => {
    const engine = new ScriptedEngine({ 'a.txt': 'aaaa bbbb\n' }, (t) => {
      const text = t.get('a.txt') ?? '';
      const out: Found[] = [];
      const a = text.indexOf('aaaa');
      if (a >= 0) out.push({ finding: finding('AIGOV201', 'a.txt'), fixes: [fix('A', [replace('a.txt', 0, a, a + 4, 'AA')])] });
      const b = text.indexOf('bbbb');
      // The second fix touches the first one's range: it waits.
      if (b >= 0) out.push({ finding: finding('AIGOV202', 'a.txt'), fixes: [fix('B', [replace('a.txt', 0, b - 2, b + 4, '+BB')])] });
      const c = text.indexOf('BB');
      if (c >= 0 && !text.includes('BBC')) out.push({ finding: finding('AIGOV203', 'a.txt'), fixes: [fix('C', [replace('a.txt', 0, c + 2, c + 2, 'C')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV201 A', 'AIGOV202 B', 'AIGOV203 C']);
    assert.deepEqual(p.changes['a.txt'], { before: 'aaaa bbbb\n', after: 'A+BBC\n' });
    assert.deepEqual(engine.updates, ['a.txt', 'a.txt', 'a.txt']);
  });

  it('edits that only touch end to start do not overlap and go in one pass', async () => {
    const engine = new ScriptedEngine({ 'a.txt': 'abcd\n' }, (t) => {
      const text = t.get('a.txt') ?? '';
      if (text !== 'abcd\n') return [];
      return [
        { finding: finding('AIGOV201', 'a.txt'), fixes: [fix('left', [replace('a.txt', 0, 0, 2, 'X')])] },
        { finding: finding('AIGOV202', 'a.txt'), fixes: [fix('right', [replace('a.txt', 0, 2, 4, 'Y')])] },
      ];
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV201 left', 'AIGOV202 right']);
    assert.equal(p.changes['a.txt']?.after, 'XY\n');
    assert.deepEqual(engine.updates, ['a.txt'], 'one pass');
    // The same, the edit on the right planned first.
    const reversed = new ScriptedEngine({ 'a.txt': 'abcd\n' }, (t) => {
      if (t.get('a.txt') !== 'abcd\n') return [];
      return [
        { finding: finding('AIGOV201', 'a.txt'), fixes: [fix('right', [replace('a.txt', 0, 2, 4, 'Y')])] },
        { finding: finding('AIGOV202', 'a.txt'), fixes: [fix('left', [replace('a.txt', 0, 0, 2, 'X')])] },
      ];
    });
    assert.equal((await plan(reversed)).changes['a.txt']?.after, 'XY\n');
    assert.deepEqual(reversed.updates, ['a.txt'], 'one pass');
  });

  it('fixes of the registry\'s structure (codes below 100) go first, in a pass of their own', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'ownr: x\nb: 1\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (text.includes('b: 1')) out.push({ finding: finding('AIGOV105', '.aigov.yaml', 1), fixes: [fix('b', [replace('.aigov.yaml', 1, 3, 4, '2')])] });
      if (text.includes('ownr')) out.push({ finding: finding('AIGOV002'), fixes: [fix('rename', [replace('.aigov.yaml', 0, 0, 4, 'owner')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV002 rename', 'AIGOV105 b']);
    assert.equal(p.changes['.aigov.yaml']?.after, 'owner: x\nb: 2\n');
    assert.deepEqual(engine.updates, ['.aigov.yaml', '.aigov.yaml']);
  });

  it('never creates over something that exists, and never edits a file it cannot read; each is said once', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\n' }, () => [
      { finding: finding('AIGOV103'), fixes: [fix('template', [{ kind: 'create', file: 'docs/risk.md', text: '# Risk\n' }])] },
      { finding: finding('AIGOV110', 'gone.txt'), fixes: [fix('edit gone', [replace('gone.txt', 0, 0, 1, 'x')])] },
    ]);
    const exists = (p: string): boolean => p === 'docs/risk.md';
    assert.deepEqual(await plan(engine, () => true, { exists, read: () => undefined }), {
      creates: {},
      changes: {},
      applied: [],
      skipped: ['AIGOV103 template: exists docs/risk.md', 'AIGOV110 edit gone: unreadable'],
    });
    // A file the engine does not hold is read from the disk.
    const onDisk = await plan(new ScriptedEngine({}, (t) => (t.has('gone.txt') ? [] : [{ finding: finding('AIGOV110', 'gone.txt'), fixes: [fix('edit', [replace('gone.txt', 0, 0, 1, 'y')])] }])), () => true, {
      exists: () => false,
      read: (p) => (p === 'gone.txt' ? 'x\n' : undefined),
    });
    assert.deepEqual(onDisk.changes, { 'gone.txt': { before: 'x\n', after: 'y\n' } });
    assert.deepEqual(onDisk.skipped, []);
  });

  it('creates a file once: a template planned by one fix is the same fix seen again; a second fix needing it waits a pass', async () => {
    const create: FileEdit = { kind: 'create', file: 'docs/risk.md', text: '# Risk\n' };
    const engine = new ScriptedEngine({ '.aigov.yaml': 'doc: none\nother: none\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (text.includes('doc: none')) out.push({ finding: finding('AIGOV101'), fixes: [fix('link', [create, replace('.aigov.yaml', 0, 5, 9, 'docs/risk.md')])] });
      // Still found once the file is planned (the engine has it): the same template, nothing to edit.
      out.push({ finding: finding('AIGOV103'), fixes: [fix('template', [create])] });
      if (text.includes('other: none')) out.push({ finding: finding('AIGOV108', '.aigov.yaml', 1), fixes: [fix('other', [create, replace('.aigov.yaml', 1, 7, 11, 'docs/risk.md')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.creates, { 'docs/risk.md': '# Risk\n' });
    assert.deepEqual(p.applied, ['AIGOV101 link']);
    assert.deepEqual(p.skipped, ['AIGOV108 other: exists docs/risk.md'], 'its template is planned already, with a fix of its own to make');
    assert.equal(p.changes['.aigov.yaml']?.after, 'doc: docs/risk.md\nother: none\n');
    assert.deepEqual(engine.updates, ['.aigov.yaml', 'docs/risk.md']);
  });

  it('a registry edit after which the file no longer parses is never kept; with others, edits go one at a time', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\nb: 2\nc: 3\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (/^a: 1$/m.test(text)) out.push({ finding: finding('AIGOV101'), fixes: [fix('fine', [replace('.aigov.yaml', 0, 3, 4, '10')])] });
      // Alone it breaks the registry (an unclosed flow sequence).
      if (/^b: 2$/m.test(text)) out.push({ finding: finding('AIGOV102', '.aigov.yaml', 1), fixes: [fix('breaks', [replace('.aigov.yaml', 1, 3, 4, '[2')])] });
      if (/^c: 3$/m.test(text)) out.push({ finding: finding('AIGOV104', '.aigov.yaml', 2), fixes: [fix('also fine', [replace('.aigov.yaml', 2, 3, 4, '30')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV101 fine', 'AIGOV104 also fine']);
    assert.deepEqual(p.skipped, ['AIGOV102 breaks: wouldNotParse .aigov.yaml']);
    assert.equal(p.changes['.aigov.yaml']?.after, 'a: 10\nb: 2\nc: 30\n');
    assert.deepEqual(p.changes['.aigov.yaml']?.before, 'a: 1\nb: 2\nc: 3\n', 'the text before the first pass');
  });

  it('two registry edits that each parse alone but not together: the second waits, then is left out', async () => {
    // Each renames a key to `k`: together they make a duplicate key.
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\nb: 2\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (/^a:/m.test(text)) out.push({ finding: finding('AIGOV101'), fixes: [fix('a to k', [replace('.aigov.yaml', 0, 0, 1, 'k')])] });
      if (/^b:/m.test(text)) out.push({ finding: finding('AIGOV102', '.aigov.yaml', 1), fixes: [fix('b to k', [replace('.aigov.yaml', 1, 0, 1, 'k')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV101 a to k']);
    assert.deepEqual(p.skipped, ['AIGOV102 b to k: wouldNotParse .aigov.yaml']);
    assert.equal(p.changes['.aigov.yaml']?.after, 'k: 1\nb: 2\n');
  });

  it('a fix that edits a registry and another file is checked in the registry by its own edits there', async () => {
    // `both` edits the registry and opens a bracket in a source file; `breaks` alone breaks the
    // registry, so each fix's edits of it are tried on their own.
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\nb: 2\n', 'app.py': 'x = 1\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [];
      if (/^a: 1$/m.test(text)) out.push({ finding: finding('AIGOV101'), fixes: [fix('both', [replace('.aigov.yaml', 0, 3, 4, '10'), replace('app.py', 0, 0, 0, '[')])] });
      if (/^b: 2$/m.test(text)) out.push({ finding: finding('AIGOV102', '.aigov.yaml', 1), fixes: [fix('breaks', [replace('.aigov.yaml', 1, 3, 4, '[2')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.applied, ['AIGOV101 both']);
    assert.deepEqual(p.skipped, ['AIGOV102 breaks: wouldNotParse .aigov.yaml']);
    assert.equal(p.changes['.aigov.yaml']?.after, 'a: 10\nb: 2\n');
    assert.equal(p.changes['app.py']?.after, '[x = 1\n');
  });

  it('a file that is not a registry is edited whatever it holds after', async () => {
    const engine = new ScriptedEngine({ 'notes.yaml': 'a: 1\n' }, (t) =>
      t.get('notes.yaml') === 'a: 1\n' ? [{ finding: finding('AIGOV110', 'notes.yaml'), fixes: [fix('break', [replace('notes.yaml', 0, 3, 4, '[1')])] }] : [],
    );
    assert.deepEqual((await plan(engine)).changes, { 'notes.yaml': { before: 'a: 1\n', after: 'a: [1\n' } });
  });

  it('stops after eight passes when a fix never ends its finding', async () => {
    const engine = new ScriptedEngine({ 'log.txt': '' }, (t) => [{ finding: finding('AIGOV110', 'log.txt'), fixes: [fix('append', [replace('log.txt', 0, (t.get('log.txt') ?? '').length, (t.get('log.txt') ?? '').length, 'x')])] }]);
    const p = await plan(engine);
    assert.equal(p.applied.length, 8);
    assert.deepEqual(p.changes['log.txt'], { before: '', after: 'xxxxxxxx' });
  });

  it('a fix left out is said once, though later passes see its finding again', async () => {
    // One fix creates a file that exists (skipped); two others overlap, so a second pass runs.
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [{ finding: finding('AIGOV101'), fixes: [fix('make doc', [{ kind: 'create', file: 'doc.md', text: '# Doc\n' }])] }];
      if (text === 'a: 1\n') out.push({ finding: finding('AIGOV102'), fixes: [fix('a is 2', [replace('.aigov.yaml', 0, 3, 4, '2')])] });
      if (!text.includes('b')) out.push({ finding: finding('AIGOV103'), fixes: [fix('a to b', [replace('.aigov.yaml', 0, 0, 4, 'b: 3')])] });
      return out;
    });
    const p = await plan(engine, () => true, { exists: (f) => f === 'doc.md', read: () => undefined });
    assert.deepEqual(p.skipped, ['AIGOV101 make doc: exists doc.md']);
    assert.deepEqual(p.applied, ['AIGOV102 a is 2', 'AIGOV103 a to b']);
  });

  it('an unreadable file is said once too', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'a: 1\n' }, (t) => {
      const text = t.get('.aigov.yaml') ?? '';
      const out: Found[] = [{ finding: finding('AIGOV201', 'gone.ts'), fixes: [fix('edit gone', [replace('gone.ts', 0, 0, 0, 'x')])] }];
      if (text === 'a: 1\n') out.push({ finding: finding('AIGOV102'), fixes: [fix('a is 2', [replace('.aigov.yaml', 0, 3, 4, '2')])] });
      if (!text.includes('b')) out.push({ finding: finding('AIGOV103'), fixes: [fix('a to b', [replace('.aigov.yaml', 0, 0, 4, 'b: 3')])] });
      return out;
    });
    const p = await plan(engine);
    assert.deepEqual(p.skipped, ['AIGOV201 edit gone: unreadable']);
    assert.deepEqual(p.applied, ['AIGOV102 a is 2', 'AIGOV103 a to b']);
  });

  it('registry edits that parse together are applied in one pass, however many', async () => {
    // Twelve keys, each fixed alone: more than the eight passes, so they must go together.
    const keys = Array.from({ length: 12 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const engine = new ScriptedEngine({ '.aigov.yaml': keys.map((k) => `${k}: 0\n`).join('') }, (t) =>
      (t.get('.aigov.yaml') ?? '')
        .split('\n')
        .flatMap((line, i) => (line.endsWith(': 0') ? [{ finding: finding('AIGOV105', '.aigov.yaml', i), fixes: [fix(`set ${line.slice(0, 3)}`, [replace('.aigov.yaml', i, 5, 6, '1')])] }] : [])),
    );
    const p = await plan(engine);
    assert.equal(p.applied.length, 12);
    assert.equal(p.changes['.aigov.yaml']?.after, keys.map((k) => `${k}: 1\n`).join(''));
    assert.deepEqual(engine.updates, ['.aigov.yaml'], 'one pass: one update');
  });

  it('a fix that only creates a file is applied', async () => {
    const engine = new ScriptedEngine({ '.aigov.yaml': 'doc: docs/notice.md\n' }, (t) =>
      t.has('docs/notice.md') ? [] : [{ finding: finding('AIGOV103'), fixes: [fix('create notice', [{ kind: 'create', file: 'docs/notice.md', text: '# Notice\n' }])] }],
    );
    assert.deepEqual(await plan(engine), { creates: { 'docs/notice.md': '# Notice\n' }, changes: {}, applied: ['AIGOV103 create notice'], skipped: [] });
  });
});

describe('planFixes on the engine', () => {
  // A high-risk system under the EU AI Act without its documents: every safe fix creates one from
  // a template and links it at the same place in the registry, so they take more than one pass.
  const REGISTRY = `version: 1
organization: { owner: a@example.co.jp, contacts: { incident: i@example.co.jp } }
frameworks: [eu-ai-act]
components:
  - id: scorer
    kind: model
    owner: a@example.co.jp
    roles: [provider]
    jurisdictions: [eu]
    intended_purpose: Score loan applications
    risk: { level: high, basis: Annex III 5(b), assessment: { path: risk.md, date: 2026-03-01, next_review: 2027-03-01 } }
`;
  const TODAY = '2026-11-25';
  const drafts = (e: Engine): string[] => e.findings().filter((f) => f.code === 'AIGOV110').map((f) => String(f.data?.['target'])).sort();

  it('leaves the engine as a check of the planned files finds them: a document created in one pass stays a draft after a later registry edit', async () => {
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'risk.md': '# Risk\n' });
    const engine = new Engine(ws, { today: TODAY });
    await engine.indexAll();
    const updates: string[] = [];
    const update = engine.updateFile.bind(engine);
    engine.updateFile = (file, text, version) => {
      updates.push(file);
      return update(file, text, version);
    };
    const p = await planFixes(engine, () => true, { exists: (f) => ws.text(f) !== undefined, read: (f) => ws.text(f) });
    const created = [...p.creates.keys()].sort();
    // What this test is about: the registry is edited again after a document was created.
    assert.ok(created.length >= 2, created.join(' '));
    assert.ok(updates.lastIndexOf('.aigov.yaml') > updates.findIndex((f) => created.includes(f)), updates.join(' '));
    // Nothing is written while planning.
    assert.deepEqual(created.filter((f) => ws.text(f) !== undefined), []);
    // Every document is written from a template: a draft, also one created before the last registry edit.
    assert.deepEqual(drafts(engine), created);
    for (const [f, text] of p.creates) ws.write(f, text);
    for (const [f, c] of p.changes) ws.write(f, c.after);
    const fresh = new Engine(ws, { today: TODAY });
    await fresh.indexAll();
    const seen = (e: Engine): string[] => e.findings().map((f) => `${f.file}:${f.range.start.line}:${f.range.start.character} ${f.code} ${f.message}`).sort();
    assert.deepEqual(seen(engine), seen(fresh));
  });
});
