import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateApp } from '../../electron/cli/app-root';
import { openBrowser } from '../../electron/cli/open-browser';
import { runCli } from '../../electron/cli/run-cli';
import { migrate } from '../../electron/core/store/migrate';
import { configureConnection } from '../../electron/core/store/open-database';
import { openTestCore, repoRoot, tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the focal CLI', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('init prints the city and a fingerprint, and --json gives {city, fingerprint}', async () => {
    const human = await focal('init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis', '--country', 'tn', '--locale', 'fr');
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/City: Tunis \(tunis\) — TN, south shore/);
    expect(human.out).toMatch(/Signing key fingerprint: \d{5}( \d{5}){5}/);

    const other = tempDir();
    const json = await focal('init', '--data', other.dir, '--city', 'lyon', '--name', 'Lyon', '--country', 'FR', '--json');
    expect(json.code).toBe(0);
    const parsed: unknown = JSON.parse(json.out);
    expect(parsed).toMatchObject({ city: { code: 'lyon', country: 'FR', shore: 'north' }, fingerprint: expect.stringMatching(/^\d{5}( \d{5}){5}$/) });
    other.remove();
  });

  it('a second init on the same folder fails (exit 1) and keeps the key', async () => {
    const first = JSON.parse((await focal('init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis', '--json')).out);
    const second = await focal('init', '--data', folder.dir, '--city', 'tangier', '--name', 'Tangier', '--json');
    expect(second.code).toBe(1);
    expect(second.err.split('\n')).toHaveLength(1);
    expect(second.err).toContain('already set up');
    const status = JSON.parse((await focal('status', '--data', folder.dir, '--json')).out);
    expect(status.city.code).toBe('tunis');
    expect(status.city.signingKey.fingerprint).toBe(first.fingerprint);
  });

  it('catalogue list --json gives every indicator with code, unit, domain and names in every language', async () => {
    const { code, out } = await focal('catalogue', 'list', '--data', folder.dir, '--json');
    expect(code).toBe(0);
    const indicators: unknown = JSON.parse(out);
    expect(Array.isArray(indicators)).toBe(true);
    if (!Array.isArray(indicators)) return;
    expect(indicators.length).toBeGreaterThanOrEqual(28);
    for (const indicator of indicators) {
      expect(indicator).toMatchObject({
        code: expect.any(String),
        unit: expect.stringMatching(/^(count|percent|rate|currency|ynp)$/),
        domain: expect.any(String),
        name: { en: expect.any(String), fr: expect.any(String), ar: expect.any(String) },
      });
    }
  });

  it('catalogue list filters and prints a table in the chosen language', async () => {
    const { code, out } = await focal('catalogue', 'list', '--data', folder.dir, '--domain', 'health', '--locale', 'ar');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^CODE\s+DOMAIN\s+UNIT\s+NAME$/);
    expect(out).toMatch(/HEA_\w+\s+health/);
    expect(out).not.toMatch(/\beducation\b/);
    expect(out).toMatch(/[\u0600-\u06FF]/);
  });

  it('demo fills a clearly labelled sample city', async () => {
    const { code, out } = await focal('demo', '--data', folder.dir);
    expect(code).toBe(0);
    expect(out).toContain('[sample data]');
    expect(out).toContain('Sample city');
  });

  it('exits 2 with a one-line reason on usage errors', async () => {
    for (const argv of [
      ['frobnicate'],
      ['init', '--data', folder.dir, '--name', 'Tunis'],
      ['init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis', '--locale', 'de'],
      ['init', '--data', folder.dir, '--city', 'Not A Code', '--name', 'Tunis'],
      ['init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis', '--bogus'],
      ['catalogue', 'destroy', '--data', folder.dir],
      ['serve', '--data', folder.dir, '--port', 'eighty'],
      ['init', '--data', '', '--city', 'tunis', '--name', 'Tunis'],
    ]) {
      const { code, err } = await focal(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.split('\n'), argv.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^focal: usage: /);
    }
    const { code } = await focal('status', '--data', folder.dir, '--json');
    expect(code).toBe(0);
  });

  it('exits 1 with a one-line reason when the data folder cannot be opened', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(`${folder.dir}/store`, { recursive: true });
    const header = Buffer.alloc(4096);
    Buffer.from('SQLite format 3\0', 'latin1').copy(header);
    header.writeInt32BE(99999, 60);
    writeFileSync(`${folder.dir}/store/focal.sqlite`, header);
    const { code, err } = await focal('status', '--data', folder.dir);
    expect(code).toBe(1);
    expect(err).toMatch(/^focal: This data folder was written by a newer version of Focal/);
    expect(err.split('\n')).toHaveLength(1);
  });

  it('exits 1 with a plain line, not SQL, when the data cannot be upgraded to this version', async () => {
    mkdirSync(`${folder.dir}/store`, { recursive: true });
    const old = new Database(`${folder.dir}/store/focal.sqlite`);
    configureConnection(old);
    migrate(old, { to: 10 });
    // A table in the way of the next step's CREATE TABLE.
    old.exec('CREATE TABLE policy_domains (x INTEGER) STRICT');
    old.close();
    const { code, err } = await focal('status', '--data', folder.dir);
    expect(code).toBe(1);
    expect(err).toMatch(/^focal: Focal could not upgrade your data to this version, so it did not open it\. Your data is unchanged/);
    expect(err).toContain(`${folder.dir}/backups`);
    expect(err).not.toMatch(/policy_domains|already exists|SQLITE/);
    expect(err.split('\n')).toHaveLength(1);
  });

  it('prints help and the version', async () => {
    expect((await focal('--help')).out).toContain('Usage: focal <command>');
    expect((await focal('--version')).out).toMatch(/^\d+\.\d+\.\d+/);
    expect((await focal()).code).toBe(2);
  });
});

