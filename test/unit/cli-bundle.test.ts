import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { bundleEntries, entryText } from '../support/bundle-files';
import { tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const KeysJson = z.object({ fingerprint: z.string().regex(/^\d{5}( \d{5}){5}$/), publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/) }).strict();
const ExportJson = z.object({ file: z.string(), bundleId: z.uuid(), sequence: z.number(), counts: z.record(z.string(), z.number()), suppressed: z.number(), withheld: z.number() });
const InspectJson = z.object({ status: z.enum(['verified', 'rejected']), code: z.string().nullable(), message: z.string(), counts: z.record(z.string(), z.number()) });

describe('focal keys and focal bundle', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('shows the key, exports a bundle to a file and inspects it: signed by that key, counts as exported', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const keys = KeysJson.parse(JSON.parse((await focal('keys', 'show', '--data', folder.dir, '--json')).out));
    expect((await focal('keys', 'show', '--data', folder.dir)).out).toContain(keys.fingerprint);

    const file = join(folder.dir, 'out', '..', 'to-tunis.focal');
    const exported = await focal('bundle', 'export', '--data', folder.dir, '--out', file, '--to', 'tunis', '--json');
    expect(exported.code).toBe(0);
    const summary = ExportJson.parse(JSON.parse(exported.out));
    expect(summary).toMatchObject({ file: join(folder.dir, 'to-tunis.focal'), sequence: 1 });
    expect(summary.counts['records/commitments.ndjson']).toBe(11);
    expect(summary.suppressed).toBeGreaterThan(0);

    const inspected = await focal('bundle', 'inspect', file, '--json');
    expect(inspected.code).toBe(0);
    const report = InspectJson.extend({ sender: z.object({ city: z.string(), fingerprint: z.string() }), sequence: z.number(), recipients: z.string() }).parse(JSON.parse(inspected.out));
    expect(report).toMatchObject({ status: 'verified', code: null, sequence: 1, recipients: 'tunis', sender: { city: 'sample-city', fingerprint: keys.fingerprint }, counts: summary.counts });
    expect((await focal('bundle', 'inspect', file)).out).toContain('Verified');

    const changes = ExportJson.parse(JSON.parse((await focal('bundle', 'export', '--data', folder.dir, '--out', file, '--to', 'tunis', '--since-last', '--json')).out));
    expect(changes.sequence).toBe(2);
    expect(Object.values(changes.counts).every((n) => n === 0)).toBe(true);

    // Chosen indicators: only their figures travel; an unknown code is refused in words, nothing written.
    const chosen = join(folder.dir, 'two.focal');
    const two = ExportJson.parse(JSON.parse((await focal('bundle', 'export', '--data', folder.dir, '--out', chosen, '--indicators', 'POP_TOTAL,EMP_MIG_RATE', '--json')).out));
    const codes = new Set(entryText(bundleEntries(chosen), 'data/observations.csv').trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0]));
    expect([...codes].sort()).toEqual(['EMP_MIG_RATE', 'POP_TOTAL']);
    expect(two.counts['data/observations.csv']).toBeGreaterThan(2);
    expect(two.counts['data/observations.csv']).toBeLessThan(summary.counts['data/observations.csv'] ?? 0);
    const unknown = await focal('bundle', 'export', '--data', folder.dir, '--out', join(folder.dir, 'none.focal'), '--indicators', 'POP_TOTAL,NOT_AN_INDICATOR');
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining('NOT_AN_INDICATOR') });
    expect(existsSync(join(folder.dir, 'none.focal'))).toBe(false);
  });

  it('refuses a damaged or foreign file with a reason code, exit 1, and says so in words without --json', async () => {
    const file = join(folder.dir, 'not-a-bundle.focal');
    writeFileSync(file, 'indicator,period\nPOP_TOTAL,2024\n');
    const json = await focal('bundle', 'inspect', file, '--json');
    expect(json.code).toBe(1);
    expect(InspectJson.parse(JSON.parse(json.out))).toMatchObject({ status: 'rejected', code: 'not_a_bundle' });
    const words = await focal('bundle', 'inspect', file);
    expect(words).toMatchObject({ code: 1, err: expect.stringContaining('not a Focal bundle') });
    expect(await focal('bundle', 'inspect', join(folder.dir, 'missing.focal'))).toMatchObject({ code: 1, err: expect.stringContaining('Cannot read') });
  });

  it('refuses bad arguments with exit 2 and writes nothing', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const out = join(folder.dir, 'b.focal');
    expect((await focal('bundle', 'export', '--data', folder.dir)).code).toBe(2);
    expect((await focal('bundle', 'export', '--data', folder.dir, '--out', join(folder.dir, 'b.zip'))).code).toBe(2);
    expect((await focal('bundle', 'export', '--data', folder.dir, '--out', out, '--to', 'Not A City'))).toMatchObject({ code: 2, err: expect.stringContaining('--to') });
    expect((await focal('bundle', 'export', '--data', folder.dir, '--out', out, '--to', 'sample-city'))).toMatchObject({ code: 2, err: expect.stringContaining('not to your own city') });
    expect((await focal('bundle', 'inspect')).code).toBe(2);
    expect((await focal('bundle', 'frobnicate')).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect((await focal('keys', 'show', '--data', join(folder.dir, 'nothing-here'))).code).toBe(1);
    expect(readFileSync(join(folder.dir, 'store', 'focal.sqlite')).length).toBeGreaterThan(0);
  });

  it('imports into the sender’s space only after the key is trusted, previews with --dry-run, and says a second import is a duplicate', async () => {
    const a = join(folder.dir, 'a');
    const b = join(folder.dir, 'b');
    expect((await focal('demo', '--data', a)).code).toBe(0);
    expect((await focal('init', '--data', b, '--city', 'tunis', '--name', 'Tunis')).code).toBe(0);
    const file = join(folder.dir, 'sample.focal');
    expect((await focal('bundle', 'export', '--data', a, '--out', file)).code).toBe(0);
    const { fingerprint } = KeysJson.parse(JSON.parse((await focal('keys', 'show', '--data', a, '--json')).out));

    const ImportJson = z.object({ status: z.string(), code: z.string().nullable(), message: z.string(), counts: z.record(z.string(), z.object({ created: z.number() })) });
    const refused = await focal('bundle', 'import', '--data', b, file);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining(fingerprint) });
    const dry = await focal('bundle', 'import', '--data', b, file, '--dry-run', '--yes-trust', '--json');
    expect(dry.code).toBe(0);
    expect(ImportJson.parse(JSON.parse(dry.out))).toMatchObject({ status: 'checked', counts: { commitments: { created: 11 } } });
    expect(JSON.parse((await focal('trust', 'list', '--data', b, '--json')).out)).toEqual([]);

    expect(await focal('trust', 'add', '--data', b, ...fingerprint.split(' '))).toMatchObject({ code: 0, out: expect.stringContaining(fingerprint) });
    const imported = await focal('bundle', 'import', '--data', b, file, '--json');
    expect(imported.code).toBe(0);
    expect(ImportJson.parse(JSON.parse(imported.out))).toMatchObject({ status: 'imported', code: null, counts: { commitments: { created: 11 } } });
    expect(await focal('bundle', 'import', '--data', b, file)).toMatchObject({ code: 0, out: expect.stringContaining('imported before') });
    expect((await focal('trust', 'list', '--data', b)).out).toContain(`${fingerprint}  sample-city`);

    expect(await focal('trust', 'add', '--data', b, '123')).toMatchObject({ code: 2, err: expect.stringContaining('30 digits') });
    expect((await focal('trust', 'remove', '--data', b, fingerprint)).code).toBe(0);
    expect(await focal('trust', 'remove', '--data', b, fingerprint)).toMatchObject({ code: 1, err: expect.stringContaining('No trusted key') });
    expect((await focal('bundle', 'import', '--data', b)).code).toBe(2);
  });
});
