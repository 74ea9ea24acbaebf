import type { Shore } from './city';

/**
 * Countries on the northern (European) side of the network. Used only to suggest a shore when a
 * city is set up from the command line without one; the user can always change it.
 */
const northernCountries = new Set([
  'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK',
  'SM', 'UA', 'VA', 'XK',
]);

export function suggestShore(country: string | null): Shore | null {
  if (country === null) return null;
  return northernCountries.has(country.toUpperCase()) ? 'north' : 'south';
}
