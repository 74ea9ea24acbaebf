import type { ObservationKey } from '../../../../shared/domain/observation-record';

/**
 * The file line of each key a first import wrote, kept small enough for a file of millions of rows:
 * a 32-bit hash of the key and its line, in two typed arrays (open addressing). The store itself
 * says when a row repeats a key; this only answers which earlier line it repeats. Two different keys
 * may share a hash: the earlier line is named only when exactly one line carries the hash, which is
 * then certainly the row repeated (it is always among the lines with its key's hash).
 */
export class KeyLines {
  private hashes = new Int32Array(1 << 12);
  private lines = new Int32Array(1 << 12);
  private count = 0;

  /** Beyond this many keys (64 MB of arrays) lines are no longer noted; a duplicate then names none. */
  static readonly limit = 4_000_000;

  note(line: number, row: ObservationKey): void {
    if (this.count >= KeyLines.limit) return;
    if ((this.count + 1) * 2 > this.lines.length) this.grow();
    this.put(hashOf(row), line);
    this.count += 1;
  }

  /** The one earlier line with the row's key, or undefined when it cannot be told for certain. */
  earlierLine(row: ObservationKey, line: number): number | undefined {
    const hash = hashOf(row);
    const mask = this.lines.length - 1;
    let found: number | undefined;
    for (let slot = hash & mask; this.lines[slot] !== 0; slot = (slot + 1) & mask) {
      const candidate = this.lines[slot] ?? 0;
      if (this.hashes[slot] !== hash || candidate >= line) continue;
      // Two lines under one hash are two keys (a repeated key is never noted twice): which one is unknown.
      if (found !== undefined) return undefined;
      found = candidate;
    }
    return found;
  }

  /** The line of the row written with this key, when it alone carries the key's hash (else undefined). */
  lineOf(key: ObservationKey): number | undefined {
    const hash = hashOf(key);
    const mask = this.lines.length - 1;
    let found: number | undefined;
    for (let slot = hash & mask; this.lines[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] !== hash) continue;
      if (found !== undefined) return undefined;
      found = this.lines[slot];
    }
    return found;
  }

  private put(hash: number, line: number): void {
    const mask = this.lines.length - 1;
    let slot = hash & mask;
    // Lines start at 1: 0 marks an empty slot.
    while (this.lines[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.lines[slot] = line;
  }

  private grow(): void {
    const hashes = this.hashes;
    const lines = this.lines;
    this.hashes = new Int32Array(hashes.length * 2);
    this.lines = new Int32Array(lines.length * 2);
    for (let slot = 0; slot < lines.length; slot += 1) {
      const line = lines[slot] ?? 0;
      if (line !== 0) this.put(hashes[slot] ?? 0, line);
    }
  }
}

/** FNV-1a over the key's fields, each ended by a separator so "ab","c" and "a","bc" differ. */
function hashOf(row: ObservationKey): number {
  let hash = 0x811c9dc5;
  for (const text of [row.indicator, row.period, row.sex, row.age, row.status, row.origin, row.area]) {
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 1, 0x01000193);
  }
  return hash | 0;
}
