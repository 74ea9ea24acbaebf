import { XlsxError, xlsxMessages } from './xlsx-error';
import { decodeXmlText, normaliseLineEndings } from './xml-text';

/**
 * What a part reader hears about a document. Names are local (namespace prefix dropped, since writers
 * differ: `<x:c>` from the Open XML SDK is Excel's `<c>`); attribute keys are kept as written
 * (`r`, `r:id`, `xml:space`). A self-closing element is reported as an open followed by a close.
 */
export interface XmlEvents {
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  close(name: string): void;
  /** Character data inside the root, entities decoded; may arrive in several pieces per element. */
  text(value: string): void;
}

/** What the unfinished markup at the end of the input is waiting for. */
type Pending =
  | { kind: 'text' }
  | { kind: 'delimited'; terminator: string; tail: string }
  | { kind: 'start-tag'; quote: number }
  | { kind: 'unknown' };

const lessThan = 0x3c;
const slash = 0x2f;
const questionMark = 0x3f;
const exclamationMark = 0x21;
const greaterThan = 0x3e;
const doubleQuote = 0x22;
const singleQuote = 0x27;

function damaged(): XlsxError {
  return new XlsxError('damaged', xlsxMessages.damaged);
}

function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

const xmlWhitespace = /^[ \t\n\r]*$/;
const namePattern = /^[^\s"'<>=/&]+$/;
const attributePattern = /\s+([^\s"'<>=/&]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

const noAttributes: ReadonlyMap<string, string> = new Map();

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let position = 0;
  while (position < source.length) {
    attributePattern.lastIndex = position;
    const match = attributePattern.exec(source);
    if (match === null) {
      if (source.slice(position).trim() === '') break;
      throw damaged();
    }
    const name = match[1] ?? '';
    if (attributes.has(name)) throw damaged();
    attributes.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
    position = attributePattern.lastIndex;
  }
  return attributes;
}

/** Where a start tag ends: the first `>` outside quotes, or -1 with the quote state to resume from. */
function findTagEnd(text: string, from: number, quote: number): { end: number; quote: number } {
  let openQuote = quote;
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (openQuote !== 0) {
      if (code === openQuote) openQuote = 0;
    } else if (code === doubleQuote || code === singleQuote) {
      openQuote = code;
    } else if (code === greaterThan) {
      return { end: i, quote: 0 };
    } else if (code === lessThan) {
      throw damaged();
    }
  }
  return { end: -1, quote: openQuote };
}

/**
 * A small streaming, non-validating XML tokenizer: enough for the parts of a workbook, without building
 * a tree, so a sheet of millions of cells costs only the cells. It checks well-formedness (nesting, one
 * root, no stray text) and refuses DTDs, which spreadsheets never need and entity bombs rely on.
 *
 * Input arrives in chunks; markup cut by a chunk boundary waits, and the wait only looks at new input,
 * so a huge text or tag cannot make scanning quadratic.
 */
export class XmlScanner {
  private readonly openElements: string[] = [];
  private rootStarted = false;
  private waiting: string[] = [];
  private pending: Pending | null = null;

  constructor(private readonly events: XmlEvents) {}

  write(chunk: string): void {
    if (chunk.length === 0) return;
    this.waiting.push(chunk);
    if (this.pending !== null && !this.completes(this.pending, chunk)) return;
    const text = this.waiting.join('');
    this.waiting = [];
    this.pending = null;
    this.scan(text, false);
  }

  end(): void {
    const text = this.waiting.join('');
    this.waiting = [];
    this.pending = null;
    this.scan(text, true);
    if (!this.rootStarted || this.openElements.length > 0) throw damaged();
  }

  /** Whether the new chunk may finish the pending markup (a false "yes" only costs a rescan). */
  private completes(pending: Pending, chunk: string): boolean {
    switch (pending.kind) {
      case 'text':
        return chunk.includes('<');
      case 'delimited': {
        const joined = pending.tail + chunk;
        if (joined.includes(pending.terminator)) return true;
        pending.tail = joined.slice(joined.length - (pending.terminator.length - 1));
        return false;
      }
      case 'start-tag': {
        const found = findTagEnd(chunk, 0, pending.quote);
        pending.quote = found.quote;
        return found.end !== -1;
      }
      case 'unknown':
        return true;
    }
  }

  private wait(rest: string, pending: Pending): void {
    this.waiting = [rest];
    this.pending = pending;
  }

  private scan(text: string, final: boolean): void {
    let position = 0;
    while (position < text.length) {
      const markup = text.indexOf('<', position);
      if (markup === -1) {
        if (!final) return this.wait(text.slice(position), { kind: 'text' });
        this.characterData(decodeXmlText(text.slice(position)));
        return;
      }
      if (markup > position) this.characterData(decodeXmlText(text.slice(position, markup)));
      const next = this.markup(text, markup, final);
      if (next === -1) return;
      position = next;
    }
  }

  /** Handles the markup starting at `start` (a `<`); returns where scanning continues, or -1 if it must wait. */
  private markup(text: string, start: number, final: boolean): number {
    switch (text.charCodeAt(start + 1)) {
      case slash: {
        const end = this.findDelimited(text, start, 2, '>', final);
        if (end === -1) return -1;
        this.endTag(text.slice(start + 2, end).trimEnd());
        return end + 1;
      }
      case questionMark: {
        const end = this.findDelimited(text, start, 2, '?>', final);
        return end === -1 ? -1 : end + 2;
      }
      case exclamationMark:
        return this.declaration(text, start, final);
      default:
        break;
    }
    if (start + 1 === text.length) {
      if (final) throw damaged();
      this.wait(text.slice(start), { kind: 'unknown' });
      return -1;
    }
    const found = findTagEnd(text, start + 1, 0);
    if (found.end === -1) {
      if (final) throw damaged();
      this.wait(text.slice(start), { kind: 'start-tag', quote: found.quote });
      return -1;
    }
    this.startTag(text.slice(start + 1, found.end));
    return found.end + 1;
  }

  /** `<!`: a comment or CDATA section; document type declarations are refused. */
  private declaration(text: string, start: number, final: boolean): number {
    if (text.startsWith('<!--', start)) {
      const end = this.findDelimited(text, start, 4, '-->', final);
      return end === -1 ? -1 : end + 3;
    }
    if (text.startsWith('<![CDATA[', start)) {
      const end = this.findDelimited(text, start, 9, ']]>', final);
      if (end === -1) return -1;
      if (this.openElements.length === 0) throw damaged();
      this.events.text(normaliseLineEndings(text.slice(start + 9, end)));
      return end + 3;
    }
    const rest = text.slice(start, start + 9);
    if (final || rest.length === 9 || !('<![CDATA['.startsWith(rest) || '<!--'.startsWith(rest))) throw damaged();
    // Too little input yet to tell a comment or CDATA section from anything else.
    this.wait(rest, { kind: 'unknown' });
    return -1;
  }

  /** Index of `terminator` after the opening `<...`, or -1 after arranging to wait for more input. */
  private findDelimited(text: string, start: number, openLength: number, terminator: string, final: boolean): number {
    const end = text.indexOf(terminator, start + openLength);
    if (end !== -1) return end;
    if (final) throw damaged();
    const tail = text.slice(Math.max(start, text.length - terminator.length + 1));
    this.wait(text.slice(start), { kind: 'delimited', terminator, tail });
    return -1;
  }

  private startTag(content: string): void {
    const selfClosing = content.endsWith('/');
    const body = selfClosing ? content.slice(0, -1) : content;
    const nameEnd = body.search(/[ \t\n\r]/);
    const name = nameEnd === -1 ? body : body.slice(0, nameEnd);
    if (!namePattern.test(name)) throw damaged();
    if (this.openElements.length === 0) {
      if (this.rootStarted) throw damaged();
      this.rootStarted = true;
    }
    const attributes = nameEnd === -1 ? noAttributes : parseAttributes(body.slice(nameEnd));
    this.openElements.push(name);
    this.events.open(localName(name), attributes);
    if (selfClosing) this.endTag(name);
  }

  private endTag(name: string): void {
    if (this.openElements.pop() !== name) throw damaged();
    this.events.close(localName(name));
  }

  private characterData(value: string): void {
    if (this.openElements.length > 0) {
      this.events.text(value);
      return;
    }
    if (!xmlWhitespace.test(value)) throw damaged();
  }
}
