import type { Database } from 'better-sqlite3';
import type { DistrictDraft } from '../../../shared/domain/district';
import type { Labels } from '../../../shared/domain/labels';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { foldLabel } from '../observations/import/code-recognizer';
import { totalAliases } from '../observations/import/label-aliases';
import { listDistricts } from './district-queries';

/**
 * The one validator of districts. Files name a district by its code or by a name in any language,
 * folded like every other label; so no code or name may fold to another district's code or name (a
 * file's "Médina" would then mean two districts) nor to a word meaning "total".
 * Answers each district's names in every language: a missing one shows the first given, or the code.
 * Several drafts are checked against the stored list and against each other, the list read once.
 */
export function validateDistricts(db: Database, city: OwnCity, drafts: readonly DistrictDraft[]): Labels[] {
  const changed = new Set(drafts.map((d) => d.code));
  if (changed.size < drafts.length) throw new FocalError('invalid_input', 'The same district code is given twice.');
  // Folded text → the district it names ('' for the words that mean the whole city).
  const taken = new Map<string, string>();
  for (const alias of totalAliases) taken.set(foldLabel(alias), '');
  for (const other of listDistricts(db, city.code)) {
    if (changed.has(other.code)) continue;
    for (const text of [other.code, other.name.en, other.name.fr, other.name.ar]) taken.set(foldLabel(text), other.code);
  }
  return drafts.map((draft) => {
    const first = draft.name.en || draft.name.fr || draft.name.ar || draft.code;
    const name: Labels = { en: draft.name.en || first, fr: draft.name.fr || first, ar: draft.name.ar || first };
    const own: { path: string; text: string }[] = [
      { path: 'code', text: draft.code },
      { path: 'name.en', text: name.en },
      { path: 'name.fr', text: name.fr },
      { path: 'name.ar', text: name.ar },
    ];
    for (const { path, text } of own) {
      const clash = taken.get(foldLabel(text));
      if (clash === undefined || clash === draft.code) continue;
      const message =
        clash === '' ? `"${text}" means the whole city in a file; give the district another name.` : `"${text}" already names the district ${clash}; give this district another name.`;
      const problem: { code: string; params: Record<string, string> } =
        clash === '' ? { code: 'district_means_total', params: { value: text } } : { code: 'district_taken', params: { value: text, district: clash } };
      throw new FocalError('conflict', message, [{ path, message, problem }]);
    }
    for (const { text } of own) taken.set(foldLabel(text), draft.code);
    return name;
  });
}
