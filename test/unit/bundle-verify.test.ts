import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../shared/bundle/bundle-manifest';
import { BundleRejected } from '../../electron/core/bundles/bundle-rejected';
import { openBundle } from '../../electron/core/bundles/read-bundle';
import { bundleEntries, entryText, repack } from '../support/bundle-files';
import { mulberry32 } from '../support/prng';
import { openTestCore, tempDir } from '../support/temp-core';

/** The code a bundle is refused with, or 'verified'. */
function verdict(bytes: Uint8Array): string {
  try {
    openBundle(bytes);
    return 'verified';
  } catch (error) {
    if (error instanceof BundleRejected) return error.code;
    throw error;
  }
}

let original: Uint8Array;
let entries: Record<string, Uint8Array>;
let manifest: BundleManifest;
const folder = tempDir('focal-bundle-verify-');

beforeAll(async () => {
  const t = openTestCore(folder.dir);
  await t.call('city.createSample', {});
  const summary = await t.call('bundles.export', { to: 'network' });
  t.close();
  original = readFileSync(join(folder.dir, 'bundles', 'sent', summary.name));
  entries = bundleEntries(join(folder.dir, 'bundles', 'sent', summary.name));
  manifest = JSON.parse(entryText(entries, 'manifest.json'));
});
afterAll(() => folder.remove());

/** A manifest signed by a key of the test's own: well-formed and signed, whatever it claims. */
function signedBy(changed: BundleManifest, files: Record<string, Uint8Array | string>): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  const withKey = { ...changed, sender: { ...changed.sender, publicKey: Buffer.from(x, 'base64url').toString('base64') } };
  const bytes = Buffer.from(JSON.stringify(withKey), 'utf8');
  return repack({ ...files, 'manifest.json': bytes, 'manifest.sig': sign(null, bytes, privateKey).toString('base64') });
}

/** A manifest listing `content` under `path` truthfully (size, hash, records), signed: only the content's own limits can refuse it. */
function signedWithFile(path: string, content: string, records: number): Uint8Array {
  const bytes = Buffer.from(content, 'utf8');
  const listing = { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), records };
  return signedBy({ ...manifest, files: manifest.files.map((f) => (f.path === path ? listing : f)) }, { ...without('manifest.json'), [path]: bytes });
}

function without(name: string): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(entries).filter(([entry]) => entry !== name));
}

