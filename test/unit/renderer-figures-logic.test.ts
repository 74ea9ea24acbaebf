import { describe, expect, it } from 'vitest';
import { draftFrom, editableNumber, keyOf, rowId, usesDecimalComma } from '../../renderer/src/features/profile/figures/observation-draft';
import { nextWindowStart, rowsBefore, windowSize } from '../../renderer/src/features/profile/figures/observation-window';
import { mulberry32, seedFrom } from '../support/prng';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * The pure logic behind the Figures table: the drafts a cell edit sends to the core, and which
 * window of rows the table fetches as the user scrolls. The drafts go through the real core, so what
 * is checked is what the user sees saved.
 */

describe('a value as the user edits it', () => {
  it('is written in the language’s decimal mark, without grouping, without float noise', () => {
    expect(editableNumber(1077512.25, 'en')).toBe('1077512.25');
    expect(editableNumber(1077512.25, 'fr')).toBe('1077512,25');
    expect(editableNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(editableNumber(45.5, 'fr')).toBe('45,5');
    expect(usesDecimalComma('fr')).toBe(true);
    expect(usesDecimalComma('en')).toBe(false);
  });
});

describe('row identities', () => {
  it('tell every stored key apart, even when breakdowns hold each other’s text', () => {
    const prng = mulberry32(seedFrom('FOCAL_ROW_ID_SEED', 0x0b5e));
    const parts = ['', 'F', 'M', 'Y15T24', 'REF', 'MA', 'Médina', 'F M', '2024'];
    const seen = new Map<string, string>();
    for (let i = 0; i < 5000; i += 1) {
      const key = {
        indicator: prng.below(2) === 0 ? 'POP_TOTAL' : 'MIG_FOREIGN_RES',
        period: prng.below(2) === 0 ? '2024' : '2023',
        sex: parts[prng.below(parts.length)] ?? '',
        age: parts[prng.below(parts.length)] ?? '',
        status: parts[prng.below(parts.length)] ?? '',
        origin: parts[prng.below(parts.length)] ?? '',
        area: parts[prng.below(parts.length)] ?? '',
      };
      const id = rowId(key);
      const text = JSON.stringify(key);
      const before = seen.get(id);
      if (before !== undefined) expect(before, `seed ${prng.seed}`).toBe(text);
      seen.set(id, text);
    }
    expect(seen.size).toBeGreaterThan(1000);
    expect(rowId({ indicator: 'X', period: '2024', sex: 'F', age: '', status: '', origin: '', area: '' })).not.toBe(
      rowId({ indicator: 'X', period: '2024', sex: '', age: 'F', status: '', origin: '', area: '' }),
    );
  });
});

describe('a cell edit, saved through the real core', () => {
  const current = freshCoreForEachTest();

  async function seeded(t: TestCore) {
    await t.call('city.setup', tunisSetup);
    await t.call('observations.save', {
      original: null,
      draft: { indicator: 'GOV_BUDGET', period: '2024', value: '1234.5', source: 'Municipal budget 2024', note: 'first count', flags: { estimate: true, provisional: false, confidential: false } },
    });
    const [row] = (await t.call('observations.page', {})).rows;
    if (!row) throw new Error('the seeded row is missing');
    return row;
  }

  async function commit(t: TestCore, original: Awaited<ReturnType<typeof seeded>>, draft: ReturnType<typeof draftFrom>) {
    await t.call('observations.save', { original: keyOf(original), draft });
    return (await t.call('observations.page', {})).rows;
  }

  it('changes only the edited field and keeps the rest of the row as stored', async () => {
    const { t } = current;
    const row = await seeded(t);
    const rows = await commit(t, row, draftFrom(row, 'fr', { note: 'revised count' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: 'GOV_BUDGET', period: '2024', value: 1234.5, note: 'revised count', flags: { estimate: true, provisional: false, confidential: false } });
    expect(rows[0]?.source.citation).toBe('Municipal budget 2024');
  });

  it('reads a value typed in French with its decimal comma, and never re-reads a stored value that way', async () => {
    const { t } = current;
    const row = await seeded(t);
    // The stored 1234.5 is sent as it is stored: in French it must not become 12345.
    const untouched = draftFrom(row, 'fr', { note: 'x' });
    expect(untouched).toMatchObject({ value: '1234.5', decimalComma: false });
    expect((await commit(t, row, untouched))[0]?.value).toBe(1234.5);
    // Typed by a French user, as the editor showed it to them.
    const edited = draftFrom(row, 'fr', { value: editableNumber(45.25, 'fr') });
    expect(edited).toMatchObject({ value: '45,25', decimalComma: true });
    expect((await commit(t, row, edited))[0]?.value).toBe(45.25);
  });

  it('moves the row when a key field is edited (a new identity, the old one gone)', async () => {
    const { t } = current;
    const row = await seeded(t);
    const rows = await commit(t, row, draftFrom(row, 'en', { period: '2023' }));
    expect(rows.map((r) => rowId(r))).toEqual([rowId({ ...keyOf(row), period: '2023' })]);
  });
});

describe('the window of rows the table fetches', () => {
  const loadedFrom = (offset: number, total: number) => ({ offset, count: Math.max(0, Math.min(windowSize, total - offset)) });

  it('fetches nothing while the rows on screen are loaded, or while their window is on its way', () => {
    expect(nextWindowStart(loadedFrom(0, 10_000), 0, 40, null)).toBeNull();
    expect(nextWindowStart(loadedFrom(0, 10_000), 350, 399, null)).toBeNull();
    expect(nextWindowStart(loadedFrom(0, 10_000), 380, 420, 280)).toBeNull();
  });

  it('starts a little above the first row wanted, never before the first row', () => {
    expect(nextWindowStart(loadedFrom(0, 10_000), 380, 420, null)).toBe(380 - rowsBefore);
    expect(nextWindowStart(loadedFrom(5000, 10_000), 40, 80, null)).toBe(0);
    expect(nextWindowStart(loadedFrom(0, 10_000), 9_960, 9_999, null)).toBe(9_960 - rowsBefore);
  });

  it('after one fetch, whatever the user scrolled to is on hand and nothing is fetched again', () => {
    const prng = mulberry32(seedFrom('FOCAL_WINDOW_SEED', 0x5c2011));
    for (let i = 0; i < 2000; i += 1) {
      const total = 1 + prng.below(200_000);
      let loaded = loadedFrom(prng.below(total), total);
      // A screenful and the overscan: up to a few hundred rows, never more than a window can hold past its margin.
      const first = prng.below(total);
      const last = Math.min(total - 1, first + prng.below(windowSize - rowsBefore));
      const start = nextWindowStart(loaded, first, last, null);
      if (start !== null) {
        expect(start, `seed ${prng.seed}, step ${i}`).toBeLessThanOrEqual(first);
        loaded = loadedFrom(start, total);
      }
      expect(first >= loaded.offset && last < loaded.offset + loaded.count, `seed ${prng.seed}, step ${i}: ${first}..${last} in ${JSON.stringify(loaded)}`).toBe(true);
      expect(nextWindowStart(loaded, first, last, null)).toBeNull();
    }
  });
});
