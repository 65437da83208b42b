import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import type { FileListing, SkippedFile } from '../workspace.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

/** A workspace whose listing passes over some paths, as the file system walker does. */
class SkippingWorkspace extends InMemoryWorkspace {
  constructor(
    files: Record<string, string>,
    private readonly skips: SkippedFile[],
  ) {
    super(files);
  }

  override async listFiles(): Promise<FileListing> {
    const listing = await super.listFiles();
    return { ...listing, skipped: this.skips };
  }
}

async function findings(files: Record<string, string>, skips: SkippedFile[]): Promise<string[]> {
  const e = new Engine(new SkippingWorkspace(files, skips), { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === 'AIGOV007' || f.code === 'AIGOV008' || f.code === 'AIGOV009')
    .map((f) => `${f.file} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.code} ${f.severity} ${JSON.stringify(f.data ?? null)} ${f.message}`);
}

const REGISTRY = 'version: 1\ncomponents:\n  - id: chatbot\n    paths: ["**"]\n';

describe('files that are not read are reported (AIGOV007, AIGOV008, AIGOV009)', () => {
  it('a source file whose name is not UTF-8 is AIGOV009, a warning on the file, with the name shown escaped', async () => {
    // The byte 0xFF of the name is held as U+DCFF and shown as \xff.
    assert.deepEqual(await findings({ '.aigov.yaml': REGISTRY }, [{ path: 'src/bad\udcff.py', reason: 'name-not-utf8' }]), [
      `src/bad\udcff.py 0:0-0:0 AIGOV009 warning {"reason":"name-not-utf8"} The name of 'src/bad\\xff.py' is not valid UTF-8, so the file cannot be opened by it and is not analysed: AI use in it would go unseen. Rename it (bytes that are not UTF-8 are shown as \\xNN).`,
    ]);
  });

  it('a source file that cannot be read is AIGOV009, a warning saying what to check', async () => {
    assert.deepEqual(await findings({ '.aigov.yaml': REGISTRY }, [{ path: 'src/locked.py', reason: 'unreadable' }]), [
      `src/locked.py 0:0-0:0 AIGOV009 warning {"reason":"unreadable"} 'src/locked.py' could not be read or analysed, so AI use in it would go unseen; the other files are checked. Check that it can be read (its permissions, or those of its folder; the disk); a failed analysis is in the log.`,
    ]);
  });

  it('files passed over for a reason of their own (binary, too large, a link loop) are not AIGOV009', async () => {
    const skips: SkippedFile[] = [
      { path: 'a.bin', reason: 'binary' },
      { path: 'big.py', reason: 'too-large' },
      { path: 'loop', reason: 'symlink-loop' },
      { path: 'out.py', reason: 'outside-workspace' },
      { path: 'dir.py', reason: 'not-a-file' },
    ];
    assert.deepEqual(await findings({ '.aigov.yaml': REGISTRY }, skips), []);
  });

  it('an unreadable registry is AIGOV008, an error, never AIGOV009', async () => {
    const out = await findings({ '.aigov.yaml': REGISTRY }, [
      { path: 'sub/.aigov.yaml', reason: 'unreadable' },
      { path: 'big/.aigov.yaml', reason: 'too-large' },
    ]);
    assert.deepEqual(out, [
      `big/.aigov.yaml 0:0-0:0 AIGOV008 error {"reason":"too-large"} 'big/.aigov.yaml' is larger than 2 MiB, so it is not read as a registry and declares nothing. Save it as UTF-8 text under 2 MiB inside the workspace.`,
      `sub/.aigov.yaml 0:0-0:0 AIGOV008 error {"reason":"unreadable"} 'sub/.aigov.yaml' could not be read (permissions, or an error of the file system), so it is not read as a registry and declares nothing. Save it as UTF-8 text under 2 MiB inside the workspace.`,
    ]);
  });

  it('a folder in the place of a registry is AIGOV007, not AIGOV008; a folder named like a source file is neither', async () => {
    const out = await findings({ '.aigov.yaml': REGISTRY }, [
      { path: 'sub/.aigov.yaml', reason: 'not-a-file' },
      { path: 'src/model.py', reason: 'not-a-file' },
    ]);
    assert.deepEqual(out, [`sub/.aigov.yaml 0:0-0:0 AIGOV007 error null 'sub/.aigov.yaml' is a folder, so it is not read as a registry. Move its contents into a file of that name.`]);
  });
});
