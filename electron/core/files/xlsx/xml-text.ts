/** Converting between JavaScript strings and XML 1.0 character data. */

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isAllowedXmlCode(code: number): boolean {
  if (code >= 0x20) return code !== 0xfffe && code !== 0xffff;
  return code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Drops what XML 1.0 cannot carry at all (control characters other than tab/LF/CR, U+FFFE/U+FFFF,
 * unpaired surrogates): a single such character would make Excel refuse the whole file.
 */
export function stripInvalidXmlCharacters(value: string): string {
  let result: string[] | null = null;
  let keptFrom = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    let length = 1;
    let valid: boolean;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      valid = next >= 0xdc00 && next <= 0xdfff;
      if (valid) length = 2;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      valid = false;
    } else {
      valid = isAllowedXmlCode(code);
    }
    if (!valid) {
      result ??= [];
      result.push(value.slice(keptFrom, i));
      keptFrom = i + 1;
    }
    i += length - 1;
  }
  if (result === null) return value;
  result.push(value.slice(keptFrom));
  return result.join('');
}

/** For element content. CR is written as a reference because a literal one is read back as LF. */
export function escapeXmlText(value: string): string {
  return stripInvalidXmlCharacters(value).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** For attribute values in double quotes; whitespace is referenced so it survives attribute normalisation. */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlCharacters(value).replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** XML parsers see every CRLF or lone CR as LF; done before decoding so that &#13; stays a CR. */
export function normaliseLineEndings(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

function decodeReference(reference: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    // An impossible code point is kept as written rather than guessed at.
    return Number.isInteger(code) && code <= 0x10ffff && isAllowedXmlCode(code) ? String.fromCodePoint(code) : reference;
  }
  return namedEntities[body] ?? reference;
}

/** Character data as written in a document (outside CDATA) to the string it stands for. */
export function decodeXmlText(raw: string): string {
  const text = normaliseLineEndings(raw);
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);/g, decodeReference);
}