describe('verifying a received bundle', () => {
  it('verifies the bundle as made, and the same entries packed again by another zip writer', () => {
    expect(verdict(original)).toBe('verified');
    expect(verdict(repack(entries))).toBe('verified');
  });

  const cases: [string, () => Uint8Array, string][] = [
    ['a file that is not a zip', () => new TextEncoder().encode('indicator,period\nPOP_TOTAL,2024\n'), 'not_a_bundle'],
    ['an empty zip', () => zipSync({}), 'not_a_bundle'],
    ['a zip cut short', () => original.subarray(0, Math.floor(original.length / 2)), 'not_a_bundle'],
    ['no manifest', () => repack(without('manifest.json')), 'manifest_missing'],
    ['no signature', () => repack(without('manifest.sig')), 'signature_missing'],
    ['a signature that is not one', () => repack({ ...entries, 'manifest.sig': 'not a signature' }), 'signature_invalid'],
    ['a manifest changed after signing', () => repack({ ...entries, 'manifest.json': entryText(entries, 'manifest.json').replace('"sequence": 1', '"sequence": 9') }), 'signature_invalid'],
    ['a signature of another key', () => repack({ ...entries, 'manifest.sig': sign(null, Buffer.from(entries['manifest.json'] ?? []), generateKeyPairSync('ed25519').privateKey).toString('base64') }), 'signature_invalid'],
    ['a manifest that is not JSON', () => repack({ ...entries, 'manifest.json': '{"format": "focal-bundle", ' }), 'manifest_invalid'],
    ['a manifest nested a thousand deep', () => repack({ ...entries, 'manifest.json': `${'['.repeat(1000)}${']'.repeat(1000)}` }), 'manifest_too_large'],
    ['a manifest of a megabyte', () => repack({ ...entries, 'manifest.json': JSON.stringify({ format: 'focal-bundle', pad: 'x'.repeat(1 << 20) }) }), 'manifest_too_large'],
    ['a manifest of another program', () => repack({ ...entries, 'manifest.json': '{"format": "other", "formatVersion": 1}' }), 'not_a_bundle'],
    ['a newer format version', () => signedBy({ ...manifest, formatVersion: 2 }, without('manifest.json')), 'unsupported_version'],
    ['a manifest missing a field', () => signedBy({ ...manifest, bundleId: 'not-a-uuid' }, without('manifest.json')), 'manifest_invalid'],
    ['a data file changed', () => repack({ ...entries, 'data/observations.csv': `${entryText(entries, 'data/observations.csv')}POP_TOTAL,2030,,,,,,1,x,,,,1,1\r\n` }), 'hash_mismatch'],
    ['a file the manifest does not list', () => repack({ ...entries, 'records/extra.ndjson': '{}\n' }), 'unexpected_entry'],
    ['a listed file missing', () => repack(without('records/commitments.ndjson')), 'missing_file'],
    ['a record count that is not the file’s', () => signedBy({ ...manifest, files: manifest.files.map((f) => (f.path === 'records/commitments.ndjson' ? { ...f, records: f.records + 1 } : f)) }, without('manifest.json')), 'record_count_mismatch'],
    ['a signed CSV line of 100 KB', () => signedWithFile('data/observation-deletions.csv', `indicator\r\n${'x'.repeat(100_000)}\r\n`, 1), 'csv_record_too_large'],
    ['a signed NDJSON record of 5 MB', () => signedWithFile('records/activities.ndjson', `{"pad":"${randomBytes(4 * 1024 * 1024).toString('base64')}"}\n`, 1), 'json_too_large'],
    ['a signed record count for a CSV with a quoted line end', () => signedWithFile('data/observation-deletions.csv', 'indicator,note\r\nPOP_TOTAL,"two\r\nlines"\r\n', 2), 'record_count_mismatch'],
    ['an entry named ../', () => repack({ ...entries, '../evil.csv': 'x' }), 'unsafe_entry_name'],
    ['an absolute entry name', () => repack({ ...entries, '/etc/evil': 'x' }), 'unsafe_entry_name'],
    ['a backslash in a name', () => repack({ ...entries, 'data\\evil.csv': 'x' }), 'unsafe_entry_name'],
    ['a drive letter', () => repack({ ...entries, 'C:/evil.csv': 'x' }), 'unsafe_entry_name'],
    ['a right-to-left override in a name', () => repack({ ...entries, 'data/vsc.\u202eexe': 'x' }), 'unsafe_entry_name'],
    ['a control character in a name', () => repack({ ...entries, 'data/a\u0001b.csv': 'x' }), 'unsafe_entry_name'],
    ['two names that differ only in case', () => repack({ ...entries, 'Manifest.json': entries['manifest.json'] ?? '' }), 'duplicate_entry'],
    ['two names that differ only in Unicode form', () => repack({ ...entries, 'records/caf\u00e9.ndjson': 'x', 'records/cafe\u0301.ndjson': 'y' }), 'duplicate_entry'],
    ['an archive inside', () => repack({ ...entries, 'records/inner.zip': zipSync({ a: new Uint8Array(1) }) }), 'nested_archive'],
    ['a folder entry', () => repack({ ...entries, 'records/': new Uint8Array(0) }), 'unexpected_entry'],
  ];
  for (const [name, make, code] of cases) {
    it(`refuses ${name}: ${code}`, () => {
      expect(verdict(make())).toBe(code);
    });
  }

  it('refuses a zip bomb before it is unpacked', () => {
    const bomb = zipSync({ ...entries, 'data/observations.csv': new Uint8Array(200 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(verdict(bomb)).toBe('zip_bomb');
  });

  it('refuses a file whose bytes do not match their checksum, or whose size is not what the archive says', () => {
    const stored = zipSync({ ...entries, 'data/observations.csv': entries['data/observations.csv'] ?? new Uint8Array() }, { level: 0 });
    const text = Buffer.from(stored);
    const at = text.indexOf('POP_TOTAL,20');
    const flipped = Buffer.from(text);
    flipped[at + 4] = 0x58;
    expect(verdict(flipped)).toBe('crc_mismatch');

    // The central directory's record of the file: its uncompressed size is 24 bytes in.
    const name = Buffer.from('data/observations.csv');
    let record = -1;
    for (let k = text.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); k >= 0; k = text.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), k + 1)) {
      if (text.subarray(k + 46, k + 46 + name.length).equals(name)) record = k;
    }
    expect(record).toBeGreaterThan(0);
    const lying = Buffer.from(text);
    lying.writeUInt32LE(lying.readUInt32LE(record + 24) - 1, record + 24);
    expect(verdict(lying)).toBe('size_mismatch');
  });

  it('refuses every bundle with one byte changed anywhere, and never throws anything but its own refusal', () => {
    const random = mulberry32(20261204);
    const codes = new Set<string>();
    for (let round = 0; round < 300; round++) {
      const changed = Buffer.from(original);
      const at = random.below(changed.length);
      changed[at] = (changed[at] ?? 0) ^ (1 + random.below(255));
      const result = verdict(changed);
      codes.add(result);
      // A byte of the zip's own bookkeeping that no reader looks at (a version field) may change unnoticed; its content may not.
      if (result === 'verified') expect(openBundle(changed).manifest).toEqual(manifest);
    }
    expect(codes.size).toBeGreaterThan(3);
  });
});
