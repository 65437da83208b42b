// The user's hands for the extension-host suite. The suite runs inside VS Code's extension host
// and cannot click; the harness drives the workbench page in Chromium. A test asks for a UI step
// by printing one line, `@@ui {"id":…,"op":…}`, which reaches the harness through the workbench's
// codeAutomationLog hook; the harness performs it on the page (a click, keys, a screenshot) and
// answers with a file `<bridge dir>/<id>.json` that the suite waits for. The bridge dir reaches the
// extension host through the environment (AIGOV_E2E_BRIDGE), since code-server runs it locally.
//
// Ops (all wait up to `timeoutMs`, default 20 s):
//   screenshot {name}                          artifacts/e2e/<name>.png of the whole window
//   click {selector?, text?, within?, nth?}     a CSS selector, or the element showing `text` (in `within`)
//   hover {selector?, text?, within?}
//   press {keys}                               e.g. "Control+." or "Enter"
//   type {text}                                types into whatever has the focus
//   palette {text}                             opens the command palette (F1, again if it did not open)
//                                              and fills in `text`; never types into an editor
//   waitFor {selector?, text?, within?, state?} visible (default), hidden, attached
//   pick {label}                               clicks the quick-pick row showing `label`
//   input {text}                               fills the quick input (title, date) and presses Enter
//   dialog {button}                            clicks a button of the modal dialog
//   expand {view, row}                         opens a tree row by its twistie (a click on the row runs its command)
//   treeAction {view, row, action}             hovers a tree row of a view and clicks its inline action (by title)
//   texts {selector, within?}                  answers the text of every match (for assertions)
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { screenshot } from './code-server.mjs';

export const PREFIX = '@@ui ';

/** `within` is the title of a side-bar view or panel ("Registrations", "Problems") or a CSS selector. */
function scope(page, within) {
  if (!within) return page;
  if (/^[.#[]/.test(within)) return page.locator(within).first();
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: within }) }).first();
}

/**
 * The element to act on. With `visible`, only elements on screen count: the editor keeps some
 * scrolled-off content (code lenses, rows) in the page, and the first match must not be one of those.
 */
function target(page, { selector, text, within, nth = 0 }, visible = false) {
  const s = scope(page, within);
  const all = selector && text ? s.locator(selector, { hasText: text }) : selector ? s.locator(selector) : s.getByText(text, { exact: false });
  return (visible ? all.filter({ visible: true }) : all).nth(nth);
}

async function perform(page, req, log) {
  const timeout = req.timeoutMs ?? 20_000;
  switch (req.op) {
    case 'screenshot': {
      // Let a re-render (tree refresh, squiggles) settle before the picture.
      await page.waitForTimeout(req.settleMs ?? 600);
      return { file: await screenshot(page, req.name) };
    }
    case 'click': {
      const t = target(page, req, true);
      await t.waitFor({ state: 'visible', timeout });
      await t.click({ timeout });
      return {};
    }
    case 'hover': {
      const t = target(page, req, true);
      await t.waitFor({ state: 'visible', timeout });
      await t.hover({ timeout });
      return {};
    }
    case 'press':
      await page.keyboard.press(req.keys);
      return {};
    case 'type':
      await page.keyboard.type(req.text, { delay: 20 });
      return {};
    case 'palette': {
      // On a loaded machine F1 can arrive before the workbench has the focus back (after a quick
      // pick closed, an editor opened): the palette does not open, and keys typed next would land
      // in the editor. So wait for the palette's own input, press F1 again if it did not come, and
      // fill that input rather than typing into whatever has the focus.
      const box = page.locator('.quick-input-widget input').first();
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('F1');
        try {
          await box.waitFor({ state: 'visible', timeout: Math.min(timeout, 5_000) });
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
          await page.keyboard.press('Escape');
        }
      }
      await box.fill(`>${req.text}`);
      return {};
    }
    case 'waitFor': {
      const state = req.state ?? 'visible';
      await target(page, req, state === 'visible').waitFor({ state, timeout });
      return {};
    }
    case 'pick': {
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: req.label }).first();
      await row.waitFor({ state: 'visible', timeout });
      await row.click({ timeout });
      return {};
    }
    case 'input': {
      const box = page.locator('.quick-input-widget input').first();
      await box.waitFor({ state: 'visible', timeout });
      await box.fill(req.text);
      await page.keyboard.press('Enter');
      return {};
    }
    case 'dialog': {
      const button = page.locator('.monaco-dialog-box .dialog-buttons a.monaco-button, .monaco-dialog-box .dialog-buttons .monaco-button', { hasText: req.button }).first();
      await button.waitFor({ state: 'visible', timeout });
      await button.click({ timeout });
      return {};
    }
    case 'expand': {
      const row = scope(page, req.view).locator('.monaco-list-row', { hasText: req.row }).first();
      await row.waitFor({ state: 'visible', timeout });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click({ timeout });
      return {};
    }
    case 'treeAction': {
      const row = scope(page, req.view).locator('.monaco-list-row', { hasText: req.row }).first();
      await row.waitFor({ state: 'visible', timeout });
      await row.hover({ timeout });
      const action = row.locator(`.actions .action-label[aria-label^="${req.action}"]`).first();
      await action.waitFor({ state: 'visible', timeout });
      await action.click({ timeout });
      return {};
    }
    case 'texts': {
      const all = scope(page, req.within).locator(req.selector);
      return { texts: (await all.allTextContents()).map((t) => t.trim()) };
    }
    default:
      log(`ui bridge: unknown op ${req.op}`);
      throw new Error(`unknown ui op ${req.op}`);
  }
}

/**
 * A handler for the suite's log lines: answers `@@ui` requests one at a time, in order. Returns
 * true when the line was a request (so the harness does not print it).
 */
export async function createBridge(page, dir, log) {
  await mkdir(dir, { recursive: true });
  let queue = Promise.resolve();
  return (line) => {
    if (!line.startsWith(PREFIX)) return false;
    let req;
    try {
      req = JSON.parse(line.slice(PREFIX.length));
    } catch (e) {
      log(`ui bridge: unreadable request ${line}: ${e.message}`);
      return true;
    }
    queue = queue.then(async () => {
      let answer;
      try {
        answer = { ok: true, ...(await perform(page, req, log)) };
      } catch (e) {
        answer = { ok: false, error: e.message.split('\n')[0] };
        log(`ui bridge: ${req.op} failed: ${answer.error}`);
        // What the page showed when the step failed, for the person reading the log.
        await screenshot(page, `ui-failed-${req.op}-${req.id}`).catch(() => undefined);
      }
      // Written whole, then renamed: the suite never reads half an answer.
      const file = path.join(dir, `${req.id}.json`);
      await writeFile(`${file}.tmp`, JSON.stringify(answer));
      await rename(`${file}.tmp`, file);
    });
    return true;
  };
}
