import type { Database } from 'better-sqlite3';
import type { CityDetails, CityProfile } from '../../../shared/domain/city';
import { insertOwnCity, readOwnCity, updateOwnCity } from '../city/city-queries';
import { sampleCity } from '../city/sample-city';
import { loadSampleActivities, loadSampleAssessments } from '../city/sample-activities';
import { loadSampleCommitments } from '../city/sample-commitments';
import { loadSampleFigures } from '../city/sample-figures';
import { loadSamplePaper } from '../city/sample-paper';
import { loadSampleAdvice } from '../city/sample-advice';
import { receiveSamplePeerBundles, removeSamplePeers } from '../city/sample-peers';
import { sampleNarrative } from '../city/sample-narrative';
import { OwnCity } from '../city/own-city';
import { saveNarrative } from '../narrative/narrative-queries';
import { loadOrCreateSigningKey } from '../city/signing-key';
import { FocalError } from '../errors';
import type { HandlerContext } from '../handler-context';
import { rememberLocale } from './app';
import type { DomainHandlers } from './handler-types';

function requireKnownCountry(db: Database, country: string | null): void {
  if (country === null) return;
  if (db.prepare('SELECT 1 FROM countries WHERE code = ?').get(country) === undefined) {
    throw new FocalError('invalid_input', `"${country}" is not an ISO 3166-1 country code.`, [
      { path: 'country', message: `"${country}" is not an ISO 3166-1 country code.` },
    ]);
  }
}

function ownCity(ctx: HandlerContext): CityProfile {
  const city = readOwnCity(ctx.db);
  if (!city) throw new FocalError('not_initialised', 'No city is set up in this data folder yet.');
  return city;
}

function createOwnCity(ctx: HandlerContext, code: string, details: CityDetails, sample: boolean): CityProfile {
  const existing = readOwnCity(ctx.db);
  if (existing) {
    throw new FocalError(
      'already_initialised',
      `This data folder is already set up for ${existing.names.en} (${existing.code}); its signing key ${existing.signingKey.fingerprint} is unchanged.`,
    );
  }
  requireKnownCountry(ctx.db, details.country);
  // The key is created outside the transaction's reach; if the insert fails the file stays and is
  // reused next time, which is what we want: a key is never replaced.
  const key = loadOrCreateSigningKey(ctx.paths, ctx.now());
  insertOwnCity(ctx.db, code, details, key, sample, ctx.now());
  return ownCity(ctx);
}

export const cityHandlers = {
  'city.setup': (ctx, input) => {
    const { code, locale, ...details } = input;
    const city = createOwnCity(ctx, code, details, false);
    if (locale) rememberLocale(ctx, locale);
    return city;
  },
  'city.update': (ctx, input) => {
    ownCity(ctx);
    requireKnownCountry(ctx.db, input.country);
    updateOwnCity(ctx.db, input, ctx.now());
    return ownCity(ctx);
  },
  'city.createSample': (ctx, input) => {
    const { code, locale: _unused, ...details } = sampleCity;
    const city = createOwnCity(ctx, code, details, true);
    const own = OwnCity.of(ctx.db);
    loadSampleFigures(ctx.db, own, ctx.resourcesDir, ctx.now());
    for (const text of sampleNarrative) saveNarrative(ctx.db, own, text, ctx.now());
    loadSampleCommitments(ctx.db, own, ctx.resourcesDir, ctx.now());
    loadSamplePaper(ctx.db, own, ctx.resourcesDir, ctx.now());
    loadSampleActivities(ctx.db, own, ctx.resourcesDir, ctx.now());
    loadSampleAssessments(ctx.db, own, ctx.resourcesDir, ctx.now());
    receiveSamplePeerBundles(ctx.db, ctx.resourcesDir, ctx.now());
    loadSampleAdvice(ctx.db, own, ctx.resourcesDir, ctx.now());
    if (input.locale) rememberLocale(ctx, input.locale);
    return city;
  },
  'city.leaveSample': (ctx) => {
    const city = ownCity(ctx);
    if (!city.sample) throw new FocalError('conflict', 'Only the sample city can be removed this way; your own city is kept.');
    // Everything of the sample's space (figures, sources, its own indicators, texts, tombstones)
    // goes with the city by cascade: nothing of it may travel or linger.
    ctx.db.prepare('DELETE FROM cities WHERE is_self = 1 AND is_sample = 1').run();
    removeSamplePeers(ctx.db);
    return { removed: city.code };
  },
} satisfies DomainHandlers<'city.setup' | 'city.update' | 'city.createSample' | 'city.leaveSample'>;
