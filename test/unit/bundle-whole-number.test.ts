import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../electron/core/bundles/bundle-csv';
import { BundleRejected } from '../../electron/core/bundles/bundle-rejected';

/** Revisions and times in a bundle's tables: held to their definition (1 to 16 digits, a safe integer). */
function byDefinition(text: string): number | null {
  return /^\d{1,16}$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;
}

function read(text: string): number | null {
  try {
    return wholeNumber(text, 'revision', 2);
  } catch (error) {
    if (error instanceof BundleRejected && error.code === 'invalid_record') return null;
    throw error;
  }
}

describe('a whole number in a bundle table', () => {
  it('reads what the definition reads and refuses the rest', () => {
    const texts = ['0', '1', '007', '1733300000000', '9007199254740991', '9007199254740992', '9999999999999999', '12345678901234567', '', ' 1', '1 ', '-1', '+1', '1.0', '1e3', '0x10', '١٢', '１', 'NaN', 'Infinity', '12a', 'a12'];
    for (const text of texts) expect(read(text), JSON.stringify(text)).toBe(byDefinition(text));
  });

  it('names the line and the column of a number that is not whole', () => {
    expect(() => wholeNumber('1.5', 'updated_at', 42)).toThrow(expect.objectContaining({ code: 'invalid_record', detail: 'observations line 42: updated_at is not a whole number' }));
  });
});
