import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../electron/core/paths';
import { fingerprintOf } from '../../electron/core/city/signing-key';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

describe('city setup and the signing key', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  beforeEach(() => {
    folder = tempDir();
    t = openTestCore(folder.dir);
  });
  afterEach(() => {
    t.close();
    folder.remove();
  });

  it('sets up the city with its names, country, shore, focal point and languages', async () => {
    const city = await t.call('city.setup', { ...tunisSetup, locale: 'ar' });
    expect(city).toMatchObject({
      code: 'tunis',
      names: { en: 'Tunis', fr: 'Tunis', ar: 'تونس' },
      country: 'TN',
      shore: 'south',
      focalPoint: { name: 'Amira Ben Salah', email: 'amira.bensalah@commune-tunis.example' },
      languages: ['ar', 'fr'],
      sample: false,
    });
    const status = await t.call('app.status', {});
    expect(status.city).toEqual(city);
    expect(status.locale).toBe('ar');
  });

  it('creates an Ed25519 key readable by the owner only, with a fingerprint people can read aloud', async () => {
    const city = await t.call('city.setup', tunisSetup);
    const keyFile = dataPaths(folder.dir).signingKey;
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    if (process.platform !== 'win32') {
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(statSync(dataPaths(folder.dir).keysDir).mode & 0o077).toBe(0);
    }
    expect(city.signingKey.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(Buffer.from(city.signingKey.publicKey, 'base64')).toHaveLength(32);
    expect(fingerprintOf(Buffer.from(city.signingKey.publicKey, 'base64'))).toBe(city.signingKey.fingerprint);
  });

  it('refuses a second setup and never replaces the key', async () => {
    const first = await t.call('city.setup', tunisSetup);
    const keyBefore = readFileSync(dataPaths(folder.dir).signingKey);
    const answer = await t.core.dispatch('city.setup', { ...tunisSetup, code: 'tangier', names: { en: 'Tangier', fr: 'Tanger', ar: 'طنجة' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'already_initialised' } });
    expect(answer.ok ? '' : answer.error.message).toContain(first.signingKey.fingerprint);
    expect(readFileSync(dataPaths(folder.dir).signingKey)).toEqual(keyBefore);
    expect((await t.call('app.status', {})).city?.code).toBe('tunis');
  });

  it('reuses a key that is already in the data folder and tightens loose permissions', async () => {
    const first = await t.call('city.setup', tunisSetup);
    t.close();
    // Same data folder, database lost (e.g. restored from an old copy): the key must survive.
    const fresh = tempDir();
    const paths = dataPaths(fresh.dir);
    t = openTestCore(fresh.dir);
    t.close();
    mkdirSync(paths.keysDir, { recursive: true });
    writeFileSync(paths.signingKey, readFileSync(dataPaths(folder.dir).signingKey));
    chmodSync(paths.signingKey, 0o644);
    t = openTestCore(fresh.dir);
    const again = await t.call('city.setup', tunisSetup);
    expect(again.signingKey.fingerprint).toBe(first.signingKey.fingerprint);
    if (process.platform !== 'win32') expect(statSync(paths.signingKey).mode & 0o777).toBe(0o600);
    t.close();
    fresh.remove();
    t = openTestCore(folder.dir);
  });

  it('refuses an unusable key file with a plain reason and leaves it in place', async () => {
    const paths = dataPaths(folder.dir);
    mkdirSync(paths.keysDir, { recursive: true });
    writeFileSync(paths.signingKey, 'not a key at all');
    const answer = await t.core.dispatch('city.setup', tunisSetup);
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage_error' } });
    expect(answer.ok ? '' : answer.error.message).toContain('never replaces a key');
    expect(readFileSync(paths.signingKey, 'utf8')).toBe('not a key at all');
    expect((await t.call('app.status', {})).city).toBeNull();
  });

  it('updates the city but never its code or key', async () => {
    const first = await t.call('city.setup', tunisSetup);
    const updated = await t.call('city.update', {
      names: { en: 'City of Tunis', fr: 'Ville de Tunis', ar: 'مدينة تونس' },
      country: 'tn',
      shore: 'south',
      focalPoint: { name: 'Sami Trabelsi', email: 'sami@commune-tunis.example' },
      languages: ['fr', 'ar', 'en'],
    });
    expect(updated).toMatchObject({ code: 'tunis', country: 'TN', names: { fr: 'Ville de Tunis' }, focalPoint: { name: 'Sami Trabelsi' } });
    expect(updated.signingKey).toEqual(first.signingKey);
  });

  it('refuses an unknown country and an update before setup, changing nothing', async () => {
    const bad = await t.core.dispatch('city.setup', { ...tunisSetup, country: 'XX' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'country' }] } });
    const early = await t.core.dispatch('city.update', tunisSetup);
    expect(early).toMatchObject({ ok: false, error: { code: 'not_initialised' } });
    expect((await t.call('app.status', {})).city).toBeNull();
  });

  it('creates a clearly labelled sample city, and removes only a sample (after a backup)', async () => {
    const sample = await t.call('city.createSample', { locale: 'fr' });
    expect(sample.sample).toBe(true);
    expect(sample.names.en).toMatch(/sample/i);
    expect(sample.names.fr).toMatch(/exemple/i);
    const removed = await t.call('city.leaveSample', {});
    expect(removed).toEqual({ removed: sample.code });
    expect((await t.call('app.status', {})).city).toBeNull();
    expect((await t.call('backups.list', {})).some((b) => b.reason === 'before-removal')).toBe(true);

    await t.call('city.setup', tunisSetup);
    const refused = await t.core.dispatch('city.leaveSample', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('app.status', {})).city?.code).toBe('tunis');
  });
});

describe('names that travel to peers', () => {
  it('refuse invisible control characters in the city and focal point names, and leave the city as it was', async () => {
    const folder = tempDir();
    const t = openTestCore(folder.dir);
    try {
      const refused = await t.client.call('city.setup', { ...tunisSetup, names: { ...tunisSetup.names, en: 'Tunis\u001b[31m' } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'names.en' }] } });
      expect((await t.call('app.status', {})).city).toBeNull();
      await t.call('city.setup', tunisSetup);
      const { code: _code, ...details } = tunisSetup;
      const renamed = await t.client.call('city.update', { ...details, focalPoint: { name: 'Amira\u202e', email: 'a@b.example' } });
      expect(renamed.ok).toBe(false);
      expect((await t.call('app.status', {})).city?.focalPoint?.name).toBe(tunisSetup.focalPoint.name);
    } finally {
      t.close();
      folder.remove();
    }
  });
});
