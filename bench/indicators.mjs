// Defines the benchmark's custom indicators in a freshly initialised store. There is no command
// for custom indicators yet, so they are written straight into the city's own indicators, the way
// the core itself stores them (docs/data-model.md, migration 0060): population domain, counts.
import Database from 'better-sqlite3';
import { indicatorCodes } from './generate.mjs';

const dimensions = JSON.stringify(['sex', 'age', 'status', 'origin', 'area']);

/** Adds `count` indicators `city.BENCH_001…` to the store at `database`; answers their codes. */
export function addBenchIndicators(database, city, count) {
  const db = new Database(database);
  try {
    // The city's own indicators come after the built-in catalogue in every list.
    const insert = db.prepare(
      `INSERT INTO city_indicators (code, city, domain, unit, direction, dimensions, name, definition, position, counts_people, revision, updated_at)
       VALUES (?, ?, 'population', 'count', 'none', ?, ?, ?, ?, 1, 1, ${Date.now()})`,
    );
    const codes = indicatorCodes(city, count);
    db.transaction(() => {
      codes.forEach((code, i) => {
        const n = i + 1;
        const name = JSON.stringify({ en: `Bench indicator ${n}`, fr: `Indicateur d'essai ${n}`, ar: `مؤشر الاختبار ${n}` });
        const definition = JSON.stringify({
          en: `Synthetic count number ${n}, generated for the benchmark.`,
          fr: `Effectif synthétique numéro ${n}, généré pour le banc d'essai.`,
          ar: `عدد اصطناعي رقم ${n} أُنشئ لاختبار الأداء.`,
        });
        insert.run(code, city, dimensions, name, definition, n);
      });
    })();
    return codes;
  } finally {
    db.close();
  }
}
