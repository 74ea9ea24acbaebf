import { activityHandlers } from './activities';
import { appHandlers } from './app';
import { adviceHandlers } from './advice';
import { assessmentHandlers } from './assessments';
import { backupHandlers } from './backups';
import { bundleHandlers } from './bundles';
import { catalogueHandlers } from './catalogue';
import { cityHandlers } from './city';
import { commitmentHandlers } from './commitments';
import { districtHandlers } from './districts';
import { exchangeFolderHandlers } from './exchange-folder';
import { importHandlers } from './imports';
import { narrativeHandlers } from './narrative';
import { observationHandlers } from './observations';
import { paperHandlers } from './paper';
import { profileHandlers } from './profile';
import type { ApiHandlers } from './handler-types';

const domains = [activityHandlers, adviceHandlers, appHandlers, assessmentHandlers, backupHandlers, bundleHandlers, catalogueHandlers, cityHandlers, commitmentHandlers, districtHandlers, exchangeFolderHandlers, importHandlers, narrativeHandlers, observationHandlers, paperHandlers, profileHandlers];

/** Fails at start if two domains claim the same method (a spread would silently keep the last). */
function assertDisjoint(parts: object[]): void {
  const seen = new Set<string>();
  for (const part of parts) {
    for (const name of Object.keys(part)) {
      if (seen.has(name)) throw new Error(`Two handler domains define ${name}.`);
      seen.add(name);
    }
  }
}
assertDisjoint(domains);

/** Every method of the contract, each handled exactly once. */
export const handlers = {
  ...activityHandlers,
  ...appHandlers,
  ...adviceHandlers,
  ...assessmentHandlers,
  ...backupHandlers,
  ...bundleHandlers,
  ...catalogueHandlers,
  ...cityHandlers,
  ...commitmentHandlers,
  ...districtHandlers,
  ...exchangeFolderHandlers,
  ...importHandlers,
  ...narrativeHandlers,
  ...observationHandlers,
  ...paperHandlers,
  ...profileHandlers,
} satisfies ApiHandlers;
