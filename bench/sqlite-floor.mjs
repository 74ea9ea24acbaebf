// A diagnostic for `npm run bench -- --floor`: how long SQLite alone (through better-sqlite3, as
// Focal uses it) takes to write the benchmark's rows, with no validation and the most naive CSV
// split — the floor under any Focal import, whatever its JavaScript does. Three tables:
//   focal      — Focal's own observations table, DDL copied from a real store (WITHOUT ROWID,
//                8-column primary key, CHECK constraints);
//   no-checks  — the same columns and primary key, without the CHECK constraints;
//   plain      — a rowid table of text columns, what sqlite3's `.import` creates.
// Each is filled in one transaction, 50 rows per INSERT (as Focal's import does), on a WAL
// connection with synchronous = FULL (as Focal's store is). Prints one JSON line per table.
//
//   node bench/sqlite-floor.mjs --csv FILE --ddl-from STORE.sqlite --dir WORKDIR
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

// --journal, --batch and --cache-mb vary one thing at a time, to see what the writing costs depend on.
const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    'ddl-from': { type: 'string' },
    dir: { type: 'string' },
    only: { type: 'string' },
    journal: { type: 'string', default: 'wal' },
    batch: { type: 'string', default: '50' },
    'cache-mb': { type: 'string', default: '' },
  },
});
if (!values.csv || !values['ddl-from'] || !values.dir) {
  console.error('usage: node bench/sqlite-floor.mjs --csv FILE --ddl-from STORE.sqlite --dir WORKDIR');
  process.exit(1);
}

const store = new Database(values['ddl-from'], { readonly: true });
const focalDdl = store.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'observations'").get().sql;
store.close();

const columns = 'city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note, revision, updated_at';
const width = 16;
const tables = {
  focal: focalDdl,
  'no-checks': `CREATE TABLE observations (city TEXT NOT NULL, indicator TEXT NOT NULL, period TEXT NOT NULL, sex TEXT NOT NULL, age TEXT NOT NULL,
    status TEXT NOT NULL, origin TEXT NOT NULL, area TEXT NOT NULL, value REAL NOT NULL, is_estimate INTEGER NOT NULL, is_provisional INTEGER NOT NULL,
    is_confidential INTEGER NOT NULL, source INTEGER NOT NULL, note TEXT NOT NULL, revision INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    PRIMARY KEY (city, indicator, period, sex, age, status, origin, area)) STRICT, WITHOUT ROWID`,
  plain: `CREATE TABLE observations (city, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note, revision, updated_at)`,
};
const batch = Number(values.batch);

async function fill(name, ddl) {
  const file = join(values.dir, `floor-${name}.sqlite`);
  rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma(values.journal === 'delete' ? 'journal_mode = DELETE' : 'journal_mode = WAL');
  db.pragma('synchronous = FULL');
  if (values['cache-mb']) db.pragma(`cache_size = -${Number(values['cache-mb']) * 1024}`);
  // The referenced tables (cities, sources) do not exist here: this measures the table alone.
  db.pragma('foreign_keys = OFF');
  db.exec(ddl);
  const placeholders = `(${new Array(width).fill('?').join(', ')})`;
  const many = db.prepare(`INSERT INTO observations (${columns}) VALUES ${new Array(batch).fill(placeholders).join(', ')}`);
  const one = db.prepare(`INSERT INTO observations (${columns}) VALUES ${placeholders}`);
  const sources = new Map();
  const now = Date.now();
  const started = performance.now();
  db.exec('BEGIN');
  let params = [];
  let rows = 0;
  let header = true;
  for await (const line of createInterface({ input: createReadStream(values.csv), crlfDelay: Infinity })) {
    if (header) {
      header = false;
      continue;
    }
    // The generator never quotes a field, so a split is a faithful (and the cheapest) parse.
    const [indicator, period, sex, age, status, origin, area, value, citation, note, flags] = line.split(',');
    let source = sources.get(citation);
    if (source === undefined) sources.set(citation, (source = sources.size + 1));
    params.push('benchville', indicator, period, sex, age, status, origin, area, Number(value), flags === 'estimate' ? 1 : 0, 0, 0, source, note, 1, now);
    rows += 1;
    if (params.length === batch * width) {
      many.run(params);
      params = [];
    }
  }
  for (let i = 0; i < params.length; i += width) one.run(params.slice(i, i + width));
  db.exec('COMMIT');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const ms = performance.now() - started;
  db.close();
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  return { table: name, rows, ms };
}

for (const [name, ddl] of Object.entries(tables)) {
  if (values.only && values.only !== name) continue;
  console.log(JSON.stringify(await fill(name, ddl)));
}