describe('what the CLI prints never drives the terminal', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  // ESC [31m turns the terminal red, ESC ]0;…BEL retitles the window, U+202E reverses what follows.
  const esc = '\u001b';
  const hostile = `${esc}[31mred${esc}]0;pwned\u0007 \u202eevil\u2066x\u2069 \u009b2J`;
  /** Raw control characters a terminal would act on (line feeds between lines are fine). */
  // eslint-disable-next-line no-control-regex -- looking for exactly these
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('escapes control and bidi characters that come from an imported file, in errors, sources and names', async () => {
    const data = join(folder.dir, 'data');
    expect((await focal('init', '--data', data, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
    const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
    const bad = join(folder.dir, `bad${esc}[2J.csv`);
    writeFileSync(bad, [header, `POP_TOTAL${hostile},2024,,,,,,5,Census,,`, `POP_TOTAL,2024\u202e,,,,,,5,Census,,`, `POP_TOTAL,2023,,,,,,5,Census,,${hostile}`].join('\n'));
    const failed = await focal('observations', 'import', '--data', data, bad);
    expect(failed.code).toBe(1);
    expect(failed.out).not.toMatch(raw);
    expect(failed.out).toContain('\\u001b[31mred\\u001b]0;pwned\\u0007 \\u202eevil\\u2066x\\u2069 \\u009b2J');
    expect(failed.out).toContain('bad\\u001b[2J.csv');
    // One error per line: nothing from the file starts a line of its own.
    for (const line of failed.out.split('\n')) expect(line).toMatch(/^(Checked 3 rows of | {2}error: line [234], (indicator|period|flags): |Nothing was written)/);

    // Control characters never reach the store: the validator refuses them in every text, and the
    // refusal names each column without echoing them.
    const hostileTexts = join(folder.dir, 'hostile-texts.csv');
    writeFileSync(hostileTexts, [header, `POP_TOTAL,2024,,,,,Médina ${hostile},5,Census ${hostile},"note\nwith ${hostile}",`].join('\n'));
    const refused = await focal('observations', 'import', '--data', data, hostileTexts, '--dry-run');
    expect(refused.code).toBe(1);
    expect(refused.out).not.toMatch(raw);
    expect(refused.out).not.toContain('New sources');
    expect(refused.out.split('\n').filter((line) => line.startsWith('  error:'))).toEqual([
      expect.stringMatching(/^ {2}error: line 2, area: .*control character/),
      expect.stringMatching(/^ {2}error: line 2, source: .*control character/),
      expect.stringMatching(/^ {2}error: line 2, note: .*control character/),
    ]);

    // Errors on stderr too: a file that does not exist, named with an escape.
    const missing = await focal('observations', 'import', '--data', data, join(folder.dir, `no${esc}[2Jfile\u202e.csv`));
    expect(missing.code).toBe(1);
    expect(missing.err).not.toMatch(raw);
    expect(missing.err).toContain('no\\u001b[2Jfile\\u202e.csv');
  });

  it('escapes names from the store in status and catalogue list, and bidi controls in JSON, which still parses to the same values', async () => {
    const data = join(folder.dir, 'data');
    expect((await focal('init', '--data', data, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
    // Every write door refuses control characters now, so plant them the way a store written by an
    // older Focal (or edited by hand) could hold them: straight into the file.
    const core = openTestCore(data);
    try {
      await core.call('indicators.saveCustom', { code: 'LOCAL_DESKS', domain: 'governance', unit: 'count', name: { en: 'Desks', fr: '', ar: '' } });
    } finally {
      core.close();
    }
    const store = new Database(join(data, 'store', 'focal.sqlite'));
    try {
      store.prepare("UPDATE cities SET names = json_set(names, '$.en', ?) WHERE code = 'tunis'").run(`Tunis ${hostile}`);
      store.prepare("UPDATE city_indicators SET name = json_set(name, '$.en', ?) WHERE code = 'tunis.LOCAL_DESKS'").run(`Desks ${hostile}`);
    } finally {
      store.close();
    }
    const status = await focal('status', '--data', data);
    expect(status.out).not.toMatch(raw);
    expect(status.out).toContain('City: Tunis \\u001b[31mred');
    const list = await focal('catalogue', 'list', '--data', data, '--search', 'Desks');
    expect(list.out).not.toMatch(raw);
    expect(list.out).toContain('Desks \\u001b[31mred');

    for (const argv of [['status'], ['catalogue', 'list', '--search', 'Desks']]) {
      const json = await focal(...argv, '--data', data, '--json');
      expect(json.out, argv.join(' ')).not.toMatch(raw);
      expect(json.out).not.toMatch(/[\u2028\u2029]/);
      expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(hostile).slice(1, -1));
    }
  });
});

describe('the built focal command', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  /** Runs bin/focal.mjs and closes the reading end of its standard output (or error) at once, as `| head -0` would. */
  function runWithClosedPipe(argv: string[], close: 'stdout' | 'stderr'): Promise<{ code: number | null; signal: string | null; err: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...argv], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      if (close === 'stdout') {
        child.stdout.destroy();
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      } else {
        child.stderr.destroy();
        child.stdout.resume();
      }
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, err }));
    });
  }

  it('ends quietly when its output pipe is closed early (focal catalogue list | head -1)', async () => {
    const data = join(folder.dir, 'data');
    expect((await focal('init', '--data', data, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
    for (const argv of [['catalogue', 'list'], ['catalogue', 'list', '--json'], ['status']]) {
      const result = await runWithClosedPipe([...argv, '--data', data], 'stdout');
      expect(result.err, argv.join(' ')).toBe('');
      expect(result.signal, argv.join(' ')).toBeNull();
      expect(result.code, argv.join(' ')).toBe(0);
    }
    // A failing command whose error output is closed still ends with its own status, without crashing.
    const failing = await runWithClosedPipe(['frobnicate'], 'stderr');
    expect(failing.code).toBe(2);
  });
});

describe('serve --open', () => {
  const token = 'Zm9jYWwtdG9rZW4tZm9yLXRlc3RzLW9ubHktMTIz';
  const url = `http://127.0.0.1:4780/?token=${token}`;

  it('never puts the token on the browser\'s command line (which every user of the machine can read): it opens a private redirect page', () => {
    // A system with xdg-open (only its presence on the PATH is looked at).
    const bin = tempDir();
    writeFileSync(join(bin.dir, 'xdg-open'), '');
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const launched: { command: string; args: string[] }[] = [];
      const env = { PATH: bin.dir, DISPLAY: ':0' };
      const browser = openBrowser(url, { platform, env, launch: (command, args) => launched.push({ command, args }) });
      try {
        expect(browser.opened, platform).toBe(true);
        expect(launched, platform).toHaveLength(1);
        const commandLine = [launched[0]?.command ?? '', ...(launched[0]?.args ?? [])].join(' ');
        expect(commandLine, platform).not.toContain(token);
        const page = launched[0]?.args.at(-1) ?? '';
        expect(page, platform).toMatch(/^file:\/\//);
        const file = fileURLToPath(page);
        // Readable by this user only, in a folder of its own.
        expect(statSync(file).mode & 0o777, platform).toBe(0o600);
        expect(statSync(dirname(file)).mode & 0o777, platform).toBe(0o700);
        expect(readFileSync(file, 'utf8'), platform).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);
      } finally {
        browser.cleanUp();
      }
      const page = launched[0]?.args.at(-1) ?? '';
      expect(existsSync(dirname(fileURLToPath(page))), `${platform}: removed when Focal stops`).toBe(false);
      if (platform === 'linux') expect(launched[0]?.command).toBe('xdg-open');
    }
    bin.remove();
  });

  it('writes nothing and launches nothing where there is no display', () => {
    const launched: string[] = [];
    const browser = openBrowser(url, { platform: 'linux', env: { PATH: '/usr/bin:/bin' }, launch: (command) => launched.push(command) });
    expect(browser.opened).toBe(false);
    expect(launched).toEqual([]);
  });
});

