// Steps for scripts/e2e/run-vsix-screens.mjs: the packaged aigov .vsix, installed into a clean
// code-server, on a copy of test-fixtures/workspaces/example (aigov.today = 2026-11-25).
// Saves under artifacts/e2e/:
//   aigov-registrations.png  the AI Governance container: Registrations expanded, Incidents
//   aigov-frameworks.png     the Frameworks view: pack → obligation (failing, met, later, n/a) → failing components
//   aigov-problems.png       the Problems panel with the aigov findings
//   aigov-quick-fix.png      the quick-fix menu open on AIGOV101 in .aigov.yaml
//   aigov-annotations.png    @aigov tags coloured in a TypeScript comment
//   aigov-welcome.png        a folder without a registry: the "Create .aigov.yaml" welcome view
//   aigov-created.png        ... after clicking it: the starter registry open, the view filled
// Every step asserts by DOM text that what the screenshot should show is on screen.
//
// page: a playwright-core Page on the workbench; helpers: see run-vsix-screens.mjs.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workbenchUrl } from './code-server.mjs';

const TIMEOUT = 60_000;

/** A row of a tree or list whose text contains `text`, inside `scope`. */
function row(scope, text) {
  return scope.locator('.monaco-list-row', { hasText: text }).first();
}

/** Waits for every text to be visible inside `scope`; throws naming the missing one. */
async function assertTexts(scope, texts, what) {
  for (const t of texts) {
    try {
      await scope.getByText(t, { exact: false }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    } catch (e) {
      throw new Error(`${what}: '${t}' is not on screen`, { cause: e });
    }
  }
}

/**
 * Expands a tree row (clicking the row itself would run its "open" command) until `child`
 * shows under it. Retries: a refresh from the server may re-render the row mid-click.
 */
async function expand(scope, text, child) {
  const r = row(scope, text);
  await r.waitFor({ state: 'visible', timeout: TIMEOUT });
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await r.getAttribute('aria-expanded')) !== 'true') await r.locator('.monaco-tl-twistie').click();
    try {
      await row(scope, child).waitFor({ state: 'visible', timeout: 3000 });
      return;
    } catch {
      /* not yet: click again */
    }
  }
  throw new Error(`could not expand '${text}' to show '${child}'`);
}

/** Drags the sash between the side bar and the editor so the tree's descriptions fit. */
async function widenSidebar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

