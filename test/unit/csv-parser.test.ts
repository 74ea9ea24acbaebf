import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvFormatError, CsvParser, detectDelimiter } from '../../electron/core/observations/import/csv-parser';
import { CsvTableSource } from '../../electron/core/observations/import/csv-table-source';
import { tempDir } from '../support/temp-core';

function parse(text: string, delimiter = ',', pieces = 1): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser(delimiter, (fields, line) => records.push({ fields, line }), 200);
  const size = Math.ceil(text.length / pieces);
  for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size));
  parser.end();
  return records;
}

describe('the CSV parser', () => {
  it('reads plain, quoted and multi-line fields with the line each record starts on', () => {
    const text = 'a,b,c\n1,"x, y",3\n2,"two\nlines",4\n3,"say ""hi""",5\n';
    const expected = [
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', 'x, y', '3'], line: 2 },
      { fields: ['2', 'two\nlines', '4'], line: 3 },
      { fields: ['3', 'say "hi"', '5'], line: 5 },
    ];
    expect(parse(text)).toEqual(expected);
    // Cut into pieces at every possible place, the answer is the same.
    for (let pieces = 2; pieces <= text.length; pieces += 1) expect(parse(text, ',', pieces)).toEqual(expected);
  });

  it('handles CRLF, a lone CR, a missing final line end and empty fields', () => {
    expect(parse('a,b\r\n1,\r\n,2')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', ''], line: 2 },
      { fields: ['', '2'], line: 3 },
    ]);
    expect(parse('a;b\r1;2\r', ';')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
    expect(parse('"a","b"\r\n"1",""\r\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', ''], line: 2 },
    ]);
  });

  /** The records of `text` cut into pieces at every possible place: all must read the same. */
  function everyCut(text: string): { fields: string[]; line: number }[][] {
    return Array.from({ length: text.length }, (_, i) => parse(text, ',', i + 1));
  }

  // Found by the fuzz test (csv-parser-fuzz.test.ts): the parser decided from the first piece alone
  // that a file ends its lines with a lone CR, and then turned every CR into LF.
  it('reads a CRLF file whose first piece ends between the CR and the LF', () => {
    const expected = [
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ];
    expect(parse('a,b\r\n1,2\r\n', ',', 3)).toEqual(expected);
    for (const records of everyCut('a,b\r\n1,2\r\n')) expect(records).toEqual(expected);
  });

  it('keeps a line break inside a quoted value as written, whatever the file’s line ends', () => {
    for (const records of everyCut('a,"x\ry"\r1,2\r')) {
      expect(records).toEqual([
        { fields: ['a', 'x\ry'], line: 1 },
        { fields: ['1', '2'], line: 3 },
      ]);
    }
    // A CR inside the first value does not make a CRLF file look like an old Mac one.
    for (const records of everyCut('"x\ry",b\r\nc,d\r\n')) {
      expect(records).toEqual([
        { fields: ['x\ry', 'b'], line: 1 },
        { fields: ['c', 'd'], line: 3 },
      ]);
    }
  });

  it('reads line ends of the other kind after the first one, and no empty record after the last', () => {
    for (const records of everyCut('a\rb\r\nc\nd\r')) expect(records.map((r) => r.fields[0])).toEqual(['a', 'b', 'c', 'd']);
    for (const records of everyCut('a\nb\r')) expect(records.map((r) => r.fields[0])).toEqual(['a', 'b']);
    // An empty line is a record (the importer skips blank ones); the end of the file is not.
    for (const records of everyCut('a\r\rb\n')) expect(records.map((r) => r.fields)).toEqual([['a'], [''], ['b']]);
  });

  it('keeps ragged rows as they are (the importer reports them)', () => {
    expect(parse('a,b,c\n1\n1,2,3,4\n').map((r) => r.fields.length)).toEqual([3, 1, 4]);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    const attempt = () => parse('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(attempt).toThrow(CsvFormatError);
    expect(attempt).toThrow('line 3');
  });

  it('refuses text after a closing quote and records longer than the limit', () => {
    expect(() => parse('a,b\n"x"y,2\n')).toThrow(/Line 2 has text right after a closing quote/);
    expect(() => parse(`a\n${'x'.repeat(500)}\n`, ',', 10)).toThrow(/longer than/);
    expect(() => parse(`a\n"${'x'.repeat(500)}`, ',', 10)).toThrow(/never closed/);
  });

  it('guesses the delimiter: comma, semicolon (decimal-comma files) or tab', () => {
    expect(detectDelimiter('indicator,period,value\nPOP_TOTAL,2024,1\n')).toBe(',');
    expect(detectDelimiter('indicateur;période;valeur\nPOP_TOTAL;2024;"1,5"\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('is not swayed by a title above the header, nor by a tab or a semicolon typed in one note', () => {
    expect(detectDelimiter('Population de Tunis 2024\nindicateur;période;valeur\nPOP_TOTAL;2024;1\nPOP_TOTAL;2023;2\n')).toBe(';');
    // Found by the XLSX export test: a note beginning with a tab, in a file whose notes also run over
    // two lines, made the whole file read as tab-separated (the tab's zeros were "consistent").
    const tidy = 'indicator,period,value,note\nPOP_TOTAL,2030,1,"two\nlines"\nPOP_TOTAL,2029,2,"also\ntwo"\nPOP_TOTAL,2028,3,\tindented\nPOP_TOTAL,2027,4,\n';
    expect(detectDelimiter(tidy)).toBe(',');
    expect(detectDelimiter('indicator,period,value,note\nPOP_TOTAL,2030,1,a; b\nPOP_TOTAL,2029,2,\n')).toBe(',');
  });

  it('is not misled by semicolons inside the data, multi-line quoted notes or a title line', () => {
    // Focal's own export: flags joined with ';', a note over two lines.
    const exported = [
      'indicator,period,value,note,flags',
      'POP_TOTAL,2023,1,,estimate;provisional',
      'POP_TOTAL,2024,1,"line one',
      'line two",',
      ...Array.from({ length: 16 }, (_, i) => `POP_TOTAL,${2000 + i},1,,`),
    ].join('\r\n');
    expect(detectDelimiter(exported)).toBe(',');
    expect(detectDelimiter('Population of Tunis\nindicateur;période;valeur\nPOP_TOTAL;2024;"1,5"\nPOP_TOTAL;2023;2\n')).toBe(';');
    expect(detectDelimiter('indicateur;période;valeur\nPOP_TOTAL;2024;1,5\nPOP_TOTAL;2023;2,5\n')).toBe(';');
  });
});

describe('reading a CSV file', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => (folder = tempDir()));
  afterEach(() => folder.remove());

  function records(bytes: Uint8Array | string): string[][] {
    const file = join(folder.dir, 'in.csv');
    writeFileSync(file, bytes);
    const out: string[][] = [];
    new CsvTableSource(file).forEachRecord((cells) => {
      out.push(cells.map(String));
    });
    return out;
  }

  it('drops a UTF-8 byte-order mark', () => {
    expect(records('\ufeffindicator,value\nPOP_TOTAL,1\n')[0]).toEqual(['indicator', 'value']);
  });

  it('reads UTF-16 (Excel "Unicode text") and Windows-1252 (French Excel "CSV")', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sexe\tvaleur\nFemmes\t12\n', 'utf16le')]);
    expect(records(utf16)).toEqual([['sexe', 'valeur'], ['Femmes', '12']]);
    const latin1 = Buffer.from('note;valeur\nRéfugiés à Marseille;3\n', 'latin1');
    expect(records(latin1)[1]).toEqual(['Réfugiés à Marseille', '3']);
  });

  it('reads a file larger than its 1 MB pieces, with multi-byte characters cut between pieces', () => {
    const line = 'POP_TOTAL,2024,أنثى,"note, with ""quotes""",1\n';
    const text = `indicator,period,sex,note,value\n${line.repeat(60_000)}`;
    const out = records(text);
    expect(out).toHaveLength(60_001);
    expect(out[59_999]).toEqual(['POP_TOTAL', '2024', 'أنثى', 'note, with "quotes"', '1']);
  });

  it('refuses a file that stops being UTF-8 after its first megabyte, rather than filling it with "�"', () => {
    const start = Buffer.from(`note,value\n${'Plain ascii line,1\n'.repeat(70_000)}`);
    const rest = Buffer.from('Réfugiés accueillis,2\n', 'latin1');
    expect(() => records(Buffer.concat([start, rest]))).toThrow(/not after about line/);
  });

  it('reads a large file whose lines end with a lone CR (old Mac "CSV")', () => {
    const out = records(`indicator,value\r${'POP_TOTAL,1\r'.repeat(120_000)}`);
    expect(out).toHaveLength(120_001);
    expect(out[120_000]).toEqual(['POP_TOTAL', '1']);
  });

  it('accepts a huge field below the limit', () => {
    const big = 'x'.repeat(500_000);
    expect(records(`note\n"${big}"\n`)[1]?.[0]).toHaveLength(500_000);
  });
});