describe('serve keeps its address', () => {
  /** Starts `focal serve` in its own process and answers the address it printed, then stops it. */
  async function serveOnce(dataDir: string, ...extra: string[]): Promise<{ url: string; port: number }> {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'serve', '--data', dataDir, '--json', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const printed = await new Promise<{ url: string; port: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`focal serve did not start: ${errors}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // The JSON is printed over several lines: wait for its end.
        const url = /"url":\s*"([^"]+)"/.exec(output)?.[1];
        const port = /"port":\s*(\d+)/.exec(output)?.[1];
        if (url === undefined || port === undefined || !output.includes('}')) return;
        clearTimeout(timer);
        resolve({ url, port: Number(port) });
      });
      child.on('exit', (code) => reject(new Error(`focal serve exited with ${code}: ${errors}`)));
    });
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    return printed;
  }

  async function freePort(): Promise<number> {
    const { createServer } = await import('node:net');
    return new Promise((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address !== null ? address.port : 0;
        server.close(() => resolve(port));
      });
    });
  }

  it('prints the same address (port and token) at the next start, and keeps the token owner-only', { timeout: 90_000 }, async () => {
    const folder = tempDir();
    try {
      expect((await focal('init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
      const port = await freePort();
      const first = await serveOnce(folder.dir, '--port', String(port));
      expect(first.port).toBe(port);
      expect(first.url).toMatch(/token=[A-Za-z0-9_-]{32,}/);
      // Started again without --port, as a bookmark would expect: the same address.
      const second = await serveOnce(folder.dir);
      expect(second.url).toBe(first.url);
      const kept = join(folder.dir, 'keys', 'browser-host.json');
      expect(statSync(kept).mode & 0o777).toBe(0o600);
      // Another data folder gets its own token.
      const other = tempDir();
      try {
        expect((await focal('init', '--data', other.dir, '--city', 'lyon', '--name', 'Lyon')).code).toBe(0);
        const elsewhere = await serveOnce(other.dir, '--port', '0');
        expect(new URL(elsewhere.url).searchParams.get('token')).not.toBe(new URL(first.url).searchParams.get('token'));
      } finally {
        other.remove();
      }
    } finally {
      folder.remove();
    }
  });
  it('says plainly which address to open when no browser can be launched (as npm start runs it)', { timeout: 60_000 }, async () => {
    const folder = tempDir();
    const noBrowsers = tempDir();
    try {
      expect((await focal('init', '--data', folder.dir, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
      // A PATH with no xdg-open, sensible-browser or any other way to open a browser.
      const child = spawn(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'serve', '--data', folder.dir, '--port', '0', '--open'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PATH: noBrowsers.dir, DISPLAY: '', BROWSER: '' },
      });
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`focal serve did not finish its greeting: ${output}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (!output.includes('Press Ctrl+C to stop.')) return;
          clearTimeout(timer);
          resolve();
        });
      });
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      const lines = output.trim().split('\n');
      expect(lines).toContainEqual(expect.stringMatching(/^Open this address in your browser: http:\/\/127\.0\.0\.1:\d+\/\S*token=[A-Za-z0-9_-]{32,}$/));
      expect(lines).toContain('No browser could be opened from here: copy the address above into your browser.');
    } finally {
      noBrowsers.remove();
      folder.remove();
    }
  });
});

describe('commands that only read create nothing', () => {
  it('lists the built-in catalogue for a folder that does not exist, without creating it; export refuses plainly', async () => {
    const parent = tempDir();
    try {
      const missing = join(parent.dir, 'not-yet');
      const listed = await focal('catalogue', 'list', '--data', missing, '--json');
      expect(listed.code).toBe(0);
      const indicators: unknown = JSON.parse(listed.out);
      expect(Array.isArray(indicators) && indicators.length > 10).toBe(true);
      expect(listed.err).toContain('nothing was created there');
      const exported = await focal('observations', 'export', '--data', missing, '--out', join(parent.dir, 'out.csv'));
      expect(exported.code).toBe(1);
      expect(exported.err).toContain('No Focal data folder');
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(parent.dir, 'out.csv'))).toBe(false);
    } finally {
      parent.remove();
    }
  });
});
