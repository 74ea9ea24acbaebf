import { observationKeyFields } from '../../../../shared/domain/observation-record';
import { ChunkTexts } from './chunk-texts';
import { flagsAsBits, valuesFromKeyList, type ObservationValues } from '../store/observation-columns';

/**
 * Checked rows packed for the trip from an import's reading thread to its writing thread. Cloning a
 * million row objects between threads would cost about what validating them does; packed, a chunk
 * is two typed arrays handed over without a copy, plus the chunk's distinct texts (a file repeats
 * the same codes and periods on every row, so there are few).
 *
 * Per row, in `ints`: the file line, one text number per key field, the note's text number, the
 * flags as bits and the source link (in the reading thread, the number of the row's citation); in
 * `values`: the value.
 */
export interface RowChunk {
  count: number;
  ints: ArrayBuffer;
  values: ArrayBuffer;
  texts: string[];
}

const keyWidth = observationKeyFields.length;
const noteAt = 1 + keyWidth;
const flagsAt = noteAt + 1;
const sourceAt = flagsAt + 1;
const intsPerRow = sourceAt + 1;

export class RowPacker {
  private ints: Int32Array<ArrayBuffer>;
  private values: Float64Array<ArrayBuffer>;
  private readonly texts = new ChunkTexts();
  count = 0;

  constructor(readonly capacity: number) {
    this.ints = new Int32Array(capacity * intsPerRow);
    this.values = new Float64Array(capacity);
  }

  get full(): boolean {
    return this.count === this.capacity || this.texts.heavy;
  }

  add(line: number, row: ObservationValues): void {
    const at = this.count * intsPerRow;
    const ints = this.ints;
    ints[at] = line;
    for (let i = 0; i < keyWidth; i += 1) {
      const field = observationKeyFields[i];
      if (field !== undefined) ints[at + 1 + i] = this.texts.numberOf(row[field]);
    }
    ints[at + noteAt] = this.texts.numberOf(row.note);
    ints[at + flagsAt] = flagsAsBits(row);
    ints[at + sourceAt] = row.sourceRef;
    this.values[this.count] = row.value;
    this.count += 1;
  }

  /** The rows packed so far; the packer starts a new chunk. */
  take(): RowChunk {
    const chunk: RowChunk = { count: this.count, ints: this.ints.buffer, values: this.values.buffer, texts: this.texts.take() };
    // The buffers go to the other thread: this side gets new ones.
    this.ints = new Int32Array(this.capacity * intsPerRow);
    this.values = new Float64Array(this.capacity);
    this.count = 0;
    return chunk;
  }
}

/** Each row of a chunk, in the order it was packed. */
export function unpackRows(chunk: RowChunk, each: (line: number, row: ObservationValues) => void): void {
  const ints = new Int32Array(chunk.ints);
  const values = new Float64Array(chunk.values);
  const texts = chunk.texts;
  const key: string[] = new Array<string>(keyWidth).fill('');
  for (let r = 0; r < chunk.count; r += 1) {
    const at = r * intsPerRow;
    for (let i = 0; i < keyWidth; i += 1) key[i] = texts[ints[at + 1 + i] ?? 0] ?? '';
    each(ints[at] ?? 0, valuesFromKeyList(key, values[r] ?? 0, ints[at + flagsAt] ?? 0, ints[at + sourceAt] ?? 0, texts[ints[at + noteAt] ?? 0] ?? ''));
  }
}
