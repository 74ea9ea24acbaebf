import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { migrate } from '../../electron/core/store/migrate';
import { configureConnection } from '../../electron/core/store/open-database';
import { tempDir } from '../support/temp-core';

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
