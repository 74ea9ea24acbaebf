import { useEffect, useState } from 'react';

export const pages = ['dashboard', 'profile', 'commitments', 'advice', 'exchange', 'catalogue', 'settings'] as const;
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
  const [page, setPage] = useState<Page>(() => pageFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
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
  const [sub, setSub] = useState(() => subpageFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSub(subpageFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = (next: string) => {
    window.location.hash = `#/${pageFromHash(window.location.hash)}${next ? `/${next}` : ''}`;
  };
  return [sub, go];
}
