import { describe, expect, it } from 'vitest';
import { countRecords } from '../../electron/core/bundles/record-count';
import { bundleLimits } from '../../electron/core/bundles/bundle-limits';
import { BundleRejected } from '../../electron/core/bundles/bundle-rejected';

/**
 * The record count of a received file is checked against what the manifest signed, on every byte
 * of every bundle. It jumps between line ends and quotes; here it is held to the plain definition,
 * one byte at a time, over text cut into chunks at every kind of place.
 */

const limits = { ...bundleLimits, maxCsvRecordBytes: 40, maxRecordBytes: 40 };

/** The definition: line ends outside quotes (all of them for NDJSON), a line's bytes bounded. */
function byEachByte(bytes: Uint8Array, csv: boolean, max: number): number | 'too long' {
  let lines = 0;
  let lineBytes = 0;
  let inQuotes = false;
  for (const byte of bytes) {
    if (csv && byte === 0x22) inQuotes = !inQuotes;
    if (byte === 0x0a && !inQuotes) {
      lines++;
      lineBytes = 0;
    } else if (++lineBytes > max) return 'too long';
  }
  const total = lines + (lineBytes > 0 ? 1 : 0);
  return csv ? Math.max(0, total - 1) : total;
}

function counted(path: string, chunks: Uint8Array[]): number | 'too long' {
  const counter = countRecords(path, limits);
  try {
    for (const chunk of chunks) counter.add(chunk);
  } catch (error) {
    if (error instanceof BundleRejected && (error.code === 'csv_record_too_large' || error.code === 'json_too_large')) return 'too long';
    throw error;
  }
  return counter.finish();
}

/** A deterministic stream of numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function cut(bytes: Uint8Array, next: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const size = Math.floor(next() * 12);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe('the record count of a received file', () => {
  it('counts what one byte at a time counts, however the text is cut and quoted', () => {
    const next = random(7);
    const alphabet = ['a', 'b', ',', '"', '\n', '\r', 'é', '""'];
    for (let round = 0; round < 3000; round += 1) {
      const length = Math.floor(next() * 120);
      let text = '';
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)] ?? '';
      const bytes = new TextEncoder().encode(text);
      for (const [path, csv] of [
        ['data/observations.csv', true],
        ['records/sources.ndjson', false],
      ] as const) {
        expect(counted(path, cut(bytes, next)), `${JSON.stringify(text)} as ${path}`).toBe(byEachByte(bytes, csv, 40));
      }
    }
  });

  it('counts the figures of a table, with a line break inside a quoted note, and refuses a line over the limit', () => {
    const table = 'indicator,note\r\nPOP,"two\nlines"\r\nPOP,plain\r\n';
    const bytes = new TextEncoder().encode(table);
    expect(counted('data/observations.csv', [bytes])).toBe(2);
    expect(counted('data/observations.csv', [...bytes].map((byte) => Uint8Array.of(byte)))).toBe(2);
    expect(counted('data/observations.csv', [new TextEncoder().encode(`indicator,note\nPOP,"${'x'.repeat(45)}"\n`)])).toBe('too long');
    expect(counted('records/sources.ndjson', [new TextEncoder().encode('{"a":1}\n{"b":2}')])).toBe(2);
  });
});