/** @param {import('playwright-core').Page} page */
export default async function steps(page, helpers) {
  const { log } = helpers;
  const extension = helpers.extensions.find((e) => e.startsWith('aigov.aigov@'));
  if (!extension) throw new Error(`the .vsix did not install: ${helpers.extensions.join(', ')}`);
  log(`installed ${extension}`);

  // 1. The activity-bar container and the Registrations view, expanded.
  await page.locator('.activitybar .action-item a[aria-label^="AI Governance"]').first().click();
  const sidebar = page.locator('.part.sidebar');
  await assertTexts(sidebar, ['Registrations', 'Incidents', 'Frameworks'], 'AI Governance views');
  const registrations = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Registrations' }) });
  await assertTexts(registrations, ['.aigov.yaml', 'services/fraud/.aigov.yaml'], 'registry groups');
  await widenSidebar(page, 560);
  await expand(registrations, 'fraud-scorer', 'Risk: minimal');
  await assertTexts(registrations, ['Risk: minimal', 'Assessment: ok', 'Incidents (1)', 'Code ('], 'fraud-scorer expanded');
  await expand(registrations, 'Incidents (1)', 'INC-2026-004');
  await expand(registrations, 'support-chatbot', 'Assessment: missing');
  await assertTexts(registrations, ['INC-2026-004', 'Assessment: missing', 'product-recommender'], 'Registrations view');
  const incidents = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Incidents' }) });
  await assertTexts(incidents, ['INC-2026-004', '12 days left'], 'Incidents view');
  // The status item: open findings and uncovered AI uses.
  await page.locator('.part.statusbar [aria-label^="AI Governance:"]').first().waitFor({ state: 'visible', timeout: TIMEOUT });
  await helpers.waitForIdle();
  await helpers.screenshot('aigov-registrations');

  // 2. The Problems panel, filtered to the completeness findings so both registries show.
  await helpers.runCommand('View: Focus Problems');
  const panel = page.locator('.markers-panel');
  await panel.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  const filter = page.locator('.part.panel .viewpane-filter input').first();
  await filter.fill('AIGOV10');
  await assertTexts(panel, ['AIGOV101', 'AIGOV102', 'has no risk assessment', 'has no incident contact'], 'Problems panel');
  await helpers.waitForIdle();
  await helpers.screenshot('aigov-problems');
  await filter.fill('');

  // 3. A quick-fix menu open on the AIGOV101 finding (the `risk:` key of support-chatbot).
  await helpers.openFile('.aigov.yaml');
  const yaml = (await readFile(path.join(helpers.workspace, '.aigov.yaml'), 'utf8')).split(/\r?\n/);
  const idLine = yaml.findIndex((l) => /- id: support-chatbot\b/.test(l));
  const riskLine = yaml.findIndex((l, i) => i > idLine && /^\s+risk:/.test(l));
  if (idLine < 0 || riskLine < 0) throw new Error("the example's .aigov.yaml has no risk: under support-chatbot");
  await helpers.runCommand('Go to Line/Column');
  await page.keyboard.type(`${riskLine + 1}:${yaml[riskLine].indexOf('risk') + 2}`);
  await page.keyboard.press('Enter');
  const editor = page.locator('.part.editor .monaco-editor').first();
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: TIMEOUT });
  // The first request may race the document's sync ("No code actions available"): ask again
  // while the menu does not open.
  const menu = page.locator('.action-widget');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await menu.first().waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
      await page.keyboard.press('Escape');
    }
  }
  await assertTexts(menu, ['Create docs/risk/support-chatbot.md from a template and link it', 'Suppress AIGOV101'], 'quick-fix menu');
  await helpers.screenshot('aigov-quick-fix');
  await page.keyboard.press('Escape');

  // 4. The injection grammar: @aigov tags in a TypeScript comment, with the AIGOV201 squiggle.
  await helpers.openFile('tools/summarize.ts');
  await editor.locator('.view-line', { hasText: '@aigov support-chatbt' }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
  await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: TIMEOUT });
  await helpers.waitForIdle();
  await helpers.screenshot('aigov-annotations');

  // 4b. The Frameworks view, with the other two collapsed to give it room (last: it changes the layout).
  const header = (title) => sidebar.locator('.pane-header', { hasText: title }).first();
  const setExpanded = async (title, on) => {
    if (((await header(title).getAttribute('aria-expanded')) === 'true') !== on) await header(title).click();
  };
  await setExpanded('Registrations', false);
  await setExpanded('Incidents', false);
  await setExpanded('Frameworks', true);
  const frameworks = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Frameworks' }) });
  // Obligations by title, each with its state: failing first, then applies later, met, not applicable.
  // On the example's day the EU high-risk duties apply later; a missing assessment fails the Guidelines.
  await expand(frameworks, 'Japan AI Guidelines', 'AIGOV51');
  const failingObligation = frameworks.locator('.monaco-list-row', { hasText: /\d+ failing · .*AIGOV51\d/ }).first();
  const obligationText = (await failingObligation.locator('.label-name').first().textContent())?.trim() ?? '';
  await expand(frameworks, obligationText, 'support-chatbot');
  await assertTexts(frameworks, ['aigov core checks', 'EU AI Act', 'checks with findings', 'support-chatbot'], 'Frameworks view');
  await helpers.waitForIdle();
  await helpers.screenshot('aigov-frameworks');

  // 5. A folder with AI code but no registry: the welcome view, then its button.
  const empty = await mkdtemp(path.join(os.tmpdir(), 'aigov-welcome-'));
  try {
    await writeFile(path.join(empty, 'chat.py'), 'from openai import OpenAI\n\nclient = OpenAI()\n');
    await page.goto(workbenchUrl(helpers.origin, empty), { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('.activitybar .action-item a[aria-label^="AI Governance"]').first().click();
    await header('Registrations').waitFor({ state: 'visible', timeout: TIMEOUT });
    await setExpanded('Registrations', true);
    const regPane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Registrations' }) });
    const welcome = regPane.locator('.welcome-view-content');
    const create = welcome.locator('a.monaco-button, .monaco-button', { hasText: 'Create .aigov.yaml' }).first();
    await create.waitFor({ state: 'visible', timeout: TIMEOUT });
    await assertTexts(welcome, ['No .aigov.yaml registry was found'], 'welcome view');
    await helpers.waitForIdle();
    await helpers.screenshot('aigov-welcome');
    await create.click();
    await page.locator('.tabs-container .tab[aria-label*=".aigov.yaml"]').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await welcome.first().waitFor({ state: 'hidden', timeout: TIMEOUT });
    await assertTexts(regPane, ['.aigov.yaml', '1 component'], 'Registrations after Create .aigov.yaml');
    await helpers.waitForIdle();
    await helpers.screenshot('aigov-created');
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
}
