/**
 * Bytes of an XML part to text, chunk by chunk. Parts are UTF-8 in practice, but XML also allows UTF-16
 * announced by a byte order mark, so the first bytes pick the decoder. Invalid UTF-8 throws (a TypeError)
 * rather than silently turning figures into replacement characters.
 */
export class XmlPartDecoder {
  private decoder: InstanceType<typeof TextDecoder> | null = null;

  decode(chunk: Uint8Array): string {
    this.decoder ??= new TextDecoder(encodingOf(chunk), { fatal: true });
    return this.decoder.decode(chunk, { stream: true });
  }

  finish(): string {
    return this.decoder === null ? '' : this.decoder.decode();
  }
}

function encodingOf(firstBytes: Uint8Array): string {
  if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe) return 'utf-16le';
  if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
