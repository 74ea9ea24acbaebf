import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CityProfile, PeerCity } from '../../../shared/domain/city';
import { useUnsavedChanges } from '../unsaved/unsaved-changes';

/**
 * Which city's space the pages show: the own city (editable) or a peer city whose records arrived in
 * bundles (read-only). Reads pass `city` to the core; writes never do — the core only ever writes the
 * own city's space (docs/data-model.md) — and pages hide their editing while a peer is shown.
 */
export interface CityScope {
  /** The own city, whichever is shown. */
  own: { code: string; names: CityProfile['names'] };
  /** The city shown. */
  shown: { code: string; names: CityProfile['names'] };
  /** What read methods take: undefined for the own city, the peer's code otherwise. */
  city: string | undefined;
  /** True while a peer city is shown: nothing can be changed. */
  readOnly: boolean;
  peers: readonly PeerCity[];
  /** Shows a peer city, or the own city again with null. */
  show(code: string | null): void;
}

const CityScopeContext = createContext<CityScope | null>(null);

export function CityScopeProvider({ own, peers, children }: { own: CityProfile; peers: readonly PeerCity[]; children: ReactNode }) {
  const [shownCode, setShownCode] = useState<string | null>(null);
  // Another city remounts every page (Shell keys <main> by city): unsaved text is asked about first.
  const { confirmLeave } = useUnsavedChanges();
  const scope = useMemo<CityScope>(() => {
    const peer = shownCode === null ? undefined : peers.find((p) => p.code === shownCode);
    return {
      own,
      shown: peer ?? own,
      city: peer?.code,
      readOnly: peer !== undefined,
      peers,
      show: (code) => confirmLeave(() => setShownCode(code)),
    };
  }, [own, peers, shownCode, confirmLeave]);
  return <CityScopeContext.Provider value={scope}>{children}</CityScopeContext.Provider>;
}

export function useCityScope(): CityScope {
  const scope = useContext(CityScopeContext);
  if (!scope) throw new Error('useCityScope outside CityScopeProvider');
  return scope;
}

/** A read key that changes with the city shown, so a page reloads its data when another city is chosen. */
export function scopedKey(scope: Pick<CityScope, 'city'>, key: string): string {
  return `${scope.city ?? ''}\u0001${key}`;
}
