import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { Engine } from '../engine.js';
import type { FileEdit, FixProposal } from '../finding.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { commentFor, headerInsertLine } from './comments.js';
import { linkComponentFix, registerComponentFix } from './register.js';
import { applyEdits } from './yaml-edit.js';

const BOT = 'import openai\nclient = openai.OpenAI()\n';

async function contextOf(files: Record<string, string>) {
  const engine = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
  await engine.indexAll();
  return engine.fixContext();
}

/** The text of `file` after the proposal's edits (a created file: its text). */
function after(files: Record<string, string>, fix: FixProposal | undefined, file: string): string {
  assert.ok(fix, 'a fix is proposed');
  const created = fix.edits.find((e): e is Extract<FileEdit, { kind: 'create' }> => e.kind === 'create' && e.file === file);
  if (created) return created.text;
  return applyEdits(files[file] ?? '', fix.edits.filter((e) => e.file === file));
}

describe('register and link component fixes', () => {
  it('appends the entry to the governing registry with only the fields it knows, paths relative to the registry', async () => {
    const files = { 'app/.aigov.yaml': 'version: 1\ncomponents:\n  - id: old\n', 'app/src/bot.py': BOT };
    const ctx = await contextOf(files);
    const fix = registerComponentFix(ctx, 'AIGOV201', 'app/src/bot.py', { id: 'bot', name: 'Bot', kind: 'llm-app', intended_purpose: 'Answers', paths: ['app/src/bot.py'], upstream_models: [{ provider: 'openai', name: 'gpt-4o' }] }, false);
    assert.equal(fix?.title, "Register new component 'bot' in app/.aigov.yaml");
    assert.equal(fix?.safe, false, 'the user reviews a new entry');
    assert.deepEqual(fix?.edits.map((e) => e.file), ['app/.aigov.yaml'], 'no annotation asked for');
    const reg = parseDocument(after(files, fix, 'app/.aigov.yaml')).toJS() as { components: Record<string, unknown>[] };
    assert.deepEqual(reg.components[1], {
      id: 'bot',
      name: 'Bot',
      kind: 'llm-app',
      intended_purpose: 'Answers',
      paths: ['src/bot.py'],
      upstream_models: [{ provider: 'openai', name: 'gpt-4o' }],
      risk: { level: 'unassessed' },
    });
    const bare = registerComponentFix(ctx, 'AIGOV201', 'app/src/bot.py', { id: 'bare', name: '', kind: '', intended_purpose: '', paths: [], upstream_models: [] }, false);
    const bareReg = parseDocument(after(files, bare, 'app/.aigov.yaml')).toJS() as { components: Record<string, unknown>[] };
    assert.deepEqual(bareReg.components[1], { id: 'bare', risk: { level: 'unassessed' } }, 'empty values are left out');
  });

  it('creates a starter .aigov.yaml where no registry governs the file, and never over an existing one', async () => {
    const files = { 'src/bot.py': BOT };
    const fix = registerComponentFix(await contextOf(files), 'AIGOV201', 'src/bot.py', { id: 'bot', paths: ['src/bot.py'] }, false);
    assert.equal(fix?.title, "Register new component 'bot' in a new .aigov.yaml");
    assert.equal(after(files, fix, '.aigov.yaml'), '# AI components of this repository, checked by aigov.\nversion: 1\n\ncomponents:\n  - id: bot\n    paths:\n      - src/bot.py\n    risk:\n      level: unassessed\n');
    // A file named .aigov.yaml that governs nothing (say, created since the last index) is not overwritten.
    const ctx = await contextOf(files);
    assert.equal(registerComponentFix({ ...ctx, exists: (p) => p === '.aigov.yaml' }, 'AIGOV201', 'src/bot.py', { id: 'bot' }, false), undefined);
    const purpose = 'Answers the questions of customers about their orders, deliveries and returns, in English and Japanese.';
    const long = registerComponentFix(ctx, 'AIGOV201', 'src/bot.py', { id: 'bot', intended_purpose: purpose }, false);
    assert.ok(after(files, long, '.aigov.yaml').includes(`\n    intended_purpose: ${purpose}\n`), 'a long value stays on one line');
  });

  it('annotates the file after its shebang and encoding lines when asked', async () => {
    const py = '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n' + BOT;
    const files = { '.aigov.yaml': 'version: 1\ncomponents:\n  - id: old\n', 'src/bot.py': py };
    const fix = registerComponentFix(await contextOf(files), 'AIGOV201', 'src/bot.py', { id: 'bot' }, true);
    assert.equal(after(files, fix, 'src/bot.py'), '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# @aigov bot\n' + BOT);
    assert.ok(after(files, fix, '.aigov.yaml').includes('  - id: bot\n'), 'and registers it');
  });

  it('links a file to an existing component with a comment of its language, keeping CRLF', async () => {
    const files = { '.aigov.yaml': 'version: 1\ncomponents:\n  - id: old\n', 'src/bot.py': BOT.replace(/\n/g, '\r\n') };
    const fix = linkComponentFix(await contextOf(files), 'AIGOV201', 'src/bot.py', 'old');
    assert.equal(fix?.title, "Link to existing component 'old'");
    assert.equal(fix?.safe, false);
    assert.equal(after(files, fix, 'src/bot.py'), '# @aigov old\r\n' + files['src/bot.py']);
    assert.equal(linkComponentFix(await contextOf(files), 'AIGOV201', 'src/unknown.py', 'old'), undefined, 'a file the engine does not hold');
  });

  it('writes the comment a language has: line, else block, else none', () => {
    assert.equal(commentFor('a.py', '@aigov x'), '# @aigov x');
    assert.equal(commentFor('a.ts', '@aigov x'), '// @aigov x');
    assert.equal(commentFor('a.css', '@aigov x'), '/* @aigov x */');
    assert.equal(commentFor('a.html', '@aigov x'), '<!-- @aigov x -->');
    assert.equal(commentFor('a.unknown-ext', '@aigov x'), undefined);
  });

  it('puts a file annotation after a shebang and a Python encoding declaration only', () => {
    assert.equal(headerInsertLine('import os\n'), 0);
    assert.equal(headerInsertLine('#!/bin/sh\necho\n'), 1);
    assert.equal(headerInsertLine('#!/usr/bin/env python\r\n# coding: latin-1\r\nx = 1\r\n'), 2);
    assert.equal(headerInsertLine('# vim: set fileencoding=utf-8 :\nx = 1\n'), 1, 'the encoding line alone');
    assert.equal(headerInsertLine('#coding=utf-8\n'), 1);
    assert.equal(headerInsertLine('x = 1\n#!/bin/sh\n'), 0, 'a shebang counts on the first line only');
    assert.equal(headerInsertLine('# a comment about decoding\nx = 1\n'), 0, 'no encoding name');
    assert.equal(headerInsertLine('x = "# coding: utf-8"\n'), 0, 'not a comment');
    assert.equal(headerInsertLine('x="#coding:utf-8"\n'), 0, 'code before the # on the line');
    assert.equal(headerInsertLine('  \f# -*- coding: latin-1 -*-\nx = 1\n'), 1, 'blanks and a form feed before the #');
    assert.equal(headerInsertLine('#!/bin/sh\nx = 1\n# coding: utf-8\n'), 1, 'an encoding line further down');
  });
});
