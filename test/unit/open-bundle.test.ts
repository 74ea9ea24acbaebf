import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleOpener, bundleFilesIn } from '../../electron/main/open-bundle';

describe('opening a .focal file with the desktop app', () => {
  it('takes only .focal files from a command line, as absolute paths', () => {
    expect(bundleFilesIn(['/opt/Focal/focal', '--data', '/tmp/d', 'a.FOCAL', '/x/b.focal', 'c.focal.txt', '-x.focal'], '/home/fp')).toEqual([join('/home/fp', 'a.FOCAL'), '/x/b.focal']);
    expect(bundleFilesIn(['focal'], '/home/fp')).toEqual([]);
  });

  it('holds files until the window is ready, then opens each preview once, and says why one cannot be read', () => {
    const opener = new BundleOpener();
    opener.open('/in/first.focal');
    opener.open('/in/missing.focal');
    const shown: string[] = [];
    const failed: string[] = [];
    let next = 0;
    opener.ready({
      register: (path) => {
        if (path.includes('missing')) throw new Error(`Cannot read ${path}: no such file.`);
        next += 1;
        return `${next}`.padStart(24, '0');
      },
      show: (hash) => shown.push(hash),
      fail: (path, message) => failed.push(`${path}: ${message}`),
    });
    expect(shown).toEqual(['#/exchange?open=000000000000000000000001']);
    expect(failed).toEqual(['/in/missing.focal: Cannot read /in/missing.focal: no such file.']);
    opener.open('/in/later.focal');
    expect(shown).toEqual(['#/exchange?open=000000000000000000000001', '#/exchange?open=000000000000000000000002']);
  });
});
