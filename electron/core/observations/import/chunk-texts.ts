/**
 * The distinct texts of one chunk of rows on its way between threads, numbered in the order they
 * are met: a file repeats the same codes and periods on row after row, so a chunk carries each
 * once and its rows carry numbers (packed-rows.ts, and a bundle's figures in packed-figures.ts).
 */
export class ChunkTexts {
  private texts: string[] = [];
  private readonly numbers = new Map<string, number>();
  private chars = 0;

  /**
   * Past a million characters (long notes) a chunk should go before it is full, so that the chunks
   * waiting between the threads stay small however long a file's texts are.
   */
  get heavy(): boolean {
    return this.chars >= 1 << 20;
  }

  numberOf(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, number);
      this.chars += text.length;
    }
    return number;
  }

  /** The texts of the chunk; numbering starts again for the next. */
  take(): string[] {
    const texts = this.texts;
    this.texts = [];
    this.numbers.clear();
    this.chars = 0;
    return texts;
  }
}
