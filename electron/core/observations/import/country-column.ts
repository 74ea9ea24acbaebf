import { foldedCountryNames, foldLabel } from './code-recognizer';

/**
 * Whether a column holds countries (names in any interface language, ISO 3166-1 alpha-2 codes or
 * 3-digit UN M49 codes). A table of international statistics names the country of each row in a
 * column headed "Area" or "Country"; that column is never the indicator nor the city's districts.
 */

let knownCountries: Set<string> | null = null;

/** Every region code the platform names, its names folded; worked out once per process. */
function countries(): Set<string> {
  if (knownCountries) return knownCountries;
  const known = new Set<string>();
  const probe = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      // ZZ is "Unknown Region": not a country a figure could be about.
      if (code === 'ZZ' || probe.of(code) === undefined) continue;
      known.add(foldLabel(code));
      for (const name of foldedCountryNames(code)) known.add(name);
    }
  }
  knownCountries = known;
  return known;
}

/** Most of the column's non-blank cells (at least two) name a country or a region. */
export function holdsCountries(values: readonly string[]): boolean {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  if (given.length < 2) return false;
  const known = countries();
  const recognised = given.filter((v) => /^[0-9]{3}$/.test(v) || known.has(foldLabel(v))).length;
  return recognised / given.length >= 0.6;
}
