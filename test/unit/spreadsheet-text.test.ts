import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedText } from '../../electron/core/observations/export/spreadsheet-text';

describe('spreadsheet formula neutralisation', () => {
  it('guards =, +, -, @, tab, carriage return and line feed', () => {
    for (const text of ['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\tx', '\rx', '\nx']) expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it('guards the fullwidth, small, superscript and subscript lookalikes and the minus sign', () => {
    const lookalikes = ['\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b', '\u207a', '\u207c', '\u208a', '\u208c', '\u2212'];
    for (const start of lookalikes) {
      const text = `${start}HYPERLINK("http://evil.example")`;
      expect(neutraliseFormula(text), `U+${start.codePointAt(0)?.toString(16)}`).toBe(`'${text}`);
    }
  });

  it('leaves other text alone, Arabic and accented letters included', () => {
    for (const text of ['', 'a = b', 'Médina', 'قيد المراجعة', '2024', "'quoted", ' =not first', '\u00d7 times', '\uff21 fullwidth A']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('is undone on the way back in, and only for what it guarded', () => {
    for (const text of ['=1+1', '\uff1d1', '-2', '\t x', 'plain', "'quoted", "''=double"]) expect(restoreNeutralisedText(neutraliseFormula(text))).toBe(text);
    expect(restoreNeutralisedText("'plain")).toBe("'plain");
    expect(restoreNeutralisedText("'")).toBe("'");
  });
});
