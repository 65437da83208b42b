import { strict as assert } from 'node:assert';
import { nameOfBytes } from '../core/text/shown-path.js';
import { unopenedFolders } from './git-listing.js';

describe('unopenedFolders (git ls-files standard error)', () => {
  it('takes each folder git could not open, without its slash, quotes in the name and all; other lines are not folders', () => {
    const stderr = Buffer.from(
      [
        "warning: could not open directory 'secret/': Permission denied",
        "warning: could not open directory 'sub/it's here/': Input/output error",
        'warning: some other warning',
        "error: could not open directory 'not-a-warning/': Permission denied",
        '',
      ].join('\n'),
    );
    assert.deepEqual(unopenedFolders(stderr), ['secret', "sub/it's here"]);
  });

  it('keeps a name that is not UTF-8 by its bytes, and ignores a line cut short', () => {
    const name = Buffer.from('d\xfe', 'latin1');
    const stderr = Buffer.concat([Buffer.from("warning: could not open directory '"), name, Buffer.from("/': Permission denied\nwarning: could not open directory 'cut")]);
    assert.deepEqual(unopenedFolders(stderr), [nameOfBytes(name)]);
  });

  it('finds nothing in silence', () => {
    assert.deepEqual(unopenedFolders(Buffer.alloc(0)), []);
  });
});
