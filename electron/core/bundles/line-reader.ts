import { BundleRejected } from './bundle-rejected';

/**
 * Turns a file's chunks into lines of UTF-8 text (without their line end), for NDJSON. Invalid
 * UTF-8 is a record that does not fit the format; lines were already bounded by the verifier.
 */
export class LineReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private pending = '';

  constructor(private readonly onLine: (line: string, number: number) => void) {}

  private count = 0;

  push(chunk: Uint8Array): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new BundleRejected('invalid_record', `line ${this.count + 1}: not UTF-8`);
    }
    this.pending += text;
    let end = this.pending.indexOf('\n');
    while (end >= 0) {
      this.count += 1;
      this.onLine(this.pending.slice(0, end), this.count);
      this.pending = this.pending.slice(end + 1);
      end = this.pending.indexOf('\n');
    }
  }

  end(): void {
    try {
      this.pending += this.decoder.decode();
    } catch {
      throw new BundleRejected('invalid_record', `line ${this.count + 1}: not UTF-8`);
    }
    if (this.pending !== '') {
      this.count += 1;
      this.onLine(this.pending, this.count);
      this.pending = '';
    }
  }
}
