import { observationKeyFields } from '../../../shared/domain/observation-record';
import { ChunkTexts } from '../observations/import/chunk-texts';
import type { StagedFigure } from './peer-observation-stage';

/**
 * A bundle's checked figures packed for the trip from the thread that reads them to the one that
 * writes them, as the file import packs its rows (packed-rows.ts): two typed arrays handed over
 * without a copy, plus the chunk's distinct texts (a bundle repeats the same codes on every line).
 *
 * Per figure, in `ints`: the file line, one text number per key field, the note's text number, the
 * flags as bits and the local source row; in `numbers`: the value, the revision and the sender's time.
 */
export interface FigureChunk {
  count: number;
  ints: ArrayBuffer;
  numbers: ArrayBuffer;
  texts: string[];
}

const keyWidth = observationKeyFields.length;
const noteAt = 1 + keyWidth;
const flagsAt = noteAt + 1;
const sourceAt = flagsAt + 1;
const intsPerFigure = sourceAt + 1;
const numbersPerFigure = 3;

const estimateBit = 1;
const provisionalBit = 2;
const suppressedBit = 4;

export class FigurePacker {
  private ints: Int32Array<ArrayBuffer>;
  private numbers: Float64Array<ArrayBuffer>;
  private readonly texts = new ChunkTexts();
  private readonly lastKey: string[] = new Array<string>(keyWidth).fill('');
  private readonly lastNumbers: number[] = new Array<number>(keyWidth).fill(0);
  count = 0;

  constructor(readonly capacity: number) {
    this.ints = new Int32Array(capacity * intsPerFigure);
    this.numbers = new Float64Array(capacity * numbersPerFigure);
  }

  get full(): boolean {
    return this.count === this.capacity || this.texts.heavy;
  }

  add(line: number, figure: StagedFigure): void {
    const at = this.count * intsPerFigure;
    const ints = this.ints;
    ints[at] = line;
    // Consecutive figures mostly share their indicator, period and breakdown: a field the same as the
    // previous figure's takes its number without a look-up.
    const key = figure.key;
    const lastKey = this.lastKey;
    for (let i = 0; i < keyWidth; i += 1) {
      const text = key[i] ?? '';
      if (text !== lastKey[i] || this.count === 0) {
        lastKey[i] = text;
        this.lastNumbers[i] = this.texts.numberOf(text);
      }
      ints[at + 1 + i] = this.lastNumbers[i] ?? 0;
    }
    ints[at + noteAt] = this.texts.numberOf(figure.note);
    ints[at + flagsAt] = (figure.estimate ? estimateBit : 0) | (figure.provisional ? provisionalBit : 0) | (figure.suppressed ? suppressedBit : 0);
    ints[at + sourceAt] = figure.source;
    const n = this.count * numbersPerFigure;
    this.numbers[n] = figure.value;
    this.numbers[n + 1] = figure.revision;
    this.numbers[n + 2] = figure.updatedAt;
    this.count += 1;
  }

  /** The figures packed so far; the packer starts a new chunk (the buffers go to the other thread). */
  take(): FigureChunk {
    const chunk: FigureChunk = { count: this.count, ints: this.ints.buffer, numbers: this.numbers.buffer, texts: this.texts.take() };
    this.ints = new Int32Array(this.capacity * intsPerFigure);
    this.numbers = new Float64Array(this.capacity * numbersPerFigure);
    this.count = 0;
    return chunk;
  }
}

/**
 * Each figure of a chunk, in the order it was packed. One figure object is reused for the whole
 * chunk: the stage copies what it needs at once.
 */
export function unpackFigures(chunk: FigureChunk, each: (line: number, figure: StagedFigure) => void): void {
  const ints = new Int32Array(chunk.ints);
  const numbers = new Float64Array(chunk.numbers);
  const texts = chunk.texts;
  const key: string[] = new Array<string>(keyWidth).fill('');
  const figure: StagedFigure = { key, value: 0, estimate: false, provisional: false, source: 0, note: '', revision: 0, updatedAt: 0, suppressed: false };
  for (let r = 0; r < chunk.count; r += 1) {
    const at = r * intsPerFigure;
    for (let i = 0; i < keyWidth; i += 1) key[i] = texts[ints[at + 1 + i] ?? 0] ?? '';
    const flags = ints[at + flagsAt] ?? 0;
    figure.note = texts[ints[at + noteAt] ?? 0] ?? '';
    figure.estimate = (flags & estimateBit) !== 0;
    figure.provisional = (flags & provisionalBit) !== 0;
    figure.suppressed = (flags & suppressedBit) !== 0;
    figure.source = ints[at + sourceAt] ?? 0;
    const n = r * numbersPerFigure;
    figure.value = numbers[n] ?? 0;
    figure.revision = numbers[n + 1] ?? 0;
    figure.updatedAt = numbers[n + 2] ?? 0;
    each(ints[at] ?? 0, figure);
  }
}
