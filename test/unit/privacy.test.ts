import { describe, expect, it } from 'vitest';
import { shareable } from '../../shared/domain/privacy';

describe('what a shared report may show', () => {
  it('withholds confidential values and gives small counts of people as "fewer than 10"', () => {
    expect(shareable({ unit: 'count', value: 4, confidential: false }, true)).toEqual({ show: 'fewer-than', threshold: 10 });
    expect(shareable({ unit: 'count', value: 10, confidential: false }, true)).toEqual({ show: 'value' });
    expect(shareable({ unit: 'count', value: 0, confidential: false }, true)).toEqual({ show: 'value' });
    expect(shareable({ unit: 'count', value: 4, confidential: false }, false)).toEqual({ show: 'value' });
    expect(shareable({ unit: 'percent', value: 4, confidential: false }, true)).toEqual({ show: 'value' });
    expect(shareable({ unit: 'count', value: 5000, confidential: true }, true)).toEqual({ show: 'withheld' });
    expect(shareable({ unit: 'count', value: 15, confidential: false }, true, 20)).toEqual({ show: 'fewer-than', threshold: 20 });
  });
});
