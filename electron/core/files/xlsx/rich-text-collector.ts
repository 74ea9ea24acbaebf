import { decodeExcelEscapes } from './excel-string-escapes';
import type { TextBudget } from './text-budget';

/**
 * The visible text of a string item (`<si>` or `<is>`): a plain `<t>` or rich-text runs `<r><t>`
 * concatenated. Phonetic guides (`<rPh>`, furigana over Japanese text) repeat text in another script
 * and are not part of the value. Its characters are spent from the read's budget as they arrive.
 */
export class RichTextCollector {
  private phoneticDepth = 0;
  private inText = false;
  private parts: string[] = [];

  constructor(private readonly budget: TextBudget) {}

  open(name: string): void {
    if (name === 'rPh') this.phoneticDepth += 1;
    else if (name === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth -= 1;
    else if (name === 't') this.inText = false;
  }

  text(value: string): void {
    if (!this.inText) return;
    this.budget.spend(value.length);
    this.parts.push(value);
  }

  /** The collected string, ready for the next item. */
  take(): string {
    const value = this.budget.kept(decodeExcelEscapes(this.parts.join('')));
    this.parts = [];
    this.phoneticDepth = 0;
    this.inText = false;
    return value;
  }
}
