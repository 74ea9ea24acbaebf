import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CityProfile, PeerCity, type CityDetails, type SigningKeyInfo } from '../../../shared/domain/city';

const CityRow = z.object({
  code: z.string(),
  names: z.string(),
  country: z.string().nullable(),
  shore: z.string().nullable(),
  focal_point_name: z.string().nullable(),
  focal_point_email: z.string().nullable(),
  languages: z.string(),
  public_key: z.string(),
  fingerprint: z.string(),
  key_created_at: z.string(),
  is_sample: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toProfile(row: z.infer<typeof CityRow>): CityProfile {
  return CityProfile.parse({
    code: row.code,
    names: JSON.parse(row.names),
    country: row.country,
    shore: row.shore,
    focalPoint: row.focal_point_name !== null && row.focal_point_email !== null ? { name: row.focal_point_name, email: row.focal_point_email } : null,
    languages: JSON.parse(row.languages),
    sample: row.is_sample === 1,
    signingKey: { publicKey: row.public_key, fingerprint: row.fingerprint, createdAt: row.key_created_at },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The peer cities this store holds records of, by code. */
export function readPeerCities(db: Database): PeerCity[] {
  const rows = z.array(z.object({ code: z.string(), names: z.string(), country: z.string().nullable() })).parse(db.prepare('SELECT code, names, country FROM cities WHERE is_self = 0 ORDER BY code').all());
  return rows.map((row) => PeerCity.parse({ code: row.code, names: JSON.parse(row.names), country: row.country }));
}

/** This installation's own city, or null before setup. */
export function readOwnCity(db: Database): CityProfile | null {
  const row: unknown = db.prepare('SELECT * FROM cities WHERE is_self = 1').get();
  return row === undefined ? null : toProfile(CityRow.parse(row));
}

function detailColumns(details: CityDetails) {
  return {
    names: JSON.stringify(details.names),
    country: details.country,
    shore: details.shore,
    focal_point_name: details.focalPoint?.name ?? null,
    focal_point_email: details.focalPoint?.email ?? null,
    languages: JSON.stringify([...new Set(details.languages)]),
  };
}

export function insertOwnCity(db: Database, code: string, details: CityDetails, key: SigningKeyInfo, sample: boolean, now: Date): void {
  db.prepare(
    `INSERT INTO cities (code, names, country, shore, focal_point_name, focal_point_email, languages,
       public_key, fingerprint, key_created_at, is_self, is_sample, created_at, updated_at)
     VALUES (@code, @names, @country, @shore, @focal_point_name, @focal_point_email, @languages,
       @public_key, @fingerprint, @key_created_at, 1, @is_sample, @now, @now)`,
  ).run({
    code,
    ...detailColumns(details),
    public_key: key.publicKey,
    fingerprint: key.fingerprint,
    key_created_at: key.createdAt,
    is_sample: sample ? 1 : 0,
    now: now.toISOString(),
  });
}

export function updateOwnCity(db: Database, details: CityDetails, now: Date): void {
  db.prepare(
    `UPDATE cities SET names = @names, country = @country, shore = @shore, focal_point_name = @focal_point_name,
       focal_point_email = @focal_point_email, languages = @languages, updated_at = @now
     WHERE is_self = 1`,
  ).run({ ...detailColumns(details), now: now.toISOString() });
}
