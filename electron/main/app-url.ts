import { appOrigin, appScheme } from '../../shared/api/bridge';

/** The address the main window loads; the renderer routes in the hash after it. */
export const appEntryUrl = `${appOrigin}/`;

/**
 * True only for addresses of our own origin, focal://app/…. The prefix check refuses look-alikes
 * such as focal://app.evil/ or focal://app@evil/; the parse refuses anything Chromium would read
 * differently.
 */
export function isAppUrl(address: string): boolean {
  if (!address.startsWith(appEntryUrl)) return false;
  try {
    const url = new URL(address);
    return url.protocol === `${appScheme}:` && url.host === 'app' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
