import { TextDecoder } from 'node:util';

/**
 * Chooses how to decode a text file from its first bytes. Excel writes UTF-8 with a byte-order mark
 * ("CSV UTF-8"), UTF-16 for "Unicode text", and the Windows code page for plain "CSV" — French
 * accents in that last one are not valid UTF-8, so a file that fails strict UTF-8 is read as
 * Windows-1252 rather than filled with replacement characters.
 */
export interface ChosenEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  decoder: TextDecoder;
}

export function chooseDecoder(head: Uint8Array): ChosenEncoding {
  // Fatal: a file that turns out not to be UTF-8 further down is refused, never read into "�".
  const make = (encoding: ChosenEncoding['encoding']): ChosenEncoding => ({ encoding, decoder: new TextDecoder(encoding, { fatal: encoding === 'utf-8' }) });
  if (head[0] === 0xff && head[1] === 0xfe) return make('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return make('utf-16be');
  try {
    // `stream: true` so that a character cut at the end of the sample is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return make('utf-8');
  } catch {
    return make('windows-1252');
  }
}
