import { adviceItemKinds, type AdviceItemKind } from '../../../../shared/domain/advice';

/**
 * Where the Advice page is, in the hash, so other pages link into it and a reload stays put:
 * `#/advice/<tab>?…` — the tab (received, given, requests, summary, dossier, write) and, for writing advice
 * or asking for it, the item (`city`, `kind`, `id`) and the request answered.
 */
export const adviceTabs = ['received', 'given', 'requests', 'summary', 'dossier'] as const;
export type AdviceTab = (typeof adviceTabs)[number];

export interface AdviceRoute {
  tab: AdviceTab | 'write';
  item: { city: string; kind: AdviceItemKind; id: string } | null;
  request: string | null;
  /** On the requests tab: open the form to ask about `item`. */
  ask: boolean;
}

export function adviceRouteOf(hash: string): AdviceRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const sub = path.split('/')[1] ?? '';
  const tab = sub === 'write' ? 'write' : (adviceTabs.find((t) => t === sub) ?? 'received');
  const params = new URLSearchParams(query);
  const kind = adviceItemKinds.find((k) => k === params.get('kind'));
  const id = params.get('id');
  const city = params.get('city') ?? '';
  return { tab, item: kind && id ? { city, kind, id } : null, request: params.get('request'), ask: params.get('ask') === '1' };
}

export function adviceHref(route: Partial<AdviceRoute> & { tab: AdviceRoute['tab'] }): string {
  const params = new URLSearchParams();
  if (route.item) {
    if (route.item.city) params.set('city', route.item.city);
    params.set('kind', route.item.kind);
    params.set('id', route.item.id);
  }
  if (route.request) params.set('request', route.request);
  if (route.ask) params.set('ask', '1');
  const query = params.toString();
  return `#/advice/${route.tab}${query ? `?${query}` : ''}`;
}
