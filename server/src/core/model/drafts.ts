import { resolveFrom } from '../paths.js';
import { decodeText } from '../text/source-file.js';
import type { FileStat, Workspace } from '../workspace.js';
import { collectDocPaths } from './doc-paths.js';
import type { DraftInfo, ProjectModel } from './project-model.js';

export type { DraftInfo } from './project-model.js';

/**
 * Documents that are still the template aigov wrote: the marker line the template starts with is
 * there, and at least one section still holds its TODO placeholder. A document whose author
 * removed the marker, or filled every TODO, counts as written.
 */

/** Linked documents larger than this are never templates: not read. */
const MAX_DRAFT_BYTES = 512 * 1024;

/** Templates are Markdown; other text formats a team may turn them into are read too. PDFs and the like never are. */
const TEXT_DOCUMENT = /\.(?:md|markdown|mdx|txt|rst|adoc)$/i;

/** How the version of a state worked out from a given text (not from the disk) starts. */
const GIVEN = 'text:';

/** The first line of every document aigov writes from a template: `<!-- aigov:draft … -->`. */
const MARKER = /^\s*<!--\s*aigov:draft\b/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const TODO = /\bTODO\b/;

/** A heading's text without the closing `#`s and blanks (a loop: a regex here would be quadratic). */
function trimHeading(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t#'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/** The draft state of a document's text: undefined when it is not an unfilled template. One pass. */
export function draftInfo(text: string): DraftInfo | undefined {
  let marked = false;
  let heading = '';
  let total = 0;
  const sections: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (!marked && MARKER.test(line)) {
      marked = true;
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      // The title (a level-1 heading) is not a section: a TODO under it (the template's header
      // lines) is one outside any section, like one before the first heading.
      const section = (h[1] ?? '').length > 1;
      heading = section ? trimHeading(h[2] ?? '') : '';
      if (section) total++;
      continue;
    }
    if (TODO.test(line) && sections[sections.length - 1] !== heading) sections.push(heading);
  }
  return marked && sections.length > 0 ? { sections, total } : undefined;
}

/**
 * The draft state of every document the registries link, kept by file version so that a registry
 * edit re-reads only documents that changed. Open documents are given as text (`update`).
 */
export class DraftIndex {
  private readonly infos = new Map<string, DraftInfo>();
  private readonly versions = new Map<string, string>();
  private linked = new Set<string>();

  /** Draft documents by workspace-relative path; the model reads it. */
  get drafts(): ReadonlyMap<string, DraftInfo> {
    return this.infos;
  }

  isLinked(path: string): boolean {
    return this.linked.has(path);
  }

  /**
   * Re-reads the documents `model` links that changed on disk since last time (by size and
   * mtime); `textOf` gives the text an editor holds, which wins, and a text given to `update`
   * holds until the document is read again (`update` without text) or dropped. Never throws.
   */
  async refresh(model: ProjectModel, ws: Workspace, textOf: (path: string) => string | undefined): Promise<void> {
    const linked = new Set<string>();
    for (const ref of collectDocPaths(model)) {
      const p = resolveFrom(ref.component.registry.dir, ref.value);
      if (p !== undefined && !model.escapes(p)) linked.add(p);
    }
    for (const p of this.linked) {
      if (linked.has(p)) continue;
      this.infos.delete(p);
      this.versions.delete(p);
    }
    this.linked = linked;
    for (const p of linked) {
      const given = TEXT_DOCUMENT.test(p) ? textOf(p) : undefined;
      if (given !== undefined) {
        this.set(p, draftInfo(given), `${GIVEN}${given.length}`);
        continue;
      }
      // An editor's text, or one a fix plans: the disk may not have it (yet).
      if (this.versions.get(p)?.startsWith(GIVEN)) continue;
      const st = await ws.stat(p).catch(() => undefined);
      await this.readIfChanged(ws, p, st);
    }
  }

  /** A linked document changed (edited, saved, deleted): its state from `text`, else from the disk. */
  async update(ws: Workspace, path: string, text?: string): Promise<void> {
    if (!this.linked.has(path)) return;
    if (text !== undefined && TEXT_DOCUMENT.test(path)) {
      this.set(path, draftInfo(text), `${GIVEN}${text.length}`);
      return;
    }
    this.versions.delete(path);
    await this.readIfChanged(ws, path, await ws.stat(path).catch(() => undefined));
  }

  /** A linked document was deleted. */
  drop(path: string): void {
    this.set(path, undefined, undefined);
  }

  private async readIfChanged(ws: Workspace, path: string, st: FileStat | undefined): Promise<void> {
    if (!TEXT_DOCUMENT.test(path) || !st || st.type !== 'file' || st.escapes || st.size > MAX_DRAFT_BYTES) {
      this.set(path, undefined, undefined);
      return;
    }
    const version = `${st.size}:${st.mtimeMs}`;
    if (this.versions.get(path) === version) return;
    const bytes = await ws.readFile(path).catch(() => undefined);
    const decoded = bytes ? decodeText(bytes, MAX_DRAFT_BYTES) : undefined;
    this.set(path, decoded && !decoded.skipped ? draftInfo(decoded.text) : undefined, version);
  }

  private set(path: string, info: DraftInfo | undefined, version: string | undefined): void {
    if (info) this.infos.set(path, info);
    else this.infos.delete(path);
    if (version === undefined) this.versions.delete(path);
    else this.versions.set(path, version);
  }
}
