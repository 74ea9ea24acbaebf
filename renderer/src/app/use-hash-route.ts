import { useUnsavedChanges } from '../unsaved/unsaved-changes';

export const pages = ['dashboard', 'profile', 'commitments', 'paper', 'assessment', 'activities', 'advice', 'exchange', 'catalogue', 'settings'] as const;
export type Page = (typeof pages)[number];

function pageFromHash(hash: string): Page {
  const wanted = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return pages.find((p) => p === wanted) ?? 'dashboard';
}

/**
 * Routing in the hash: the same URLs work from the browser host and from focal://app/ in
 * Electron, and a reload stays on the page.
 */
export function useHashRoute(): Page {
  // The hash as the unsaved-changes guard let it through: a page never changes under unsaved text.
  return pageFromHash(useUnsavedChanges().hash);
}

/** The key of a page's name in the navigation: a page with its own translation file names itself there. */
export function navLabelKey(page: Page): string {
  return page === 'activities' || page === 'assessment' ? `${page}.nav` : `nav.${page}`;
}

export function hrefOf(page: Page): string {
  return `#/${page}`;
}

/** The part after the page, `#/profile/figures` → `figures` ('' when there is none). */
function subpageFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0]?.split('/')[1] ?? '';
}

/** The page's own section in the hash, so a reload or a link opens the same tab. */
export function useSubpage(): [string, (sub: string) => void] {
  const { hash, navigate } = useUnsavedChanges();
  const go = (next: string) => navigate(`#/${pageFromHash(hash)}${next ? `/${next}` : ''}`);
  return [subpageFromHash(hash), go];
}
