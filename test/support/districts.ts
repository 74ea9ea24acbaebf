import { OwnCity } from '../../electron/core/city/own-city';
import { saveDistricts } from '../../electron/core/districts/district-writer';
import type { TestCore } from './temp-core';

/**
 * Gives the own city these districts (each named by its code) through the one writer, in one
 * transaction: tests with hundreds of districts would otherwise wait for a disk sync per district.
 */
export function addDistricts(t: TestCore, codes: readonly string[]): void {
  const db = t.core.store.db;
  db.transaction(() => saveDistricts(db, OwnCity.of(db), new Date(), codes.map((code) => ({ code, name: { en: code, fr: '', ar: '' } }))))();
}
