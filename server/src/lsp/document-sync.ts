import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FolderChange } from './folder.js';
import type { ServerCore } from './server-core.js';
import { fsPathOf } from './uri.js';

/** Typing pauses shorter than this are one update. */
const CHANGE_DEBOUNCE_MS = 150;

/**
 * Editor documents into the engines: an open document is analysed at once (it is answered
 * first, even while the workspace indexes); edits are debounced, and any request about the
 * document flushes the pending edit first so it answers the text the user sees.
 */
export class DocumentSync {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, Promise<void>>();
  /** The version sent at open: the change event that follows every open repeats it. */
  private readonly openedVersion = new Map<string, number>();

  constructor(private readonly server: ServerCore) {}

  opened(doc: TextDocument): void {
    this.cancelTimer(doc.uri);
    this.openedVersion.set(doc.uri, doc.version);
    this.track(doc.uri, doc.getText(), doc.version);
  }

  changed(doc: TextDocument): void {
    if (this.openedVersion.get(doc.uri) === doc.version) return;
    this.openedVersion.delete(doc.uri);
    this.cancelTimer(doc.uri);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        const current = this.server.documents.get(doc.uri);
        if (current) this.track(doc.uri, current.getText(), current.version);
      }, CHANGE_DEBOUNCE_MS),
    );
  }

  /** The editor let go of the document: the disk is the truth again. */
  closed(uri: string): void {
    this.cancelTimer(uri);
    this.openedVersion.delete(uri);
    this.track(uri, undefined, undefined);
  }

  /** Applies a pending edit now and waits for every update of this document. */
  async flush(uri: string): Promise<void> {
    if (this.timers.has(uri)) {
      this.cancelTimer(uri);
      const doc = this.server.documents.get(uri);
      if (doc) this.track(uri, doc.getText(), doc.version);
    }
    await this.inflight.get(uri);
  }

  /** Flushes every pending edit (before workspace-wide answers such as rename). */
  async flushAll(): Promise<void> {
    await Promise.all([...new Set([...this.timers.keys(), ...this.inflight.keys()])].map((u) => this.flush(u)));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private cancelTimer(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  /** Updates of one document run one after the other, in the order the edits came. */
  private track(uri: string, text: string | undefined, version: number | undefined): void {
    const chained = (this.inflight.get(uri) ?? Promise.resolve()).then(() => this.apply(uri, text, version));
    this.inflight.set(uri, chained);
    void chained.then(() => {
      if (this.inflight.get(uri) === chained) this.inflight.delete(uri);
    });
  }

  /** Sends the text (or, without text, the disk) to every folder holding the file. */
  private async apply(uri: string, text: string | undefined, version: number | undefined): Promise<void> {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return;
    const changes: FolderChange[] = [];
    for (const { folder, path } of this.server.folders.containing(fsPath)) {
      try {
        if (await folder.ignore.isIgnored(path)) continue;
        const c = await folder.update(path, text, version);
        if (c) changes.push(c);
      } catch (err) {
        this.server.log.error(`Could not update ${path}`, err);
      }
    }
    try {
      this.server.changed(changes, 'editor', uri);
    } catch (err) {
      this.server.log.error(`Could not report the update of ${uri}`, err);
    }
  }
}
