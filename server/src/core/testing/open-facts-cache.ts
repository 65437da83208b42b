import { MemoryFactsCache, type KnownFile } from '../facts-cache.js';

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
  }
}
