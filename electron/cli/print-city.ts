import type { CityProfile } from '../../shared/domain/city';
import { terminalLine } from './terminal-text';

/** The lines a person reads after init or demo. */
export function describeCity(city: CityProfile, dataDir: string): string {
  const place = [city.country, city.shore ? `${city.shore} shore` : null].filter(Boolean).join(', ');
  return [
    `City: ${terminalLine(city.names.en)} (${city.code})${place ? ` — ${place}` : ''}${city.sample ? ' [sample data]' : ''}`,
    `Signing key fingerprint: ${city.signingKey.fingerprint}`,
    '  (read these digits to a peer city so they can check that bundles really come from you)',
    `Data folder: ${terminalLine(dataDir)}`,
  ].join('\n');
}
