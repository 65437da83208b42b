import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { uiText } from '../core/i18n/ui.js';
import { WriteError, WritePlanError } from '../node/safe-write.js';
import { ioError } from './args.js';
import { main, takeLocale } from './main.js';

/** How `cli.write.code` reads for the code EX. */
const REASON = 'error EX';

describe('CLI entry', () => {
  it('--locale followed by another option has no value and leaves that option alone', () => {
    assert.deepEqual(takeLocale(['check', '--locale', '--today', '2026-01-01']), { value: '', rest: ['check', '--today', '2026-01-01'] });
    assert.deepEqual(takeLocale(['check', '--locale', '-h']), { value: '', rest: ['check', '-h'] });
    assert.deepEqual(takeLocale(['check', '--locale', 'x-', '.']), { value: 'x-', rest: ['check', '.'] });
  });

  it('a bug is an internal error: exit 2 with its stack, never a file-system message', async () => {
    let stderr = '';
    const code = await main(['explain', 'AIGOV101'], {
      cwd: process.cwd(),
      env: {},
      stdout: () => {
        throw new Error('boom');
      },
      stderr: (s) => void (stderr += s),
    });
    assert.equal(code, 2);
    assert.match(stderr, /^aigov explain: internal error: Error: boom\n {4}at /);
  });

  it('the arguments parser says which argument it refuses', async () => {
    let stderr = '';
    const code = await main(['check', '--nonsense'], { cwd: process.cwd(), env: {}, stdout: () => {}, stderr: (s) => void (stderr += s) });
    assert.equal(code, 2);
    assert.match(stderr, /^aigov check: Unknown option '--nonsense'/);
  });

  describe('ioError', () => {
    const cwd = path.resolve('/work/space');
    it('a refused write names the file relative to the working folder, or absolute when it is the folder or outside it', () => {
      const why = uiText('cli.write.code', { code: 'EX' });
      const shown = (target: string): string[] | undefined => ioError(new WriteError(target, why), cwd);
      assert.deepEqual(shown(path.join(cwd, 'out', 'r.json')), [`cannot write ${path.join('out', 'r.json')}: ${REASON}`]);
      assert.deepEqual(shown(cwd), [`cannot write ${cwd}: ${REASON}`]);
      assert.deepEqual(shown(path.dirname(cwd)), [`cannot write ${path.dirname(cwd)}: ${REASON}`]);
      assert.deepEqual(shown(path.resolve('/proc/1/x')), [`cannot write ${path.resolve('/proc/1/x')}: ${REASON}`]);
      assert.deepEqual(shown(path.join(cwd, 'line\nbreak')), [`cannot write line\\nbreak: ${REASON}`]);
      const plan = ioError(new WritePlanError([new WriteError(path.join(cwd, 'a'), why), new WriteError(path.join(cwd, 'b'), why)]), cwd);
      assert.deepEqual(plan, [`cannot write a: ${REASON}`, `cannot write b: ${REASON}`]);
    });

    it('a file-system error with or without a path; anything else is not one', () => {
      const errno = (props: Record<string, unknown>): Error => Object.assign(new Error('x'), props);
      assert.deepEqual(ioError(errno({ code: 'EACCES', syscall: 'open', path: path.join(cwd, 'a.yaml') }), cwd), ['a.yaml: permission denied (open)']);
      assert.deepEqual(ioError(errno({ code: 'EMFILE', syscall: 'open' }), cwd), ['too many open files (open)']);
      assert.equal(ioError(errno({ code: 'EACCES' }), cwd), undefined, 'no syscall: not from the file system');
      assert.equal(ioError(errno({ syscall: 'open' }), cwd), undefined, 'no code');
      assert.equal(ioError(new Error('bug'), cwd), undefined);
      assert.equal(ioError(undefined, cwd), undefined);
    });
  });
});
