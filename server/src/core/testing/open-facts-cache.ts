import { MemoryFactsCache, type KnownFile } from '../facts-cache.js';
import type { Finding } from '../finding.js';

/** A memory cache whose entries a test can reach, to show that what it knows is used rather than analysed again. */
export class OpenFactsCache extends MemoryFactsCache {
  entry(path: string): KnownFile | undefined {
    return this.entries.get(path);
  }

  /** Marks every cached detection of `path` (" [cached]" after its evidence), so that findings show where they came from. */
  mark(path: string): void {
    const e = this.entries.get(path);
    if (!e?.facts) throw new Error(`the cache does not know what ${path} holds`);
    e.facts = { ...e.facts, detections: e.facts.detections.map((d) => ({ ...d, evidence: `${d.evidence} [cached]` })) };
    // Findings belong to the facts they were computed from: new facts, none remembered.
    delete e.findings;
  }

  /**
   * Makes the facts of `path` such as a persisted store gives them, vouched for (see
   * `CachedFacts.vouched`), with detections that count each time they are asked for.
   */
  vouch(path: string): { asked: number } {
    const e = this.entries.get(path);
    if (!e?.facts) throw new Error(`the cache does not know what ${path} holds`);
    const { annotations, detections, lines } = e.facts;
    const count = { asked: 0 };
    e.facts = {
      annotations,
      lines,
      vouched: true,
      get detections() {
        count.asked++;
        return detections;
      },
    };
    delete e.findings;
    return count;
  }

  /** Marks every remembered finding of `path` (" [cached]" after its message), so that a test sees which findings were not computed again. */
  markFindings(path: string): void {
    const e = this.entries.get(path);
    if (!e?.findings) throw new Error(`the cache remembers no findings of ${path}`);
    const list = JSON.parse(e.findings.json) as Finding[];
    // Without the list parsed so far: the marked JSON is what the next question parses.
    const { parsed: _parsed, ...kept } = e.findings;
    e.findings = { ...kept, json: JSON.stringify(list.map((f) => ({ ...f, message: `${f.message} [cached]` }))) };
  }
}
