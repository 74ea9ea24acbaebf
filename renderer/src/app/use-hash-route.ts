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
